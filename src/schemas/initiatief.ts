/**
 * A bewonersinitiatief: residents with an idea get help and money from the wijkbudget.
 * content/initiatieven/<slug>.md, written like a wijkagenda item (Markdown, no HTML).
 */
import { z } from 'astro/zod';

import { afbeelding, bedrag, buurtCode, datum, eenOfMeer, jaar, keuze, locatie, shown, tekst } from './fields.ts';
import { verbanden } from './verbanden.ts';

/** The four steps of an initiative, in order. */
export const HOOFDSTAPPEN = ['idee opgehaald', 'plan uitgewerkt', 'budget toegekend', 'uitgevoerd'] as const;
/** Where an initiative can end before it is carried out. */
export const EINDSTAPPEN = ['afgewezen', 'gestopt'] as const;
export const STAPPEN = [...HOOFDSTAPPEN, ...EINDSTAPPEN] as const;
export type Stap = (typeof STAPPEN)[number];
export type Hoofdstap = (typeof HOOFDSTAPPEN)[number];

/** Who decides on the money. */
export const BESLUITERS = ['wijkteam', 'kernteam', 'wijkplatform'] as const;

/** What every initiative adds to (the gemeente's own thema's are allowed too). */
export const STANDAARD_BIJDRAGEN = ['verbinding', 'leefbaarheid', 'onderlinge hulp'] as const;

const stapDatums = z.strictObject({
	'idee opgehaald': datum().meta({
		title: 'Idee opgehaald',
		description: 'De datum waarop het idee bekend werd bij het wijkteam of het wijkplatform, bijvoorbeeld 2026-03-14.',
	}),
	'plan uitgewerkt': datum().optional().meta({
		title: 'Plan uitgewerkt',
		description: 'De datum waarop het plan klaar was, bijvoorbeeld 2026-04-20. Leeg zolang het zover niet is.',
	}),
	'budget toegekend': datum().optional().meta({
		title: 'Budget toegekend',
		description: 'De datum waarop het geld is toegekend, bijvoorbeeld 2026-05-12. Leeg zolang het zover niet is.',
	}),
	uitgevoerd: datum().optional().meta({
		title: 'Uitgevoerd',
		description: 'De datum waarop de bewoners het plan hebben uitgevoerd, bijvoorbeeld 2026-09-01.',
	}),
	afgewezen: datum().optional().meta({
		title: 'Afgewezen',
		description: 'Alleen bij stap afgewezen: de datum waarop het initiatief is afgewezen.',
	}),
	gestopt: datum().optional().meta({
		title: 'Gestopt',
		description: 'Alleen bij stap gestopt: de datum waarop de bewoners zijn gestopt.',
	}),
});

export const initiatiefSchema = z
	.strictObject({
		titel: tekst().meta({
			title: 'Titel',
			description: 'Een korte naam voor het initiatief, bijvoorbeeld Buurtmoestuin Merelplein.',
		}),
		/** One sentence: what the residents want to do. */
		samenvatting: tekst().meta({
			title: 'Samenvatting',
			description:
				'Eén zin: wat willen de bewoners doen? Bijvoorbeeld: Bewoners maken samen een moestuin op het grasveld.',
		}),
		/** Folder name of the wijk, e.g. noordveld. */
		wijk: tekst().meta({ title: 'Wijk', description: 'De mapnaam van de wijk, bijvoorbeeld havenkwartier.' }),
		buurt: buurtCode().optional().meta({
			title: 'Buurt',
			description:
				'De code van de buurt uit de gegevens van de wijk: BU en 8 cijfers of hoofdletters, bijvoorbeeld BU01410101 of BU0363AF01.',
		}),
		stap: keuze(STAPPEN, 'stap').meta({
			title: 'Stap',
			description: 'Waar het initiatief nu staat. Zet bij Datums ook de datum van deze stap en van de stappen ervoor.',
		}),
		/** The date each step was reached. */
		datums: stapDatums.meta({
			title: 'Datums',
			description: 'De datum waarop elke stap is bereikt, tot en met de huidige stap. Latere stappen blijven leeg.',
		}),
		/** Why it was refused or stopped. */
		reden: tekst().optional().meta({
			title: 'Reden',
			description:
				'Alleen bij afgewezen of gestopt: waarom het initiatief niet doorgaat, in een korte zin. Bijvoorbeeld: Er is al een moestuin in de buurt.',
		}),
		gevraagd: bedrag().optional().meta({
			title: 'Gevraagd bedrag',
			description: "Vanaf plan uitgewerkt: het gevraagde bedrag in euro's, alleen het getal, bijvoorbeeld 2400.",
		}),
		toegekend: bedrag().optional().meta({
			title: 'Toegekend bedrag',
			description: "Vanaf budget toegekend: het toegekende bedrag in euro's, alleen het getal, bijvoorbeeld 2000.",
		}),
		besteed: bedrag().optional().meta({
			title: 'Besteed bedrag',
			description: "Wat er echt is uitgegeven, in euro's, bijvoorbeeld 1850.50. Nooit meer dan het toegekende bedrag.",
		}),
		budgetjaar: jaar().optional().meta({
			title: 'Budgetjaar',
			description: 'Bij een toegekend bedrag: uit het budget van welk jaar het geld komt, bijvoorbeeld 2026.',
		}),
		besluit: keuze(BESLUITERS, 'besluit').optional().meta({
			title: 'Besluit door',
			description: 'Bij toegekend of afgewezen: wie over het geld besliste.',
		}),
		partners: z.array(tekst()).default([]).meta({
			title: 'Partners',
			description: 'Organisaties die meedoen, elk apart, bijvoorbeeld Buurthuis De Kade.',
		}),
		bijdrage: eenOfMeer(tekst()).meta({
			title: 'Bijdrage',
			description:
				'Waar het initiatief aan bijdraagt, één of meer: verbinding, leefbaarheid, onderlinge hulp of een thema van de gemeente.',
		}),
		/** What came of it, once carried out. */
		resultaat: tekst().optional().meta({
			title: 'Resultaat',
			description:
				'Bij uitgevoerd: wat het heeft opgeleverd, in één of twee zinnen. Bijvoorbeeld: Twaalf moestuinbakken, veertig bewoners doen mee.',
			invoer: 'alinea',
		}),
		fotos: z
			.array(afbeelding())
			.default([])
			.meta({ title: "Foto's", description: "Foto's van het initiatief, elk met een alt-tekst." }),
		locatie: locatie().optional().meta({
			title: 'Locatie',
			description: 'Waar het initiatief is, voor de kaarten: breedtegraad, lengtegraad. Bijvoorbeeld 52.0907, 5.1214.',
		}),
		verbanden: verbanden().meta({
			title: 'Verbanden',
			description:
				"De agendapunten, verhalen en berichten waar dit initiatief bij hoort. De site toont het verband op beide pagina's.",
		}),
	})
	.superRefine((item, ctx) => {
		const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
		const { stap, datums } = item;
		const ended = stap === 'afgewezen' || stap === 'gestopt';
		// The main steps reached: up to its step, or for an ended initiative up to its last dated step.
		const last = ended
			? Math.max(0, ...HOOFDSTAPPEN.map((s, i) => (datums[s] !== undefined ? i : 0)))
			: HOOFDSTAPPEN.indexOf(stap);
		const reached: readonly Hoofdstap[] = HOOFDSTAPPEN.slice(0, last + 1);
		if (stap === 'afgewezen' && reached.includes('budget toegekend'))
			problem(
				['stap'],
				'een initiatief met toegekend budget kan niet meer worden afgewezen. Zet stap: gestopt als het niet doorgaat, of haal de datum budget toegekend weg.',
			);
		if (stap === 'gestopt' && reached.includes('uitgevoerd'))
			problem(
				['stap'],
				'een uitgevoerd initiatief kan niet meer stoppen. Zet stap: uitgevoerd, of haal de datum uitgevoerd weg.',
			);

		// Every step up to the current one has a date; no later step has one.
		for (const s of reached) {
			if (!datums[s])
				problem(
					['datums'],
					`de datum van de stap ${shown(s)} ontbreekt. Dit initiatief is bij stap ${shown(stap)}, dus elke stap tot en met die stap heeft een datum. Zet onder datums bijvoorbeeld ${s}: 2026-03-14.`,
				);
		}
		for (const s of STAPPEN) {
			if (datums[s] === undefined || s === stap || (reached as readonly Stap[]).includes(s)) continue;
			problem(
				['datums', s],
				`dit initiatief is bij stap ${shown(stap)}, maar heeft ook een datum voor ${shown(s)}. Haal die datum weg, of zet stap: ${s} als het initiatief zo ver is.`,
			);
		}
		if (ended && !datums[stap])
			problem(
				['datums'],
				`de datum waarop het initiatief ${stap} is, ontbreekt. Zet onder datums bijvoorbeeld ${stap}: 2026-03-14.`,
			);

		// The steps follow each other in time.
		const order = [...reached, ...(ended ? [stap] : [])];
		for (let i = 1; i < order.length; i++) {
			const before = datums[order[i - 1]!];
			const after = datums[order[i]!];
			if (before && after && after < before)
				problem(
					['datums', order[i]!],
					`de datum ${after} ligt vóór de datum van de stap ervoor (${order[i - 1]}: ${before}). Een stap komt na de vorige stap. Verbeter een van beide datums.`,
				);
		}

		if (ended && !item.reden)
			problem(
				['reden'],
				`dit veld ontbreekt. Bij stap ${stap} hoort een korte reden, zodat bewoners begrijpen waarom het initiatief niet doorgaat.`,
			);
		if (!ended && item.reden)
			problem(['reden'], `een reden hoort alleen bij stap afgewezen of gestopt. Haal de reden weg.`);

		const granted = reached.includes('budget toegekend');
		if (granted && item.toegekend === undefined)
			problem(
				['toegekend'],
				"dit veld ontbreekt. Het budget is toegekend: zet het bedrag in euro's erbij, bijvoorbeeld toegekend: 2000.",
			);
		if (!granted && item.toegekend !== undefined)
			problem(
				['toegekend'],
				'er staat een toegekend bedrag, maar het initiatief heeft de stap budget toegekend niet bereikt. Zet de stap en de datum budget toegekend erbij, of haal het bedrag weg.',
			);
		if (item.toegekend !== undefined && item.budgetjaar === undefined)
			problem(
				['budgetjaar'],
				'dit veld ontbreekt. Zet erbij uit het budget van welk jaar het geld komt, bijvoorbeeld budgetjaar: 2026.',
			);
		if ((granted || stap === 'afgewezen') && !item.besluit)
			problem(
				['besluit'],
				`dit veld ontbreekt. Zet erbij wie over het geld besliste: ${['wijkteam', 'kernteam', 'wijkplatform'].join(', ')}.`,
			);
		if (reached.includes('plan uitgewerkt') && item.gevraagd === undefined)
			problem(
				['gevraagd'],
				'dit veld ontbreekt. Het plan is uitgewerkt: zet erbij hoeveel geld de bewoners vragen, bijvoorbeeld gevraagd: 2500.',
			);
		if (item.besteed !== undefined && item.toegekend === undefined)
			problem(
				['besteed'],
				'er staat een besteed bedrag, maar geen toegekend bedrag. Geld uit het wijkbudget wordt pas besteed als het is toegekend.',
			);
		if (item.besteed !== undefined && item.toegekend !== undefined && item.besteed > item.toegekend)
			problem(
				['besteed'],
				`er is meer besteed (${item.besteed}) dan toegekend (${item.toegekend}). Verbeter het bedrag, of leg het extra geld vast als nieuw besluit en verhoog toegekend.`,
			);
		if (stap === 'uitgevoerd' && !item.resultaat)
			problem(
				['resultaat'],
				'dit veld ontbreekt. Het initiatief is uitgevoerd: beschrijf in één of twee zinnen wat het heeft opgeleverd.',
			);
	});

/** The fields a translation of an initiative may hold, besides its body (src/schemas/vertaling.ts). */
export const initiatiefVertaalbaar = ['titel', 'samenvatting', 'reden', 'resultaat'] as const;

export type Initiatief = z.output<typeof initiatiefSchema>;
