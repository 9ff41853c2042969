/**
 * The items of the RSS feeds: news and successes (realised agenda items, initiatives carried
 * out, stories), newest first. A news item that is also a success appears once, as news with
 * the category "Succes". Dates are calendar days in the Netherlands (Europe/Amsterdam).
 */
import { fromAmsterdamTime } from '#lib/site/dates.ts';
import { urls } from '#lib/site/urls.ts';
import { type Succes, SUCCES_LABELS } from '#lib/successen/successes.ts';

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

/**
 * Feed items from news and successes. `webadres`: the portal's address without a trailing
 * slash; `wijkNames`: folder → name, for categories and descriptions.
 */
export function feedItems(
	input: { nieuws: readonly FeedNews[]; successen: readonly Succes[]; wijkNames: ReadonlyMap<string, string> },
	webadres: string,
	limit = FEED_LIMIT,
): FeedItem[] {
	const names = (wijken: readonly string[]) => wijken.map((w) => input.wijkNames.get(w) ?? w);
	const news: Entry[] = input.nieuws.map((n) => ({
		datum: n.datum,
		title: n.titel,
		link: webadres + urls.nieuwsItem(n.id),
		pubDate: dayStart(n.datum),
		description: n.samenvatting,
		categories: ['Nieuws', ...(n.succes ? ['Succes'] : []), ...names(n.wijken)],
	}));
	const successes: Entry[] = input.successen
		.filter((s) => s.soort !== 'nieuws')
		.map((s) => {
			const where = names(s.wijken).join(', ');
			return {
				datum: s.datum,
				title: s.titel,
				link: webadres + s.href,
				pubDate: dayStart(s.datum),
				description: s.samenvatting ?? `${SUCCES_LABELS[s.soort]}${where ? ` in ${where}` : ''}.`,
				categories: ['Succes', SUCCES_LABELS[s.soort], ...names(s.wijken)],
			};
		});
	return [...news, ...successes]
		.sort((a, b) => b.datum.localeCompare(a.datum) || a.title.localeCompare(b.title, 'nl'))
		.slice(0, limit)
		.map(({ datum: _datum, ...item }) => item);
}
