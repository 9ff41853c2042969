/**
 * content/indicatoren/waarden/<dataset>.json: the generator's own indicator format. One
 * file per dataset (one source, one licence), written by the importers or by hand:
 *
 *   {
 *     "naam": "Kerncijfers wijken en buurten",
 *     "bron": "CBS",
 *     "licentie": "CC BY 4.0",
 *     "bijgewerkt": "2025-06-30",
 *     "waarden": [
 *       { "gebied": "WK999901", "indicator": "inwoners", "jaar": 2025, "waarde": 4120 },
 *       { "gebied": "WK999901", "indicator": "tevreden-buurt", "jaar": 2025, "waarde": 7.2, "n": 88, "marge": 0.3 },
 *       { "gebied": "BU99990101", "indicator": "inwoners", "jaar": 2024, "waarde": null }
 *     ]
 *   }
 *
 * `waarde: null` means "measured, but not known or kept secret": never zero. A missing row
 * means there is no figure for that area and year. `n` (number of answers) is required for
 * panel (subjectief) indicators.
 *
 * Files can hold over a million rows, so `npm run check` validates rows with hand-written
 * code (src/lib/wijkkompas/values-file.ts) that gives the same messages; this schema is the
 * reference and is used for small files and editor tooling. The range of `waarde` depends
 * on the indicator's unit (VALUE_RANGE in src/lib/content/limits.ts), which a row does not
 * know: here only the widest range of any unit.
 */
import { z } from 'astro/zod';

import { N_MAX, VALUE_MAX_ABS } from '#lib/content/limits.ts';

import { datum, tekst, webadres } from './fields.ts';

export const AREA_CODE = /^(?:GM\d{4}|WK\d{6}|BU\d{8})$/;

export const waardeSchema = z.strictObject({
	gebied: z.string().regex(AREA_CODE),
	indicator: z.string().min(1),
	jaar: z.int().min(1900).max(2999),
	waarde: z.number().min(-VALUE_MAX_ABS).max(VALUE_MAX_ABS).nullable(),
	n: z.int().min(0).max(N_MAX).optional(),
	marge: z.number().min(0).max(VALUE_MAX_ABS).optional(),
});

export const datasetSchema = z.strictObject({
	naam: tekst(),
	bron: tekst(),
	licentie: tekst(),
	bronadres: webadres().optional(),
	bijgewerkt: datum(),
	toelichting: tekst().optional(),
	waarden: z.array(waardeSchema),
});

export type Waarde = z.output<typeof waardeSchema>;
export type Dataset = z.output<typeof datasetSchema>;
