/**
 * content/indicatoren/indicatoren.yaml: the wijkkompas's themes and indicator definitions.
 * The values themselves live in content/indicatoren/waarden/*.json (see waarden.ts).
 */
import { z } from 'astro/zod';

import { SLUG } from '#lib/site/slug.ts';

import { keuze, MAX_NAAM, shown, tekst, webadres } from './fields.ts';

export const EENHEDEN = [
	'aantal',
	'procent',
	'euro',
	'cijfer',
	'per 1.000 inwoners',
	'per km²',
	'personen per huishouden',
	'km',
	'jaar',
	'index',
] as const;
export type Eenheid = (typeof EENHEDEN)[number];

export const RICHTINGEN = ['hoger is beter', 'lager is beter', 'neutraal'] as const;
export type Richting = (typeof RICHTINGEN)[number];

export const SOORTEN = ['objectief', 'subjectief'] as const;
export type IndicatorSoort = (typeof SOORTEN)[number];

/** An indicator id: lower case, digits and dashes, e.g. "tevreden-woonomgeving". */
export const indicatorId = () =>
	z
		.string()
		.regex(SLUG, {
			error: (iss) =>
				`${shown(iss.input)} is geen geldige code voor een indicator. Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld tevreden-woonomgeving.`,
		})
		.max(MAX_NAAM, {
			error: (iss) =>
				`${shown(iss.input)} is te lang als code voor een indicator: hoogstens ${MAX_NAAM} tekens, want de code wordt ook een deel van het webadres.`,
		});

export const indicatorSchema = z.strictObject({
	id: indicatorId(),
	naam: tekst(),
	/** How the indicator reads inside a sentence, e.g. "het aantal inwoners". */
	inZin: tekst().optional(),
	omschrijving: tekst(),
	eenheid: keuze(EENHEDEN, 'eenheid'),
	decimalen: z.int().min(0).max(3).default(0),
	thema: tekst(),
	richting: keuze(RICHTINGEN, 'richting'),
	soort: keuze(SOORTEN, 'soort'),
	bron: tekst(),
	licentie: tekst(),
	bronadres: webadres().optional(),
	/** Panel figures: fewer answers than this are never shown as a number. Required for `subjectief`. */
	minimumAntwoorden: z.int().min(1).optional(),
	/** Area-specific indicator: only these wijk folders. Without it the indicator belongs to the base set. */
	wijken: z.array(tekst()).min(1).optional(),
});

export const themaSchema = z.strictObject({
	naam: tekst(),
	omschrijving: tekst().optional(),
});

export const indicatorenSchema = z.strictObject({
	themas: z.array(themaSchema).min(1),
	indicatoren: z.array(indicatorSchema).min(1),
});

export type Indicator = z.output<typeof indicatorSchema>;
export type IndicatorThema = z.output<typeof themaSchema>;
export type Indicatoren = z.output<typeof indicatorenSchema>;
