/**
 * What the routes of feeds and calendars share (src/pages/[...taal]/**.xml.ts, **.ics.ts): their
 * paths exist once per language and only when portaal.yaml has a webadres (every link in a feed
 * is absolute), and each starts from the portal, its address and the texts of its language.
 */
import { i18n } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';

import { getPortaal, getWijken } from './portal.ts';
import { perTaal, type StaticPath } from './talen.ts';

/** A feed route's paths: once per language the build makes, none without a webadres. */
export function feedPaths<P extends StaticPath>(paths: () => P[] | Promise<P[]>) {
	return perTaal(async () => ((await getPortaal()).webadres ? paths() : []));
}

/** One path per wijk, the wijk as its prop (`params` adds fixed parameters, e.g. `{ rss: 'rss' }`). */
export async function perWijk(params: Record<string, string> = {}) {
	return (await getWijken()).map((wijk) => ({ params: { wijk: wijk.id, ...params }, props: { wijk } }));
}

export interface FeedContext {
	taal: Taal;
	t: ReturnType<typeof i18n>['t'];
	portaal: Awaited<ReturnType<typeof getPortaal>>;
	/** The portal's address, without a trailing slash. */
	webadres: string;
}

/** The portal, its address and the texts of the feed's language. */
export async function feedContext(taal: Taal): Promise<FeedContext> {
	const portaal = await getPortaal();
	return { taal, t: i18n(taal).t, portaal, webadres: portaal.webadres! };
}
