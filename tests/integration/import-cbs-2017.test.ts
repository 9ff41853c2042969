/**
 * The real CBS open-data file "Kerncijfers wijken en buurten 2017" (whole country) imported
 * with the shipped mapping templates/koppelingen/cbs-kwb-2017-odata.yaml into a portal of
 * five real gemeenten with every wijk and buurt they have in that file. Every area must come
 * through with the right value for every mapped indicator, compared with the source parsed
 * independently here; `npm run check` must pass; the same rows as open-data JSON must give
 * the very same file.
 *
 * Data: ../shared/data (see its README); skipped when that folder is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { csvParse, type DSVRowString } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cbsAreaNames, writeCbsPortal } from '#tests/support/cbs-portal.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { runCli } from '#tests/support/run.ts';

const DATA = join(REPO, '..', 'shared', 'data');
const SOURCE = join(DATA, 'cbs-kwb-2017', 'kerncijfers-wijken-en-buurten-2017.csv');
const present = existsSync(SOURCE);
/** Without this real file (see ../shared/data/README.md) the tests that use it are skipped. */
const NEEDS = '(needs ../shared/data/cbs-kwb-2017)';
const NU = { WIJKPORTAAL_NU: '2026-06-01T12:00:00+02:00' };

const GEMEENTEN = [
	{ code: 'GM0141', naam: 'Almelo' },
	{ code: 'GM0164', naam: 'Hengelo' },
	{ code: 'GM0150', naam: 'Deventer' },
	{ code: 'GM0344', naam: 'Utrecht' },
	{ code: 'GM0400', naam: 'Den Helder' },
];

type Row = DSVRowString<string>;
/** The expected value of each indicator from a source row, worked out independently of the importer. */
const number = (raw: string | undefined) => {
	const text = (raw ?? '').trim();
	return text === '.' || text === '' ? null : Number(text);
};
const times = (raw: string | undefined, factor: number) => {
	const v = number(raw);
	return v === null ? null : Math.round(v * factor * 1e6) / 1e6;
};
const EXPECTED: Record<string, (r: Row) => number | null> = {
	inwoners: (r) => number(r.AantalInwoners_5),
	'inwoners-65-plus': (r) => {
		const old = number(r.k_65JaarOfOuder_12);
		const all = number(r.AantalInwoners_5);
		return old === null || !all ? null : Math.round((old / all) * 1000) / 10;
	},
	bevolkingsdichtheid: (r) => number(r.Bevolkingsdichtheid_33),
	'woz-waarde': (r) => times(r.GemiddeldeWoningwaarde_35, 1000),
	'inkomen-per-inwoner': (r) => times(r.GemiddeldInkomenPerInwoner_66, 1000),
	'huishoudens-laag-inkomen': (r) => number(r.HuishoudensMetEenLaagInkomen_72),
	'huishoudens-sociaal-minimum': (r) => number(r.HuishOnderOfRondSociaalMinimum_73),
};

describe.skipIf(!present)(`import:cbs with the real Kerncijfers 2017, five gemeenten ${NEEDS}`, () => {
	let dir: string;
	let rows: Row[];
	let ours: Row[];
	let written: string;

	beforeAll(() => {
		mkdirSync(TMP, { recursive: true });
		dir = mkdtempSync(join(TMP, 'import-2017-'));
		rows = csvParse(readFileSync(SOURCE, 'utf8').replace(/^\uFEFF/, ''));
		const digits = new Set(GEMEENTEN.map((g) => g.code.slice(2)));
		ours = rows.filter(
			(r) => /^(GM|WK|BU)/.test(r.WijkenEnBuurten!.trim()) && digits.has(r.WijkenEnBuurten!.trim().slice(2, 6)),
		);
		const names = cbsAreaNames(
			['gemeente_2015', 'wijk_2014', 'buurt_2014']
				.map((n) => join(DATA, 'cbs-gebieden-2014', `${n}.topojson`))
				.filter(existsSync),
		);
		const areas = ours
			.map((r) => r.WijkenEnBuurten!.trim())
			.filter((c) => !c.startsWith('GM'))
			.map((code) => ({ code, naam: names.get(code) ?? `Gebied ${code.slice(-2)}` }));
		writeCbsPortal(join(dir, 'csv'), {
			gemeenten: GEMEENTEN,
			areas,
			indicatoren: readFileSync(join(REPO, 'templates/indicatoren/cbs-kerncijfers.yaml'), 'utf8'),
		});
		writeCbsPortal(join(dir, 'json'), {
			gemeenten: GEMEENTEN,
			areas,
			indicatoren: readFileSync(join(REPO, 'templates/indicatoren/cbs-kerncijfers.yaml'), 'utf8'),
		});
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('imports every area of the five gemeenten with the right values, and npm run check passes', () => {
		expect(ours.length).toBe(434); // 5 gemeenten, their wijken and buurten in 2017
		const result = runCli(
			'import-cbs',
			[
				'--bestand',
				SOURCE,
				'--koppeling',
				join(REPO, 'templates/koppelingen/cbs-kwb-2017-odata.yaml'),
				'--content',
				'content',
			],
			{ cwd: join(dir, 'csv'), env: NU },
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`- ${rows.length.toLocaleString('nl-NL')} rijen gelezen uit`);
		expect(result.stdout).toContain(`- ${(434 * 7).toLocaleString('nl-NL')} waarden geschreven voor 2017, waarvan`);
		expect(result.stdout).toContain(
			`- ${(rows.length - 434 - 1).toLocaleString('nl-NL')} rijen overgeslagen: horen bij andere gemeenten.`,
		);
		expect(result.stdout).toContain(
			'- 1 rij overgeslagen: geen gemeente, wijk of buurt (bijvoorbeeld heel Nederland).',
		);

		written = readFileSync(join(dir, 'csv', 'content', 'indicatoren', 'waarden', 'cbs-kerncijfers.json'), 'utf8');
		const data = JSON.parse(written) as {
			naam: string;
			bron: string;
			licentie: string;
			bijgewerkt: string;
			waarden: { gebied: string; indicator: string; jaar: number; waarde: number | null }[];
		};
		expect(data.naam).toBe('Kerncijfers wijken en buurten');
		expect(data.licentie).toBe('CC BY 4.0');
		expect(data.bijgewerkt).toBe('2026-06-01');
		expect(data.waarden).toHaveLength(434 * 7);
		const got = new Map(data.waarden.map((w) => [`${w.gebied}|${w.indicator}|${w.jaar}`, w.waarde]));

		let nulls = 0;
		let scaled = 0;
		for (const row of ours) {
			const code = row.WijkenEnBuurten!.trim();
			for (const [indicator, expected] of Object.entries(EXPECTED)) {
				const key = `${code}|${indicator}|2017`;
				expect(got.has(key), key).toBe(true);
				const want = expected(row);
				const value = got.get(key);
				if (want === null) {
					nulls++;
					expect(value, key).toBeNull();
				} else {
					expect(value, key).toBeTypeOf('number');
					expect(value!, key).toBeCloseTo(want, 6);
				}
				if (indicator === 'woz-waarde' && want !== null) {
					scaled++;
					expect(Number.isInteger(value), key).toBe(true);
				}
			}
		}
		expect(nulls).toBeGreaterThan(50); // '.' and empty cells are in these gemeenten too, and are never 0
		expect(scaled).toBeGreaterThan(300);
		// Spot checks straight from the file: Utrecht as a whole, × 1000 for the WOZ-waarde.
		const utrecht = ours.find((r) => r.WijkenEnBuurten!.trim() === 'GM0344')!;
		expect(got.get('GM0344|inwoners|2017')).toBe(Number(utrecht.AantalInwoners_5));
		expect(got.get('GM0344|woz-waarde|2017')).toBe(Number(utrecht.GemiddeldeWoningwaarde_35) * 1000);

		const check = runCli('check', ['--content', 'content'], { cwd: join(dir, 'csv'), env: NU });
		expect(check.stderr).toBe('');
		expect(check.status).toBe(0);
	});

	it('the same rows as open-data JSON give the very same file', () => {
		expect(written).toBeDefined();
		const numeric = (field: string) => !/^(WijkenEnBuurten|Gemeentenaam_1|SoortRegio_2|Codering_3)$/.test(field);
		// The rows of our gemeenten, Nederland and some others, typed as the open-data API gives them.
		const subset = rows.filter((r, i) => ours.includes(r) || i < 40);
		const value = subset.map((r) =>
			Object.fromEntries(Object.entries(r).map(([k, v]) => [k, numeric(k) ? number(v) : v])),
		);
		const file = join(dir, 'kerncijfers-2017.json');
		writeFileSync(
			file,
			JSON.stringify({
				'odata.metadata': 'https://opendata.cbs.nl/ODataApi/OData/83765NED/$metadata#Cbs.OData.WebAPI.TypedDataSet',
				value,
			}),
		);
		const result = runCli(
			'import-cbs',
			['--bestand', file, '--koppeling', join(REPO, 'templates/koppelingen/cbs-kwb-2017-odata.yaml')],
			{ cwd: join(dir, 'json'), env: NU },
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`- ${subset.length} rijen gelezen uit`);
		// JSON null does not say why a figure is missing; the CSV's '.' does.
		expect(readFileSync(join(dir, 'json', 'content', 'indicatoren', 'waarden', 'cbs-kerncijfers.json'), 'utf8')).toBe(
			written.replaceAll(',"reden":"niet-gepubliceerd"', ''),
		);
	});
});
