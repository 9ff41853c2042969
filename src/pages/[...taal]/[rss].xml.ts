/**
 * /rss.xml (and /en/rss.xml, … per language): news and successes of the whole portal. A dynamic
 * route on purpose: without a webadres in portaal.yaml there are no absolute links, so no feed is
 * made at all.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { feedContext, feedPaths } from '#data/feeds.ts';
import { getNieuws, wijkNames } from '#data/portal.ts';
import { getSuccessen, successenInTaal } from '#data/successen.ts';
import { feedResponse } from '#lib/feeds/feed.ts';
import { feedItems } from '#lib/feeds/items.ts';
import { localizePath } from '#lib/i18n/paths.ts';
import { urls } from '#lib/site/urls.ts';

export const getStaticPaths = feedPaths(() => [{ params: { rss: 'rss' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals }) => {
	const { taal, t, portaal, webadres } = await feedContext(locals.taal);
	const nieuws = (await getNieuws()).map((n) => ({ id: n.id, ...n.data }));
	const successen = await successenInTaal(await getSuccessen(), taal);
	const items = feedItems({ nieuws, successen, wijkNames: await wijkNames() }, webadres, undefined, taal);
	return feedResponse({
		title: t('nieuws.feed.titel', { portaal: portaal.naam }),
		description: t('nieuws.feed.beschrijving', { portaal: portaal.naam }),
		webadres,
		pagePath: localizePath(urls.home(), taal),
		feedPath: localizePath(urls.feed(), taal),
		items,
		taal,
	});
};
