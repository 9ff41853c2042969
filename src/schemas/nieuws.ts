import { z } from 'astro/zod';

import { afbeelding, datum, jaNee, tekst } from './fields.ts';
import { verbanden } from './verbanden.ts';

export const nieuwsSchema = z.strictObject({
	titel: tekst().meta({ title: 'Titel', description: 'De kop van het bericht, kort en duidelijk.' }),
	datum: datum().meta({ title: 'Datum', description: 'De datum van het bericht, bijvoorbeeld 2026-10-12.' }),
	samenvatting: tekst().meta({
		title: 'Samenvatting',
		description: 'Eén of twee zinnen over het bericht. Die staan in overzichten en zoekresultaten.',
		invoer: 'alinea',
	}),
	wijken: z.array(tekst()).default([]).meta({
		title: 'Wijken',
		description:
			'De mapnamen van de wijken waar het bericht over gaat, bijvoorbeeld havenkwartier. Leeg: het gaat over de hele gemeente.',
	}),
	succes: jaNee().default(false).meta({
		title: 'Succes',
		description: 'Kies ja als het bericht een succes uit de wijk laat zien. Het staat dan ook op de pagina Successen.',
	}),
	afbeelding: afbeelding()
		.optional()
		.meta({ title: 'Afbeelding', description: 'Een afbeelding bij het bericht, met een alt-tekst.' }),
	verbanden: verbanden().meta({
		title: 'Verbanden',
		description:
			"De agendapunten, initiatieven, verhalen en berichten waar dit bericht bij hoort. De site toont het verband op beide pagina's.",
	}),
});

export type Nieuws = z.output<typeof nieuwsSchema>;
