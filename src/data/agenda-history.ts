/**
 * The history of every agenda item, read once per build from the Git history of the content
 * folder (src/lib/agenda/history/). Without history an item gets its file's dates instead.
 */
import { agendaHistories, type ItemHistory } from '#lib/agenda/history/history.ts';
import { contentDir } from '#lib/content/content-dir.ts';

import { getAgenda, once } from './portal.ts';

export const getAgendaHistories = once(async (): Promise<Map<string, ItemHistory>> => {
	const items = await getAgenda();
	return agendaHistories(
		contentDir(),
		items.map((item) => item.id),
	);
});

/** The history of one agenda item ("<wijk>/<naam>"). */
export async function getAgendaHistory(id: string): Promise<ItemHistory> {
	return (await getAgendaHistories()).get(id) ?? { bron: 'bestand', waarom: 'niet-vastgelegd' };
}
