/**
 * Dates in the portal: calendar dates ("2026-03-14") and local date-times in the
 * Netherlands ("2026-12-08T19:30", Europe/Amsterdam), parsed and shown in Dutch notation.
 */
import { intlLocale, type Taal } from '#lib/i18n/talen.ts';

export const TIME_ZONE = 'Europe/Amsterdam';
const LOCALE = 'nl-NL';

function parts(value: string): number[] {
	return value.split(/[-T: ]/).map(Number);
}

/** True when "JJJJ-MM-DD" names a day that exists (no 30 February). */
export function isRealDate(value: string): boolean {
	const [y, m, d] = parts(value);
	if (y === undefined || m === undefined || d === undefined) return false;
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True when "JJJJ-MM-DD UU:MM" names an existing day and time of day. */
export function isRealDateTime(value: string): boolean {
	const [, , , h, min] = parts(value);
	return isRealDate(value.slice(0, 10)) && h !== undefined && min !== undefined && h < 24 && min < 60;
}

/** Offset of Amsterdam time from UTC, in minutes, at a given instant. */
function amsterdamOffsetMinutes(instant: number): number {
	const fmt = new Intl.DateTimeFormat('en-US', {
		timeZone: TIME_ZONE,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
	});
	const p = Object.fromEntries(fmt.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
	const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
	return Math.round((asUtc - instant) / 60000);
}

/** The instant of a local Amsterdam date-time ("2026-12-08T19:30"). */
export function fromAmsterdamTime(local: string): Date {
	const [y = 0, m = 1, d = 1, h = 0, min = 0] = parts(local);
	const naive = Date.UTC(y, m - 1, d, h, min);
	const day = 24 * 60 * 60000;
	// The offsets in force around this day, summer time (the larger) first: in the hour
	// that occurs twice when summer time ends, the first occurrence is meant (RFC 5545).
	const offsets = [...new Set([amsterdamOffsetMinutes(naive - day), amsterdamOffsetMinutes(naive + day)])].sort(
		(a, b) => b - a,
	);
	for (const offset of offsets) {
		const instant = naive - offset * 60000;
		if (amsterdamOffsetMinutes(instant) === offset) return new Date(instant);
	}
	// The hour skipped when summer time starts: read it with the offset before the switch.
	return new Date(naive - offsets.at(-1)! * 60000);
}

/** A calendar date as a Date at noon UTC, so formatting never shifts the day. */
function calendarDate(day: string): Date {
	const [y = 0, m = 1, d = 1] = parts(day);
	return new Date(Date.UTC(y, m - 1, d, 12));
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language and kind, made on first use. */
function dateFormat(taal: Taal, kind: 'long' | 'weekday' | 'clock' | 'range'): Intl.DateTimeFormat {
	const key = `${taal}|${kind}`;
	let format = formats.get(key);
	if (!format) {
		const locale = taal === 'nl' ? LOCALE : intlLocale(taal);
		const options: Intl.DateTimeFormatOptions =
			kind === 'long'
				? { dateStyle: 'long' }
				: kind === 'clock'
					? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
					: {
							weekday: 'long',
							day: 'numeric',
							month: 'long',
							year: 'numeric',
							...(kind === 'range' && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
						};
		formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE })));
	}
	return format;
}

/** "14 maart 2026" (or "14 March 2026" in English). */
export function formatDate(day: string, taal: Taal = 'nl'): string {
	return dateFormat(taal, 'long').format(calendarDate(day));
}

/** "dinsdag 8 december 2026" for a local date-time. */
export function formatDayOf(local: string, taal: Taal = 'nl'): string {
	return dateFormat(taal, 'weekday').format(fromAmsterdamTime(local));
}

/** "19:30" for a local date-time. */
export function formatTime(local: string, taal: Taal = 'nl'): string {
	return dateFormat(taal, 'clock').format(fromAmsterdamTime(local));
}

/**
 * "dinsdag 8 december 2026, 19:30 tot 21:30 uur" (or with two days when it spans days); other
 * languages get their own notation of a range from Intl.
 */
export function formatPeriod(start: string, end: string, taal: Taal = 'nl'): string {
	if (taal !== 'nl') return dateFormat(taal, 'range').formatRange(fromAmsterdamTime(start), fromAmsterdamTime(end));
	if (start.slice(0, 10) === end.slice(0, 10)) {
		return `${formatDayOf(start)}, ${formatTime(start)} tot ${formatTime(end)} uur`;
	}
	return `${formatDayOf(start)} ${formatTime(start)} uur tot ${formatDayOf(end)} ${formatTime(end)} uur`;
}

/** ISO 8601 with offset, for the `datetime` attribute of <time>. */
export function isoInstant(local: string): string {
	return fromAmsterdamTime(local).toISOString();
}

/** The calendar day of an instant in Amsterdam, as YYYY-MM-DD. */
export function amsterdamDay(instant: Date): string {
	return instant.toLocaleDateString('sv-SE', { timeZone: TIME_ZONE });
}
