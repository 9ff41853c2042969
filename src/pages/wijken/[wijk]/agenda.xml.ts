/**
 * /wijken/<wijk>/agenda.xml: the changes of the wijk's agenda items (added, status, text),
 * newest first, so residents can follow their wijk. Like the other feeds only made when
 * portaal.yaml has a webadres.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getAgendaHistories } from '#data/agenda-history.ts';
import { getAgenda, getPortaal, getWijken, type WijkEntry } from '#data/portal.ts';
import { agendaFeedItems } from '#lib/agenda/history/feed.ts';
import { feedResponse } from '#lib/feeds/feed.ts';
import { urls } from '#lib/site/urls.ts';

export const getStaticPaths = (async () => {
	if (!(await getPortaal()).webadres) return [];
	return (await getWijken()).map((wijk) => ({ params: { wijk: wijk.id }, props: { wijk } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { wijk } = props as { wijk: WijkEntry };
	const portaal = await getPortaal();
	const webadres = portaal.webadres!;
	const histories = await getAgendaHistories();
	const items = (await getAgenda(wijk.id)).map((entry) => ({
		item: { id: entry.id, ...entry.data },
		history: histories.get(entry.id),
	}));
	return feedResponse({
		title: `Wijkagenda ${wijk.data.naam}: wijzigingen - ${portaal.naam}`,
		description: `Wat er verandert op de wijkagenda van ${wijk.data.naam}: nieuwe punten, een andere status en aangepaste teksten.`,
		webadres,
		pagePath: urls.agenda(wijk.id),
		feedPath: urls.agendaFeed(wijk.id),
		items: agendaFeedItems(items, webadres),
	});
};
