/**
 * The built demo portal never shows a number for a hidden count: not in the CSV and JSON
 * download of a wijk, not in the open-data datasets, not in the map data. Builds the demo with
 * the real build and compares every published file with the kompas's own list of hidden
 * figures (small counts and the figures hidden besides them by secondary suppression).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { dsvFormat } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CSV_SEPARATOR } from '#lib/site/csv.ts';
import type { Kompas } from '#lib/wijkkompas/kompas.ts';
import { measure } from '#lib/wijkkompas/measurement.ts';
import { TEST_BUILD_TIME } from '#tests/support/build-time.ts';
import { contentKompas } from '#tests/support/content-kompas.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { buildPortal } from '#tests/support/run.ts';

const CONTENT = join(REPO, 'content');
let dir: string;
let out: string;
let kompas: Kompas;
/** "indicator|code|jaar" of every count that must not be published as a number. */
const secret = new Map<string, 'klein-aantal' | 'aanvullend-verborgen'>();

beforeAll(() => {
	const demo = contentKompas(CONTENT);
	kompas = demo.kompas;
	const { definitions } = demo;
	const { values, settings, areas } = kompas.input;
	for (const indicator of definitions.indicatoren.filter((i) => i.eenheid === 'aantal')) {
		for (const area of areas.byCode.values()) {
			for (const [jaar, value] of values.series(indicator.id, area.code) ?? []) {
				const hidden = kompas.hidden.isHidden(indicator.id, area.code, jaar);
				const m = measure(indicator, jaar, value, settings, hidden);
				if (m.status === 'klein-aantal' || m.status === 'aanvullend-verborgen')
					secret.set(`${indicator.id}|${area.code}|${jaar}`, m.status);
			}
		}
	}
	mkdirSync(TMP, { recursive: true });
	dir = mkdtempSync(join(TMP, 'disclosure-build-'));
	out = join(dir, 'dist');
	const result = buildPortal(CONTENT, { out, now: TEST_BUILD_TIME, cwd: REPO });
	if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}, 600_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const readCsv = (path: string) => dsvFormat(CSV_SEPARATOR).parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));

describe('built demo: hidden counts stay hidden', () => {
	it('has counts hidden by secondary suppression at all', () => {
		expect([...secret.values()].filter((s) => s === 'aanvullend-verborgen').length).toBeGreaterThan(0);
	});

	it('the CSV and JSON download of every wijk has no number for a hidden count', () => {
		const seen = new Set<string>();
		const wijken = readdirSync(join(out, 'wijken'), { withFileTypes: true }).filter((d) => d.isDirectory());
		expect(wijken.length).toBe(5);
		for (const { name: wijk } of wijken) {
			const csv = join(out, 'wijken', wijk, 'cijfers.csv');
			const rows = readCsv(csv);
			expect(rows.length, wijk).toBeGreaterThan(0);
			const json = JSON.parse(readFileSync(join(out, 'wijken', wijk, 'cijfers.json'), 'utf8')) as {
				waarden: { gebied: string; indicator: string; jaar: number; waarde: number | null; status: string }[];
			};
			for (const r of [...rows, ...json.waarden]) {
				const status = secret.get(`${r.indicator}|${r.gebied}|${r.jaar}`);
				if (!status) continue;
				seen.add(`${r.indicator}|${r.gebied}|${r.jaar}`);
				expect(r.waarde === null || r.waarde === '', `${wijk}: ${r.indicator} ${r.gebied} ${r.jaar}`).toBe(true);
				expect(r.status).toBe(status === 'klein-aantal' ? 'minder dan 5' : 'verborgen');
			}
		}
		// Every hidden count of a wijk or buurt is in a download, as words.
		const inWijken = [...secret.keys()].filter((k) => {
			const level = kompas.input.areas.byCode.get(k.split('|')[1]!)?.level;
			return level === 'wijk' || level === 'buurt';
		});
		expect(inWijken.length).toBeGreaterThan(0);
		for (const key of inWijken) expect(seen.has(key), key).toBe(true);
	});

	it('no open-data dataset has a number for a hidden count', () => {
		const files = readdirSync(join(out, 'open-data')).filter((f) => f.endsWith('.csv'));
		expect(files.length).toBeGreaterThan(0);
		let seen = 0;
		for (const file of files) {
			for (const r of readCsv(join(out, 'open-data', file))) {
				if (!secret.has(`${r.indicator}|${r.gebied}|${r.jaar}`)) continue;
				seen++;
				expect(r.waarde, `${file}: ${r.indicator} ${r.gebied} ${r.jaar}`).toBe('');
			}
		}
		expect(seen).toBe(secret.size);
	});

	it('the map data shows a hidden count as words, never as a class or number', () => {
		const files = readdirSync(join(out, 'kaart')).filter((f) => f.endsWith('.json'));
		let seen = 0;
		for (const file of files) {
			const data = JSON.parse(readFileSync(join(out, 'kaart', file), 'utf8')) as {
				indicatoren?: {
					id: string;
					wijken: { jaar?: number; waarden: Record<string, { klasse?: number; tekst: string }> };
					buurten: { jaar?: number; waarden: Record<string, { klasse?: number; tekst: string }> };
				}[];
			};
			for (const i of data.indicatoren ?? []) {
				for (const level of [i.wijken, i.buurten]) {
					for (const [code, v] of Object.entries(level.waarden)) {
						const status = secret.get(`${i.id}|${code}|${level.jaar}`);
						if (!status) continue;
						seen++;
						expect(v.klasse, `${i.id} ${code}`).toBeUndefined();
						expect(v.tekst).toBe(status === 'klein-aantal' ? 'minder dan 5' : 'verborgen');
					}
				}
			}
		}
		expect(seen).toBeGreaterThan(0);
	});
});
