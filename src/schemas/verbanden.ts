/**
 * The one linked chain: agenda items, initiatives, stories and news name each other by
 * slug. Every page shows its links in both directions (src/lib/verbanden/chain.ts);
 * `npm run check` refuses a name that does not exist (src/lib/content/rules/verbanden.ts).
 */
import { z } from 'astro/zod';

import { tekst } from './fields.ts';

/** The kinds in the chain, as the editor writes them under `verbanden`. */
export const VERBAND_SOORTEN = ['agenda', 'initiatieven', 'verhalen', 'nieuws'] as const;
export type VerbandSoort = (typeof VERBAND_SOORTEN)[number];

/**
 * verbanden:
 *   agenda: [noordveld/speeltuin-merelplein]   # wijk folder / file name
 *   initiatieven: [buurtmoestuin]             # file names without .md
 *   verhalen: [de-eerste-oogst]
 *   nieuws: [speeltuin-merelplein-open]
 */
export const verbanden = () =>
	z
		.strictObject({
			agenda: z.array(tekst()).default([]).meta({
				title: 'Wijkagenda',
				description:
					'Punten van een wijkagenda die hierbij horen: de map van de wijk en de bestandsnaam zonder .md. Bijvoorbeeld: noordveld/speeltuin-merelplein.',
			}),
			initiatieven: z.array(tekst()).default([]).meta({
				title: 'Initiatieven',
				description: 'Bewonersinitiatieven die hierbij horen: de bestandsnaam zonder .md. Bijvoorbeeld: buurtmoestuin.',
			}),
			verhalen: z.array(tekst()).default([]).meta({
				title: 'Verhalen',
				description: 'Verhalen die hierbij horen: de bestandsnaam zonder .md. Bijvoorbeeld: de-eerste-oogst.',
			}),
			nieuws: z.array(tekst()).default([]).meta({
				title: 'Nieuws',
				description:
					'Nieuwsberichten die hierbij horen: de bestandsnaam zonder .md of .mdx. Bijvoorbeeld: speeltuin-merelplein-open.',
			}),
		})
		.default({ agenda: [], initiatieven: [], verhalen: [], nieuws: [] })
		.meta({
			title: 'Verbanden',
			description:
				'Andere stukken op de site die over hetzelfde gaan. Op beide pagina’s komt dan een link naar de ander.',
		});

export type Verbanden = z.output<ReturnType<typeof verbanden>>;
