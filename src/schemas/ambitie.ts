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
		indicator: code(),
		/** The value the wijk wants to reach (in the indicator's own unit). */
		streefwaarde: z
			.number({
				error: (iss) =>
					iss.input === undefined
						? undefined
						: `${shown(iss.input)} is geen getal. Schrijf alleen het getal, met een punt voor de decimalen, bijvoorbeeld 12.5.`,
			})
			.optional(),
		/** The year the target should be reached. */
		jaar: jaar().optional(),
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
		code: code(),
		naam: tekst(),
		uitleg: tekst().optional(),
		/** The strategic goal (a thema of the gemeente) this goal serves … */
		thema: tekst().optional(),
		/** … or another goal of this wijk, by its code. */
		onder: code().optional(),
		indicatoren: z.array(doelIndicatorSchema).default([]),
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
	titel: tekst().optional(),
	/** When the wijkanalyse was last brought up to date; shown with it. */
	bijgewerkt: datum().optional(),
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
		}),
});

export type Ambitie = z.output<typeof ambitieSchema>;
export type Doel = z.output<typeof doelSchema>;
export type DoelIndicator = z.output<typeof doelIndicatorSchema>;
