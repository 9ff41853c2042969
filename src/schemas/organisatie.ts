/**
 * One entry of a wijk's sociale kaart (content/wijken/<wijk>/sociale-kaart/<naam>.md): an
 * organisation or group, what it offers and for whom, how to reach it, and when the entry was
 * last checked. The body (optional) tells more. Organisations, not people: there is no field
 * for a person's name.
 */
import { z } from 'astro/zod';

import { ORGANISATIE_LABELS as L } from '#lib/sociale-kaart/labels.ts';

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
	naam: tekst().meta({
		title: 'Naam',
		description: 'De naam van de organisatie of de groep, geen naam van een persoon. Bijvoorbeeld: Buurthuis De Kade.',
	}),
	categorie: keuze(ORGANISATIE_CATEGORIEEN, 'categorie').meta({
		title: L.categorie,
		description: 'Bij welke groep hoort deze organisatie op de sociale kaart? Kies overig als geen andere past.',
	}),
	/** What they offer, in one or two sentences. */
	aanbod: tekst().meta({
		title: L.aanbod,
		description:
			'Wat biedt de organisatie, in één of twee zinnen? Bijvoorbeeld: Huiswerkbegeleiding en een inloop voor ouders.',
		invoer: 'alinea',
	}),
	/** For whom: "kinderen van 4 tot 12 jaar", "iedereen". */
	voorWie: tekst().meta({
		title: L.voorWie,
		description: 'Voor wie is het aanbod? Bijvoorbeeld: kinderen van 4 tot 12 jaar, of: iedereen.',
	}),
	contact: z
		.strictObject({
			telefoon: tekst().optional().meta({
				title: L.telefoon,
				description: 'Het telefoonnummer van de organisatie, geen privénummer. Bijvoorbeeld: 0999-123456.',
			}),
			email: email().optional().meta({
				title: L.email,
				description: 'Het e-mailadres van de organisatie, geen privéadres. Bijvoorbeeld: info@buurthuisdekade.nl.',
			}),
			website: webadres().optional().meta({
				title: L.website,
				description: 'De website van de organisatie, het volledige adres beginnend met https://.',
			}),
		})
		.refine((c) => c.telefoon !== undefined || c.email !== undefined || c.website !== undefined, {
			error: 'er staat geen manier in om contact op te nemen. Vul minstens een telefoon, email of website in.',
		})
		.meta({
			title: 'Contact',
			description: 'Hoe bewoners de organisatie bereiken. Vul minstens één in: telefoon, e-mail of website.',
		}),
	adres: tekst().optional().meta({
		title: L.adres,
		description:
			'Straat, huisnummer en plaats waar bewoners langs kunnen komen. Bijvoorbeeld: Kadestraat 12, Brinkwoude.',
	}),
	/** Opening hours, one line per day or period: "maandag tot vrijdag 9.00–17.00". */
	openingstijden: z.array(tekst()).default([]).meta({
		title: L.openingstijden,
		description: 'Eén regel per dag of periode. Bijvoorbeeld: maandag tot vrijdag 9.00–17.00.',
	}),
	/** Where it is, for the maps: "52.0907, 5.1214". */
	locatie: locatie().optional().meta({
		title: 'Locatie',
		description: 'De plek op de kaart: breedtegraad, lengtegraad. Bijvoorbeeld: 52.0907, 5.1214.',
	}),
	/** The buurt it is in (a buurt of this wijk); then it is also shown on the buurt page. */
	buurt: buurtCode().optional().meta({
		title: L.buurt,
		description:
			'De CBS-buurtcode van de buurt waarin de organisatie zit, bijvoorbeeld BU01410101. Dan staat zij ook op de pagina van die buurt.',
	}),
	/** When someone last checked that this entry is still right. */
	gecontroleerd: datum().meta({
		title: L.gecontroleerd,
		description:
			'De dag waarop u met de organisatie hebt nagegaan dat alles nog klopt, als JJJJ-MM-DD. Bijvoorbeeld: 2026-03-14.',
	}),
});

/**
 * The fields a translation of a sociale kaart entry may hold, besides its body (src/schemas/vertaling.ts).
 * The organisation's name stays as it is.
 */
export const organisatieVertaalbaar = ['aanbod', 'voorWie', 'openingstijden'] as const;

export type Organisatie = z.output<typeof organisatieSchema>;
