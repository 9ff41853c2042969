/**
 * The reader of YAML and JSON text (src/lib/content/source.ts): where fields are, and every
 * kind of mistake it reports, with its line and Dutch message.
 */
import { describe, expect, it } from 'vitest';

import { JSON_MAX_DEPTH, YAML_MAX_DEPTH } from '#lib/content/limits.ts';
import { formatProblem, problemPlace } from '#lib/content/problem.ts';
import { jsonLineOf, readJson, readYaml } from '#lib/content/source.ts';
import { YAML_ALIAS_MESSAGE, YAML_DEPTH_MESSAGE } from '#lib/content/yaml-messages.ts';

const YAML = [
	'naam: Noord', // 1
	'buurten:', // 2
	'  - code: BU1', // 3
	'    naam: Een', // 4
	'  - code: BU2', // 5
	'    naam: Twee', // 6
	'jaren:', // 7
	'  2017:', // 8
	'    inwoners:', // 9
	'      kolom: a_inw', // 10
	'      factor: 1000', // 11
	'leeg:', // 12
].join('\n');

describe('readYaml: positions', () => {
	const { source, problems } = readYaml(YAML);

	it('parses to plain data', () => {
		expect(problems).toEqual([]);
		expect(source!.data).toMatchObject({ naam: 'Noord', buurten: [{ code: 'BU1' }, { code: 'BU2' }], leeg: null });
	});

	it('finds the line of nested fields, list items and numbers written as names', () => {
		expect(source!.lineOf(['naam'])).toBe(1);
		expect(source!.lineOf(['buurten', 1, 'naam'])).toBe(6);
		expect(source!.lineOf(['buurten', '1', 'code'])).toBe(5);
		expect(source!.lineOf(['jaren', '2017', 'inwoners', 'factor'])).toBe(11);
		expect(source!.keyLineOf(['jaren', '2017'])).toBe(8);
		expect(source!.keyLineOf(['buurten', 1])).toBe(5);
		expect(source!.nameLineOf(['jaren', '2017', 'inwoners'])).toBe(9);
	});

	it('points a missing field to the field it belongs in', () => {
		expect(source!.lineOf(['jaren', '2017', 'inwoners', 'decimalen'])).toBe(9);
		expect(source!.lineOf(['status'])).toBeUndefined();
		expect(source!.keyLineOf(['jaren', '2017', 'huishoudens'])).toBe(9);
		expect(source!.nameLineOf(['jaren', '2017', 'huishoudens'])).toBeUndefined();
		expect(source!.nameLineOf(['buurten', 5])).toBeUndefined();
	});

	it('an empty field is on the line of its name', () => {
		expect(source!.keyLineOf(['leeg'])).toBe(12);
		expect(source!.nameLineOf(['leeg'])).toBe(12);
	});

	it('counts lines from where the text starts in the file', () => {
		const front = readYaml('titel: Hallo\nstatus: open', 2).source!;
		expect(front.lineOf(['status'])).toBe(3);
		expect(readYaml('a: 1\nb: [1, 2\n', 5).problems[0]!.line).toBeGreaterThanOrEqual(6);
	});
});

describe('readYaml: mistakes, each with its line and message', () => {
	const only = (text: string) => {
		const { source, problems } = readYaml(text);
		expect(source).toBeUndefined();
		return problems[0]!;
	};

	it('a field twice', () => {
		expect(only('naam: a\nstatus: b\nnaam: c')).toEqual({
			line: 3,
			message: 'een veld staat twee keer in de kop. Laat één van de twee staan.',
		});
	});

	it('a tab to indent', () => {
		expect(only('buurten:\n\t- code: a')).toEqual({
			line: 2,
			message: 'deze regel springt in met een tab. Gebruik spaties om in te springen.',
		});
	});

	it('anchors and aliases', () => {
		expect(only('a: &x 1\nb: *x')).toEqual({ line: 1, message: YAML_ALIAS_MESSAGE });
		expect(only('a: 1\nb: *x')).toEqual({ line: 2, message: YAML_ALIAS_MESSAGE });
	});

	it('nesting too deep, in brackets and in indentation', () => {
		expect(only(`a: ${'['.repeat(YAML_MAX_DEPTH + 1)}${']'.repeat(YAML_MAX_DEPTH + 1)}`)).toEqual({
			line: 1,
			message: YAML_DEPTH_MESSAGE,
		});
		const lines = Array.from({ length: YAML_MAX_DEPTH + 1 }, (_, i) => `${'  '.repeat(i)}n${i}:`);
		const deep = only(`titel: diep\n${lines.join('\n')} x`);
		expect(deep.message).toBe(YAML_DEPTH_MESSAGE);
		expect(deep.line).toBeGreaterThan(YAML_MAX_DEPTH - 1);
	});

	it('a control character written as an escape', () => {
		expect(only('a: ok\nb: "x\\u0007y"')).toEqual({
			line: 2,
			message:
				"in deze tekst staat een onzichtbaar stuurteken (tekencode 7), geschreven met een \\ (zoals \\0 of \\u0000). Zo'n teken hoort niet in een tekst. Haal het weg.",
		});
	});

	it('a field name that is a list', () => {
		expect(only('a: 1\n? [x, y]\n: 2').message).toMatch(
			/^de naam van dit veld is zelf een lijst of een groep velden\./,
		);
	});

	it('a missing quote: found where the text ends', () => {
		expect(only('a: 1\nb: "open\n')).toEqual({
			line: 3,
			message:
				'er ontbreekt een teken, bijvoorbeeld een sluitend aanhalingsteken of haakje. Controleer de aanhalingstekens en haakjes op deze regel.',
		});
	});

	it('a text that starts with a sign of YAML', () => {
		expect(only('a: 1\nb: @x\n')).toEqual({
			line: 2,
			message:
				'deze tekst begint met een teken dat in YAML een eigen betekenis heeft. Zet de hele tekst tussen aanhalingstekens.',
		});
	});

	it('a colon within a value', () => {
		expect(only('a: 1\nb: x: y\n')).toEqual({
			line: 2,
			message:
				'deze regel is niet goed te lezen. Controleer of er na de naam van het veld een dubbele punt en een spatie staat, en of de regel even ver inspringt als de regels erboven.',
		});
	});

	it('a line that does not fit the indentation', () => {
		expect(only('a: 1\nb: [1, 2\nc: 3\n')).toEqual({
			line: 3,
			message:
				'deze regel springt niet goed in. Zorg dat velden die bij elkaar horen even ver inspringen, met spaties.',
		});
	});
});

const JSON_TEXT = `{
  "naam": "kaart",
  "objects": {
    "wijken": {
      "geometries": [
        { "id": "WK1" },
        {
          "id": "WK2",
          "sleutel met \\"aanhalingsteken\\"": [1, 2,
            3]
        }
      ]
    }
  },
  "arcs": [[[0, 0], [1, 1]],
    [[2, 2]]]
}`;

describe('readJson and jsonLineOf: positions', () => {
	it('finds nested members and array items', () => {
		const { source } = readJson(JSON_TEXT);
		expect(source!.data).toMatchObject({ naam: 'kaart' });
		expect(source!.lineOf(['naam'])).toBe(2);
		expect(source!.lineOf(['objects', 'wijken', 'geometries', 0])).toBe(6);
		expect(source!.lineOf(['objects', 'wijken', 'geometries', 1])).toBe(7);
		expect(source!.lineOf(['objects', 'wijken', 'geometries', 1, 'id'])).toBe(8);
		expect(source!.lineOf(['objects', 'wijken', 'geometries', 1, 'sleutel met "aanhalingsteken"', 2])).toBe(10);
		expect(source!.lineOf(['arcs', 1])).toBe(16);
		expect(jsonLineOf(JSON_TEXT, [])).toBe(1);
	});

	it('knows no line for what is not there', () => {
		expect(jsonLineOf(JSON_TEXT, ['objects', 'buurten'])).toBeUndefined();
		expect(jsonLineOf(JSON_TEXT, ['arcs', 2])).toBeUndefined();
		expect(jsonLineOf('{"a": []}', ['a', 0])).toBeUndefined();
	});
});

describe('readJson: mistakes', () => {
	it('a syntax error has a line and no message: the caller says what the file should be', () => {
		expect(readJson('{\n  "a": 1\n  "b": 2\n}')).toEqual({ problem: { line: 3, message: undefined } });
	});

	it('nesting too deep', () => {
		const { problem } = readJson(`{"a":\n${'['.repeat(JSON_MAX_DEPTH + 1)}${']'.repeat(JSON_MAX_DEPTH + 1)}}`);
		expect(problem!.line).toBe(2);
		expect(problem!.message).toContain(`meer dan ${JSON_MAX_DEPTH} niveaus`);
	});

	it('a control character written as an escape', () => {
		expect(readJson('{\n"a": "x\\u0000"}').problem).toEqual({
			line: 2,
			message:
				"in een tekst op deze regel staat een onzichtbaar stuurteken (tekencode 0), geschreven als \\u0000. Zo'n teken hoort niet in een tekst. Haal het weg.",
		});
	});
});

describe('Problem: one type, one way to print it', () => {
	it('prints the file and every part of the place in one order', () => {
		expect(formatProblem({ file: 'wijk.md', line: 3, field: 'status', message: 'fout.' })).toBe(
			'wijk.md, regel 3, veld status: fout.',
		);
		expect(formatProblem({ file: 'a.csv', item: { word: 'rij', number: 5 }, column: 'x', message: 'fout.' })).toBe(
			'a.csv, rij 5, kolom x: fout.',
		);
		expect(problemPlace({ file: 'wijken.geojson', item: { word: 'object', number: 12, code: 'WK034401' } })).toBe(
			'wijken.geojson, object 12 (WK034401)',
		);
		expect(formatProblem({ file: 'a\u202e.csv', message: 'x' })).toBe('a\\u202E.csv: x');
	});
});
