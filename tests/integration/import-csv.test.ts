/**
 * The generic CSV importer (municipal monitors and panels) and merging of years, on the
 * fixture portal tests/fixtures/import/portaal (Teststad GM9996; see import-fouten.test.ts
 * for its areas). Sources: tests/fixtures/import/bronnen, mappings: .../koppelingen.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadContent } from '#lib/content/load.ts';
import { type ImportFormat, runImport } from '#lib/wijkkompas/import/run.ts';
import { IMPORT, IMPORT_NU, importPortals } from '#tests/support/import-portal.ts';
import { runCli } from '#tests/support/run.ts';

const setUp = importPortals('import-csv');

async function importOk(
	dir: string,
	format: ImportFormat,
	bestand: string,
	koppeling: string,
	jaar?: string,
	proef?: boolean,
) {
	const result = await runImport({
		format,
		bestand: bestand.includes('/') ? bestand : join(IMPORT, 'bronnen', bestand),
		koppeling: join(IMPORT, 'koppelingen', koppeling),
		jaar,
		proef,
		contentDir: join(dir, 'content'),
		cwd: dir,
	});
	expect(result.problems).toEqual([]);
	expect(result.ok).toBe(true);
	return result;
}

const datasetText = (dir: string, id: string) =>
	readFileSync(join(dir, 'content', 'indicatoren', 'waarden', `${id}.json`), 'utf8');
const dataset = (dir: string, id: string) =>
	JSON.parse(datasetText(dir, id)) as {
		waarden: ({ gebied: string; indicator: string; jaar: number; waarde: number | null } & Record<string, unknown>)[];
		[k: string]: unknown;
	};

/** The portal with the new file passes the same checks as `npm run check`. */
function passesCheck(dir: string) {
	expect(loadContent(join(dir, 'content')).problems).toEqual([]);
}

const MONITOR_2025 = [
	{ gebied: 'BU99960101', indicator: 'tevreden-woonomgeving', jaar: 2025, waarde: 7.1, n: 84, marge: 0.4 }, // by name, lower case
	{ gebied: 'BU99960102', indicator: 'tevreden-woonomgeving', jaar: 2025, waarde: null, n: 12 }, // panel row without value
	{ gebied: 'BU99960202', indicator: 'inwoners', jaar: 2025, waarde: 1234 },
	{ gebied: 'BU99960202', indicator: 'tevreden-woonomgeving', jaar: 2025, waarde: 6.8, n: 45 }, // sub-area name from the mapping
	{ gebied: 'BU99960301', indicator: 'veilig-in-buurt', jaar: 2025, waarde: null, reden: 'niet-gepubliceerd' }, // '.' without n
	{ gebied: 'GM9996', indicator: 'tevreden-woonomgeving', jaar: 2025, waarde: 7.3, n: 1010, marge: 0.1 }, // gemeente name
	{ gebied: 'WK999601', indicator: 'tevreden-woonomgeving', jaar: 2025, waarde: 7.4, n: 212, marge: 0.2 }, // code, decimal comma
	{ gebied: 'WK999602', indicator: 'veilig-in-buurt', jaar: 2025, waarde: 81.5, n: 300, marge: 2.5 }, // upper-case wijk name, mapped indicator name
];

describe('import:csv', () => {
	it("reads codes, names, the mapping's own area and indicator names, panel n and marge and decimal commas", async () => {
		const dir = setUp();
		const result = await importOk(dir, 'csv', 'monitor.csv', 'monitor.yaml');
		expect(result.written).toBe('content/indicatoren/waarden/wijkmonitor.json');
		const data = dataset(dir, 'wijkmonitor');
		expect(data.waarden).toEqual(MONITOR_2025);
		expect({ ...data, waarden: undefined }).toEqual({
			naam: 'Wijkmonitor Teststad',
			bron: 'Gemeente Teststad, bewonerspanel',
			licentie: 'CC BY 4.0',
			bijgewerkt: '2026-05-01',
			waarden: undefined,
		});
		expect(result.summary).toEqual([
			`8 rijen gelezen uit ${join(IMPORT, 'bronnen', 'monitor.csv')}.`,
			'8 waarden geschreven voor 2025, waarvan 2 zonder cijfer (een punt of een lege cel in het bestand; geschreven als null, niet als 0).',
			'Verschil met wat er stond voor 2025: 8 toegevoegd, 0 gewijzigd, 0 verwijderd, 0 onbekend geworden, 0 ongewijzigd.',
		]);
		passesCheck(dir);
	});

	it('reads a comma-separated file with a quoted decimal comma, and keeps the other year', async () => {
		const dir = setUp();
		await importOk(dir, 'csv', 'monitor.csv', 'monitor.yaml');
		const result = await importOk(dir, 'csv', 'monitor-komma.csv', 'monitor.yaml');
		expect(result.summary).toContain('8 waarden van andere jaren (2025) bewaard.');
		const rows = dataset(dir, 'wijkmonitor').waarden;
		expect(rows.filter((r) => r.jaar === 2024)).toEqual([
			{ gebied: 'BU99960202', indicator: 'tevreden-woonomgeving', jaar: 2024, waarde: 6.9, n: 61 },
			{ gebied: 'WK999602', indicator: 'tevreden-woonomgeving', jaar: 2024, waarde: 7, n: 150 },
			{ gebied: 'WK999603', indicator: 'inwoners', jaar: 2024, waarde: 20321 },
		]);
		expect(rows.filter((r) => r.jaar === 2025)).toEqual(MONITOR_2025);
		passesCheck(dir);
	});

	it('reads a file saved as Windows-1252 and says so', async () => {
		const text =
			'gebied;indicator;jaar;waarde;n;toelichting\nNoord;tevreden-woonomgeving;2025;7,4;212;één keer gemeten\n';
		const dir = setUp({ 'oud.csv': Buffer.from(text, 'latin1') });
		const result = await importOk(dir, 'csv', join(dir, 'oud.csv'), 'monitor.yaml');
		expect(dataset(dir, 'wijkmonitor').waarden).toEqual([
			{ gebied: 'WK999601', indicator: 'tevreden-woonomgeving', jaar: 2025, waarde: 7.4, n: 212 },
		]);
		expect(result.summary).toContain(
			'Het bestand is niet opgeslagen als UTF-8 en is gelezen als Windows-1252 (zoals oudere versies van Excel opslaan). Controleer namen met letters als ë en é.',
		);
		expect(result.summary).toContain('Deze kolommen zijn niet gebruikt: toelichting.');
	});

	it('--proef checks everything and writes nothing', async () => {
		const dir = setUp();
		const result = await importOk(dir, 'csv', 'monitor.csv', 'monitor.yaml', undefined, true);
		expect(result.summary[1]).toMatch(/^8 waarden klaar om te schrijven voor 2025/);
		expect(existsSync(join(dir, 'content', 'indicatoren', 'waarden'))).toBe(false);
	});
});

describe('merging years into a dataset', () => {
	it('importing a second year keeps the first; re-importing a year replaces only that year', async () => {
		const dir = setUp();
		await importOk(dir, 'cbs', 'kerncijfers-2024.csv', 'kerncijfers.yaml', '2024');
		const first = dataset(dir, 'cbs-kerncijfers').waarden;
		expect(first).toHaveLength(18); // GM + 3 wijken + 5 buurten, 2 indicators
		expect(first.find((r) => r.gebied === 'GM9996' && r.indicator === 'woz-waarde')).toEqual({
			gebied: 'GM9996',
			indicator: 'woz-waarde',
			jaar: 2024,
			waarde: 223500,
		});
		expect(first.filter((r) => r.waarde === null).map((r) => r.gebied)).toEqual([
			'BU99960102',
			'BU99960201',
			'BU99960202',
		]);

		const second = await importOk(dir, 'cbs', 'kerncijfers-2025.csv', 'kerncijfers.yaml', '2025');
		expect(second.summary).toContain('18 waarden van andere jaren (2024) bewaard.');
		const both = dataset(dir, 'cbs-kerncijfers').waarden;
		expect(both).toHaveLength(36);
		expect(both.filter((r) => r.jaar === 2024)).toEqual(first);
		expect(both.find((r) => r.gebied === 'BU99960201' && r.indicator === 'woz-waarde' && r.jaar === 2025)?.waarde).toBe(
			252000,
		);

		// Sorted by gebied, indicator, jaar; one row per line.
		const keys = both.map((r) => `${r.gebied}|${r.indicator}|${r.jaar}`);
		expect(keys).toEqual([...keys].sort());
		const lines = datasetText(dir, 'cbs-kerncijfers').split('\n');
		expect(
			lines.filter((l) =>
				/^\t\t\{"gebied":"[A-Z0-9]+","indicator":"[a-z-]+","jaar":\d{4},"waarde":[^,]+(?:,"reden":"[a-z-]+")?\},?$/.test(
					l,
				),
			),
		).toHaveLength(36);

		// A corrected 2024 file replaces 2024 only.
		const corrected = readFileSync(join(IMPORT, 'bronnen', 'kerncijfers-2024.csv'), 'utf8').replace(
			',25286,223.5',
			',25300,224',
		);
		writeFileSync(join(dir, 'correctie.csv'), corrected);
		const third = await importOk(dir, 'cbs', join(dir, 'correctie.csv'), 'kerncijfers.yaml', '2024');
		expect(third.summary).toContain(
			'Verschil met wat er stond voor 2024: 0 toegevoegd, 2 gewijzigd, 0 verwijderd, 0 onbekend geworden, 16 ongewijzigd.',
		);
		expect(third.summary).toContain(
			'Gewijzigd, bijvoorbeeld: GM9996 (Teststad), inwoners, 2024: 25.286 → 25.300; GM9996 (Teststad), woz-waarde, 2024: 223.500 → 224.000.',
		);
		expect(third.summary).toContain('18 waarden van andere jaren (2025) bewaard.');
		const after = dataset(dir, 'cbs-kerncijfers').waarden;
		expect(after).toHaveLength(36);
		expect(after.filter((r) => r.gebied === 'GM9996' && r.jaar === 2024)).toEqual([
			{ gebied: 'GM9996', indicator: 'inwoners', jaar: 2024, waarde: 25300 },
			{ gebied: 'GM9996', indicator: 'woz-waarde', jaar: 2024, waarde: 224000 },
		]);
		expect(after.filter((r) => r.jaar === 2025)).toEqual(both.filter((r) => r.jaar === 2025));
		passesCheck(dir);
	});

	it('open-data JSON gives the same file as the CSV', async () => {
		const csv = setUp();
		await importOk(csv, 'cbs', 'kerncijfers-2024.csv', 'kerncijfers.yaml', '2024');
		const lines = readFileSync(join(IMPORT, 'bronnen', 'kerncijfers-2024.csv'), 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\n');
		const header = lines[0]!.split(',');
		const value = lines.slice(1).map((line) => {
			const cells = line.split(',');
			return Object.fromEntries(
				header.map((h, i) => {
					const cell = cells[i] ?? '';
					const numeric = /^(ID|AantalInwoners_5|GemiddeldeWoningwaarde_35)$/.test(h);
					return [h, !numeric ? cell : cell.trim() === '.' || cell.trim() === '' ? null : Number(cell)];
				}),
			);
		});
		const json = setUp({
			'kerncijfers.json': JSON.stringify({
				'odata.metadata': 'https://opendata.cbs.nl/ODataApi/OData/83765NED/$metadata#Cbs.OData.WebAPI.TypedDataSet',
				value,
			}),
		});
		await importOk(json, 'cbs', join(json, 'kerncijfers.json'), 'kerncijfers.yaml', '2024');
		// JSON null does not say why a figure is missing; the CSV's '.' does.
		expect(datasetText(json, 'cbs-kerncijfers')).toBe(
			datasetText(csv, 'cbs-kerncijfers').replaceAll(',"reden":"niet-gepubliceerd"', ''),
		);

		// A page of a longer answer from the API: imported, with a warning that rows are missing.
		const paged = setUp({
			'pagina.json': JSON.stringify({
				value,
				'odata.nextLink': 'https://opendata.cbs.nl/ODataApi/OData/83765NED/TypedDataSet?$skip=10000',
			}),
		});
		const result = await importOk(paged, 'cbs', join(paged, 'pagina.json'), 'kerncijfers.yaml', '2024');
		expect(result.summary.at(-1)).toMatch(
			/^Let op: het CBS heeft nog een volgende pagina met cijfers \(odata\.nextLink in het bestand\)/,
		);
	});

	it('finds the area code in the column named by gebiedkolom, and divides with gedeeldDoor', async () => {
		const source =
			'Gebiedscode;Naam;Totaal;Ouderen\nGM9996;Teststad;25000;5000\nWK999601;Noord;3500;.\nBU99960101;Oude Haven;0;0\nBU99960102;Kerkbuurt;150;15\n';
		const mapping =
			'dataset: eigen\nnaam: Eigen telling\nbron: Gemeente Teststad\nlicentie: CC BY 4.0\ngebiedkolom: Gebiedscode\njaren:\n  2025:\n    inwoners: Totaal\n    woz-waarde: { kolom: Ouderen, gedeeldDoor: Totaal, factor: 100, decimalen: 1 }\n';
		const dir = setUp({ 'telling.csv': source, 'telling.yaml': mapping });
		const result = await runImport({
			format: 'statline',
			bestand: 'telling.csv',
			koppeling: 'telling.yaml',
			contentDir: join(dir, 'content'),
			cwd: dir,
		});
		expect(result.problems).toEqual([]);
		expect(dataset(dir, 'eigen').waarden).toEqual([
			{ gebied: 'BU99960101', indicator: 'inwoners', jaar: 2025, waarde: 0 },
			{ gebied: 'BU99960101', indicator: 'woz-waarde', jaar: 2025, waarde: null }, // 0 / 0
			{ gebied: 'BU99960102', indicator: 'inwoners', jaar: 2025, waarde: 150 },
			{ gebied: 'BU99960102', indicator: 'woz-waarde', jaar: 2025, waarde: 10 },
			{ gebied: 'GM9996', indicator: 'inwoners', jaar: 2025, waarde: 25000 },
			{ gebied: 'GM9996', indicator: 'woz-waarde', jaar: 2025, waarde: 20 },
			{ gebied: 'WK999601', indicator: 'inwoners', jaar: 2025, waarde: 3500 },
			{ gebied: 'WK999601', indicator: 'woz-waarde', jaar: 2025, waarde: null, reden: 'niet-gepubliceerd' }, // '.' / 3500
		]);
		const absent = result.summary.find((l) => l.startsWith('Let op:'));
		expect(absent).toBe(
			'Let op: 5 gebieden van het portaal staan niet in het bestand en krijgen geen cijfers voor 2025: BU99960201 (Centrum), BU99960202 (Zuiderpark), BU99960301 (Marktplein), WK999602 (Zuid), WK999603 (Centrum).',
		);
	});

	it('the command line prints the summary and npm run check passes afterwards', () => {
		const dir = setUp();
		const result = runCli(
			'import-csv',
			[
				'--bestand',
				join(IMPORT, 'bronnen', 'monitor.csv'),
				'--koppeling',
				join(IMPORT, 'koppelingen', 'monitor.yaml'),
				'--content',
				'content',
			],
			{ cwd: dir, env: { WIJKPORTAAL_NU: IMPORT_NU } },
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout.split('\n').slice(0, 2)).toEqual([
			'De cijfers staan in content/indicatoren/waarden/wijkmonitor.json. Ze zijn gecontroleerd zoals npm run check dat doet.',
			`- 8 rijen gelezen uit ${join(IMPORT, 'bronnen', 'monitor.csv')}.`,
		]);
		const check = runCli('check', ['--content', 'content'], { cwd: dir, env: { WIJKPORTAAL_NU: IMPORT_NU } });
		expect(check.stderr).toBe('');
		expect(check.status).toBe(0);
	});
});
