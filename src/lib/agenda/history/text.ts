/** The Dutch sentences of an item's history, shared by the item page and the wijk's agenda feed. */
import { formatDate } from '#lib/site/dates.ts';

import type { HistoryEvent, TekstOnderdeel } from './events.ts';
import type { HistoryFallback } from './history.ts';

const list = new Intl.ListFormat('nl-NL', { type: 'conjunction' });

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "titel en beschrijving" */
export function partsText(parts: readonly TekstOnderdeel[]): string {
	return list.format(parts);
}

/** What happened, as one sentence without a full stop: "Status gewijzigd van gepland naar in uitvoering". */
export function eventSentence(event: HistoryEvent): string {
	switch (event.soort) {
		case 'toegevoegd': {
			const status = event.status ? `, met status ${event.status}` : '';
			return event.sinds
				? `Vastgelegd in het versiebeheer${status}; op de wijkagenda sinds ${formatDate(event.sinds)}`
				: `Toegevoegd aan de wijkagenda${status}`;
		}
		case 'status': {
			const also = event.onderdelen.length > 0 ? `; ook ${partsText(event.onderdelen)} aangepast` : '';
			return `Status gewijzigd${event.van ? ` van ${event.van}` : ''} naar ${event.status ?? 'onbekend'}${also}`;
		}
		case 'tekst':
			return `${capital(partsText(event.onderdelen))} aangepast`;
		case 'gewijzigd':
			return 'Laatst gewijzigd';
	}
}

/** The anchor of an event on the item page ("wijziging-1a2b3c4d5e6f"), also the feed item's link. */
export function eventAnchor(event: Pick<HistoryEvent, 'sleutel'>): string {
	return `wijziging-${event.sleutel.slice(0, 12)}`;
}

/** Why an item page shows only the dates in its file: one sentence. */
export const FALLBACK_TEXT: Record<HistoryFallback, string> = {
	'geen-git':
		'De volledige geschiedenis van dit punt is hier niet beschikbaar, daarom ziet u alleen de datums uit het bestand.',
	ondiep:
		'De volledige geschiedenis van dit punt is hier niet beschikbaar, daarom ziet u alleen de datums uit het bestand.',
	'niet-vastgelegd':
		'Dit punt is nog niet vastgelegd in het versiebeheer, daarom ziet u alleen de datums uit het bestand.',
};

/** The last line of a history whose file has changes that are not committed yet. */
export const NOT_COMMITTED_TEXT =
	'Nog niet vastgelegd in het versiebeheer: de nieuwste wijziging van dit punt staat al op deze pagina, maar nog niet in deze geschiedenis.';
