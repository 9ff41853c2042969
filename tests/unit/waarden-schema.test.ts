/**
 * The value-row schema (src/schemas/waarden.ts) is the one definition of a row; value
 * files are read by a hand-written fast path (src/lib/wijkkompas/values-file.ts). Both run
 * here on the same rows: those of the golden fixtures and every kind of bad row, with a
 * portal that knows every area and indicator named (unit euro: the widest range, as the
 * schema), so only the row itself decides. They must accept and refuse the same rows.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { VALUE_MAX_ABS } from '#lib/content/limits.ts';
import type { Area } from '#lib/wijkkompas/areas.ts';
import { readValuesFile } from '#lib/wijkkompas/values-file.ts';
import type { Indicator } from '#schemas/indicatoren.ts';
import { AREA_CODE, WAARDE_GRENZEN, waardeSchema } from '#schemas/waarden.ts';
import { FIXTURES } from '#tests/support/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'waarden-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows written as JSON text, so that JSON's own reading applies (1e999 becomes Infinity). */
const row = (fields: string) => `{ "gebied": "WK999601", "indicator": "inwoners", "jaar": 2025, ${fields} }`;
const { jaar, n, marge } = WAARDE_GRENZEN;
const EXTRA_ROWS: string[] = [
	// accepted
	row('"waarde": 4120'),
	row('"waarde": null'),
	row('"waarde": 0'),
	row(`"waarde": ${VALUE_MAX_ABS}`),
	row(`"waarde": -${VALUE_MAX_ABS}`),
	row('"waarde": 7.2, "n": 88, "marge": 0.3'),
	row(`"waarde": 1, "n": ${n.min}, "marge": ${marge.min}`),
	row(`"waarde": 1, "n": ${n.max}, "marge": ${marge.max}`),
	`{ "gebied": "GM9996", "indicator": "x", "jaar": ${jaar.min}, "waarde": 1 }`,
	`{ "gebied": "BU99960101", "indicator": "x", "jaar": ${jaar.max}, "waarde": 1 }`,
	`{ "waarde": 1, "jaar": 2020, "indicator": "andere-volgorde", "gebied": "WK999601" }`,
	// refused: the area code
	`{ "gebied": "WK99960", "indicator": "x", "jaar": 2025, "waarde": 1 }`,
	`{ "gebied": "wk999601", "indicator": "x", "jaar": 2025, "waarde": 1 }`,
	`{ "gebied": "XX999601", "indicator": "x", "jaar": 2025, "waarde": 1 }`,
	`{ "gebied": 999601, "indicator": "x", "jaar": 2025, "waarde": 1 }`,
	`{ "indicator": "x", "jaar": 2025, "waarde": 1 }`,
	// refused: the indicator
	`{ "gebied": "WK999601", "indicator": "", "jaar": 2025, "waarde": 1 }`,
	`{ "gebied": "WK999601", "indicator": 5, "jaar": 2025, "waarde": 1 }`,
	`{ "gebied": "WK999601", "jaar": 2025, "waarde": 1 }`,
	// refused: the year
	`{ "gebied": "WK999601", "indicator": "x", "jaar": ${jaar.min - 1}, "waarde": 1 }`,
	`{ "gebied": "WK999601", "indicator": "x", "jaar": ${jaar.max + 1}, "waarde": 1 }`,
	`{ "gebied": "WK999601", "indicator": "x", "jaar": 2025.5, "waarde": 1 }`,
	`{ "gebied": "WK999601", "indicator": "x", "jaar": "2025", "waarde": 1 }`,
	`{ "gebied": "WK999601", "indicator": "x", "waarde": 1 }`,
	// refused: the value
	row(`"waarde": ${VALUE_MAX_ABS * 2}`),
	row(`"waarde": -${VALUE_MAX_ABS * 2}`),
	row('"waarde": 1e999'),
	row('"waarde": -1e999'),
	row('"waarde": "12"'),
	row('"waarde": true'),
	row('"waarde": [1]'),
	`{ "gebied": "WK999601", "indicator": "inwoners", "jaar": 2025 }`,
	// refused: n and marge
	row(`"waarde": 1, "n": ${n.min - 1}`),
	row(`"waarde": 1, "n": ${n.max + 1}`),
	row('"waarde": 1, "n": 1.5'),
	row('"waarde": 1, "n": "84"'),
	row('"waarde": 1, "n": null'),
	row('"waarde": 1, "marge": -0.1'),
	row(`"waarde": 1, "marge": ${marge.max * 2}`),
	row('"waarde": 1, "marge": 1e999'),
	row('"waarde": 1, "marge": "0.3"'),
	row('"waarde": 1, "marge": null'),
	// refused: not a row, or an unknown field
	row('"waarde": 1, "opmerking": "x"'),
	row('"waarde": 1, "__proto__": {}'),
	'null',
	'[]',
	'"WK999601"',
	'12',
];

/** The rows of the golden fixtures' value files (those that are JSON at all). */
function fixtureRows(): string[] {
	const broken = join(FIXTURES, 'broken');
	const rows: string[] = [];
	for (const name of readdirSync(broken).filter((n) => n.startsWith('waarden-'))) {
		const folder = join(broken, name, 'indicatoren', 'waarden');
		if (!existsSync(folder)) continue;
		for (const file of readdirSync(folder)) {
			let data: { waarden?: unknown[] };
			try {
				data = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { waarden?: unknown[] };
			} catch {
				continue; // waarden-geen-json: not JSON, so no rows
			}
			// JSON.stringify writes Infinity (read from 1e999) as null: keep it as the number the file had.
			const infinite = (_: string, v: unknown) => (v === Infinity ? '__inf__' : v === -Infinity ? '__-inf__' : v);
			for (const r of data.waarden ?? []) {
				rows.push(
					JSON.stringify(r, infinite)
						.replace(/"__inf__"/g, '1e999')
						.replace(/"__-inf__"/g, '-1e999'),
				);
			}
		}
	}
	return rows;
}

/** A portal that knows every area code and indicator id a row names. */
function contextFor(value: unknown) {
	const r = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
	const byCode = new Map<string, Area>();
	if (typeof r.gebied === 'string' && AREA_CODE.test(r.gebied)) {
		byCode.set(r.gebied, { code: r.gebied, naam: 'Gebied', level: 'gemeente', gemeente: r.gebied });
	}
	const indicators = new Map<string, Indicator>();
	if (typeof r.indicator === 'string' && r.indicator !== '') {
		indicators.set(r.indicator, { id: r.indicator, eenheid: 'euro', soort: 'objectief' } as Indicator);
	}
	return { areas: { byCode, children: new Map() }, indicators, maxYear: jaar.max };
}

let fileNo = 0;
function fastPathAccepts(rowText: string): { ok: boolean; problems: string[] } {
	const path = join(dir, `rij-${fileNo++}.json`);
	writeFileSync(
		path,
		`{ "naam": "Test", "bron": "Test", "licentie": "CC0", "bijgewerkt": "2025-06-30", "waarden": [\n${rowText}\n] }`,
	);
	const { file, problems } = readValuesFile(path, path, 'test', contextFor(JSON.parse(rowText)));
	return {
		ok: file !== undefined && problems.length === 0 && file.dataset.waarden.length === 1,
		problems: problems.map((p) => `${p.field}: ${p.message}`),
	};
}

describe('value rows: schema and fast path agree', () => {
	const fixtures = fixtureRows();

	it('has rows from the golden fixtures and rows of every kind', () => {
		expect(fixtures.length).toBeGreaterThan(50);
		const verdicts = [...fixtures, ...EXTRA_ROWS].map((r) => waardeSchema.safeParse(JSON.parse(r)).success);
		expect(verdicts.filter((v) => v).length).toBeGreaterThan(10);
		expect(verdicts.filter((v) => !v).length).toBeGreaterThan(30);
	});

	it.each([...fixtures, ...EXTRA_ROWS])('%s', (rowText) => {
		const schemaOk = waardeSchema.safeParse(JSON.parse(rowText)).success;
		const fast = fastPathAccepts(rowText);
		expect({ row: rowText, accepted: fast.ok, problems: fast.problems }).toEqual({
			row: rowText,
			accepted: schemaOk,
			problems: schemaOk ? [] : fast.problems,
		});
		if (!schemaOk) expect(fast.problems.length).toBeGreaterThan(0);
	});
});
