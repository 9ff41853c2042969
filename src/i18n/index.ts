/**
 * Interface text, numbers and dates in one language: what every component and route uses.
 *
 *   const { t, number } = i18n(Astro.locals.taal);
 *   t('agenda.kop', { wijk: 'Noord' })
 *
 * `Astro.locals.taal` is set for every page by src/middleware.ts from the page's address.
 */
import { formatNumber } from '#lib/i18n/format.ts';
import { type Taal, TAAL_INFO } from '#lib/i18n/talen.ts';
import { createTranslator, type Values } from '#lib/i18n/translator.ts';
import { formatDate, formatDayOf, formatPeriod, formatTime } from '#lib/site/dates.ts';

import { CATALOGUES, type MessageKey } from './catalogue.ts';

export type { MessageKey } from './catalogue.ts';

export interface I18n {
	taal: Taal;
	dir: 'ltr' | 'rtl';
	/** The text of a key in this language (Dutch when the language lacks it). */
	t: (key: MessageKey, values?: Values) => string;
	number: (value: number, options?: Intl.NumberFormatOptions) => string;
	/** "14 maart 2026" / "14 March 2026" for a `YYYY-MM-DD` date. */
	date: (day: string) => string;
	/** Weekday and date of a local date-time. */
	dayOf: (local: string) => string;
	time: (local: string) => string;
	period: (start: string, end: string) => string;
}

const made = new Map<Taal, I18n>();

export function i18n(taal: Taal): I18n {
	let found = made.get(taal);
	if (!found) {
		const translate = createTranslator(taal, CATALOGUES);
		found = {
			taal,
			dir: TAAL_INFO[taal].dir,
			t: (key, values) => translate(key, values),
			number: (value, options) => formatNumber(value, taal, options),
			date: (day) => formatDate(day, taal),
			dayOf: (local) => formatDayOf(local, taal),
			time: (local) => formatTime(local, taal),
			period: (start, end) => formatPeriod(start, end, taal),
		};
		made.set(taal, found);
	}
	return found;
}
