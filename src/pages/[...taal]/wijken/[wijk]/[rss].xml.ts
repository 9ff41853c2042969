/**
 * /wijken/<wijk>/rss.xml (and /en/…, per language): the news that names this wijk and its
 * successes. Like /rss.xml only made when portaal.yaml has a webadres.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { feedContext, feedPaths, perWijk } from '#data/feeds.ts';
import { getNieuws, type WijkEntry, wijkNames } from '#data/portal.ts';
import { getSuccessen, successenInTaal } from '#data/successen.ts';
import { feedResponse } from '#lib/feeds/feed.ts';
import { feedItems } from '#lib/feeds/items.ts';
import { localizePath } from '#lib/i18n/paths.ts';
import { urls } from '#lib/site/urls.ts';

export const getStaticPaths = feedPaths(() => perWijk({ rss: 'rss' })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, locals }) => {
	const { wijk } = props as { wijk: WijkEntry };
	const { taal, t, portaal, webadres } = await feedContext(locals.taal);
	const nieuws = (await getNieuws(wijk.id)).map((n) => ({ id: n.id, ...n.data }));
	const successen = await successenInTaal(await getSuccessen(wijk.id), taal);
	const items = feedItems({ nieuws, successen, wijkNames: await wijkNames() }, webadres, undefined, taal);
	const names = { wijk: wijk.data.naam, portaal: portaal.naam };
	return feedResponse({
		title: t('nieuws.feed.wijkTitel', names),
		description: t('nieuws.feed.wijkBeschrijving', names),
		webadres,
		pagePath: localizePath(urls.wijk(wijk.id), taal),
		feedPath: localizePath(urls.wijkFeed(wijk.id), taal),
		items,
		taal,
	});
};
