/**
 * Utrecht (GM0344, 10 wijken, 111 buurten), real files as CBS distributes them: the
 * Kerncijfers 2023 spreadsheet (import:kwb, templates/koppelingen/cbs-kwb-2023-xlsx.yaml)
 * and the StatLine export Nabijheid voorzieningen 2023 (import:statline,
 * templates/koppelingen/cbs-nabijheid-2023-statline.yaml). The portal's areas and names come
 * from the spreadsheet itself. Every area must get the right value for every mapped
 * indicator, compared with the sources read independently here.
 *
 * Data: ../shared/data/utrecht (see its README); skipped when that folder is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { dsvFormat } from 'd3';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { writeCbsPortal } from '#tests/support/cbs-portal.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { runCli } from '#tests/support/run.ts';

const DATA = join(REPO, '..', 'shared', 'data', 'utrecht');
const XLSX = join(DATA, 'kwb-2023-utrecht.xlsx');
const STATLINE = join(DATA, 'nabijheid-voorzieningen-buurt-2023.csv');
const present = existsSync(XLSX) && existsSync(STATLINE);
/** Without these real files (see ../shared/data/README.md) the tests that use them are skipped. */
const NEEDS = '(needs ../shared/data/utrecht)';
const NU = { WIJKPORTAAL_NU: '2026-06-01T12:00:00+02:00' };

/** A spreadsheet cell (read-excel-file gives a string, number, boolean, date or null). */
type Cell = string | number | boolean | Date | null | undefined;

const value = (cell: Cell): number | null => {
	const text = cell instanceof Date ? cell.toISOString() : String(cell ?? '').trim();
	return text === '.' || text === '' ? null : Number(text);
};

/** indicator → how its value follows from a spreadsheet row (by column name). */
const KWB: Record<string, (get: (column: string) => Cell) => number | null> = {
	inwoners: (get) => value(get('a_inw')),
	'inwoners-65-plus': (get) => {
		const old = value(get('a_65_oo'));
		const all = value(get('a_inw'));
		return old === null || !all ? null : Math.round((old / all) * 1000) / 10;
	},
	huishoudens: (get) => value(get('a_hh')),
	huishoudensgrootte: (get) => value(get('g_hhgro')),
	bevolkingsdichtheid: (get) => value(get('bev_dich')),
	woningen: (get) => value(get('a_woning')),
	'woz-waarde': (get) => (value(get('g_wozbag')) === null ? null : value(get('g_wozbag'))! * 1000),
	koopwoningen: (get) => value(get('p_koopw')),
	'huurwoningen-corporatie': (get) => value(get('p_wcorpw')),
	'inkomen-per-inwoner': (get) => (value(get('g_ink_pi')) === null ? null : Math.round(value(get('g_ink_pi'))! * 1000)),
	'huishoudens-laag-inkomen': (get) => value(get('p_hh_lkk')),
	'huishoudens-sociaal-minimum': (get) => value(get('p_hh_osm')),
};

const NABIJHEID: Record<string, string> = {
	'afstand-huisarts': 'Gezondheid en welzijn/Huisartsenpraktijk/Afstand tot huisartsenpraktijk (km)',
	'afstand-apotheek': 'Gezondheid en welzijn/Afstand tot apotheek (km)',
	'afstand-supermarkt': 'Detailhandel/Winkels dagelijkse boodschappen/Afstand tot grote supermarkt (km)',
	'afstand-kinderdagverblijf': 'Kinderopvang/Kinderdagverblijf/Afstand tot kinderdagverblijf (km)',
	'afstand-school': 'Onderwijs/Basisonderwijs/Afstand tot school (km)',
	'afstand-bibliotheek': 'Vrije tijd en cultuur/Afstand tot bibliotheek (km)',
	'afstand-zwembad': 'Vrije tijd en cultuur/Sport/Afstand tot zwembad (km)',
};

// A report mark (1–10) and a percentage, as the example mapping in templates/koppelingen/monitor-csv.yaml has them.
const PANEL = (
	[
		['tevreden-woonomgeving', 'cijfer'],
		['veilig-in-buurt', 'procent'],
	] as const
)
	.map(
		([id, eenheid]) => `
  - id: ${id}
    naam: ${id}
    omschrijving: Een vraag uit het bewonerspanel.
    eenheid: ${eenheid}
    thema: Panel
    richting: hoger is beter
    soort: subjectief
    minimumAntwoorden: 30
    bron: Gemeente Utrecht, bewonerspanel
    licentie: CC BY 4.0
`,
	)
	.join('');

type Rows = { gebied: string; indicator: string; jaar: number; waarde: number | null; n?: number; marge?: number }[];

describe.skipIf(!present)(`import:kwb and import:statline with Utrecht 2023 ${NEEDS}`, () => {
	let dir: string;
	let sheet: unknown[][];

	beforeAll(async () => {
		mkdirSync(TMP, { recursive: true });
		dir = mkdtempSync(join(TMP, 'import-utrecht-'));
		const [first] = await readXlsxFile(XLSX);
		sheet = first!.data;
		const header = sheet[0]!;
		const code = header.indexOf('gwb_code_10');
		const naam = header.indexOf('regio');
		const areas = sheet
			.slice(1)
			.map((r) => ({ code: String(r[code]).trim(), naam: String(r[naam]).trim() }))
			.filter((a) => !a.code.startsWith('GM'));
		// The CBS template plus two panel questions for the example monitor mapping.
		const indicatoren =
			readFileSync(join(REPO, 'templates/indicatoren/cbs-kerncijfers.yaml'), 'utf8').replace(
				'themas:\n',
				'themas:\n  - naam: Panel\n',
			) + PANEL;
		writeCbsPortal(dir, { gemeenten: [{ code: 'GM0344', naam: 'Utrecht' }], areas, indicatoren });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const read = (id: string) =>
		(
			JSON.parse(readFileSync(join(dir, 'content', 'indicatoren', 'waarden', `${id}.json`), 'utf8')) as {
				waarden: Rows;
			}
		).waarden;
	const byKey = (rows: Rows) => new Map(rows.map((r) => [`${r.gebied}|${r.indicator}|${r.jaar}`, r.waarde]));

	it('the Kerncijfers spreadsheet: gemeente, 10 wijken and 111 buurten with every indicator', () => {
		const result = runCli(
			'import-kwb',
			['--bestand', XLSX, '--koppeling', join(REPO, 'templates/koppelingen/cbs-kwb-2023-xlsx.yaml')],
			{ cwd: dir, env: NU },
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`- 122 rijen gelezen uit`);
		expect(result.stdout).toContain(`- ${(122 * 12).toLocaleString('nl-NL')} waarden geschreven voor 2023`);

		const header = sheet[0]!.map(String);
		const got = byKey(read('cbs-kerncijfers'));
		expect(got.size).toBe(122 * 12);
		const levels = { GM: 0, WK: 0, BU: 0 };
		for (const row of sheet.slice(1)) {
			const get = (column: string) => row[header.indexOf(column)] as Cell;
			const code = String(get('gwb_code_10')).trim();
			levels[code.slice(0, 2) as keyof typeof levels]++;
			for (const [indicator, expected] of Object.entries(KWB)) {
				const key = `${code}|${indicator}|2023`;
				expect(got.has(key), key).toBe(true);
				const want = expected(get);
				if (want === null) expect(got.get(key), key).toBeNull();
				else expect(got.get(key)!, key).toBeCloseTo(want, 6);
			}
		}
		expect(levels).toEqual({ GM: 1, WK: 10, BU: 111 });
		// Straight from the file: West has 29,040 inwoners and an average WOZ-waarde of 451 × € 1,000.
		expect(got.get('WK034401|inwoners|2023')).toBe(29040);
		expect(got.get('WK034401|woz-waarde|2023')).toBe(451000);
		// Not yet published in this extract: null, never 0.
		expect(got.get('GM0344|inkomen-per-inwoner|2023')).toBeNull();
	});

	it('the StatLine export: the same 122 areas with every distance; then a monitor CSV; npm run check passes with all three', () => {
		const result = runCli(
			'import-statline',
			['--bestand', STATLINE, '--koppeling', join(REPO, 'templates/koppelingen/cbs-nabijheid-2023-statline.yaml')],
			{ cwd: dir, env: NU },
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'- 1 rij overgeslagen: geen gemeente, wijk of buurt (bijvoorbeeld heel Nederland).',
		);

		const [header, ...rows] = dsvFormat(';').parseRows(readFileSync(STATLINE, 'utf8').replace(/^\uFEFF/, ''));
		const codeAt = header!.indexOf('Regioaanduiding/Codering (code)');
		const got = byKey(read('cbs-nabijheid'));
		expect(got.size).toBe(122 * 7);
		let known = 0;
		for (const row of rows) {
			const code = row[codeAt]!.trim();
			if (code === 'NL00') continue;
			for (const [indicator, column] of Object.entries(NABIJHEID)) {
				const key = `${code}|${indicator}|2023`;
				expect(got.has(key), key).toBe(true);
				const want = value(row[header!.indexOf(column)]);
				expect(got.get(key), key).toBe(want);
				if (want !== null) known++;
			}
		}
		expect(known).toBeGreaterThan(400); // supermarkt, kinderdagverblijf, bibliotheek and zwembad are published for almost every area
		expect(got.get('BU03440111|afstand-supermarkt|2023')).toBe(
			value(rows.find((r) => r[codeAt]!.trim() === 'BU03440111')![header!.indexOf(NABIJHEID['afstand-supermarkt']!)]),
		);

		// The example mapping for a municipal monitor, with Utrecht's own names for areas and questions.
		const monitor = join(dir, 'monitor.csv');
		writeFileSync(
			monitor,
			'gebied;indicator;jaar;waarde;n;marge\nBinnenstad;Tevredenheid woonomgeving;2025;7,1;184;0,3\nCentrum Leidsche Rijn;Tevredenheid woonomgeving;2025;7,6;41;\nWijk 01 West;Gevoel van veiligheid;2025;81;96;\nwk034401;tevreden-woonomgeving;2025;7,4;212;0,2\n',
		);
		const csv = runCli(
			'import-csv',
			['--bestand', monitor, '--koppeling', join(REPO, 'templates/koppelingen/monitor-csv.yaml')],
			{ cwd: dir, env: NU },
		);
		expect(csv.stderr).toBe('');
		expect(csv.status).toBe(0);
		expect(read('wijkmonitor')).toEqual([
			{ gebied: 'BU03440931', indicator: 'tevreden-woonomgeving', jaar: 2025, waarde: 7.6, n: 41 },
			{ gebied: 'WK034401', indicator: 'tevreden-woonomgeving', jaar: 2025, waarde: 7.4, n: 212, marge: 0.2 },
			{ gebied: 'WK034401', indicator: 'veilig-in-buurt', jaar: 2025, waarde: 81, n: 96 },
			{ gebied: 'WK034406', indicator: 'tevreden-woonomgeving', jaar: 2025, waarde: 7.1, n: 184, marge: 0.3 },
		]);

		const check = runCli('check', [], { cwd: dir, env: NU });
		expect(check.stderr).toBe('');
		expect(check.status).toBe(0);
	});
});
