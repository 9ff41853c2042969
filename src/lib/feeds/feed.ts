/**
 * One RSS 2.0 feed (written by @astrojs/rss), with a link to itself and its language. A portal in
 * more languages has each feed once per language, like its pages (`/rss.xml`, `/en/rss.xml`;
 * src/lib/i18n/paths.ts): `<language>` says which (nl-NL, en, pl, tr, ar).
 */
import rss from '@astrojs/rss';

import { BRONTAAL, type Taal } from '#lib/i18n/talen.ts';
import { escapeXml } from '#lib/wijkkompas/charts/svg.ts';

import { feedText } from './feed-text.ts';
import type { FeedItem } from './items.ts';

export interface FeedChannel {
	title: string;
	description: string;
	/** The portal's address, without a trailing slash. */
	webadres: string;
	/** The page the feed belongs to ("/" or "/wijken/noord/"). */
	pagePath: string;
	/** Where the feed itself is published ("/rss.xml"). */
	feedPath: string;
	items: FeedItem[];
	/** The feed's language (default Dutch). */
	taal?: Taal;
}

/** The RSS `<language>` of a feed: Dutch as spoken in the Netherlands, other languages by their code. */
export const rssLanguage = (taal: Taal): string => (taal === BRONTAAL ? 'nl-NL' : taal);

export function feedResponse(channel: FeedChannel): Promise<Response> {
	const self = escapeXml(channel.webadres + channel.feedPath);
	return rss({
		title: feedText(channel.title),
		description: feedText(channel.description),
		site: channel.webadres + channel.pagePath,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${rssLanguage(channel.taal ?? BRONTAAL)}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		items: channel.items.map((item) => ({
			...item,
			title: feedText(item.title),
			description: feedText(item.description),
			categories: item.categories.map(feedText),
		})),
	});
}
