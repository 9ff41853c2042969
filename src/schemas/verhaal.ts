/**
 * A story for the verhalenboek: a resident's own words, published only as far as the
 * recorded consent allows. content/verhalen/<slug>.md (Markdown, no HTML). Whether the
 * consent has ended depends on the day of the build: src/lib/verhalen/consent.ts.
 */
import { z } from 'astro/zod';

import { afbeelding, buurtCode, datum, jaNee, keuze, tekst } from './fields.ts';
import { verbanden } from './verbanden.ts';

/** What the storyteller allowed to be published with the story. */
export const PUBLICEREN = ['naam', 'foto', 'naam en foto', 'anoniem'] as const;
export type Publiceren = (typeof PUBLICEREN)[number];

export const mayShowName = (p: Publiceren) => p === 'naam' || p === 'naam en foto';
export const mayShowPhoto = (p: Publiceren) => p === 'foto' || p === 'naam en foto';

export const toestemmingSchema = z.strictObject({
	/** The day the storyteller gave consent. */
	datum: datum().meta({
		title: 'Datum',
		description: 'De datum waarop de verteller toestemming gaf, bijvoorbeeld 2026-03-02.',
	}),
	publiceren: keuze(PUBLICEREN, 'keuze voor publiceren').meta({
		title: 'Publiceren',
		description: 'Wat de verteller goedvond: naam, foto, naam en foto, of anoniem.',
	}),
	/** The last day the story may be published; without it, until the storyteller withdraws. */
	tot: datum().optional().meta({
		title: 'Tot en met',
		description:
			'De laatste dag dat het verhaal op de site mag, bijvoorbeeld 2031-03-02. Leeg: tot de verteller het intrekt.',
	}),
	/** A storyteller under 16 needs the consent of a parent or guardian too. */
	jonger_dan_16: jaNee().default(false).meta({
		title: 'Jonger dan 16',
		description: 'Kies ja als de verteller jonger is dan 16. Dan is ook toestemming van een ouder of voogd nodig.',
	}),
	/** The day a parent or guardian gave consent. */
	ouder_of_voogd: datum().optional().meta({
		title: 'Ouder of voogd',
		description: 'Bij een verteller jonger dan 16: de datum waarop een ouder of voogd toestemming gaf.',
	}),
});

export const verhaalSchema = z
	.strictObject({
		titel: tekst().meta({ title: 'Titel', description: 'De titel van het verhaal, bijvoorbeeld De eerste oogst.' }),
		wijk: tekst().meta({ title: 'Wijk', description: 'De mapnaam van de wijk, bijvoorbeeld havenkwartier.' }),
		buurt: buurtCode().optional().meta({
			title: 'Buurt',
			description:
				'De code van de buurt uit de gegevens van de wijk: BU en 8 cijfers of hoofdletters, bijvoorbeeld BU01410101 of BU0363AF01.',
		}),
		thema: tekst().meta({
			title: 'Thema',
			description: 'Waar het verhaal over gaat, in een of twee woorden. U kiest het zelf, bijvoorbeeld samen of groen.',
		}),
		/** The storyteller as they agreed to be named, e.g. "Fatima, buurtbewoner". */
		verteller: tekst().optional().meta({
			title: 'Verteller',
			description:
				'De verteller zoals die genoemd wil worden, bijvoorbeeld Fatima, buurtbewoner. Alleen met toestemming voor de naam.',
		}),
		foto: afbeelding().optional().meta({
			title: 'Foto',
			description: 'Een foto bij het verhaal, met een alt-tekst. Alleen met toestemming voor de foto.',
		}),
		/** The day the story was told. */
		verteld: datum().meta({
			title: 'Verteld op',
			description: 'De datum waarop het verhaal is verteld, bijvoorbeeld 2026-03-02.',
		}),
		toestemming: toestemmingSchema.meta({
			title: 'Toestemming',
			description: 'Wat de verteller goedvond en wanneer. Het formulier zelf bewaart u bij uw organisatie, niet hier.',
		}),
		verbanden: verbanden().meta({
			title: 'Verbanden',
			description:
				"De agendapunten, initiatieven en berichten waar dit verhaal bij hoort. De site toont het verband op beide pagina's.",
		}),
	})
	.superRefine((story, ctx) => {
		const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
		const { publiceren, datum: given, tot } = story.toestemming;
		if (story.verteller && !mayShowName(publiceren))
			problem(
				['verteller'],
				`de verteller gaf geen toestemming om de naam te publiceren (publiceren: ${publiceren}). Haal de naam weg, of leg eerst toestemming voor de naam vast (publiceren: naam of naam en foto).`,
			);
		if (story.foto && !mayShowPhoto(publiceren))
			problem(
				['foto'],
				`de verteller gaf geen toestemming om een foto te publiceren (publiceren: ${publiceren}). Haal de foto weg, of leg eerst toestemming voor de foto vast (publiceren: foto of naam en foto).`,
			);
		if (story.toestemming.jonger_dan_16 && !story.toestemming.ouder_of_voogd)
			problem(
				['toestemming', 'ouder_of_voogd'],
				'dit veld ontbreekt. De verteller is jonger dan 16: een ouder of voogd moet ook toestemming geven. Zet de datum van die toestemming erbij, bijvoorbeeld ouder_of_voogd: 2026-03-14. Zonder die toestemming mag het verhaal niet op de site.',
			);
		if (!story.toestemming.jonger_dan_16 && story.toestemming.ouder_of_voogd)
			problem(
				['toestemming', 'ouder_of_voogd'],
				'toestemming van een ouder of voogd hoort alleen bij een verteller jonger dan 16. Zet jonger_dan_16: ja, of haal deze datum weg.',
			);
		if (tot && tot < given)
			problem(
				['toestemming', 'tot'],
				`de toestemming eindigt (${tot}) voordat ze gegeven is (${given}). Verbeter een van beide datums.`,
			);
	});

/** The fields a translation of a story may hold, besides the story itself (src/schemas/vertaling.ts). */
export const verhaalVertaalbaar = ['titel'] as const;

export type Verhaal = z.output<typeof verhaalSchema>;
export type Toestemming = z.output<typeof toestemmingSchema>;
