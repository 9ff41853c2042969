/**
 * /wijken/<wijk>/rss.xml: the news that names this wijk and its successes. Like /rss.xml only
 * made when portaal.yaml has a webadres.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getNieuws, getPortaal, getWijken, type WijkEntry, wijkNames } from '#data/portal.ts';
import { getSuccessen } from '#data/successen.ts';
import { feedResponse } from '#lib/feeds/feed.ts';
import { feedItems } from '#lib/feeds/items.ts';
import { urls } from '#lib/site/urls.ts';

export const getStaticPaths = (async () => {
	if (!(await getPortaal()).webadres) return [];
	return (await getWijken()).map((wijk) => ({ params: { wijk: wijk.id, rss: 'rss' }, props: { wijk } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { wijk } = props as { wijk: WijkEntry };
	const portaal = await getPortaal();
	const webadres = portaal.webadres!;
	const nieuws = (await getNieuws(wijk.id)).map((n) => ({ id: n.id, ...n.data }));
	const items = feedItems({ nieuws, successen: await getSuccessen(wijk.id), wijkNames: await wijkNames() }, webadres);
	return feedResponse({
		title: `${wijk.data.naam}: nieuws en successen - ${portaal.naam}`,
		description: `Nieuws en successen uit ${wijk.data.naam}: berichten, uitgevoerde bewonersinitiatieven, gerealiseerde plannen en verhalen van bewoners.`,
		webadres,
		pagePath: urls.wijk(wijk.id),
		feedPath: urls.wijkFeed(wijk.id),
		items,
	});
};
