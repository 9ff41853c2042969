import { z } from 'astro/zod';

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
		titel: tekst(),
		/** One sentence: what the item is about. Shown on every card. */
		samenvatting: samenvatting(),
		status: keuze(AGENDA_STATUSSEN, 'status'),
		/** What happens next, and when. Required while the item is open (idee, gepland, in uitvoering). */
		volgendeStap: z
			.strictObject({
				wat: tekst(),
				/** Free text: "voorjaar 2027", "januari 2027"; a bare year (2027) is read as text too. */
				wanneer: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), tekst()),
			})
			.optional(),
		probleemeigenaar: eenOfMeer(tekst()),
		thema: tekst(),
		buurt: buurtCode().optional(),
		/** Where the item is, for the maps: "52.0907, 5.1214". */
		locatie: locatie().optional(),
		toegevoegd: datum(),
		gewijzigd: datum(),
		gerealiseerd: datum().optional(),
		/** Goals of the wijk's ambitie.md this item serves (their codes). */
		doelen: z.array(doelCode()).default([]),
		links: z.array(z.strictObject({ titel: tekst(), url: webadres() })).default([]),
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

export type AgendaItem = z.output<typeof agendaSchema>;
