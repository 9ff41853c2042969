/**
 * Numbers, dates and times in the reader's language, always in the Amsterdam time zone.
 * Dates come as `YYYY-MM-DD` or local `YYYY-MM-DDTHH:mm` strings (see src/lib/site/dates.ts).
 */
import { intlLocale, type Taal } from './talen.ts';

const cache = new Map<string, Intl.NumberFormat>();

/** "1.234,5" in Dutch, "1,234.5" in English. */
export function formatNumber(value: number, taal: Taal, options: Intl.NumberFormatOptions = {}): string {
	const key = `${taal}|${JSON.stringify(options)}`;
	let format = cache.get(key);
	if (!format) cache.set(key, (format = new Intl.NumberFormat(intlLocale(taal), options)));
	return format.format(value);
}
