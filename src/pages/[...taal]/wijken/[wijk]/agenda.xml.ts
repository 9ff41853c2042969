/**
 * /wijken/<wijk>/agenda.xml (and /en/…, per language): the changes of the wijk's agenda items
 * (added, status, text), newest first, so residents can follow their wijk. Titles and summaries
 * in the feed's language where the item has a translation. Like the other feeds only made when
 * portaal.yaml has a webadres.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getAgendaHistories } from '#data/agenda-history.ts';
import { feedContext, feedPaths, perWijk } from '#data/feeds.ts';
import { getAgenda, type WijkEntry } from '#data/portal.ts';
import { inTaal, isVertaald } from '#data/vertaling.ts';
import { agendaFeedItems } from '#lib/agenda/history/feed.ts';
import { feedResponse } from '#lib/feeds/feed.ts';
import { localizePath } from '#lib/i18n/paths.ts';
import { urls } from '#lib/site/urls.ts';

export const getStaticPaths = feedPaths(() => perWijk()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, locals }) => {
	const { wijk } = props as { wijk: WijkEntry };
	const { taal, t, portaal, webadres } = await feedContext(locals.taal);
	const histories = await getAgendaHistories();
	const items = (await getAgenda(wijk.id)).map((entry) => {
		const view = inTaal(entry, taal);
		return {
			item: { ...view.data, id: entry.id, samenvattingVertaald: isVertaald(view, 'samenvatting') },
			history: histories.get(entry.id),
		};
	});
	const names = { wijk: wijk.data.naam, portaal: portaal.naam };
	return feedResponse({
		title: t('agenda.feed.titel', names),
		description: t('agenda.feed.beschrijving', names),
		webadres,
		pagePath: localizePath(urls.agenda(wijk.id), taal),
		feedPath: localizePath(urls.agendaFeed(wijk.id), taal),
		items: agendaFeedItems(items, webadres, undefined, taal),
		taal,
	});
};
