/**
 * One entry of a wijk's sociale kaart (content/wijken/<wijk>/sociale-kaart/<naam>.md): an
 * organisation or group, what it offers and for whom, how to reach it, and when the entry was
 * last checked. The body (optional) tells more. Organisations, not people: there is no field
 * for a person's name.
 */
import { z } from 'astro/zod';

import { buurtCode, datum, email, keuze, locatie, tekst, webadres } from './fields.ts';

/** The categories of the sociale kaart, in the order the pages show them. */
export const ORGANISATIE_CATEGORIEEN = [
	'onderwijs',
	'kinderopvang',
	'welzijn en zorg',
	'sport',
	'cultuur',
	'ondernemers',
	'bewonersorganisaties',
	'geloofsgemeenschappen',
	'overig',
] as const;
export type OrganisatieCategorie = (typeof ORGANISATIE_CATEGORIEEN)[number];

export const organisatieSchema = z.strictObject({
	naam: tekst(),
	categorie: keuze(ORGANISATIE_CATEGORIEEN, 'categorie'),
	/** What they offer, in one or two sentences. */
	aanbod: tekst(),
	/** For whom: "kinderen van 4 tot 12 jaar", "iedereen". */
	voorWie: tekst(),
	contact: z
		.strictObject({
			telefoon: tekst().optional(),
			email: email().optional(),
			website: webadres().optional(),
		})
		.refine((c) => c.telefoon !== undefined || c.email !== undefined || c.website !== undefined, {
			error: 'er staat geen manier in om contact op te nemen. Vul minstens een telefoon, email of website in.',
		}),
	adres: tekst().optional(),
	/** Opening hours, one line per day or period: "maandag tot vrijdag 9.00–17.00". */
	openingstijden: z.array(tekst()).default([]),
	/** Where it is, for the maps: "52.0907, 5.1214". */
	locatie: locatie().optional(),
	/** The buurt it is in (a buurt of this wijk); then it is also shown on the buurt page. */
	buurt: buurtCode().optional(),
	/** When someone last checked that this entry is still right. */
	gecontroleerd: datum(),
});

export type Organisatie = z.output<typeof organisatieSchema>;
