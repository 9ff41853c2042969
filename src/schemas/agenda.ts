import { z } from 'astro/zod';

import { buurtCode, datum, eenOfMeer, keuze, locatie, shown, tekst, webadres } from './fields.ts';
import { verbanden } from './verbanden.ts';

/** The life of a wijkagenda item, in the order residents follow it. */
export const AGENDA_STATUSSEN = ['idee', 'gepland', 'in uitvoering', 'gerealiseerd', 'geschrapt'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSSEN)[number];

export const agendaSchema = z
	.strictObject({
		titel: tekst(),
		status: keuze(AGENDA_STATUSSEN, 'status'),
		probleemeigenaar: eenOfMeer(tekst()),
		thema: tekst(),
		buurt: buurtCode().optional(),
		/** Where the item is, for the maps: "52.0907, 5.1214". */
		locatie: locatie().optional(),
		toegevoegd: datum(),
		gewijzigd: datum(),
		gerealiseerd: datum().optional(),
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
