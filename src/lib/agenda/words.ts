/**
 * The words of the wijkagenda in the reader's language: status words, field labels and the next
 * step, from the catalogue (src/i18n/<taal>/agenda.json). Dutch is the default, so the agenda
 * feed (one Dutch file) and the editors' messages keep their words.
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import type { AgendaStatus } from '#schemas/agenda.ts';

import type { AgendaField } from './labels.ts';

const STATUS: Record<AgendaStatus, { label: MessageKey; woord: MessageKey; uitleg: MessageKey }> = {
	idee: { label: 'agenda.status.idee', woord: 'agenda.statusWoord.idee', uitleg: 'agenda.statusUitleg.idee' },
	gepland: {
		label: 'agenda.status.gepland',
		woord: 'agenda.statusWoord.gepland',
		uitleg: 'agenda.statusUitleg.gepland',
	},
	'in uitvoering': {
		label: 'agenda.status.inUitvoering',
		woord: 'agenda.statusWoord.inUitvoering',
		uitleg: 'agenda.statusUitleg.inUitvoering',
	},
	gerealiseerd: {
		label: 'agenda.status.gerealiseerd',
		woord: 'agenda.statusWoord.gerealiseerd',
		uitleg: 'agenda.statusUitleg.gerealiseerd',
	},
	geschrapt: {
		label: 'agenda.status.geschrapt',
		woord: 'agenda.statusWoord.geschrapt',
		uitleg: 'agenda.statusUitleg.geschrapt',
	},
};

const FIELD: Record<AgendaField, MessageKey> = {
	titel: 'agenda.veld.titel',
	samenvatting: 'agenda.veld.samenvatting',
	status: 'agenda.veld.status',
	volgendeStap: 'agenda.veld.volgendeStap',
	probleemeigenaar: 'agenda.veld.probleemeigenaar',
	thema: 'agenda.veld.thema',
	buurt: 'agenda.veld.buurt',
	wijk: 'agenda.veld.wijk',
	toegevoegd: 'agenda.veld.toegevoegd',
	gewijzigd: 'agenda.veld.gewijzigd',
	gerealiseerd: 'agenda.veld.gerealiseerd',
	doelen: 'agenda.veld.doelen',
	links: 'agenda.veld.links',
	beschrijving: 'agenda.veld.beschrijving',
};

const isStatus = (value: string): value is AgendaStatus => Object.hasOwn(STATUS, value);

/** "In uitvoering": a status as a label or badge. */
export function statusLabel(status: AgendaStatus, taal: Taal = 'nl'): string {
	return i18n(taal).t(STATUS[status].label);
}

/** "in uitvoering": a status inside a sentence. A value that is no status is shown as written. */
export function statusWord(status: string, taal: Taal = 'nl'): string {
	return isStatus(status) ? i18n(taal).t(STATUS[status].woord) : status;
}

/** "Hier wordt nu aan gewerkt.": what a status means, one sentence. */
export function statusExplanation(status: AgendaStatus, taal: Taal = 'nl'): string {
	return i18n(taal).t(STATUS[status].uitleg);
}

/** The one label of a field ("Eigenaar"). */
export function fieldLabel(field: AgendaField, taal: Taal = 'nl'): string {
	return i18n(taal).t(FIELD[field]);
}

/** "De gemeente kiest een aannemer. (voorjaar 2027)": the next step on one line. */
export function nextStep(stap: { wat: string; wanneer: string }, taal: Taal = 'nl'): string {
	return i18n(taal).t('agenda.volgendeStap.tekst', { wat: stap.wat.trim(), wanneer: stap.wanneer.trim() });
}
