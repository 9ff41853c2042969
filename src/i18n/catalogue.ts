/**
 * The message catalogues: one folder per language (src/i18n/<taal>/), one JSON file per part of the
 * portal, with full keys ("agenda.status.lopend"). Dutch is the source; tests/unit/i18n/catalogue.test.ts
 * fails when another language lacks a key or uses other placeholders. Generated list: add a part here
 * and in every language folder.
 */
import type { Taal } from '#lib/i18n/talen.ts';
import type { Catalogue } from '#lib/i18n/translator.ts';

import ar_activiteiten from './ar/activiteiten.json' with { type: 'json' };
import ar_agenda from './ar/agenda.json' with { type: 'json' };
import ar_ambitie from './ar/ambitie.json' with { type: 'json' };
import ar_initiatieven from './ar/initiatieven.json' with { type: 'json' };
import ar_kaart from './ar/kaart.json' with { type: 'json' };
import ar_nieuws from './ar/nieuws.json' with { type: 'json' };
import ar_opendata from './ar/opendata.json' with { type: 'json' };
import ar_site from './ar/site.json' with { type: 'json' };
import ar_socialekaart from './ar/socialekaart.json' with { type: 'json' };
import ar_verhalen from './ar/verhalen.json' with { type: 'json' };
import ar_wijken from './ar/wijken.json' with { type: 'json' };
import ar_wijkkompas from './ar/wijkkompas.json' with { type: 'json' };
import ar_zoeken from './ar/zoeken.json' with { type: 'json' };
import en_activiteiten from './en/activiteiten.json' with { type: 'json' };
import en_agenda from './en/agenda.json' with { type: 'json' };
import en_ambitie from './en/ambitie.json' with { type: 'json' };
import en_initiatieven from './en/initiatieven.json' with { type: 'json' };
import en_kaart from './en/kaart.json' with { type: 'json' };
import en_nieuws from './en/nieuws.json' with { type: 'json' };
import en_opendata from './en/opendata.json' with { type: 'json' };
import en_site from './en/site.json' with { type: 'json' };
import en_socialekaart from './en/socialekaart.json' with { type: 'json' };
import en_verhalen from './en/verhalen.json' with { type: 'json' };
import en_wijken from './en/wijken.json' with { type: 'json' };
import en_wijkkompas from './en/wijkkompas.json' with { type: 'json' };
import en_zoeken from './en/zoeken.json' with { type: 'json' };
import nl_activiteiten from './nl/activiteiten.json' with { type: 'json' };
import nl_agenda from './nl/agenda.json' with { type: 'json' };
import nl_ambitie from './nl/ambitie.json' with { type: 'json' };
import nl_initiatieven from './nl/initiatieven.json' with { type: 'json' };
import nl_kaart from './nl/kaart.json' with { type: 'json' };
import nl_nieuws from './nl/nieuws.json' with { type: 'json' };
import nl_opendata from './nl/opendata.json' with { type: 'json' };
import nl_site from './nl/site.json' with { type: 'json' };
import nl_socialekaart from './nl/socialekaart.json' with { type: 'json' };
import nl_verhalen from './nl/verhalen.json' with { type: 'json' };
import nl_wijken from './nl/wijken.json' with { type: 'json' };
import nl_wijkkompas from './nl/wijkkompas.json' with { type: 'json' };
import nl_zoeken from './nl/zoeken.json' with { type: 'json' };
import pl_activiteiten from './pl/activiteiten.json' with { type: 'json' };
import pl_agenda from './pl/agenda.json' with { type: 'json' };
import pl_ambitie from './pl/ambitie.json' with { type: 'json' };
import pl_initiatieven from './pl/initiatieven.json' with { type: 'json' };
import pl_kaart from './pl/kaart.json' with { type: 'json' };
import pl_nieuws from './pl/nieuws.json' with { type: 'json' };
import pl_opendata from './pl/opendata.json' with { type: 'json' };
import pl_site from './pl/site.json' with { type: 'json' };
import pl_socialekaart from './pl/socialekaart.json' with { type: 'json' };
import pl_verhalen from './pl/verhalen.json' with { type: 'json' };
import pl_wijken from './pl/wijken.json' with { type: 'json' };
import pl_wijkkompas from './pl/wijkkompas.json' with { type: 'json' };
import pl_zoeken from './pl/zoeken.json' with { type: 'json' };
import tr_activiteiten from './tr/activiteiten.json' with { type: 'json' };
import tr_agenda from './tr/agenda.json' with { type: 'json' };
import tr_ambitie from './tr/ambitie.json' with { type: 'json' };
import tr_initiatieven from './tr/initiatieven.json' with { type: 'json' };
import tr_kaart from './tr/kaart.json' with { type: 'json' };
import tr_nieuws from './tr/nieuws.json' with { type: 'json' };
import tr_opendata from './tr/opendata.json' with { type: 'json' };
import tr_site from './tr/site.json' with { type: 'json' };
import tr_socialekaart from './tr/socialekaart.json' with { type: 'json' };
import tr_verhalen from './tr/verhalen.json' with { type: 'json' };
import tr_wijken from './tr/wijken.json' with { type: 'json' };
import tr_wijkkompas from './tr/wijkkompas.json' with { type: 'json' };
import tr_zoeken from './tr/zoeken.json' with { type: 'json' };

export const NAMESPACES = [
	'site',
	'zoeken',
	'wijken',
	'kaart',
	'wijkkompas',
	'agenda',
	'activiteiten',
	'ambitie',
	'initiatieven',
	'verhalen',
	'nieuws',
	'socialekaart',
	'opendata',
] as const;

/** The Dutch source: its keys are the only keys there are. */
export const nl = {
	...nl_site,
	...nl_zoeken,
	...nl_wijken,
	...nl_kaart,
	...nl_wijkkompas,
	...nl_agenda,
	...nl_activiteiten,
	...nl_ambitie,
	...nl_initiatieven,
	...nl_verhalen,
	...nl_nieuws,
	...nl_socialekaart,
	...nl_opendata,
};
export type MessageKey = keyof typeof nl;

/** Every language's catalogue per part, for the catalogue test and editors' tooling. */
export const PARTS: Record<Taal, Record<(typeof NAMESPACES)[number], Catalogue>> = {
	nl: {
		site: nl_site,
		zoeken: nl_zoeken,
		wijken: nl_wijken,
		kaart: nl_kaart,
		wijkkompas: nl_wijkkompas,
		agenda: nl_agenda,
		activiteiten: nl_activiteiten,
		ambitie: nl_ambitie,
		initiatieven: nl_initiatieven,
		verhalen: nl_verhalen,
		nieuws: nl_nieuws,
		socialekaart: nl_socialekaart,
		opendata: nl_opendata,
	},
	en: {
		site: en_site,
		zoeken: en_zoeken,
		wijken: en_wijken,
		kaart: en_kaart,
		wijkkompas: en_wijkkompas,
		agenda: en_agenda,
		activiteiten: en_activiteiten,
		ambitie: en_ambitie,
		initiatieven: en_initiatieven,
		verhalen: en_verhalen,
		nieuws: en_nieuws,
		socialekaart: en_socialekaart,
		opendata: en_opendata,
	},
	pl: {
		site: pl_site,
		zoeken: pl_zoeken,
		wijken: pl_wijken,
		kaart: pl_kaart,
		wijkkompas: pl_wijkkompas,
		agenda: pl_agenda,
		activiteiten: pl_activiteiten,
		ambitie: pl_ambitie,
		initiatieven: pl_initiatieven,
		verhalen: pl_verhalen,
		nieuws: pl_nieuws,
		socialekaart: pl_socialekaart,
		opendata: pl_opendata,
	},
	tr: {
		site: tr_site,
		zoeken: tr_zoeken,
		wijken: tr_wijken,
		kaart: tr_kaart,
		wijkkompas: tr_wijkkompas,
		agenda: tr_agenda,
		activiteiten: tr_activiteiten,
		ambitie: tr_ambitie,
		initiatieven: tr_initiatieven,
		verhalen: tr_verhalen,
		nieuws: tr_nieuws,
		socialekaart: tr_socialekaart,
		opendata: tr_opendata,
	},
	ar: {
		site: ar_site,
		zoeken: ar_zoeken,
		wijken: ar_wijken,
		kaart: ar_kaart,
		wijkkompas: ar_wijkkompas,
		agenda: ar_agenda,
		activiteiten: ar_activiteiten,
		ambitie: ar_ambitie,
		initiatieven: ar_initiatieven,
		verhalen: ar_verhalen,
		nieuws: ar_nieuws,
		socialekaart: ar_socialekaart,
		opendata: ar_opendata,
	},
};

export const CATALOGUES: Record<Taal, Catalogue> = {
	nl: Object.assign({}, ...Object.values(PARTS.nl)) as Catalogue,
	en: Object.assign({}, ...Object.values(PARTS.en)) as Catalogue,
	pl: Object.assign({}, ...Object.values(PARTS.pl)) as Catalogue,
	tr: Object.assign({}, ...Object.values(PARTS.tr)) as Catalogue,
	ar: Object.assign({}, ...Object.values(PARTS.ar)) as Catalogue,
};
