import { z } from 'astro/zod';

import { buurtCode, datum, eenOfMeer, keuze, locatie, tekst, webadres } from './fields.ts';

/** The life of a wijkagenda item, in the order residents follow it. */
export const AGENDA_STATUSSEN = ['idee', 'gepland', 'in uitvoering', 'gerealiseerd', 'geschrapt'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSSEN)[number];

export const agendaSchema = z.strictObject({
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
});

export type AgendaItem = z.output<typeof agendaSchema>;
