/**
 * content/gebieden/<indeling>.yaml: one indeling of the municipality's own areas (eigen
 * gebieden), such as subwijken, stadsdelen or dorpskernen. Each own area is a set of CBS
 * buurten; its code is `<indeling>/<gebied>` (EIGEN_GEBIED_CODE), so value files can name it.
 *
 *   naam: Dorpskernen
 *   soort: Dorpskern
 *   omschrijving: De dorpskernen zoals de gemeente ze gebruikt in de bewonersenquête.
 *   gebieden:
 *     - naam: Oude kern
 *       buurten: [BU99990101, BU99990102]
 *
 * Rules within the file live here: unique names and slugs, no buurt twice. That every buurt
 * exists in the portal is checked in src/lib/content/rules/eigen-gebieden.ts.
 */
import { z } from 'astro/zod';

import { BUURT_CODE, CODE_FORMS } from '#lib/site/cbs-codes.ts';
import { SLUG, slugify } from '#lib/site/slug.ts';

import { gebiedsnaam, shown, tekst } from './fields.ts';

const buurtcode = () =>
	z
		.string({
			error: (iss) =>
				iss.input === undefined
					? undefined
					: `${shown(iss.input)} is geen buurtcode. Schrijf een CBS-buurtcode: ${CODE_FORMS.buurt}.`,
		})
		.regex(BUURT_CODE, {
			error: (iss) =>
				`${shown(iss.input)} is geen geldige CBS-buurtcode. Schrijf ${CODE_FORMS.buurt}. Kijk in wijk.md welke code de buurt heeft.`,
		});

export const eigenGebiedSchema = z.strictObject({
	naam: gebiedsnaam().meta({
		title: 'Naam',
		description: 'De naam van het gebied, zoals bewoners en de gemeente hem kennen. Bijvoorbeeld: Lunetten-Noord.',
	}),
	slug: z
		.string()
		.regex(SLUG, {
			error: (iss) =>
				`${shown(iss.input)} is niet geschikt als webadres. Gebruik alleen kleine letters (a-z), cijfers en streepjes, bijvoorbeeld lunetten-noord.`,
		})
		.optional()
		.meta({
			title: 'Webadres',
			description:
				'Het laatste deel van het webadres en de code in cijferbestanden. Leeg laten mag: dan maakt de site het uit de naam.',
		}),
	omschrijving: tekst().optional().meta({
		title: 'Omschrijving',
		description: 'Een of twee zinnen over het gebied. Die staan bovenaan de pagina van het gebied.',
		invoer: 'alinea',
	}),
	buurten: z
		.array(buurtcode())
		// A refinement, not .min(1): the general message for an empty list cannot say what belongs in it.
		.refine((list) => list.length > 0, {
			error:
				'dit gebied heeft geen buurten. Zet de CBS-codes van de buurten erin waaruit het gebied bestaat, of haal het gebied weg.',
		})
		.meta({
			title: 'Buurten',
			description:
				'De CBS-codes van de buurten waaruit dit gebied bestaat, bijvoorbeeld BU99990101. U vindt ze in wijk.md van elke wijk.',
		}),
});

/** The slug of an own area: its `slug`, or one made from its name. */
export const gebiedSlug = (gebied: { naam: string; slug?: string }) => gebied.slug ?? slugify(gebied.naam);

export const eigenGebiedenSchema = z
	.strictObject({
		naam: tekst().meta({
			title: 'Naam',
			description: 'De naam van deze indeling, in het meervoud. Bijvoorbeeld: Subwijken, Stadsdelen of Dorpskernen.',
		}),
		soort: tekst().optional().meta({
			title: 'Eén gebied',
			description:
				'Hoe heet één gebied van deze indeling? Bijvoorbeeld: Subwijk. Dit staat voor de naam in elke kop: Subwijk Lunetten-Noord.',
		}),
		omschrijving: tekst().optional().meta({
			title: 'Omschrijving',
			description: 'Waarvoor gebruikt de gemeente deze indeling? Schrijf een of twee zinnen voor bewoners.',
			invoer: 'alinea',
		}),
		gebieden: z
			.array(eigenGebiedSchema)
			.refine((list) => list.length > 0, {
				error: 'deze indeling heeft geen gebieden. Zet er minstens één gebied in, of haal het bestand weg.',
			})
			.meta({
				title: 'Gebieden',
				description: 'De gebieden van deze indeling. Een buurt hoort bij hoogstens één gebied van de indeling.',
			}),
	})
	.superRefine((indeling, ctx) => {
		const names = new Map<string, number>();
		const slugs = new Map<string, number>();
		const buurten = new Map<string, { gebied: number; index: number }>();
		indeling.gebieden.forEach((g, i) => {
			const name = g.naam.toLowerCase();
			const sameName = names.get(name);
			if (sameName !== undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['gebieden', i, 'naam'],
					message: `de naam ${shown(g.naam)} staat er twee keer in (ook bij gebied ${sameName + 1}). Geef elk gebied een eigen naam.`,
				});
			else names.set(name, i);
			const slug = gebiedSlug(g);
			const sameSlug = slugs.get(slug);
			if (sameSlug !== undefined && sameName === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['gebieden', i, g.slug ? 'slug' : 'naam'],
					message: `dit gebied krijgt hetzelfde webadres (${slug}) als gebied ${sameSlug + 1}. Vul bij een van de twee een ander webadres (slug) in.`,
				});
			else if (sameSlug === undefined) slugs.set(slug, i);
			if (!slug)
				ctx.addIssue({
					code: 'custom',
					path: ['gebieden', i, 'naam'],
					message: 'van deze naam kan geen webadres worden gemaakt. Vul een webadres (slug) in, bijvoorbeeld oost.',
				});
			g.buurten.forEach((code, j) => {
				const first = buurten.get(code);
				if (first)
					ctx.addIssue({
						code: 'custom',
						path: ['gebieden', i, 'buurten', j],
						message:
							first.gebied === i
								? `de buurt ${code} staat twee keer in ${shown(g.naam)}. Haal er een weg.`
								: `de buurt ${code} hoort al bij ${shown(indeling.gebieden[first.gebied]!.naam)} (gebied ${first.gebied + 1}). Een buurt hoort bij hoogstens één gebied van een indeling. Haal hem bij een van de twee weg.`,
					});
				else buurten.set(code, { gebied: i, index: j });
			});
		});
	});

export type EigenGebied = z.output<typeof eigenGebiedSchema>;
export type EigenGebieden = z.output<typeof eigenGebiedenSchema>;
