/**
 * The items of a wijk's agenda feed (/wijken/<wijk>/agenda.xml, /en/wijken/<wijk>/agenda.xml):
 * one per event in the history of the wijk's agenda items, newest first. Items without Git
 * history give their file dates. Each item links to its event on the item page in the feed's
 * language, so every item has its own address (guid). Titles and summaries come as the caller
 * gives them: translated where the item has a translation.
 */
import { i18n } from '#i18n/index.ts';
import { dayStart, FEED_LIMIT, type FeedItem, markDutch } from '#lib/feeds/items.ts';
import { localizePath } from '#lib/i18n/paths.ts';
import { BRONTAAL, type Taal } from '#lib/i18n/talen.ts';
import { urls } from '#lib/site/urls.ts';
import type { AgendaStatus } from '#schemas/agenda.ts';

import { statusWord } from '../words.ts';
import { fileEvents } from './events.ts';
import type { ItemHistory } from './history.ts';
import { eventAnchor, eventSentence } from './text.ts';

export interface FeedAgendaItem {
	id: string;
	titel: string;
	samenvatting: string;
	/** True when the summary is in the feed's language; a Dutch one in another language gets the note. */
	samenvattingVertaald?: boolean;
	status: AgendaStatus;
	thema: string;
	toegevoegd: string;
	gewijzigd: string;
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** `webadres`: the portal's address without a trailing slash; `taal`: the feed's language. */
export function agendaFeedItems(
	items: readonly { item: FeedAgendaItem; history: ItemHistory | undefined }[],
	webadres: string,
	limit = FEED_LIMIT,
	taal: Taal = BRONTAAL,
): FeedItem[] {
	const { t } = i18n(taal);
	const entries = items.flatMap(({ item, history }) => {
		const events = history?.bron === 'git' ? history.events : fileEvents(item);
		const titel = item.titel;
		return events.map((event, order) => {
			const title =
				event.soort === 'toegevoegd'
					? t('agenda.feed.nieuw', { titel })
					: event.soort === 'status'
						? t('agenda.feed.status', {
								titel,
								status: event.status ? statusWord(event.status, taal) : t('agenda.geschiedenis.statusOnbekend'),
							})
						: event.soort === 'tekst'
							? t('agenda.feed.tekst', { titel })
							: t('agenda.feed.gewijzigd', { titel, status: statusWord(item.status, taal) });
			const description = [
				sentence(eventSentence(event, taal)),
				event.reden ? t('agenda.feed.reden', { reden: sentence(event.reden) }) : '',
				item.samenvattingVertaald ? item.samenvatting : markDutch(item.samenvatting, taal),
			]
				.filter(Boolean)
				.join(' ');
			return {
				datum: event.datum,
				order,
				feed: {
					title,
					link: `${webadres}${localizePath(urls.agendaItem(item.id), taal)}#${eventAnchor(event)}`,
					pubDate: dayStart(event.datum),
					description,
					categories: [t('agenda.feed.categorie'), item.thema],
				} satisfies FeedItem,
			};
		});
	});
	return entries
		.sort((a, b) => b.datum.localeCompare(a.datum) || b.order - a.order || a.feed.link.localeCompare(b.feed.link))
		.slice(0, limit)
		.map((e) => e.feed);
}
