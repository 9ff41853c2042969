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
 * `waarde: null` means "measured, but not known": never zero. `reden` says why, when the
 * source said so: "niet-gepubliceerd" (a CBS '.') or "geheim" (a CBS 'x'). A missing row
 * means there is no figure for that area and year. `n` (number of answers) is required for
 * panel (subjectief) indicators.
 *
 * This schema is the one definition of a row. Files can hold over a million rows, so
 * `npm run check` reads them with a hand-written fast path (src/lib/wijkkompas/values-file.ts)
 * that uses the limits below and refuses exactly the rows this schema refuses (proved by
 * tests/unit/waarden-schema.test.ts); on top of that it checks what a row alone cannot
 * know: the area and indicator exist, the year is not in the future, the value fits the
 * indicator's unit (VALUE_RANGE in src/lib/content/limits.ts; here only the widest range of
 * any unit) and panel figures have `n`.
 */
import { z } from 'astro/zod';

import { N_MAX, VALUE_MAX_ABS } from '#lib/content/limits.ts';
import { CBS_CODE, EIGEN_GEBIED_CODE } from '#lib/site/cbs-codes.ts';

import { datum, tekst, webadres } from './fields.ts';

/** A CBS code (GM0344, WK034401, BU0363AF01) or an own area of the municipality (`subwijken/oost`). */
export const AREA_CODE = new RegExp(`${CBS_CODE.source}|${EIGEN_GEBIED_CODE.source}`);

/**
 * Why a value is `null`: not (yet) published by the source (a CBS '.'), or kept secret by the
 * source (a CBS 'x'). Without a reason the figure is simply not known.
 */
export const REDENEN = ['niet-gepubliceerd', 'geheim'] as const;
export type Reden = (typeof REDENEN)[number];

/** The limits of a row's numbers, shared by the schema and the fast path. */
export const WAARDE_GRENZEN = {
	jaar: { min: 1900, max: 2999 },
	waarde: { min: -VALUE_MAX_ABS, max: VALUE_MAX_ABS },
	n: { min: 0, max: N_MAX },
	marge: { min: 0, max: VALUE_MAX_ABS },
} as const;

const { jaar, waarde, n, marge } = WAARDE_GRENZEN;

export const waardeSchema = z
	.strictObject({
		gebied: z.string().regex(AREA_CODE),
		indicator: z.string().min(1),
		jaar: z.int().min(jaar.min).max(jaar.max),
		waarde: z.number().min(waarde.min).max(waarde.max).nullable(),
		n: z.int().min(n.min).max(n.max).optional(),
		marge: z.number().min(marge.min).max(marge.max).optional(),
		/** Only with `waarde: null`. */
		reden: z.enum(REDENEN).optional(),
	})
	.refine((row) => row.reden === undefined || row.waarde === null, {
		path: ['reden'],
		error: 'een reden staat alleen bij een waarde null.',
	});

/** The fields of a row, in order. */
export const WAARDE_VELDEN = Object.keys(waardeSchema.shape) as (keyof typeof waardeSchema.shape)[];

export const datasetSchema = z.strictObject({
	naam: tekst(),
	bron: tekst(),
	licentie: tekst(),
	bronadres: webadres().optional(),
	bijgewerkt: datum(),
	toelichting: tekst().optional(),
	/**
	 * How the source itself protected small groups, for survey figures it published without
	 * the number of answers. Only a dataset with this declaration may hold panel (subjectief)
	 * rows without `n`; the page then says the source shielded small groups itself.
	 */
	bronBeveiliging: tekst().optional(),
	waarden: z.array(waardeSchema),
});

export type Waarde = z.output<typeof waardeSchema>;
export type Dataset = z.output<typeof datasetSchema>;
