/**
 * Limits instead of crashes (src/lib/content/limits.ts): content and imported files that are
 * too large, too deep, too long, full of aliases, control characters or impossible numbers
 * stop `npm run check` and the importers with a Dutch message that names the file and line;
 * never a stack trace, never a hang, never a number written as null or shown as "1e+308 km".
 * Cases that are one small broken file are golden fixtures in tests/fixtures/broken/; the
 * cases here need large or generated files, or call the importers and helpers directly.
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import {
	CELL_MAX_CHARS,
	DATA_FILE_MAX_BYTES,
	IMPORT_FILE_MAX_BYTES,
	IMPORT_MAX_ROWS,
	JSON_MAX_DEPTH,
	LINE_MAX_CHARS,
	TEXT_FILE_MAX_BYTES,
	YAML_MAX_DEPTH,
} from '#lib/content/limits.ts';
import { loadContent } from '#lib/content/load.ts';
import { ContentError, formatProblem, type Problem } from '#lib/content/problem.ts';
import { quoted, shorten } from '#lib/content/quote.ts';
import { closest } from '#lib/content/schema-problems.ts';
import type { AreaFeature } from '#lib/geo/features.ts';
import { runGeoImport } from '#lib/geo/import/run.ts';
import { renderAreaMap } from '#lib/geo/svg/area-map.ts';
import type { Koppeling } from '#lib/wijkkompas/import/mapping.ts';
import { loadPortal } from '#lib/wijkkompas/import/portal.ts';
import { type ImportFormat, runImport } from '#lib/wijkkompas/import/run.ts';
import { mergeDataset } from '#lib/wijkkompas/import/write.ts';
import { FIXTURES, TMP } from '#tests/support/fixtures.ts';

const NU = '2026-06-01T12:00:00+02:00';
const dirs: string[] = [];
beforeAll(() => vi.stubEnv('WIJKPORTAAL_NU', NU));
afterAll(() => {
	vi.unstubAllEnvs();
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
	mkdirSync(TMP, { recursive: true });
	const dir = mkdtempSync(join(TMP, `limits-${prefix}-`));
	dirs.push(dir);
	return dir;
}

/** A copy of tests/fixtures/minimal (with its geometry when `geo`), changed by `edit`; its problems as lines. */
function check(edit: (content: string) => void, geo = false): string[] {
	const content = join(tempDir('content'), 'content');
	cpSync(join(FIXTURES, 'minimal'), content, { recursive: true });
	if (geo) {
		mkdirSync(join(content, 'geo'));
		cpSync(join(FIXTURES, 'geo-minimal', 'gebieden.topojson'), join(content, 'geo', 'gebieden.topojson'));
	}
	edit(content);
	return loadContent(content).problems.map((p: Problem) => formatProblem(p).replace(/^.*?content\//, 'content/'));
}

const edit = (content: string, file: string, change: (text: string) => string) =>
	writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));
/** A file of `bytes` bytes that takes no room on disk: the limits must refuse it before reading it. */
const sparse = (path: string, bytes: number) => {
	writeFileSync(path, '');
	truncateSync(path, bytes);
};

const WIJK = 'wijken/noord/wijk.md';
const VALUES = 'indicatoren/waarden/monitor.json';
const GEO = 'geo/gebieden.topojson';
const BOMB = [
	'a: &a [x, x, x, x, x, x, x, x, x]',
	...'bcdefghi'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
].join('\n');
const ALIAS = 'hier staat een YAML-verwijzing: een woord dat begint met & of *.';
const DEPTH_YAML = `de velden en lijsten zijn hier te diep in elkaar gezet: meer dan ${YAML_MAX_DEPTH} niveaus.`;
const DEPTH_JSON = `de lijsten en objecten ([ en {) zijn hier te diep in elkaar gezet: meer dan ${JSON_MAX_DEPTH} niveaus.`;
const nl = (n: number) => n.toLocaleString('nl-NL');

describe('YAML: aliases, depth, keys and escapes', () => {
	it('a billion-laughs alias bomb in portaal.yaml is refused with file and line, not expanded', () => {
		const problems = check((c) => edit(c, 'portaal.yaml', (t) => `${t}${BOMB}\n`));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^content/portaal\\.yaml, regel 15: ${ALIAS.replace(/[.*&]/g, '\\$&')}`));
	});

	it('nesting deeper than the limit, as indented fields, names the line where it goes too deep', () => {
		const nested = Array.from({ length: YAML_MAX_DEPTH + 5 }, (_, i) => `${'  '.repeat(i)}n${i}:`).join('\n');
		const problems = check((c) =>
			edit(c, WIJK, (t) =>
				t.replace('accentkleur: "#1d5b79"\n', `accentkleur: "#1d5b79"\nextra:\n${nested.replace(/^/gm, '  ')} x\n`),
			),
		);
		expect(problems).toEqual([
			`content/wijken/noord/wijk.md, regel ${6 + YAML_MAX_DEPTH}: ${DEPTH_YAML} Zo diep hoeft het nooit. Vergelijk de inspringing en de haakjes met het voorbeeld in docs/redactie.md.`,
		]);
	});

	it('100,000 nested [ on as many lines: refused quickly, before the (slow) parse', () => {
		const started = performance.now();
		const problems = check((c) =>
			edit(c, 'portaal.yaml', (t) => `${t}extra:\n${'  [\n'.repeat(100_000)}${'  ]\n'.repeat(100_000)}`),
		);
		expect(problems).toEqual([
			`content/portaal.yaml, regel ${16 + YAML_MAX_DEPTH}: ${DEPTH_YAML} Zo diep hoeft het nooit. Vergelijk de inspringing en de haakjes met het voorbeeld in docs/redactie.md.`,
		]);
		expect(performance.now() - started).toBeLessThan(5000);
	});

	it('a field name that is a list is refused (it would become "[object]" with an English warning)', () => {
		const problems = check((c) => edit(c, 'portaal.yaml', (t) => `${t}? [a, b]\n: c\n`));
		expect(problems).toEqual([
			"content/portaal.yaml, regel 15: de naam van dit veld is zelf een lijst of een groep velden. Een veldnaam is een gewoon woord, gevolgd door een dubbele punt en een spatie, bijvoorbeeld 'naam: Noord'.",
		]);
	});

	it('control characters written as YAML escapes (\\x07, \\u001b) are refused with their line', () => {
		const problems = check((c) =>
			edit(c, 'indicatoren/indicatoren.yaml', (t) =>
				t.replace('naam: Koopwoningen', 'naam: "Koop\\x07woningen\\u001b"'),
			),
		);
		expect(problems).toEqual([
			"content/indicatoren/indicatoren.yaml, regel 16: in deze tekst staat een onzichtbaar stuurteken (tekencode 7), geschreven met een \\ (zoals \\0 of \\u0000). Zo'n teken hoort niet in een tekst. Haal het weg.",
		]);
	});
});

describe('text files: size, line length, control characters', () => {
	it(`a Markdown file over ${TEXT_FILE_MAX_BYTES / 1024 / 1024} MB is refused without being read`, () => {
		const problems = check((c) =>
			edit(c, WIJK, (t) => t + `${'Een regel tekst over de wijk. '.repeat(3)}\n`.repeat(13_000)),
		);
		expect(problems).toEqual([
			expect.stringMatching(
				/^content\/wijken\/noord\/wijk\.md: het bestand is te groot: 1,1 MB, en een bestand als dit mag hoogstens 1 MB zijn\. Zo veel tekst hoort niet in één bestand\./,
			),
		]);
	});

	it(`a line over ${nl(LINE_MAX_CHARS)} characters is refused with its line`, () => {
		const problems = check((c) => edit(c, WIJK, (t) => `${t}\nTweede alinea.\n${'a'.repeat(LINE_MAX_CHARS + 1)}\n`));
		expect(problems).toEqual([
			`content/wijken/noord/wijk.md, regel 24: deze regel is te lang: ${nl(LINE_MAX_CHARS + 1)} tekens, en een regel mag hoogstens ${nl(LINE_MAX_CHARS)} tekens hebben. Maak de tekst korter, of verdeel hem over meer regels.`,
		]);
	});

	it.each([
		[
			'a NUL byte in the Markdown body',
			WIJK,
			(t: string) => t.replace('Noord is een fijne wijk.', 'Noord is een\u0000 fijne wijk.'),
			21,
			0,
		],
		['a bell character in a YAML value', WIJK, (t: string) => t.replace('naam: Noord', 'naam: No\u0007ord'), 2, 7],
		[
			'a vertical tab (from a word processor) in an agenda item',
			'wijken/noord/agenda/speeltuin.md',
			(t: string) => t.replace('Er komt', 'Er\u000bkomt'),
			17,
			11,
		],
	])('%s is refused with its line', (_, file, change, line, code) => {
		const problems = check((c) => edit(c, file, change));
		expect(problems).toEqual([
			`content/${file}, regel ${line}: op deze regel staat een onzichtbaar stuurteken (tekencode ${code}). Zo'n teken hoort niet in een tekst en komt anders onzichtbaar op de website. Typ de regel opnieuw, of plak de tekst eerst in een eenvoudige teksteditor (zoals Kladblok) en kopieer hem dan opnieuw.`,
		]);
	});

	it('a 5,000-character value is quoted shortened in the message', () => {
		const problems = check((c) =>
			edit(c, 'wijken/noord/agenda/speeltuin.md', (t) => t.replace('status: gepland', `status: ${'x'.repeat(5000)}`)),
		);
		expect(problems).toEqual([
			`content/wijken/noord/agenda/speeltuin.md, regel 3, veld status: '${'x'.repeat(80)}… (nog 4.920 tekens)' is geen geldige status. Kies uit: idee, gepland, in uitvoering, gerealiseerd, geschrapt.`,
		]);
	});
});

describe('JSON: value files and the geometry file', () => {
	it('100,000 nested [ in a value file: a message with the line, not a stack overflow', () => {
		const problems = check((c) =>
			edit(c, VALUES, (t) => t.replace('"waarde": 4.2', `"waarde": ${'['.repeat(100_000)}${']'.repeat(100_000)}`)),
		);
		expect(problems).toEqual([
			`content/indicatoren/waarden/monitor.json, regel 14: ${DEPTH_JSON} Zo diep is een goed bestand nooit; het bestand is beschadigd of met de hand veranderd.`,
		]);
	});

	it(`a value file over ${DATA_FILE_MAX_BYTES / 1024 / 1024} MB is refused without being read`, () => {
		const problems = check((c) => sparse(join(c, VALUES), DATA_FILE_MAX_BYTES + 1));
		expect(problems).toEqual([
			'content/indicatoren/waarden/monitor.json: het bestand is te groot: 256 MB, en een bestand als dit mag hoogstens 256 MB zijn. Verdeel de cijfers over meer bestanden, bijvoorbeeld één per bron of per periode.',
		]);
	});

	it('numbers are quoted as typed: 1e999 for n is not "null", 1e308 is not "1e+308"', () => {
		const problems = check((c) =>
			edit(c, VALUES, (t) =>
				t.replace('"waarde": 7.2, "n": 400', '"waarde": 7.2, "n": 1e999').replace('"waarde": 6.9', '"waarde": 1e308'),
			),
		);
		expect(problems).toEqual([
			'content/indicatoren/waarden/monitor.json, regel 15, veld waarden.9.n: 1e999 is geen aantal antwoorden. Schrijf een heel getal, bijvoorbeeld 84.',
			"content/indicatoren/waarden/monitor.json, regel 16, veld waarden.10.waarde: 1e308 is te groot voor de indicator 'tevreden' (eenheid cijfer): een waarde ligt tussen 0 en 10. Controleer het getal, en de eenheid van de indicator. Schrijf null als het cijfer niet bekend is.",
		]);
	});

	it('a percentage of a million and a negative marge are refused', () => {
		const problems = check((c) =>
			edit(c, VALUES, (t) =>
				t.replace(
					'"waarden": [',
					'"waarden": [\n\t\t{ "gebied": "GM9996", "indicator": "koopwoningen", "jaar": 2025, "waarde": 1000000, "marge": -1 },',
				),
			),
		);
		expect(problems).toEqual([
			'content/indicatoren/waarden/monitor.json, regel 7, veld waarden.1.marge: -1 is geen geldige marge. Schrijf een getal van 0 of meer, bijvoorbeeld 0.4.',
			"content/indicatoren/waarden/monitor.json, regel 7, veld waarden.1.waarde: 1000000 is te groot voor de indicator 'koopwoningen' (eenheid procent): een waarde ligt tussen -100 en 1.000. Controleer het getal, en de eenheid van de indicator. Schrijf null als het cijfer niet bekend is.",
		]);
	});

	it('a geometry file: deep nesting, a \\u0000 in a name, a broken transform, a point off the map', () => {
		const REMAKE =
			'Het bestand is beschadigd of met de hand veranderd. Maak het opnieuw met npm run import:geo (zie docs/importeren.md).';
		expect(
			check(
				(c) =>
					edit(c, GEO, (t) =>
						t.replace('"licentie": "CC0 1.0"', `"licentie": ${'['.repeat(100_000)}${']'.repeat(100_000)}`),
					),
				true,
			),
		).toEqual([
			`content/geo/gebieden.topojson, regel 4: ${DEPTH_JSON} Zo diep is een goed bestand nooit; het bestand is beschadigd of met de hand veranderd.`,
		]);
		expect(check((c) => edit(c, GEO, (t) => t.replace('"naam": "Noord"', '"naam": "No\\u0000ord"')), true)).toEqual([
			"content/geo/gebieden.topojson, regel 30: in een tekst op deze regel staat een onzichtbaar stuurteken (tekencode 0), geschreven als \\u0000. Zo'n teken hoort niet in een tekst. Haal het weg.",
		]);
		expect(
			check(
				(c) =>
					edit(c, GEO, (t) =>
						t.replace(
							'"bron": "Testgrenzen",',
							'"bron": "Testgrenzen",\n "transform": { "scale": [0, 1], "translate": [5, 52] },',
						),
					),
				true,
			),
		).toEqual([
			`content/geo/gebieden.topojson, regel 4, veld transform: het deel "transform" is niet in orde: "scale" en "translate" moeten elk twee getallen zijn, en "scale" mag geen 0 bevatten. ${REMAKE}`,
		]);
		expect(check((c) => edit(c, GEO, (t) => t.replace('52.01', '1e300')), true)).toEqual([
			`content/geo/gebieden.topojson, regel 71, veld arcs.1: de lijn (arc) nummer 1 heeft een punt dat niet op de kaart kan liggen (lengtegraad 5, breedtegraad 1e+300). De coördinaten moeten lengte- en breedtegraden zijn (WGS84). ${REMAKE}`,
		]);
	});

	it('a map whose paths would hold NaN stops the build with a Dutch ContentError', () => {
		const feature = {
			type: 'Feature',
			id: 'WK999601',
			properties: { naam: 'Noord' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[5, 52],
						[5, Number.NaN],
						[5.1, 52.1],
						[5, 52],
					],
				],
			},
		} as unknown as AreaFeature;
		let error: unknown;
		try {
			renderAreaMap({ id: 'k', label: 'Kaart', areas: [{ feature, naam: 'Noord' }] });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).problems[0]!.message).toMatch(
			/^de (grens van Noord \(WK999601\)|kaart 'Kaart') kan niet worden getekend: er staan coördinaten in die geen getal zijn\./,
		);
	});
});

describe('quoting', () => {
	it('shortens long values to 80 characters and says how many are left out, without cutting a character in half', () => {
		expect(shorten('kort')).toBe('kort');
		expect(shorten('x'.repeat(10 * 1024 * 1024))).toBe(`${'x'.repeat(80)}… (nog ${nl(10 * 1024 * 1024 - 80)} tekens)`);
		expect(shorten(`${'x'.repeat(79)}😀${'y'.repeat(10)}`)).toBe(`${'x'.repeat(79)}… (nog 12 tekens)`);
		expect(quoted({ a: 'b'.repeat(200) })).toMatch(/^'\{"a":"b+… \(nog 128 tekens\)'$/);
		expect(quoted(Number.POSITIVE_INFINITY)).toBe("'Infinity'");
	});

	it('suggests no "did you mean" for a very long word, and answers at once', () => {
		const options = ['status', ...Array.from({ length: 500 }, (_, i) => `veld${i}`)];
		const started = performance.now();
		expect(closest('s'.repeat(1_000_000), options)).toBeUndefined();
		expect(closest('stauts', options)).toBe('status');
		expect(performance.now() - started).toBeLessThan(1000);
	});
});

describe('importers', () => {
	const IMPORT = join(FIXTURES, 'import');
	const STOPPED_NOTHING_WRITTEN = (dir: string) =>
		expect(readdirSync(join(dir, 'content', 'indicatoren'))).toEqual(['indicatoren.yaml']);

	function setUp(files: Record<string, string | Buffer>): string {
		const dir = tempDir('import');
		cpSync(join(IMPORT, 'portaal'), join(dir, 'content'), { recursive: true });
		for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
		return dir;
	}
	const run = (dir: string, format: ImportFormat, bestand: string, koppeling: string, jaar?: string) =>
		runImport({ format, bestand, koppeling, jaar, contentDir: join(dir, 'content'), cwd: dir });
	const monitorKoppeling = readFileSync(join(IMPORT, 'koppelingen', 'monitor.yaml'), 'utf8');
	const monitorCsv = readFileSync(join(IMPORT, 'bronnen', 'monitor.csv'), 'utf8');
	/** The spreadsheet number of the first row added after monitor.csv. */
	const added = monitorCsv.trimEnd().split('\n').length + 1;

	it('an alias bomb in a koppeling stops the import with file and line', async () => {
		const dir = setUp({ 'koppeling.yaml': `${monitorKoppeling}${BOMB}\n`, 'monitor.csv': monitorCsv });
		const result = await run(dir, 'csv', 'monitor.csv', 'koppeling.yaml');
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([
			expect.stringMatching(
				new RegExp(
					`^koppeling\\.yaml, regel ${monitorKoppeling.split('\n').length}: ${ALIAS.replace(/[.*&]/g, '\\$&')}`,
				),
			),
		]);
		STOPPED_NOTHING_WRITTEN(dir);
	});

	it('an alias bomb in the koppeling of npm run import:geo stops it with file and line', () => {
		const dir = setUp({
			'grenzen.yaml': `wijken:\n  code: KODE\n${BOMB}\n`,
			'wijk.geojson': '{"type": "FeatureCollection", "features": []}',
		});
		const result = runGeoImport({
			gemeente: 'GM9996',
			wijken: 'wijk.geojson',
			buurten: 'wijk.geojson',
			koppeling: 'grenzen.yaml',
			contentDir: join(dir, 'content'),
			cwd: dir,
		});
		expect(result.ok).toBe(false);
		expect(result.problems).toContainEqual(
			expect.stringMatching(new RegExp(`^grenzen\\.yaml, regel 3: ${ALIAS.replace(/[.*&]/g, '\\$&')}`)),
		);
	});

	it('a boundary file nested 100,000 deep stops npm run import:geo with a message, not a stack overflow', () => {
		const deep = `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}]}`;
		const dir = setUp({ 'wijk.geojson': deep });
		const result = runGeoImport({
			gemeente: 'GM9996',
			wijken: 'wijk.geojson',
			buurten: 'wijk.geojson',
			contentDir: join(dir, 'content'),
			cwd: dir,
		});
		expect(result.ok).toBe(false);
		expect(result.problems).toContainEqual(
			`wijk.geojson, regel 1: ${DEPTH_JSON} Zo diep is een goed bestand nooit; het bestand is beschadigd of met de hand veranderd.`,
		);
	});

	it.each([
		['UTF-16LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(monitorCsv, 'utf16le')])],
		['UTF-16BE without a byte order mark', Buffer.from(monitorCsv, 'utf16le').swap16()],
	])('a CSV saved as %s is converted, with a note', async (_, bytes) => {
		const dir = setUp({ 'koppeling.yaml': monitorKoppeling, 'monitor.csv': bytes });
		const result = await run(dir, 'csv', 'monitor.csv', 'koppeling.yaml');
		expect(result.problems).toEqual([]);
		expect(result.ok).toBe(true);
		expect(result.summary).toContain(
			"Het bestand is opgeslagen als UTF-16 (zoals Excel 'Unicode-tekst' opslaat) en is omgezet naar UTF-8. Sla het de volgende keer op als 'CSV UTF-8'.",
		);
		expect(result.rows).toContainEqual({
			gebied: 'WK999601',
			indicator: 'tevreden-woonomgeving',
			jaar: 2025,
			waarde: 7.4,
			n: 212,
			marge: 0.2,
		});
	});

	it('a file with NUL bytes that is not UTF-16 is refused, naming the encoding', async () => {
		const dir = setUp({ 'koppeling.yaml': monitorKoppeling, 'monitor.csv': Buffer.from(`${monitorCsv}\u0000\u0000x`) });
		const result = await run(dir, 'csv', 'monitor.csv', 'koppeling.yaml');
		expect(result.problems).toEqual([
			"monitor.csv: dit bestand bevat lege tekens (tekencode 0). Het is dus geen gewoon tekstbestand, of het is opgeslagen in een codering die niet wordt herkend. Sla het bestand op als 'CSV UTF-8' (in Excel: Opslaan als, 'CSV UTF-8 (door komma's gescheiden)') en probeer het opnieuw.",
		]);
	});

	it('a 10 MB cell is refused and quoted shortened', async () => {
		const dir = setUp({
			'koppeling.yaml': monitorKoppeling,
			'monitor.csv': `${monitorCsv}Noord;tevreden-woonomgeving;2024;${'9'.repeat(10 * 1024 * 1024)};80;\n`,
		});
		const result = await run(dir, 'csv', 'monitor.csv', 'koppeling.yaml');
		expect(result.problems).toEqual([
			`monitor.csv, rij ${added}, kolom waarde: deze cel is te lang: ${nl(10 * 1024 * 1024)} tekens, en een cel mag hoogstens ${nl(CELL_MAX_CHARS)} tekens hebben. Ze begint met '${'9'.repeat(80)}… (nog ${nl(10 * 1024 * 1024 - 80)} tekens)'. Controleer of u het goede bestand heeft gekozen. Ontbreekt er een aanhalingsteken ("), dan lopen cellen in elkaar over.`,
		]);
		STOPPED_NOTHING_WRITTEN(dir);
	});

	it('numbers too large to read, and figures outside their unit, are refused, never written as null', async () => {
		const huge = '9'.repeat(400);
		const dir = setUp({
			'koppeling.yaml': monitorKoppeling,
			'monitor.csv': `${monitorCsv}Noord;tevreden-woonomgeving;2024;${huge};80;\nZuid;tevreden-woonomgeving;2024;75;80;\nWK999603;tevreden-woonomgeving;2024;7;${huge};${huge}\n`,
		});
		const result = await run(dir, 'csv', 'monitor.csv', 'koppeling.yaml');
		expect(result.problems).toEqual([
			`monitor.csv, rij ${added}, kolom waarde: '${'9'.repeat(80)}… (nog 320 tekens)' is te groot: zo'n groot getal kan niet worden gelezen. Controleer het getal.`,
			`monitor.csv, rij ${added + 1}, kolom waarde: '75' is te groot voor de indicator 'tevreden-woonomgeving' (eenheid cijfer): een waarde ligt tussen 0 en 10. Controleer het getal, en de eenheid van de indicator.`,
			`monitor.csv, rij ${added + 2}, kolom n: '${'9'.repeat(80)}… (nog 320 tekens)' is geen aantal antwoorden. Schrijf een heel getal, bijvoorbeeld 84.`,
			`monitor.csv, rij ${added + 2}, kolom marge: '${'9'.repeat(80)}… (nog 320 tekens)' is geen geldige marge. Schrijf een getal van 0 of meer, bijvoorbeeld 0,4.`,
		]);
		STOPPED_NOTHING_WRITTEN(dir);
	});

	it('CBS figures: too large after the factor, and 1e999 in open-data JSON', async () => {
		const csv = readFileSync(join(IMPORT, 'bronnen', 'kerncijfers-2024.csv'), 'utf8').replace(
			'20321,198',
			`20321,${'9'.repeat(10)}`,
		);
		const kerncijfers = readFileSync(join(IMPORT, 'koppelingen', 'kerncijfers.yaml'), 'utf8');
		const dir = setUp({
			'koppeling.yaml': kerncijfers,
			'kerncijfers.csv': csv,
			'kerncijfers.json': JSON.stringify({
				value: [{ WijkenEnBuurten: 'GM9996', AantalInwoners_5: 25286, GemiddeldeWoningwaarde_35: 1 }],
			}).replace('25286', '1e999'),
		});
		const fromCsv = await run(dir, 'cbs', 'kerncijfers.csv', 'koppeling.yaml', '2024');
		expect(fromCsv.problems).toEqual([
			"kerncijfers.csv, rij 12, kolom GemiddeldeWoningwaarde_35: '9999999999' (omgerekend volgens koppeling.yaml, regel 11, veld jaren.2024.woz-waarde: 9999999999000) is te groot voor de indicator 'woz-waarde' (eenheid euro): een waarde ligt tussen -1.000.000.000.000 en 1.000.000.000.000. Controleer het getal, en de eenheid van de indicator.",
		]);
		const fromJson = await run(dir, 'cbs', 'kerncijfers.json', 'koppeling.yaml', '2024');
		expect(fromJson.problems).toContain(
			"kerncijfers.json, record 1, kolom AantalInwoners_5: 'Infinity' is te groot: zo'n groot getal kan niet worden gelezen. Controleer het getal.",
		);
		STOPPED_NOTHING_WRITTEN(dir);
	});

	it('the writer itself refuses a figure too large to hold, which JSON would write as null', () => {
		const dir = setUp({});
		const { portal } = loadPortal(join(dir, 'content'), dir);
		const koppeling = { dataset: 'monitor', naam: 'Monitor', bron: 'Teststad', licentie: 'CC0 1.0' } as Koppeling;
		const result = mergeDataset(
			portal!,
			koppeling,
			[{ gebied: 'WK999601', indicator: 'inwoners', jaar: 2025, waarde: Number.POSITIVE_INFINITY }],
			[2025],
			true,
		);
		expect(result.problems.map(formatProblem)).toEqual([
			"content/indicatoren/waarden/monitor.json: WK999601, inwoners, 2025: Infinity is te groot: zo'n groot getal kan niet worden gelezen. Controleer het getal. Er is niets geschreven.",
		]);
		STOPPED_NOTHING_WRITTEN(dir);
	});

	it(`a source file over ${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MB, or with more than ${nl(IMPORT_MAX_ROWS)} rows, is refused`, async () => {
		const dir = setUp({
			'koppeling.yaml': monitorKoppeling,
			'lang.csv': `${monitorCsv}${'\n'.repeat(IMPORT_MAX_ROWS + 1)}`,
		});
		sparse(join(dir, 'groot.csv'), IMPORT_FILE_MAX_BYTES + 1);
		expect((await run(dir, 'csv', 'groot.csv', 'koppeling.yaml')).problems).toEqual([
			'groot.csv: het bestand is te groot: 500 MB, en een bestand als dit mag hoogstens 500 MB zijn. Gebruik een bestand met alleen de cijfers die u nodig heeft, bijvoorbeeld alleen die van uw gemeente.',
		]);
		expect((await run(dir, 'csv', 'lang.csv', 'koppeling.yaml')).problems).toEqual([
			`lang.csv: dit bestand heeft te veel rijen: ${nl(monitorCsv.split('\n').length + IMPORT_MAX_ROWS + 1)}, en een bestand mag hoogstens ${nl(IMPORT_MAX_ROWS)} rijen hebben. Gebruik een bestand met alleen de cijfers die u nodig heeft, bijvoorbeeld alleen die van uw gemeente.`,
		]);
	});
});
