/**
 * One RSS 2.0 feed (written by @astrojs/rss), with a link to itself. Feeds are Dutch, also on a
 * portal in more languages: they exist once (like every file, src/lib/i18n/paths.ts), their items
 * are the editors' Dutch titles and summaries, and `<language>` says nl-NL; the pages of the other
 * languages link to the same feeds.
 */
import rss from '@astrojs/rss';

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
}

export function feedResponse(channel: FeedChannel): Promise<Response> {
	const self = escapeXml(channel.webadres + channel.feedPath);
	return rss({
		title: feedText(channel.title),
		description: feedText(channel.description),
		site: channel.webadres + channel.pagePath,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>nl-NL</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		items: channel.items.map((item) => ({
			...item,
			title: feedText(item.title),
			description: feedText(item.description),
			categories: item.categories.map(feedText),
		})),
	});
}
