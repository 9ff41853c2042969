/**
 * Imports that cannot silently destroy data: the year is read from the file and a mismatch
 * with the mapping is refused; every import shows a diff and one that would remove or blank
 * more than 5% of a year's values stops unless --vervang is given; misspelled columns get a
 * suggestion; CBS codes with letters (WK0363AF, BU0363AF01) work; wide tables and own areas
 * can be imported by name.
 *
 * Portal: tests/fixtures/import/portaal (Teststad GM9996, see import-fouten.test.ts).
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { type ImportFormat, type ImportOptions, runImport } from '#lib/wijkkompas/import/run.ts';
import { MAX_LOSS_SHARE } from '#lib/wijkkompas/import/write.ts';
import { buurtCode, wijkCode } from '#schemas/fields.ts';
import type { Dataset } from '#schemas/waarden.ts';
import { REPO } from '#tests/support/fixtures.ts';
import { IMPORT, importPortals } from '#tests/support/import-portal.ts';

const bron = (name: string) => readFileSync(join(IMPORT, 'bronnen', name), 'utf8');
const koppeling = (name: string) => readFileSync(join(IMPORT, 'koppelingen', name), 'utf8');

const setUp = importPortals('import-veilig');

const datasetFile = (dir: string, id: string) => join(dir, 'content', 'indicatoren', 'waarden', `${id}.json`);
const dataset = (dir: string, id: string) => JSON.parse(readFileSync(datasetFile(dir, id), 'utf8')) as Dataset;

function run(
	dir: string,
	format: ImportFormat,
	bestand: string,
	koppelingFile: string,
	extra: Partial<ImportOptions> = {},
) {
	return runImport({ format, bestand, koppeling: koppelingFile, contentDir: join(dir, 'content'), cwd: dir, ...extra });
}

/** The 2024 kerncijfers with only one mapping year. */
const ONE_YEAR = koppeling('kerncijfers.yaml').replace(/\n {2}2025:\n.*\n.*\n?$/, '\n');

describe('the year of the file', () => {
	it('refuses a file of another year than the mapping, and says how to fix it', async () => {
		expect(ONE_YEAR).not.toContain('2025:');
		const dir = setUp({ 'kerncijfers-2025.csv': bron('kerncijfers-2025.csv'), 'koppeling.yaml': ONE_YEAR });
		const result = await run(dir, 'cbs', 'kerncijfers-2025.csv', 'koppeling.yaml');
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([
			"kerncijfers-2025.csv: dit bestand gaat over 2025 (dat staat in de bestandsnaam 'kerncijfers-2025.csv'), maar de koppeling koppeling.yaml heeft geen kolommen voor 2025 en zou de cijfers als 2024 schrijven. Er is niets geschreven, zodat de cijfers van 2024 niet worden overschreven. Voeg 2025: toe onder jaren in de koppeling, met de kolommen van dat jaar (de kolomnamen kunnen per jaar verschillen). Bevat het bestand toch echt de cijfers van 2024, geef dan --jaar 2024 op.",
		]);
		expect(existsSync(datasetFile(dir, 'cbs-kerncijfers'))).toBe(false);
	});

	it('--jaar forces the year, with a note', async () => {
		const dir = setUp({ 'kerncijfers-2025.csv': bron('kerncijfers-2024.csv'), 'koppeling.yaml': ONE_YEAR });
		const result = await run(dir, 'cbs', 'kerncijfers-2025.csv', 'koppeling.yaml', { jaar: '2024' });
		expect(result.problems).toEqual([]);
		expect(result.summary).toContain(
			"Let op: het bestand noemt 2025 (in de bestandsnaam 'kerncijfers-2025.csv'). Met --jaar 2024 zijn de cijfers als 2024 geschreven.",
		);
		expect(new Set(dataset(dir, 'cbs-kerncijfers').waarden.map((r) => r.jaar))).toEqual(new Set([2024]));
	});

	it('picks the year of the file when the mapping has several', async () => {
		const dir = setUp({
			'kerncijfers-2025.csv': bron('kerncijfers-2025.csv'),
			'koppeling.yaml': koppeling('kerncijfers.yaml'),
		});
		const result = await run(dir, 'cbs', 'kerncijfers-2025.csv', 'koppeling.yaml');
		expect(result.problems).toEqual([]);
		expect(result.summary).toContain(
			"Het jaar 2025 is uit het bestand gelezen (in de bestandsnaam 'kerncijfers-2025.csv').",
		);
		expect(new Set(dataset(dir, 'cbs-kerncijfers').waarden.map((r) => r.jaar))).toEqual(new Set([2025]));
	});

	const DATA = join(REPO, '..', 'shared', 'data', 'utrecht');
	const XLSX = join(DATA, 'kwb-2023-utrecht.xlsx');
	describe.skipIf(!existsSync(XLSX))('the Utrecht Kerncijfers spreadsheet (needs ../shared/data/utrecht)', () => {
		it('a 2023 sheet saved as kwb-2024 names two years and is refused without --jaar', async () => {
			const dir = setUp({});
			const renamed = join(dir, 'kwb-2024-utrecht.xlsx');
			copyFileSync(XLSX, renamed);
			writeFileSync(
				join(dir, 'kwb.yaml'),
				'dataset: kwb\nnaam: Kerncijfers\nbron: CBS\nlicentie: CC BY 4.0\njaren:\n  2023:\n    inwoners: a_inw\n',
			);
			const result = await run(dir, 'kwb', renamed, 'kwb.yaml', { proef: true });
			expect(result.ok).toBe(false);
			expect(result.problems).toEqual([
				`kwb-2024-utrecht.xlsx: dit bestand noemt verschillende jaren: 2023 (in de naam van het werkblad 'kwb-2023') en 2024 (in de bestandsnaam 'kwb-2024-utrecht.xlsx'). Er is niets geschreven, omdat niet zeker is over welk jaar de cijfers gaan. Zeg met --jaar welk jaar het is, bijvoorbeeld --jaar 2023.`,
			]);
		});
	});
});

describe('the diff, and refusing destructive imports', () => {
	it('a partial file may not replace a whole year; --proef shows the same; --vervang allows it', async () => {
		expect(MAX_LOSS_SHARE).toBe(0.05);
		const full = bron('kerncijfers-2024.csv');
		// Only Noord (WK999601 and its buurten), like one wijk's StatLine export.
		const partial = full
			.split('\n')
			.filter((line, i) => i === 0 || !/,(GM|WK|BU)9996/.test(line) || /,(WK999601 *|BU999601\d\d),/.test(line))
			.join('\n');
		const dir = setUp({ 'bron.csv': full, 'deel.csv': partial, 'koppeling.yaml': koppeling('kerncijfers.yaml') });
		expect((await run(dir, 'cbs', 'bron.csv', 'koppeling.yaml', { jaar: '2024' })).ok).toBe(true);
		const before = readFileSync(datasetFile(dir, 'cbs-kerncijfers'), 'utf8');

		for (const proef of [false, true]) {
			const refused = await run(dir, 'cbs', 'deel.csv', 'koppeling.yaml', { jaar: '2024', proef });
			expect(refused.ok).toBe(false);
			expect(refused.problems).toHaveLength(1);
			expect(refused.problems[0]).toMatch(
				/^content\/indicatoren\/waarden\/cbs-kerncijfers\.json: deze import zou 12 van de 18 bestaande waarden van 2024 weghalen \(12\) of onbekend maken \(0\), bijvoorbeeld BU99960201 \(Centrum\), inwoners, 2024: 1\.245; .* Dat is meer dan 5%\. Er is niets geschreven\. .* voeg dan --vervang toe\.$/,
			);
			expect(readFileSync(datasetFile(dir, 'cbs-kerncijfers'), 'utf8')).toBe(before);
		}

		const replaced = await run(dir, 'cbs', 'deel.csv', 'koppeling.yaml', { jaar: '2024', vervang: true });
		expect(replaced.problems).toEqual([]);
		expect(replaced.summary).toContain(
			'Verschil met wat er stond voor 2024: 0 toegevoegd, 0 gewijzigd, 12 verwijderd, 0 onbekend geworden, 6 ongewijzigd.',
		);
		expect(
			replaced.summary.some((l) =>
				l.startsWith('Verwijderd, bijvoorbeeld: BU99960201 (Centrum), inwoners, 2024: 1.245;'),
			),
		).toBe(true);
		expect(dataset(dir, 'cbs-kerncijfers').waarden).toHaveLength(6);
	});

	it('a column that became empty turns values into unknown: refused as well', async () => {
		const full = bron('kerncijfers-2024.csv');
		const blanked = full.replace(/,(\d+),([\d. ]*)\r?$/gm, (_, inw: string) => `,${inw},`);
		const dir = setUp({ 'bron.csv': full, 'leeg.csv': blanked, 'koppeling.yaml': koppeling('kerncijfers.yaml') });
		await run(dir, 'cbs', 'bron.csv', 'koppeling.yaml', { jaar: '2024' });
		const result = await run(dir, 'cbs', 'leeg.csv', 'koppeling.yaml', { jaar: '2024' });
		expect(result.ok).toBe(false);
		expect(result.problems[0]).toContain('weghalen (0) of onbekend maken (6)');
		expect(result.problems[0]).toContain('woz-waarde, 2024: 223.500 → onbekend');
	});

	it('writes the reason of a CBS . and x', async () => {
		const text = bron('kerncijfers-2024.csv').replace(',150,       .', ',150,x');
		const dir = setUp({ 'bron.csv': text, 'koppeling.yaml': koppeling('kerncijfers.yaml') });
		expect((await run(dir, 'cbs', 'bron.csv', 'koppeling.yaml', { jaar: '2024' })).ok).toBe(true);
		const rows = dataset(dir, 'cbs-kerncijfers').waarden.filter(
			(r) => r.indicator === 'woz-waarde' && r.waarde === null,
		);
		expect(rows).toEqual([
			{ gebied: 'BU99960102', indicator: 'woz-waarde', jaar: 2024, waarde: null, reden: 'geheim' },
			{ gebied: 'BU99960201', indicator: 'woz-waarde', jaar: 2024, waarde: null },
			{ gebied: 'BU99960202', indicator: 'woz-waarde', jaar: 2024, waarde: null, reden: 'niet-gepubliceerd' },
		]);
	});
});

describe('suggestions for misspelled names', () => {
	it('a mapping column with two letters swapped gets the real column', async () => {
		const dir = setUp({
			'bron.csv': bron('kerncijfers-2024.csv'),
			'koppeling.yaml': koppeling('kerncijfers.yaml').replace('GemiddeldeWoningwaarde_35', 'GemiddeldeWonignwaarde_53'),
		});
		const result = await run(dir, 'cbs', 'bron.csv', 'koppeling.yaml', { jaar: '2024' });
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toContain("de kolom 'GemiddeldeWonignwaarde_53'");
		expect(result.problems[0]).toContain("Bedoelt u 'GemiddeldeWoningwaarde_35'?");
	});

	it('a misspelled indicator name in the generic CSV', async () => {
		const dir = setUp({
			'monitor.csv': 'gebied;indicator;jaar;waarde;n\nNoord;Tevredenheid woonomgevnig;2025;7,4;212\n',
			'monitor.yaml': koppeling('monitor.yaml'),
		});
		const result = await run(dir, 'csv', 'monitor.csv', 'monitor.yaml');
		expect(result.problems[0]).toContain("Bedoelt u 'Tevredenheid woonomgeving'?");
	});
});

describe('CBS codes with letters', () => {
	const LETTERS_WIJK = `---\nnaam: Amstelkwartier\ncode: WK9996AF\nbuurten:\n  - naam: Kade\n    code: BU9996AF01\n  - naam: Werf\n    code: bu9996af02\n---\nEen wijk met letters in de code.\n`;

	it('the schema accepts WK0363AF and BU0363AF01 and explains the forms', () => {
		expect(wijkCode().safeParse('WK0363AF').success).toBe(true);
		expect(buurtCode().safeParse('BU0363AF01').success).toBe(true);
		const wrong = buurtCode().safeParse('BU0363AF1');
		expect(wrong.success).toBe(false);
		expect(wrong.error?.issues[0]?.message).toContain('BU en 8 cijfers of hoofdletters');
	});

	it('the check accepts a wijk.md with such codes, and the CBS importer imports them', async () => {
		const csv = [
			'ID,WijkenEnBuurten,Gemeentenaam_1,SoortRegio_2,Codering_3,AantalInwoners_5,GemiddeldeWoningwaarde_35',
			'1,GM9996    ,Teststad,Gemeente  ,GM9996    ,25286,223.5',
			'2,WK9996AF  ,Teststad,Wijk      ,WK9996AF  ,300,301',
			'3,BU9996AF01,Teststad,Buurt     ,BU9996AF01,100,290',
			'4,bu9996af02 ,Teststad,Buurt     ,BU9996AF02,200,310',
		].join('\n');
		const dir = setUp({
			'content/wijken/amstelkwartier/wijk.md': LETTERS_WIJK.replace('bu9996af02', 'BU9996AF02'),
			'kerncijfers-2024.csv': csv,
			'koppeling.yaml': koppeling('kerncijfers.yaml'),
		});
		const result = await run(dir, 'cbs', 'kerncijfers-2024.csv', 'koppeling.yaml');
		expect(result.portalProblems).toBeUndefined();
		expect(result.problems).toEqual([]);
		const rows = dataset(dir, 'cbs-kerncijfers').waarden.filter((r) => r.indicator === 'inwoners');
		expect(rows.map((r) => [r.gebied, r.waarde])).toEqual([
			['BU9996AF01', 100],
			['BU9996AF02', 200],
			['GM9996', 25286],
			['WK9996AF', 300],
		]);
	});

	it('the check still refuses a lower-case code in a wijk.md, with the forms', async () => {
		const dir = setUp({
			'content/wijken/amstelkwartier/wijk.md': LETTERS_WIJK,
			'koppeling.yaml': koppeling('kerncijfers.yaml'),
		});
		const result = await run(dir, 'cbs', 'x.csv', 'koppeling.yaml');
		expect(result.portalProblems?.map((p) => p.message).join('\n')).toContain('BU en 8 cijfers of hoofdletters');
	});
});

describe('wide tables and own areas', () => {
	const GEBIEDEN =
		'naam: Deelgebieden\nsoort: Deelgebied\ngebieden:\n  - naam: Havenkwartier\n    buurten: [BU99960101, BU99960102]\n  - naam: Zuid\n    buurten: [BU99960201]\n';

	it('reads a wide table with a column per year, and an own area by name', async () => {
		const dir = setUp({
			'content/gebieden/deelgebieden.yaml': GEBIEDEN,
			'breed.csv': 'gebied;indicator;2023;2025\nNoord;inwoners;3500;3560\nHavenkwartier;inwoners;3540;\n',
			'breed.yaml': [
				'dataset: breed',
				'naam: Monitor breed',
				'bron: Gemeente Teststad',
				'licentie: CC BY 4.0',
				'breed:',
				'  kolommen:',
				'    "2023": 2023',
				'    "2025": 2025',
				'',
			].join('\n'),
		});
		const result = await run(dir, 'csv', 'breed.csv', 'breed.yaml');
		expect(result.portalProblems).toBeUndefined();
		expect(result.problems).toEqual([]);
		expect(dataset(dir, 'breed').waarden).toEqual([
			{ gebied: 'WK999601', indicator: 'inwoners', jaar: 2023, waarde: 3500 },
			{ gebied: 'WK999601', indicator: 'inwoners', jaar: 2025, waarde: 3560 },
			{ gebied: 'deelgebieden/havenkwartier', indicator: 'inwoners', jaar: 2023, waarde: 3540 },
		]);
	});

	it('the template: panel figures without n only when the source protected small groups itself', async () => {
		const template = readFileSync(join(REPO, 'templates/koppelingen/monitor-breed-csv.yaml'), 'utf8');
		const dir = setUp({
			'enquete.csv': 'gebied;indicator;2021;2023;2025\nNoord;Tevredenheid woonomgeving;7,2;7,3;7,4\n',
			'koppeling.yaml': template,
			'zonder.yaml': template.replace(/^bronBeveiliging:.*\n/m, ''),
		});
		const refused = await run(dir, 'csv', 'enquete.csv', 'zonder.yaml');
		expect(refused.ok).toBe(false);
		expect(refused.problems).toHaveLength(3);
		expect(refused.problems[0]).toContain('zet dat dan bij bronBeveiliging in zonder.yaml');

		const result = await run(dir, 'csv', 'enquete.csv', 'koppeling.yaml');
		expect(result.problems).toEqual([]);
		const data = dataset(dir, 'bewonersenquete-breed');
		expect(data.bronBeveiliging).toBe('Het onderzoeksbureau publiceert geen uitkomst voor minder dan 50 antwoorden.');
		expect(data.waarden.map((r) => [r.jaar, r.waarde])).toEqual([
			[2021, 7.2],
			[2023, 7.3],
			[2025, 7.4],
		]);
	});

	it('an own area whose name is also a wijk is refused with the choices', async () => {
		const dir = setUp({
			'content/gebieden/deelgebieden.yaml': GEBIEDEN,
			'monitor.csv': 'gebied;indicator;jaar;waarde\nZuid;inwoners;2025;1400\nDeelgebieden Zuid;inwoners;2024;1200\n',
			'monitor.yaml': koppeling('monitor.yaml'),
		});
		const result = await run(dir, 'csv', 'monitor.csv', 'monitor.yaml');
		expect(result.problems).toEqual([
			"monitor.csv, rij 2, kolom gebied: er zijn meer gebieden met de naam 'Zuid': WK999602 (wijk), deelgebieden/zuid (eigen gebied in deelgebieden). Schrijf de code in plaats van de naam, of de naam van de indeling ervoor (bijvoorbeeld 'deelgebieden Zuid'), of zet de naam bij gebieden in monitor.yaml met de goede code.",
		]);
	});
});
