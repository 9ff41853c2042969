/**
 * The wijkambitie of one wijk (content/wijken/<wijk>/ambitie.md): the wijkanalyse as the body,
 * and a goals tree in the front matter. The gemeente's strategic goals are its thema's
 * (portaal.yaml); each goal of the wijk hangs under a thema or under another goal of the wijk,
 * and may name wijkkompas indicators it wants to move, with a target value and year.
 * Rules that span files (thema's, goals, indicators that must exist; no loops) are in
 * src/lib/content/rules/ambitie.ts.
 */
import { z } from 'astro/zod';

import { SLUG } from '#lib/site/slug.ts';

import { datum, jaar, shown, tekst } from './fields.ts';

const code = () =>
	z
		.string({ error: (iss) => (iss.input === undefined ? undefined : `${shown(iss.input)} is geen code.`) })
		.trim()
		.regex(SLUG, {
			error: (iss) =>
				`${shown(iss.input)} is geen goede code. Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld schone-straten.`,
		});

/** An indicator of the wijkkompas a goal wants to move, with an optional target. */
export const doelIndicatorSchema = z
	.strictObject({
		/** The id of the indicator in content/indicatoren/indicatoren.yaml. */
		indicator: code().meta({
			title: 'Indicator',
			description:
				'De code (id) van een indicator van het wijkkompas, uit content/indicatoren/indicatoren.yaml. Bijvoorbeeld: inwoners.',
		}),
		/** The value the wijk wants to reach (in the indicator's own unit). */
		streefwaarde: z
			.number({
				error: (iss) =>
					iss.input === undefined
						? undefined
						: `${shown(iss.input)} is geen getal. Schrijf alleen het getal, met een punt voor de decimalen, bijvoorbeeld 12.5.`,
			})
			.optional()
			.meta({
				title: 'Streefwaarde',
				description:
					'De waarde die de wijk wil halen, in de eenheid van de indicator. Alleen het getal, met een punt voor decimalen. Bijvoorbeeld: 12.5.',
			}),
		/** The year the target should be reached. */
		jaar: jaar().optional().meta({
			title: 'Jaar',
			description: 'In welk jaar wil de wijk de streefwaarde halen? Vier cijfers, bijvoorbeeld: 2028.',
		}),
	})
	.superRefine((target, ctx) => {
		if (target.jaar !== undefined && target.streefwaarde === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['streefwaarde'],
				message: `er staat een jaar (${target.jaar}) maar geen streefwaarde. Schrijf de waarde die u in ${target.jaar} wilt halen, of haal het jaar weg.`,
			});
		}
	});

export const doelSchema = z
	.strictObject({
		/** Short code, unique in this wijk; agenda items name it under `doelen`. */
		code: code().meta({
			title: 'Code',
			description:
				'Een korte, eigen code voor dit doel: kleine letters, cijfers en streepjes. Agendapunten noemen het doel met deze code. Bijvoorbeeld: schone-straten.',
		}),
		naam: tekst().meta({
			title: 'Naam',
			description: 'Het doel in één korte zin. Bijvoorbeeld: Nette bouwplaatsen en hele stoepen.',
		}),
		uitleg: tekst().optional().meta({
			title: 'Uitleg',
			description: 'Waarom is dit doel belangrijk voor de wijk? Schrijf een paar korte zinnen.',
			invoer: 'alinea',
		}),
		/** The strategic goal (a thema of the gemeente) this goal serves … */
		thema: tekst().optional().meta({
			title: 'Thema',
			description:
				'Het thema van de gemeente (uit portaal.yaml) waar dit doel onder valt. Bijvoorbeeld: basis op orde. Vul thema of onder in, niet allebei.',
		}),
		/** … or another goal of this wijk, by its code. */
		onder: code().optional().meta({
			title: 'Onder doel',
			description:
				'Hoort dit doel bij een ander doel van de wijk? Schrijf dan de code van dat doel. Vul thema of onder in, niet allebei.',
		}),
		indicatoren: z.array(doelIndicatorSchema).default([]).meta({
			title: 'Indicatoren',
			description:
				'Cijfers uit het wijkkompas waarmee u ziet of het doel dichterbij komt, eventueel met een streefwaarde en een jaar.',
		}),
	})
	.superRefine((doel, ctx) => {
		if ((doel.thema === undefined) === (doel.onder === undefined)) {
			ctx.addIssue({
				code: 'custom',
				path: [doel.thema === undefined ? 'thema' : 'onder'],
				message:
					doel.thema === undefined
						? 'dit doel hangt nergens onder. Schrijf thema: met een thema van de gemeente (een strategisch doel), of onder: met de code van een ander doel van de wijk.'
						: 'dit doel heeft zowel thema als onder. Kies er één: thema voor een doel direct onder een strategisch doel, onder voor een doel onder een ander doel van de wijk.',
			});
		}
	});

export const ambitieSchema = z.strictObject({
	/** Title of the page; without it "Ambitie van <wijk>". */
	titel: tekst().optional().meta({
		title: 'Titel',
		description: 'De titel van de pagina. Laat u dit leeg, dan heet de pagina "Ambitie van" en de naam van de wijk.',
	}),
	/** When the wijkanalyse was last brought up to date; shown with it. */
	bijgewerkt: datum().optional().meta({
		title: 'Bijgewerkt',
		description:
			'De dag waarop de wijkanalyse voor het laatst is bijgewerkt, als JJJJ-MM-DD. Deze datum staat op de pagina.',
	}),
	doelen: z
		.array(doelSchema)
		.min(1, { error: 'er staat geen doel in. Schrijf onder doelen: minstens één doel.' })
		.superRefine((doelen, ctx) => {
			// One tree: codes unique, `onder` names another goal of this file, and no goal ends up under itself.
			const problem = (i: number, field: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: [i, field], message });
			const byCode = new Map<string, number>();
			doelen.forEach((d, i) => {
				if (byCode.has(d.code))
					problem(
						i,
						'code',
						`de code ${d.code} staat al bij doel ${byCode.get(d.code)! + 1}. Geef elk doel een eigen code.`,
					);
				else byCode.set(d.code, i);
			});
			doelen.forEach((d, i) => {
				if (d.onder === undefined) return;
				if (!byCode.has(d.onder)) {
					problem(
						i,
						'onder',
						`er is geen doel met de code ${d.onder} in dit bestand. Kies een van: ${[...byCode.keys()].join(', ')}.`,
					);
					return;
				}
				const seen = new Set([d.code]);
				for (let up: string | undefined = d.onder; up !== undefined; up = doelen[byCode.get(up) ?? -1]?.onder) {
					if (seen.has(up)) {
						problem(
							i,
							'onder',
							`doel ${d.code} komt zo onder zichzelf te hangen (${[...seen, up].join(' → ')}). Laat minstens één doel in deze rij onder een thema hangen.`,
						);
						break;
					}
					seen.add(up);
				}
			});
		})
		.meta({
			title: 'Doelen',
			description:
				'Wat de wijk wil bereiken, minstens één doel. Elk doel valt onder een thema van de gemeente of onder een ander doel van de wijk.',
		}),
});

/**
 * The fields a translation of ambitie.md may hold, besides the wijkanalyse (src/schemas/vertaling.ts).
 * The goals are a tree of codes and stay Dutch for now.
 */
export const ambitieVertaalbaar = ['titel'] as const;

export type Ambitie = z.output<typeof ambitieSchema>;
export type Doel = z.output<typeof doelSchema>;
export type DoelIndicator = z.output<typeof doelIndicatorSchema>;
