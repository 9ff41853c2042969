/** Activities and meetings: what is coming up and what has been, in Dutch time. */
import type { ActiviteitSoort } from '#schemas/activiteit.ts';

import { nextOccurrence, type Occurrence, pastOccurrences, type Recurring } from './recurrence.ts';

export const SOORT_LABELS: Record<ActiviteitSoort, string> = {
	wijkplatform: 'Vergadering van het wijkplatform',
	spreekuur: 'Spreekuur',
	bijeenkomst: 'Bijeenkomst',
	wijkschouw: 'Wijkschouw',
	anders: 'Activiteit',
};

type Timed = { data: Recurring };

/** Start of the next time an activity happens after `now` (one-off: its own start). */
function nextStart(item: Timed, now: Date): string | undefined {
	return nextOccurrence(item.data, now)?.start;
}

/**
 * Activities that still happen after `now`, the soonest next time first. A recurring activity
 * counts once, with its next time that is not cancelled (`nextOccurrence`).
 */
export function upcoming<T extends Timed>(items: readonly T[], now: Date, limit = Infinity): T[] {
	return items
		.map((item) => ({ item, next: nextStart(item, now) }))
		.filter((x): x is { item: T; next: string } => x.next !== undefined)
		.sort((a, b) => a.next.localeCompare(b.next))
		.slice(0, limit)
		.map((x) => x.item);
}

/** Activities that will not happen again, the most recently started first. */
export function past<T extends Timed>(items: readonly T[], now: Date): T[] {
	return items
		.filter((item) => nextStart(item, now) === undefined)
		.map((item) => ({ item, last: pastOccurrences(item.data, now)[0]?.start ?? item.data.start }))
		.sort((a, b) => b.last.localeCompare(a.last))
		.map((x) => x.item);
}

export interface PastOccurrence<T> {
	item: T;
	occurrence: Occurrence;
}

/** Every time an activity has happened (or was cancelled) before `now`, most recent first. */
export function archive<T extends Timed & { id: string }>(items: readonly T[], now: Date): PastOccurrence<T>[] {
	return items
		.flatMap((item) => pastOccurrences(item.data, now).map((occurrence) => ({ item, occurrence })))
		.sort((a, b) => b.occurrence.start.localeCompare(a.occurrence.start) || a.item.id.localeCompare(b.item.id));
}

/** Groups of past occurrences per month ("2026-11"), in the order given. */
export function byMonth<T>(list: readonly PastOccurrence<T>[]): { maand: string; items: PastOccurrence<T>[] }[] {
	const groups: { maand: string; items: PastOccurrence<T>[] }[] = [];
	for (const entry of list) {
		const maand = entry.occurrence.start.slice(0, 7);
		const last = groups.at(-1);
		if (last?.maand === maand) last.items.push(entry);
		else groups.push({ maand, items: [entry] });
	}
	return groups;
}
