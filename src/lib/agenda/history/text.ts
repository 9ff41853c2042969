/**
 * The sentences of an item's history, shared by the item page and the wijk's agenda feed, both
 * in their own language (Dutch by default).
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import { intlLocale, type Taal } from '#lib/i18n/talen.ts';
import { formatDate } from '#lib/site/dates.ts';

import { statusWord } from '../words.ts';
import type { HistoryEvent, TekstOnderdeel } from './events.ts';
import type { HistoryFallback } from './history.ts';

const lists = new Map<Taal, Intl.ListFormat>();
function listFormat(taal: Taal): Intl.ListFormat {
	let list = lists.get(taal);
	if (!list) lists.set(taal, (list = new Intl.ListFormat(intlLocale(taal), { type: 'conjunction' })));
	return list;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const PARTS: Record<TekstOnderdeel, MessageKey> = {
	titel: 'agenda.geschiedenis.onderdeel.titel',
	samenvatting: 'agenda.geschiedenis.onderdeel.samenvatting',
	'volgende stap': 'agenda.geschiedenis.onderdeel.volgendeStap',
	beschrijving: 'agenda.geschiedenis.onderdeel.beschrijving',
};

/** "titel en beschrijving" */
export function partsText(parts: readonly TekstOnderdeel[], taal: Taal = 'nl'): string {
	const { t } = i18n(taal);
	return listFormat(taal).format(parts.map((part) => t(PARTS[part])));
}

/** What happened, as one sentence without a full stop: "Status gewijzigd van gepland naar in uitvoering". */
export function eventSentence(event: HistoryEvent, taal: Taal = 'nl'): string {
	const { t } = i18n(taal);
	switch (event.soort) {
		case 'toegevoegd': {
			const status = event.status ? statusWord(event.status, taal) : undefined;
			if (event.sinds) {
				const sinds = formatDate(event.sinds, taal);
				return status
					? t('agenda.geschiedenis.vastgelegdMetStatus', { status, sinds })
					: t('agenda.geschiedenis.vastgelegd', { sinds });
			}
			return status ? t('agenda.geschiedenis.toegevoegdMetStatus', { status }) : t('agenda.geschiedenis.toegevoegd');
		}
		case 'status': {
			const naar = event.status ? statusWord(event.status, taal) : t('agenda.geschiedenis.statusOnbekend');
			const van = event.van ? statusWord(event.van, taal) : undefined;
			if (event.onderdelen.length > 0) {
				const onderdelen = partsText(event.onderdelen, taal);
				return van
					? t('agenda.geschiedenis.statusVanOok', { van, naar, onderdelen })
					: t('agenda.geschiedenis.statusOok', { naar, onderdelen });
			}
			return van ? t('agenda.geschiedenis.statusVan', { van, naar }) : t('agenda.geschiedenis.status', { naar });
		}
		case 'tekst':
			return capital(t('agenda.geschiedenis.tekst', { onderdelen: partsText(event.onderdelen, taal) }));
		case 'gewijzigd':
			return t('agenda.veld.gewijzigd');
	}
}

/** The anchor of an event on the item page ("wijziging-1a2b3c4d5e6f"), also the feed item's link. */
export function eventAnchor(event: Pick<HistoryEvent, 'sleutel'>): string {
	return `wijziging-${event.sleutel.slice(0, 12)}`;
}

const FALLBACK: Record<HistoryFallback, MessageKey> = {
	'geen-git': 'agenda.geschiedenis.zonderGit',
	ondiep: 'agenda.geschiedenis.zonderGit',
	'niet-vastgelegd': 'agenda.geschiedenis.nietVastgelegd',
};

/** Why an item page shows only the dates in its file: one sentence. */
export function fallbackText(waarom: HistoryFallback, taal: Taal = 'nl'): string {
	return i18n(taal).t(FALLBACK[waarom]);
}

/** The last line of a history whose file has changes that are not committed yet. */
export function notCommittedText(taal: Taal = 'nl'): string {
	return i18n(taal).t('agenda.geschiedenis.nogNietVastgelegd');
}

/** Why an item page shows only the dates in its file, in Dutch (the feed, tests). */
export const FALLBACK_TEXT: Record<HistoryFallback, string> = {
	'geen-git': fallbackText('geen-git'),
	ondiep: fallbackText('ondiep'),
	'niet-vastgelegd': fallbackText('niet-vastgelegd'),
};

/** The last line of a history whose file has changes that are not committed yet, in Dutch. */
export const NOT_COMMITTED_TEXT = notCommittedText();
