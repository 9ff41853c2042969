/** Recurring activities in plain Dutch: "elke tweede dinsdag van de maand, van 16:00 tot 17:00 uur". */
import { formatDate, formatDayOf, formatPeriod, formatTime } from '#lib/site/dates.ts';

import { effectiveWeek, type Occurrence, type Recurring, weekdayOf, type WeekInMaand } from './recurrence.ts';

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
const ORDINALS: Record<WeekInMaand, string> = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', laatste: 'laatste' };

/** "dinsdag" for a date (JJJJ-MM-DD). */
export function weekdayName(day: string): string {
	return WEEKDAYS[weekdayOf(day)]!;
}

/** "tweede", "laatste" */
export function ordinal(week: WeekInMaand): string {
	return ORDINALS[week];
}

/** How often, without the time: "elke tweede dinsdag van de maand", "elke week op woensdag", "om de week op maandag". */
export function describeRule(activity: Recurring): string | undefined {
	const { herhaling } = activity;
	if (!herhaling) return undefined;
	const day = activity.start.slice(0, 10);
	const weekday = weekdayName(day);
	if (herhaling.elke === 'maand')
		return `elke ${ordinal(effectiveWeek(day, herhaling.weekInMaand))} ${weekday} van de maand`;
	if (herhaling.elke === 'week') return `elke week op ${weekday}`;
	return `om de week op ${weekday}`;
}

/**
 * The whole rule as one sentence, with a capital:
 * "Elke tweede dinsdag van de maand, van 16:00 tot 17:00 uur, tot en met 30 juni 2027."
 */
export function describeRecurrence(activity: Recurring): string | undefined {
	const rule = describeRule(activity);
	if (!rule) return undefined;
	const time = `van ${formatTime(activity.start)} tot ${formatTime(activity.eind)} uur`;
	const until = activity.herhaling?.tot ? `, tot en met ${formatDate(activity.herhaling.tot)}` : '';
	return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}, ${time}${until}.`;
}

/** One occurrence as residents read it, with what changed: "…, 16:00 tot 17:00 uur (verplaatst van dinsdag 12 januari 2027)". */
export function describeOccurrence(o: Occurrence): { wanneer: string; notitie?: string } {
	const wanneer = formatPeriod(o.start, o.eind);
	const reden = o.reden ? ` ${o.reden.replace(/[.\s]*$/, '.')}` : '';
	if (o.status === 'vervalt') return { wanneer, notitie: `Vervalt.${reden}` };
	if (o.status === 'verplaatst') return { wanneer, notitie: `Verplaatst van ${formatDayOf(o.volgensRegel)}.${reden}` };
	return { wanneer };
}
