/**
 * The demo portal's addresses: content/adressen/adressen.csv and the raw files in
 * tests/fixtures/adressen/brinkwoude/ are exactly what scripts/demo/adressen.ts makes, the
 * importer turns the raw files into exactly that content file, and the demo holds the cases
 * the browser tests look up.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { parseAdressen } from '#lib/adressen/read.ts';
import { streetsPerBuurt } from '#lib/adressen/streets.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { runNode } from '#tests/support/run.ts';

const CONTENT_FILE = join(REPO, 'content/adressen/adressen.csv');
const RAW = join(REPO, 'tests/fixtures/adressen/brinkwoude');
const CBS = join(RAW, 'pc6hnr20250801_gwb.csv');
const STRATEN = join(RAW, 'straten.csv');

mkdirSync(TMP, { recursive: true });
const dir = mkdtempSync(join(TMP, 'demo-adressen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const content = readFileSync(CONTENT_FILE, 'utf8');
const { reeksen, problems } = parseAdressen(content, 'content/adressen/adressen.csv');

describe('demo adressen', () => {
	it('are exactly what scripts/demo/adressen.ts makes', () => {
		const out = join(dir, 'demo');
		const result = runNode('scripts/demo/adressen.ts', ['--out', out]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(readFileSync(join(out, 'pc6hnr20250801_gwb.csv'), 'utf8')).toBe(readFileSync(CBS, 'utf8'));
		expect(readFileSync(join(out, 'straten.csv'), 'utf8')).toBe(readFileSync(STRATEN, 'utf8'));
		expect(readFileSync(join(out, 'adressen.csv'), 'utf8')).toBe(content);
	});

	it('are what npm run import:adressen makes of the raw files, byte for byte', () => {
		const copy = join(dir, 'content');
		cpSync(join(REPO, 'content'), copy, { recursive: true });
		rmSync(join(copy, 'adressen'), { recursive: true, force: true });
		const result = runNode('scripts/import-adressen.ts', ['--adressen', CBS, '--straten', STRATEN, '--content', copy]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Overgeslagen: 4 adressen buiten de gemeenten van het portaal.');
		expect(readFileSync(join(copy, 'adressen/adressen.csv'), 'utf8')).toBe(content);
	});

	it('hold the cases residents run into', () => {
		expect(problems).toEqual([]);
		const find = (pc6: string, n: number) => reeksen.find((r) => r.postcode === pc6 && r.van <= n && n <= r.tot);
		// First and last number of a run.
		expect(find('9991AC', 1)).toMatchObject({ straat: 'Marktstraat', buurt: 'BU99990101', van: 1, tot: 23 });
		expect(find('9991AC', 23)).toMatchObject({ straat: 'Marktstraat', buurt: 'BU99990101' });
		// A street in two buurten.
		expect(find('9991AH', 19)).toMatchObject({ straat: 'Lange Straat', buurt: 'BU99990101' });
		expect(find('9991AJ', 21)).toMatchObject({ straat: 'Lange Straat', buurt: 'BU99990103' });
		// A postcode shared by two streets, with a number that does not exist between them.
		expect(find('9992BJ', 8)).toMatchObject({ straat: 'Kraanplein', buurt: 'BU99990203' });
		expect(find('9992BJ', 12)).toMatchObject({ straat: 'Botterstraat', buurt: 'BU99990203' });
		expect(find('9992BJ', 9)).toBeUndefined();
		// A postcode that is not in the portal.
		expect(reeksen.some((r) => r.postcode.startsWith('9996') || r.postcode === '3511AA')).toBe(false);
		// Every demo buurt has 3–6 streets.
		const perBuurt = streetsPerBuurt(reeksen);
		expect(perBuurt.size).toBe(15);
		for (const [code, streets] of perBuurt) {
			expect(streets.length, code).toBeGreaterThanOrEqual(3);
			expect(streets.length, code).toBeLessThanOrEqual(6);
		}
		// Odd and even sides in different postcodes.
		expect(find('9991AE', 2)).toMatchObject({ straat: 'Marktstraat' });
	});
});
