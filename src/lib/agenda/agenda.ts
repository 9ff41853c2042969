/** The wijkagenda as residents read it: grouped by status, open items first, recent successes. */
import { AGENDA_STATUSSEN, type AgendaItem, type AgendaStatus } from '#schemas/agenda.ts';

export const STATUS_LABELS: Record<AgendaStatus, string> = {
	idee: 'Idee',
	gepland: 'Gepland',
	'in uitvoering': 'In uitvoering',
	gerealiseerd: 'Gerealiseerd',
	geschrapt: 'Geschrapt',
};

export const STATUS_EXPLANATION: Record<AgendaStatus, string> = {
	idee: 'Een idee uit de wijk. Er is nog niets besloten.',
	gepland: 'Er is besloten dat dit gebeurt. Het werk is nog niet begonnen.',
	'in uitvoering': 'Hier wordt nu aan gewerkt.',
	gerealiseerd: 'Dit is klaar.',
	geschrapt: 'Dit gaat niet door. In de beschrijving staat waarom.',
};

/** Statuses of items that still need work. */
export const OPEN_STATUSSEN: readonly AgendaStatus[] = ['idee', 'gepland', 'in uitvoering'];

export function isOpen(item: Pick<AgendaItem, 'status'>): boolean {
	return OPEN_STATUSSEN.includes(item.status);
}

/** Items per status in the fixed order of AGENDA_STATUSSEN, newest change first; empty groups left out. */
export function groupByStatus<T extends { data: Pick<AgendaItem, 'status' | 'gewijzigd'> }>(
	items: readonly T[],
	statuses: readonly AgendaStatus[] = AGENDA_STATUSSEN,
): { status: AgendaStatus; items: T[] }[] {
	return statuses
		.map((status) => ({
			status,
			items: items
				.filter((i) => i.data.status === status)
				.sort((a, b) => b.data.gewijzigd.localeCompare(a.data.gewijzigd)),
		}))
		.filter((g) => g.items.length > 0);
}

/** Count of items per status (all statuses, zero included). */
export function countByStatus(items: readonly { data: Pick<AgendaItem, 'status'> }[]): Record<AgendaStatus, number> {
	const counts = Object.fromEntries(AGENDA_STATUSSEN.map((s) => [s, 0])) as Record<AgendaStatus, number>;
	for (const item of items) counts[item.data.status]++;
	return counts;
}

/** Realised items, most recently realised first. */
export function recentlyRealised<T extends { data: Pick<AgendaItem, 'status' | 'gerealiseerd'> }>(
	items: readonly T[],
	limit = 3,
): T[] {
	return items
		.filter((i) => i.data.status === 'gerealiseerd')
		.sort((a, b) => (b.data.gerealiseerd ?? '').localeCompare(a.data.gerealiseerd ?? ''))
		.slice(0, limit);
}
