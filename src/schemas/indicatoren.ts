/**
 * content/indicatoren/indicatoren.yaml: the wijkkompas's themes and indicator definitions.
 * The values themselves live in content/indicatoren/waarden/*.json (see waarden.ts).
 */
import { z } from 'astro/zod';

import { type Taal, TAAL_INFO } from '#lib/i18n/talen.ts';
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

/** The languages a translation may be in: every language of the portal but Dutch, the source. */
type VertaalTaal = Exclude<Taal, 'nl'>;

/** Per language an object of `fields`, each optional: `vertalingen: { en: { naam: …, omschrijving: … } }`. */
function vertalingen<S extends z.ZodRawShape>(fields: S, wat: string) {
	const perTaal = (taal: VertaalTaal) =>
		z
			.strictObject(fields)
			.optional()
			.meta({
				title: TAAL_INFO[taal].nederlands,
				description: `De ${wat} in het ${TAAL_INFO[taal].nederlands}. Laat u dit weg, dan ziet de lezer de Nederlandse tekst.`,
			});
	return z
		.strictObject({ en: perTaal('en'), pl: perTaal('pl'), tr: perTaal('tr'), ar: perTaal('ar') })
		.optional()
		.meta({
			title: 'Vertalingen',
			description: `De ${wat} in andere talen van het portaal (en, pl, tr, ar). Niet verplicht: zonder vertaling staat er Nederlands.`,
		});
}

export const indicatorSchema = z.strictObject({
	id: indicatorId().meta({
		title: 'Code',
		description:
			'Een korte code van kleine letters, cijfers en streepjes, bijvoorbeeld tevreden-buurt. Deze code staat bij elk cijfer.',
	}),
	naam: tekst().meta({
		title: 'Naam',
		description: 'De naam in gewone taal, zoals bewoners hem lezen. Bijvoorbeeld Tevredenheid met de buurt.',
	}),
	/** How the indicator reads inside a sentence, e.g. "het aantal inwoners". */
	inZin: tekst().optional().meta({
		title: 'Naam in zin',
		description:
			'Hoe de indicator in een zin heet, bijvoorbeeld het aantal inwoners. Dan leest de tekst bij de grafiek beter.',
	}),
	omschrijving: tekst().meta({
		title: 'Omschrijving',
		description: 'Wat het cijfer precies betekent, in één of twee zinnen.',
		invoer: 'alinea',
	}),
	eenheid: keuze(EENHEDEN, 'eenheid').meta({
		title: 'Eenheid',
		description: 'Waarin het cijfer is uitgedrukt, bijvoorbeeld procent of cijfer (een rapportcijfer van 1 tot 10).',
	}),
	decimalen: z
		.int()
		.min(0)
		.max(3)
		.default(0)
		.meta({ title: 'Decimalen', description: 'Het aantal cijfers achter de komma: 0 tot en met 3. Standaard 0.' }),
	thema: tekst().meta({
		title: 'Thema',
		description: "Het thema van het wijkkompas waar de indicator bij hoort: een naam uit de lijst Thema's.",
	}),
	richting: keuze(RICHTINGEN, 'richting').meta({
		title: 'Richting',
		description: 'Of een hoger cijfer beter of slechter is voor de wijk, of geen van beide (neutraal).',
	}),
	soort: keuze(SOORTEN, 'soort').meta({
		title: 'Soort',
		description: 'Objectief: uit registraties, zoals van het CBS. Subjectief: uit een bewonerspanel of enquête.',
	}),
	bron: tekst().meta({
		title: 'Bron',
		description: 'Waar het cijfer vandaan komt, bijvoorbeeld CBS of Bewonerspanel.',
	}),
	licentie: tekst().meta({
		title: 'Licentie',
		description: 'Onder welke licentie het cijfer mag worden hergebruikt, bijvoorbeeld CC BY 4.0.',
	}),
	bronadres: webadres()
		.optional()
		.meta({ title: 'Webadres bron', description: 'Het webadres van de bron, beginnend met https://.' }),
	/** Panel figures: fewer answers than this are never shown as a number. Required for `subjectief`. */
	minimumAntwoorden: z.int().min(1).optional().meta({
		title: 'Minimum antwoorden',
		description:
			'Nodig bij soort subjectief: het kleinste aantal antwoorden, bijvoorbeeld 30. Met minder antwoorden toont de site het cijfer niet.',
	}),
	/** Area-specific indicator: only these wijk folders. Without it the indicator belongs to the base set. */
	wijken: z.array(tekst()).min(1).optional().meta({
		title: 'Alleen voor wijken',
		description: 'De mapnamen van de wijken waar deze indicator alleen voor geldt. Leeg: voor elke wijk.',
	}),
	/** Name and explanation in the portal's other languages (src/lib/wijkkompas/text.ts `indicatorText`). */
	vertalingen: vertalingen(
		{
			naam: tekst().meta({ title: 'Naam', description: 'De naam in deze taal, zoals bewoners hem lezen.' }),
			inZin: tekst()
				.optional()
				.meta({ title: 'Naam in zin', description: 'Hoe de indicator in een zin in deze taal heet. Niet verplicht.' }),
			omschrijving: tekst().meta({
				title: 'Omschrijving',
				description: 'Wat het cijfer precies betekent, in één of twee zinnen in deze taal.',
				invoer: 'alinea',
			}),
		},
		'naam en omschrijving',
	),
});

export const themaSchema = z.strictObject({
	naam: tekst().meta({ title: 'Naam', description: 'De naam van het thema, bijvoorbeeld Wonen.' }),
	omschrijving: tekst().optional().meta({
		title: 'Omschrijving',
		description: 'Waar het thema over gaat, in één zin. Bijvoorbeeld: Hoe mensen wonen en wat hun huis waard is.',
	}),
	/** Name and description in the portal's other languages (its web address keeps the Dutch name). */
	vertalingen: vertalingen(
		{
			naam: tekst().meta({ title: 'Naam', description: 'De naam van het thema in deze taal.' }),
			omschrijving: tekst()
				.optional()
				.meta({ title: 'Omschrijving', description: 'Waar het thema over gaat, in één zin in deze taal.' }),
		},
		'naam en omschrijving van het thema',
	),
});

export const indicatorenSchema = z.strictObject({
	themas: z.array(themaSchema).min(1).meta({
		title: "Thema's",
		description: "De thema's van het wijkkompas, minstens één. Elke indicator hoort bij één thema.",
	}),
	indicatoren: z.array(indicatorSchema).min(1).meta({
		title: 'Indicatoren',
		description: 'De cijfers die het wijkkompas toont, minstens één. De waarden zelf staan in aparte bestanden.',
	}),
});

export type Indicator = z.output<typeof indicatorSchema>;
export type IndicatorThema = z.output<typeof themaSchema>;
export type Indicatoren = z.output<typeof indicatorenSchema>;
