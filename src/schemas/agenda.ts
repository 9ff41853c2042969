import { z } from 'astro/zod';

import { AGENDA_LABELS as L } from '#lib/agenda/labels.ts';
import { SLUG } from '#lib/site/slug.ts';

import { buurtCode, datum, eenOfMeer, keuze, locatie, shown, tekst, webadres } from './fields.ts';
import { verbanden } from './verbanden.ts';

/** The life of a wijkagenda item, in the order residents follow it. */
export const AGENDA_STATUSSEN = ['idee', 'gepland', 'in uitvoering', 'gerealiseerd', 'geschrapt'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSSEN)[number];

/** Longest summary: one sentence a resident reads on a card. */
export const MAX_SAMENVATTING = 200;

/** What an item is about, in one sentence of at most MAX_SAMENVATTING characters. */
const samenvatting = () =>
	tekst()
		.max(MAX_SAMENVATTING, {
			error: (iss) =>
				`deze samenvatting is te lang: ${typeof iss.input === 'string' ? iss.input.length : '?'} tekens. Schrijf één zin van hoogstens ${MAX_SAMENVATTING} tekens; de rest hoort in de beschrijving onder de streepjes.`,
		})
		.refine((v) => !/[\r\n]/.test(v), {
			error: 'een samenvatting is één zin op één regel. Zet de rest in de beschrijving onder de streepjes.',
		});

/** A goal of the wijk's ambition (content/wijken/<wijk>/ambitie.md), by its code. */
export const doelCode = () =>
	z
		.string({
			error: (iss) => (iss.input === undefined ? undefined : `${shown(iss.input)} is geen code van een doel.`),
		})
		.trim()
		.regex(SLUG, {
			error: (iss) =>
				`${shown(iss.input)} is geen code van een doel. Gebruik de code uit ambitie.md: kleine letters, cijfers en streepjes, bijvoorbeeld schone-straten.`,
		});

export const agendaSchema = z
	.strictObject({
		titel: tekst().meta({
			title: L.titel,
			description:
				'Een korte naam voor dit punt, zoals bewoners erover praten. Bijvoorbeeld: Nieuwe speeltuin Merelplein.',
		}),
		/** One sentence: what the item is about. Shown on every card. */
		samenvatting: samenvatting().meta({
			title: L.samenvatting,
			description: `Waar gaat dit punt over? Schrijf één zin van hoogstens ${MAX_SAMENVATTING} tekens. Die zin staat op elke kaart met dit punt.`,
		}),
		status: keuze(AGENDA_STATUSSEN, 'status').meta({
			title: L.status,
			description: 'Hoe ver is dit punt? Kies gerealiseerd als het klaar is en geschrapt als het niet doorgaat.',
		}),
		/** What happens next, and when. Required while the item is open (idee, gepland, in uitvoering). */
		volgendeStap: z
			.strictObject({
				wat: tekst().meta({
					title: 'Wat',
					description: 'Wat gebeurt er nu met dit punt? Bijvoorbeeld: De gemeente kiest een aannemer.',
				}),
				/** Free text: "voorjaar 2027", "januari 2027"; a bare year (2027) is read as text too. */
				wanneer: z
					.preprocess((v) => (typeof v === 'number' ? String(v) : v), tekst())
					.meta({
						title: 'Wanneer',
						description: 'Wanneer gebeurt dat, ongeveer? Bijvoorbeeld: voorjaar 2027.',
					}),
			})
			.optional()
			.meta({
				title: L.volgendeStap,
				description:
					'Wat gebeurt er nu met dit punt, en wanneer? Vul dit in zolang het punt nog niet klaar of geschrapt is.',
			}),
		probleemeigenaar: eenOfMeer(tekst()).meta({
			title: L.probleemeigenaar,
			description:
				'Wie pakt dit punt op? Noem de organisatie of het team; zijn het er meer, zet dan elk apart. Bijvoorbeeld: Gemeente Brinkwoude, team Verkeer.',
		}),
		thema: tekst().meta({
			title: L.thema,
			description: 'Een van de thema’s van de gemeente uit portaal.yaml. Bijvoorbeeld: basis op orde.',
		}),
		buurt: buurtCode().optional().meta({
			title: L.buurt,
			description:
				'Gaat dit punt over één buurt van de wijk? Vul dan de CBS-buurtcode in, bijvoorbeeld BU01410101. Anders laat u dit leeg.',
		}),
		/** Where the item is, for the maps: "52.0907, 5.1214". */
		locatie: locatie().optional().meta({
			title: 'Locatie',
			description: 'De plek van dit punt op de kaart: breedtegraad, lengtegraad. Bijvoorbeeld: 52.0907, 5.1214.',
		}),
		toegevoegd: datum().meta({
			title: L.toegevoegd,
			description: 'De dag waarop dit punt op de wijkagenda kwam, als JJJJ-MM-DD. Bijvoorbeeld: 2026-03-14.',
		}),
		gewijzigd: datum().meta({
			title: L.gewijzigd,
			description:
				'De dag van de laatste verandering aan dit punt, als JJJJ-MM-DD. Pas deze datum aan als u iets verandert.',
		}),
		gerealiseerd: datum().optional().meta({
			title: L.gerealiseerd,
			description:
				'Alleen bij status gerealiseerd: de dag waarop het klaar was, als JJJJ-MM-DD. Bijvoorbeeld: 2026-10-01.',
		}),
		/** Goals of the wijk's ambitie.md this item serves (their codes). */
		doelen: z.array(doelCode()).default([]).meta({
			title: L.doelen,
			description:
				'Aan welke doelen van de wijkambitie werkt dit punt mee? Schrijf de code van elk doel uit ambitie.md, bijvoorbeeld schone-straten.',
		}),
		links: z
			.array(
				z.strictObject({
					titel: tekst().meta({
						title: 'Linktekst',
						description: 'Waar leidt de link naartoe? Bijvoorbeeld: Ontwerp van de speeltuin.',
					}),
					url: webadres().meta({
						title: 'Webadres',
						description: 'Het volledige adres van de pagina, beginnend met https://.',
					}),
				}),
			)
			.default([])
			.meta({
				title: L.links,
				description: 'Links naar pagina’s met meer informatie over dit punt, zoals een plan of een besluit.',
			}),
		verbanden: verbanden(),
	})
	.superRefine((item, ctx) => {
		// The dates follow the item's life: added, then changed, then (only when done) realised.
		const problem = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
		if (item.gewijzigd < item.toegevoegd) {
			problem(
				'gewijzigd',
				`de datum ${item.gewijzigd} ligt vóór de datum toegevoegd (${item.toegevoegd}). Een punt kan pas veranderen nadat het is toegevoegd. Verbeter een van beide datums.`,
			);
		}
		const open = item.status === 'idee' || item.status === 'gepland' || item.status === 'in uitvoering';
		if (open && !item.volgendeStap) {
			problem(
				'volgendeStap',
				`dit veld ontbreekt. Een punt met status ${item.status} heeft een volgende stap: wat er nu gebeurt (wat) en wanneer (wanneer). Voeg toe: volgendeStap, met daaronder bijvoorbeeld wat: De gemeente kiest een aannemer. en wanneer: voorjaar 2027`,
			);
		}
		if (item.status === 'gerealiseerd' && !item.gerealiseerd) {
			problem(
				'gerealiseerd',
				'dit veld ontbreekt. Bij status gerealiseerd hoort de datum waarop het klaar was, bijvoorbeeld gerealiseerd: 2026-10-01.',
			);
		}
		if (item.status !== 'gerealiseerd' && item.gerealiseerd) {
			problem(
				'gerealiseerd',
				`dit punt heeft status ${shown(item.status)}, maar wel een datum gerealiseerd. Haal de datum weg, of zet status: gerealiseerd als het punt klaar is.`,
			);
		}
		if (item.gerealiseerd && item.gerealiseerd < item.toegevoegd) {
			problem(
				'gerealiseerd',
				`de datum ${item.gerealiseerd} ligt vóór de datum toegevoegd (${item.toegevoegd}). Verbeter een van beide datums.`,
			);
		}
	});

/** The fields a translation of an agenda item may hold, besides its body (src/schemas/vertaling.ts). */
export const agendaVertaalbaar = ['titel', 'samenvatting', 'volgendeStap.wat', 'volgendeStap.wanneer'] as const;

export type AgendaItem = z.output<typeof agendaSchema>;
