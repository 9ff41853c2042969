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
			agenda: z.array(tekst()).default([]),
			initiatieven: z.array(tekst()).default([]),
			verhalen: z.array(tekst()).default([]),
			nieuws: z.array(tekst()).default([]),
		})
		.default({ agenda: [], initiatieven: [], verhalen: [], nieuws: [] });

export type Verbanden = z.output<ReturnType<typeof verbanden>>;
