/**
 * The CSV cell writer behind every CSV download: text that a spreadsheet would run as a
 * formula opens as plain text, numbers stay numbers, and no text can break the structure.
 */
import { dsvFormat } from 'd3';
import { describe, expect, it } from 'vitest';

import { csvCell, csvRow, numberCell, textCell } from '#lib/site/csv.ts';
import { csvHead, csvLine, DATASET_COLUMNS, EXPORT_COLUMNS, type ExportRow } from '#lib/wijkkompas/export.ts';

const parse = (line: string) => dsvFormat(';').parseRows(line);

describe('text cells that would start a formula', () => {
	const triggers = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
	for (const t of triggers) {
		it(`neutralises a cell starting with ${JSON.stringify(t)}`, () => {
			const text = `${t}1+1`;
			expect(textCell(text)).toBe(`"'${text}"`);
			expect(parse(textCell(text))).toEqual([[`'${text}`]]);
		});
	}

	it('neutralises a trigger after leading spaces', () => {
		expect(textCell(' =1+1')).toBe(`"' =1+1"`);
		expect(textCell('\n\n@SUM(A1)')).toBe(`"'\n\n@SUM(A1)"`);
		expect(textCell('\u00A0-2+3')).toBe(`"'\u00A0-2+3"`);
	});

	it('quotes and doubles the quotes of a formula with quotes and separators', () => {
		const payload = '=HYPERLINK("https://aanval.example";"Klik hier")';
		expect(textCell(payload)).toBe(`"'=HYPERLINK(""https://aanval.example"";""Klik hier"")"`);
		expect(parse(csvRow(['a', payload, 'b']))).toEqual([['a', `'${payload}`, 'b']]);
	});

	it('leaves ordinary text alone, also with a trigger further on', () => {
		for (const text of ['Oude Haven', 'Noord-Oost', 'a=b', 'CC BY 4.0', "'s-Hertogenbosch", ''])
			expect(textCell(text)).toBe(text);
	});

	it('treats a number written as text as text', () => {
		expect(csvCell('-12')).toBe(`"'-12"`);
	});
});

describe('structure', () => {
	it('quotes a cell with the separator, a quote or a line break', () => {
		expect(textCell('Noord; Zuid')).toBe('"Noord; Zuid"');
		expect(textCell('De "Kade"')).toBe('"De ""Kade"""');
		expect(textCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
		expect(textCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
	});

	it('keeps one row of cells, whatever the text', () => {
		const cells = ['Noord; Zuid', 'De "Kade"', 'a\nb', '=1;2', '"', ';', '\r\n'];
		expect(parse(csvRow(cells))).toEqual([cells.map((c) => (c === '=1;2' || c === '\r\n' ? `'${c}` : c))]);
	});
});

describe('number cells', () => {
	it('keeps negative numbers and decimals as numbers', () => {
		expect(numberCell(-12)).toBe('-12');
		expect(numberCell(-3.5)).toBe('-3.5');
		expect(csvCell(-0.25)).toBe('-0.25');
		expect(csvCell(2025)).toBe('2025');
		expect(csvCell(0)).toBe('0');
	});

	it('writes an empty cell for no value or no finite number', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(numberCell(Number.NaN)).toBe('');
		expect(numberCell(Number.NEGATIVE_INFINITY)).toBe('');
	});
});

describe('wijkkompas export lines', () => {
	const row: ExportRow = {
		gebied: 'BU99960101',
		gebiedsnaam: '=HYPERLINK("https://aanval.example";"Klik hier")',
		indicator: 'saldo',
		indicatornaam: '@Saldo',
		eenheid: 'aantal',
		jaar: 2025,
		waarde: -3.5,
		status: 'getoond',
		n: 12,
		marge: null,
		bron: "-2+3+cmd|' /C notepad'!A0",
		licentie: '+1+1',
	};

	it('neutralises text columns and keeps number columns', () => {
		const [cells] = parse(csvLine(row));
		expect(cells).toEqual([
			'BU99960101',
			`'${row.gebiedsnaam}`,
			'saldo',
			"'@Saldo",
			'aantal',
			'2025',
			'-3.5',
			'getoond',
			'12',
			'',
			`'${row.bron}`,
			"'+1+1",
		]);
		expect(cells).toHaveLength(EXPORT_COLUMNS.length);
		expect(parse(csvLine(row, DATASET_COLUMNS))[0]).toHaveLength(DATASET_COLUMNS.length);
	});

	it('a text value in a number column is still neutralised', () => {
		const bad = { ...row, n: '=1+1' as unknown as number };
		expect(parse(csvLine(bad))[0]![8]).toBe("'=1+1");
	});

	it('starts with a byte order mark and the column names', () => {
		expect(csvHead()).toBe(`\uFEFF${EXPORT_COLUMNS.join(';')}\n`);
	});
});
