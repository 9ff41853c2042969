/**
 * Every CSV file a built portal publishes opens in a spreadsheet as data: names, sources and
 * licences that look like formulas come out as plain text, numbers (also negative ones) stay
 * numbers, and no name can break the rows. Builds the minimal portal with such text in every
 * field that reaches a CSV file, with the real build, and reads every *.csv in the output.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { dsvFormat } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FIXTURES, listFiles, TMP } from '#tests/support/fixtures.ts';
import { buildPortal } from '#tests/support/run.ts';

const dir = join(TMP, 'csv-downloads');
const content = join(dir, 'content');
const out = join(dir, 'dist');

const PAYLOADS = {
	gemeente: "@SUM(1+1)*cmd|' /C calc'!A0",
	wijk: "-2+3+cmd|' /C notepad'!A0",
	buurt: '=HYPERLINK("https://aanval.example";"Klik hier")',
	indicatornaam: '+1+1',
	bron: "-2+3+cmd|' /C notepad'!A0",
	licentie: '=1+1',
};
/** A name that is no formula, but has the separator, quotes and a line break. */
const TRICKY_NAME = 'Kerk;buurt "Oost"\nnieuw';
const NUMBER_COLUMNS = new Set(['jaar', 'waarde', 'n', 'marge']);
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/;
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Replaces text in a content file; fails loudly when the fixture changed and it is not there. */
function edit(file: string, from: string, to: string): void {
	const path = join(content, file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${from} not found in ${file}`);
	writeFileSync(path, text.replace(from, to));
}

/** YAML double-quoted scalar. */
const yaml = (text: string) => JSON.stringify(text);

let files: { path: string; rows: string[][] }[] = [];

beforeAll(() => {
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(FIXTURES, 'minimal'), content, { recursive: true });
	edit('portaal.yaml', '- naam: Teststad\n', `- naam: ${yaml(PAYLOADS.gemeente)}\n`);
	edit('wijken/noord/wijk.md', 'naam: Noord\n', `naam: ${yaml(PAYLOADS.wijk)}\n`);
	edit('wijken/noord/wijk.md', 'naam: Oude Haven\n', `naam: ${yaml(PAYLOADS.buurt)}\n`);
	edit('wijken/noord/wijk.md', 'naam: Kerkbuurt\n', `naam: ${yaml(TRICKY_NAME)}\n`);
	edit('indicatoren/indicatoren.yaml', 'naam: Aantal inwoners\n', `naam: ${yaml(PAYLOADS.indicatornaam)}\n`);
	edit('indicatoren/indicatoren.yaml', 'bron: Politie\n', `bron: ${yaml(PAYLOADS.bron)}\n`);
	edit('indicatoren/indicatoren.yaml', 'licentie: CC BY 4.0\n', `licentie: ${yaml(PAYLOADS.licentie)}\n`);
	// A negative figure must stay a number.
	edit('indicatoren/waarden/monitor.json', '"waarde": 4.2 }', '"waarde": -4.2 }');

	const result = buildPortal(content, { out });
	if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
	files = listFiles(out)
		.filter((f) => f.endsWith('.csv'))
		.map((path) => ({
			path: relative(out, path),
			rows: dsvFormat(';').parseRows(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')),
		}));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CSV downloads with formulas in the content', () => {
	it('finds the CSV files of every route', () => {
		expect(files.map((f) => f.path).sort()).toEqual(['open-data/monitor.csv', 'wijken/noord/cijfers.csv']);
	});

	it('has no cell that a spreadsheet runs as a formula, except numbers in number columns', () => {
		let numbers = 0;
		for (const { path, rows } of files) {
			const [header, ...body] = rows;
			expect(body.length, path).toBeGreaterThan(0);
			for (const row of body) {
				expect(row, `${path}: ${row.join(' | ')}`).toHaveLength(header!.length);
				row.forEach((cell, i) => {
					const column = header![i]!;
					if (NUMBER_COLUMNS.has(column) && NUMBER.test(cell)) numbers++;
					else if (NUMBER_COLUMNS.has(column)) expect(cell, `${path}, ${column}`).toBe('');
					else expect(cell, `${path}, ${column}`).not.toMatch(FORMULA_START);
				});
			}
		}
		expect(numbers).toBeGreaterThan(0);
	});

	it('keeps the text, as text, and negative figures as numbers', () => {
		const cells = new Set(files.flatMap((f) => f.rows.flat()));
		for (const payload of Object.values(PAYLOADS)) expect(cells, payload).toContain(`'${payload}`);
		expect(cells).toContain(TRICKY_NAME);
		for (const { path, rows } of files) {
			const waarde = rows[0]!.indexOf('waarde');
			expect(
				rows.some((r) => r[waarde] === '-4.2'),
				path,
			).toBe(true);
		}
	});
});
