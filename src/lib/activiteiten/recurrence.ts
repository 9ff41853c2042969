/**
 * Recurring activities: the dates on which an activity with `herhaling` happens. All arithmetic is
 * on local calendar dates and wall-clock times in the Netherlands (Europe/Amsterdam), so a
 * meeting at 16:00 stays at 16:00 in summer and in winter; instants come from `fromAmsterdamTime`.
 *
 * Without `tot` a series has no end; lists and pages then show it up to HORIZON_MONTHS after the
 * build time. The calendar files (`ical.ts`) carry the rule itself, without an end.
 */
import { amsterdamDay, fromAmsterdamTime } from '#lib/site/dates.ts';
import type { Herhaling } from '#schemas/activiteit.ts';

/** How far ahead a series without `tot` is shown on the pages. */
export const HORIZON_MONTHS = 12;

export type WeekInMaand = NonNullable<Herhaling['weekInMaand']>;

/** What an activity needs to be expanded (schema output, or input with defaults filled). */
export interface Recurring {
	start: string;
	eind: string;
	herhaling?:
		(Pick<Herhaling, 'elke' | 'weekInMaand' | 'tot'> & { uitzonderingen?: Herhaling['uitzonderingen'] }) | undefined;
}

export type OccurrenceStatus = 'gewoon' | 'vervalt' | 'verplaatst';

export interface Occurrence {
	/** Local start and end ("2026-12-08T16:00"). */
	start: string;
	eind: string;
	/** The local start it has according to the rule (differs from `start` when moved). */
	volgensRegel: string;
	status: OccurrenceStatus;
	reden?: string;
}

const DAY = 24 * 60 * 60 * 1000;

function toUtc(day: string): number {
	const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
	return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** A calendar date plus a number of days. */
export function addDays(day: string, days: number): string {
	return fromUtc(toUtc(day) + days * DAY);
}

/** A calendar date plus whole months (day clipped to the month's end). */
export function addMonths(day: string, months: number): string {
	const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
	return new Date(toUtc(day)).getUTCDay();
}

function daysInMonth(day: string): number {
	const [y = 0, m = 1] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Which of its weekday in the month a date is: 1 for the first Tuesday … 5. */
export function weekOfMonth(day: string): number {
	return Math.ceil(Number(day.slice(8, 10)) / 7);
}

/** True when no later date in the month has the same weekday. */
export function isLastOfMonth(day: string): boolean {
	return Number(day.slice(8, 10)) + 7 > daysInMonth(day);
}

/** True when `weekInMaand` describes the date (2 = second Tuesday, laatste = last Tuesday). */
export function matchesWeekInMaand(day: string, week: WeekInMaand): boolean {
	return week === 'laatste' ? isLastOfMonth(day) : weekOfMonth(day) === week;
}

/** The week in the month a monthly series uses: as given, or as on the first date (a fifth is the last). */
export function effectiveWeek(start: string, week: WeekInMaand | undefined): WeekInMaand {
	if (week !== undefined) return week;
	const n = weekOfMonth(start);
	return n >= 5 ? 'laatste' : (n as 1 | 2 | 3 | 4);
}

/** The date of the nth (or last) given weekday in the month of `monthDay`. */
function nthWeekday(monthDay: string, weekday: number, week: WeekInMaand): string {
	const first = `${monthDay.slice(0, 7)}-01`;
	if (week === 'laatste') {
		const last = `${monthDay.slice(0, 7)}-${String(daysInMonth(first)).padStart(2, '0')}`;
		return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
	}
	return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (week - 1) * 7);
}

/**
 * The dates (JJJJ-MM-DD) the rule gives, from the first date up to and including `until`
 * (and never after `tot`).
 */
export function ruleDates(first: string, herhaling: NonNullable<Recurring['herhaling']>, until: string): string[] {
	const end = herhaling.tot && herhaling.tot < until ? herhaling.tot : until;
	const dates: string[] = [];
	if (herhaling.elke === 'maand') {
		const week = effectiveWeek(first, herhaling.weekInMaand);
		const weekday = weekdayOf(first);
		for (let i = 0; ; i++) {
			const day = nthWeekday(addMonths(`${first.slice(0, 7)}-01`, i), weekday, week);
			if (day > end) break;
			if (day >= first) dates.push(day);
		}
		return dates;
	}
	const step = herhaling.elke === 'week' ? 7 : 14;
	for (let day = first; day <= end; day = addDays(day, step)) dates.push(day);
	return dates;
}

/** Minutes between two local date-times, as on the clock (not counting a summer-time change). */
function clockMinutes(from: string, to: string): number {
	const ms = (v: string) => toUtc(v.slice(0, 10)) + (Number(v.slice(11, 13)) * 60 + Number(v.slice(14, 16))) * 60000;
	return Math.round((ms(to) - ms(from)) / 60000);
}

/** A local date-time plus clock minutes. */
function plusMinutes(local: string, minutes: number): string {
	const base = toUtc(local.slice(0, 10)) + (Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))) * 60000;
	return new Date(base + minutes * 60000).toISOString().slice(0, 16);
}

/** The last day a series is shown on pages when it has no `tot`. */
export function horizon(now: Date): string {
	return addMonths(amsterdamDay(now), HORIZON_MONTHS);
}

/**
 * Every time an activity happens, up to and including the day `until` (JJJJ-MM-DD), sorted by
 * start. A one-off activity gives itself. Cancelled dates stay in the list, marked `vervalt`;
 * moved ones get their new start, with the same length.
 */
export function occurrences(activity: Recurring, until: string): Occurrence[] {
	const { herhaling } = activity;
	if (!herhaling) {
		return [{ start: activity.start, eind: activity.eind, volgensRegel: activity.start, status: 'gewoon' }];
	}
	const startTime = activity.start.slice(10);
	const length = clockMinutes(activity.start, activity.eind);
	const exceptions = new Map((herhaling.uitzonderingen ?? []).map((u) => [u.datum, u]));
	const list = ruleDates(activity.start.slice(0, 10), herhaling, until).map((day): Occurrence => {
		const volgensRegel = `${day}${startTime}`;
		const exception = exceptions.get(day);
		const reden = exception?.reden ? { reden: exception.reden } : {};
		if (!exception)
			return { start: volgensRegel, eind: plusMinutes(volgensRegel, length), volgensRegel, status: 'gewoon' };
		if (!exception.verplaatstNaar) {
			return {
				start: volgensRegel,
				eind: plusMinutes(volgensRegel, length),
				volgensRegel,
				status: 'vervalt',
				...reden,
			};
		}
		const start = exception.verplaatstNaar;
		return { start, eind: plusMinutes(start, length), volgensRegel, status: 'verplaatst', ...reden };
	});
	return list.sort((a, b) => a.start.localeCompare(b.start));
}

/** The occurrences shown on pages: up to `tot`, or up to the horizon after `now`. */
export function shownOccurrences(activity: Recurring, now: Date): Occurrence[] {
	return occurrences(activity, activity.herhaling?.tot ?? horizon(now));
}

/** Occurrences that have not ended at `now` (cancelled ones included), soonest first. */
export function comingOccurrences(activity: Recurring, now: Date): Occurrence[] {
	return shownOccurrences(activity, now).filter((o) => fromAmsterdamTime(o.eind) > now);
}

/** Occurrences that have ended at `now` (cancelled ones included), most recent first. */
export function pastOccurrences(activity: Recurring, now: Date): Occurrence[] {
	return occurrences(activity, amsterdamDay(now))
		.filter((o) => fromAmsterdamTime(o.eind) <= now)
		.reverse();
}

/** The next time it really happens (not cancelled), if any. */
export function nextOccurrence(activity: Recurring, now: Date): Occurrence | undefined {
	return comingOccurrences(activity, now).find((o) => o.status !== 'vervalt');
}

/** The dates of the rule just before and after a date that is not one of them. */
export function nearestDates(
	first: string,
	herhaling: NonNullable<Recurring['herhaling']>,
	day: string,
): { before?: string; after?: string } {
	const dates = ruleDates(first, { ...herhaling, tot: undefined }, addDays(day, 62));
	const before = dates.filter((d) => d < day).at(-1);
	const after = dates.find((d) => d > day);
	const inRange = (d: string | undefined) => (d && (!herhaling.tot || d <= herhaling.tot) ? d : undefined);
	return { before, after: inRange(after) };
}
