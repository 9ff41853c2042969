/**
 * The items of the RSS feeds: news and successes (realised agenda items, initiatives carried
 * out, stories), newest first. A news item that is also a success appears once, as news with
 * the category "Succes". Dates are calendar days in the Netherlands (Europe/Amsterdam).
 * In another language the links lead to the pages in that language, categories are translated,
 * and a text that is still Dutch (news, untranslated files) starts with a note that says so.
 */
import { i18n } from '#i18n/index.ts';
import { localizePath } from '#lib/i18n/paths.ts';
import { BRONTAAL, type Taal } from '#lib/i18n/talen.ts';
import { fromAmsterdamTime } from '#lib/site/dates.ts';
import { urls } from '#lib/site/urls.ts';
import { type Succes, succesLabel } from '#lib/successen/successes.ts';

/** Enough for any feed reader; older items stay on the site. */
export const FEED_LIMIT = 50;

export interface FeedNews {
	id: string;
	titel: string;
	/** YYYY-MM-DD */
	datum: string;
	samenvatting: string;
	wijken: string[];
	succes: boolean;
}

export interface FeedItem {
	title: string;
	/** Absolute address of the page. */
	link: string;
	pubDate: Date;
	/** Plain text; the feed writer escapes it. */
	description: string;
	categories: string[];
}

interface Entry extends FeedItem {
	datum: string;
}

/** The start of a calendar day in the Netherlands. */
export function dayStart(day: string): Date {
	return fromAmsterdamTime(`${day}T00:00`);
}

/** A Dutch text in a feed in another language starts with the note that it is only in Dutch. */
export function markDutch(text: string, taal: Taal): string {
	return taal === BRONTAAL ? text : `${i18n(taal).t('site.alleenNederlands')} ${text}`;
}

/** A success, with which of its texts are in the feed's language (none: all Dutch). */
export type FeedSucces = Succes & { vertaald?: { titel: boolean; samenvatting: boolean } };

/**
 * Feed items from news and successes, in the feed's language (`taal`, default Dutch). `webadres`:
 * the portal's address without a trailing slash; `wijkNames`: folder → name, for categories and
 * descriptions. News is Dutch only; successes come translated where their file has a translation.
 */
export function feedItems(
	input: { nieuws: readonly FeedNews[]; successen: readonly FeedSucces[]; wijkNames: ReadonlyMap<string, string> },
	webadres: string,
	limit = FEED_LIMIT,
	taal: Taal = BRONTAAL,
): FeedItem[] {
	const { t } = i18n(taal);
	const names = (wijken: readonly string[]) => wijken.map((w) => input.wijkNames.get(w) ?? w);
	const link = (path: string) => webadres + localizePath(path, taal);
	const dutch = (text: string) => markDutch(text, taal);
	const news: Entry[] = input.nieuws.map((n) => ({
		datum: n.datum,
		title: n.titel,
		link: link(urls.nieuwsItem(n.id)),
		pubDate: dayStart(n.datum),
		description: dutch(n.samenvatting),
		categories: [succesLabel('nieuws', taal), ...(n.succes ? [t('nieuws.feed.succes')] : []), ...names(n.wijken)],
	}));
	const successes: Entry[] = input.successen
		.filter((s) => s.soort !== 'nieuws')
		.map((s) => {
			const where = names(s.wijken).join(', ');
			const soort = succesLabel(s.soort, taal);
			const description =
				s.samenvatting === undefined
					? where
						? t('nieuws.feed.succesIn', { soort, waar: where })
						: `${soort}.`
					: s.vertaald?.samenvatting
						? s.samenvatting
						: dutch(s.samenvatting);
			return {
				datum: s.datum,
				title: s.titel,
				link: link(s.href),
				pubDate: dayStart(s.datum),
				description,
				categories: [t('nieuws.feed.succes'), soort, ...names(s.wijken)],
			};
		});
	return [...news, ...successes]
		.sort((a, b) => b.datum.localeCompare(a.datum) || a.title.localeCompare(b.title, 'nl'))
		.slice(0, limit)
		.map(({ datum: _datum, ...item }) => item);
}
