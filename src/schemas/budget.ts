/**
 * The wijkbudget of one wijk: content/wijken/<wijk>/budget.yaml, the money available per
 * year. What was granted and spent is never typed here: it is added up from the
 * initiatives (src/lib/initiatieven/budget.ts).
 */
import { z } from 'astro/zod';

import { bedrag, jaar, tekst } from './fields.ts';

export const budgetJaarSchema = z.strictObject({
	jaar: jaar().meta({
		title: 'Jaar',
		description: 'Het jaar waarvoor dit geld is, met vier cijfers. Bijvoorbeeld: 2026.',
	}),
	beschikbaar: bedrag().meta({
		title: 'Beschikbaar',
		description:
			'Hoeveel geld er dat jaar voor initiatieven is, in euro’s. Alleen het getal, zonder € en zonder punten. Bijvoorbeeld: 25000.',
	}),
	/** Where the money comes from or what it is for, in one or two sentences. */
	toelichting: tekst().optional().meta({
		title: 'Toelichting',
		description:
			'Waar komt het geld vandaan, of waarvoor is het bedoeld? Schrijf één of twee zinnen. Die staan bij het jaar op de budgetpagina.',
		invoer: 'alinea',
	}),
});

export const budgetSchema = z
	.strictObject({
		jaren: z.array(budgetJaarSchema).min(1).meta({
			title: 'Jaren',
			description:
				'Het budget per jaar, elk jaar één keer. Wat is toegekend en uitgegeven, telt de site zelf op uit de initiatieven.',
		}),
	})
	.superRefine((budget, ctx) => {
		const seen = new Set<number>();
		budget.jaren.forEach((j, i) => {
			if (seen.has(j.jaar))
				ctx.addIssue({
					code: 'custom',
					path: ['jaren', i, 'jaar'],
					message: `het jaar ${j.jaar} staat er twee keer in. Zet elk jaar één keer in het budget.`,
				});
			seen.add(j.jaar);
		});
	});

export type Budget = z.output<typeof budgetSchema>;
export type BudgetJaar = z.output<typeof budgetJaarSchema>;
