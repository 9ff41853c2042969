/**
 * /rss.xml: news and successes of the whole portal. A dynamic route on purpose: without a
 * webadres in portaal.yaml there are no absolute links, so no feed is made at all.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getNieuws, getPortaal, wijkNames } from '#data/portal.ts';
import { getSuccessen } from '#data/successen.ts';
import { feedResponse } from '#lib/feeds/feed.ts';
import { feedItems } from '#lib/feeds/items.ts';
import { urls } from '#lib/site/urls.ts';

export const getStaticPaths = (async () =>
	(await getPortaal()).webadres ? [{ params: { rss: 'rss' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const portaal = await getPortaal();
	const webadres = portaal.webadres!;
	const nieuws = (await getNieuws()).map((n) => ({ id: n.id, ...n.data }));
	const items = feedItems({ nieuws, successen: await getSuccessen(), wijkNames: await wijkNames() }, webadres);
	return feedResponse({
		title: `${portaal.naam}: nieuws en successen`,
		description: `Nieuws en successen uit alle wijken van ${portaal.naam}: berichten, uitgevoerde bewonersinitiatieven, gerealiseerde plannen en verhalen van bewoners.`,
		webadres,
		pagePath: urls.home(),
		feedPath: urls.feed(),
		items,
	});
};
