/**
 * The items of a wijk's agenda feed (/wijken/<wijk>/agenda.xml): one per event in the history
 * of the wijk's agenda items, newest first. Items without Git history give their file dates.
 * Each item links to its event on the item page, so every item has its own address (guid).
 */
import { dayStart, FEED_LIMIT, type FeedItem } from '#lib/feeds/items.ts';
import { urls } from '#lib/site/urls.ts';
import type { AgendaStatus } from '#schemas/agenda.ts';

import { fileEvents } from './events.ts';
import type { ItemHistory } from './history.ts';
import { eventAnchor, eventSentence } from './text.ts';

export interface FeedAgendaItem {
	id: string;
	titel: string;
	samenvatting: string;
	status: AgendaStatus;
	thema: string;
	toegevoegd: string;
	gewijzigd: string;
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** `webadres`: the portal's address without a trailing slash. */
export function agendaFeedItems(
	items: readonly { item: FeedAgendaItem; history: ItemHistory | undefined }[],
	webadres: string,
	limit = FEED_LIMIT,
): FeedItem[] {
	const entries = items.flatMap(({ item, history }) => {
		const events = history?.bron === 'git' ? history.events : fileEvents(item);
		return events.map((event, order) => {
			const title =
				event.soort === 'toegevoegd'
					? `Nieuw op de wijkagenda: ${item.titel}`
					: event.soort === 'status'
						? `Status gewijzigd: ${item.titel} (nu: ${event.status})`
						: event.soort === 'tekst'
							? `Aangepast: ${item.titel}`
							: `Gewijzigd: ${item.titel} (nu: ${item.status})`;
			const description = [
				sentence(eventSentence(event)),
				event.reden ? `Reden: ${sentence(event.reden)}` : '',
				item.samenvatting,
			]
				.filter(Boolean)
				.join(' ');
			return {
				datum: event.datum,
				order,
				feed: {
					title,
					link: `${webadres}${urls.agendaItem(item.id)}#${eventAnchor(event)}`,
					pubDate: dayStart(event.datum),
					description,
					categories: ['Wijkagenda', item.thema],
				} satisfies FeedItem,
			};
		});
	});
	return entries
		.sort((a, b) => b.datum.localeCompare(a.datum) || b.order - a.order || a.feed.link.localeCompare(b.feed.link))
		.slice(0, limit)
		.map((e) => e.feed);
}
