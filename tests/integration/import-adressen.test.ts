/**
 * `npm run import:adressen`: the CBS table of postcodes and house numbers (and optionally a
 * street file) in, content/adressen/adressen.csv out. The real command on the files in
 * tests/fixtures/adressen/ and the small portal there (gemeente GM9997, four buurten): the
 * written file, `--proef`, every kind of bad input with its Dutch message and nothing written,
 * and a national-size file read in bounded memory.
 */
import {
	cpSync,
	createWriteStream,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { FIXTURES, REPO, TMP } from '#tests/support/fixtures.ts';
import { runNode, startNode } from '#tests/support/run.ts';

const HERE = join(FIXTURES, 'adressen');
const SCRIPT = 'scripts/import-adressen.ts';
const OUTPUT = 'content/adressen/adressen.csv';
const STACK_TRACE = /^\s+at .+[(:]\d+/m;

const dirs: string[] = [];
/** A working folder with the fixture portal as `content/` and the input files beside it. */
function workFolder(): string {
	mkdirSync(TMP, { recursive: true });
	const dir = mkdtempSync(join(TMP, 'import-adressen-'));
	dirs.push(dir);
	cpSync(join(HERE, 'portaal'), join(dir, 'content'), { recursive: true });
	for (const name of readdirSync(HERE)) if (name.endsWith('.csv')) cpSync(join(HERE, name), join(dir, name));
	return dir;
}
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const run = (dir: string, args: string[]) => runNode(SCRIPT, args, { cwd: dir });

describe('a good import', () => {
	it('writes the runs in the contract format and prints a Dutch summary', () => {
		const dir = workFolder();
		const result = run(dir, ['--adressen', 'pc6hnr.csv', '--straten', 'straten.csv']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(readFileSync(join(dir, OUTPUT), 'utf8')).toBe(
			[
				'postcode;van;tot;straat;buurt',
				'9991AA;1;5;Kadestraat;BU99970101',
				'9991AA;7;7;Kadestraat;BU99970102',
				'9991AA;9;9;Kadestraat;BU99970101',
				'9991AB;2;4;Molenweg;BU99970201',
				'9991AB;6;6;"Weg; de ""Oude"" Molen";BU99970201',
				'9991AC;10;10;;BU99970202',
				'',
			].join('\n'),
		);
		const lines = result.stdout.split('\n');
		expect(lines[0]).toBe(`De adressen staan in ${OUTPUT}.`);
		expect(lines).toEqual(
			expect.arrayContaining([
				'- Gelezen: 12 rijen uit pc6hnr.csv.',
				'- Bewaard: 9 adressen in 4 buurten van GM9997.',
				'- Overgeslagen: 2 adressen buiten de gemeenten van het portaal.',
				'- Overgeslagen: 1 adres in buurten die het portaal niet kent.',
				'- 3 postcodes en 6 reeksen van huisnummers geschreven.',
				'- Straten: 3 rijen uit straten.csv (reeksen van huisnummers); 1 adres zonder straatnaam.',
				'Let op:',
				'- 1 adres ligt in 1 buurt die niet in het portaal staat: BU99970199. Dat adres is weggelaten. Is de buurtindeling veranderd? Pas dan de wijk.md aan, of gebruik het bestand van hetzelfde jaar als de buurten in het portaal.',
			]),
		);
		expect(result.stdout).toMatch(/^- Tijd: \d+,\d seconden\.$/m);
		expect(result.stdout).toMatch(/1 adres staat niet in straten\.csv, bijvoorbeeld 9991AC 10\./);
		// No temporary file is left beside the result.
		expect(readdirSync(join(dir, 'content', 'adressen'))).toEqual(['adressen.csv']);
	});

	it('reads a BAG address export (extra columns, letters, rows without postcode) as the street file', () => {
		const dir = workFolder();
		const result = run(dir, ['--adressen', 'pc6hnr.csv', '--straten', 'bagadres.csv']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/^- Straten: 11 rijen uit bagadres\.csv \(BAG-adressenbestand\); 1 adres zonder straatnaam\.$/m,
		);
		const written = readFileSync(join(dir, OUTPUT), 'utf8').split('\n');
		expect(written.slice(4, 6)).toEqual(['9991AB;2;4;Molenweg;BU99970201', '9991AB;6;6;Molenpad;BU99970201']);
	});

	it('without a street file, every street is empty', () => {
		const dir = workFolder();
		const result = run(dir, ['--adressen', 'pc6hnr.csv']);
		expect(result.status).toBe(0);
		expect(result.stdout).not.toMatch(/Straten:|zonder straatnaam/);
		expect(readFileSync(join(dir, OUTPUT), 'utf8').split('\n').slice(1, 4)).toEqual([
			'9991AA;1;5;;BU99970101',
			'9991AA;7;7;;BU99970102',
			'9991AA;9;9;;BU99970101',
		]);
	});

	it('--proef checks everything and writes nothing', () => {
		const dir = workFolder();
		const result = run(dir, ['--adressen', 'pc6hnr.csv', '--straten', 'straten.csv', '--proef']);
		expect(result.status).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe(
			`Proef geslaagd: de bestanden zijn in orde. Er is niets geschreven (zonder --proef komen de adressen in ${OUTPUT}).`,
		);
		expect(result.stdout).toMatch(/^- 3 postcodes en 6 reeksen van huisnummers klaar om te schrijven\.$/m);
		expect(existsSync(join(dir, 'content', 'adressen'))).toBe(false);
	});
});

describe('bad input stops the import and writes nothing', () => {
	const cases: [string, string[], string[]][] = [
		[
			'a bad postcode',
			['--adressen', 'fout-postcode.csv'],
			[
				"fout-postcode.csv, rij 3, kolom PC6: '999AA' is geen postcode. Een postcode is vier cijfers en twee letters, bijvoorbeeld 1234AB (met of zonder spatie).",
			],
		],
		[
			'a bad house number',
			['--adressen', 'fout-huisnummer.csv'],
			[
				"fout-huisnummer.csv, rij 3, kolom Huisnummer: '12a' is geen heel getal. Schrijf alleen het huisnummer, zonder letter of toevoeging (12, niet 12a of 12-2).",
			],
		],
		[
			'a missing column',
			['--adressen', 'fout-kolom.csv'],
			[
				"fout-kolom.csv, rij 1: de kolom Wijk ontbreekt. In de eerste rij staan: 'PC6', 'Huisnummer', 'Buurt2025', 'Gemeente2025'. Verwacht zijn de kolommen van het CBS-bestand: PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025 (het jaartal achter Buurt, Wijk en Gemeente mag anders zijn). Kies het goede bestand, of verbeter de namen in de eerste rij.",
			],
		],
		[
			'a buurt code that does not fit its wijk',
			['--adressen', 'fout-codes.csv'],
			[
				'fout-codes.csv, rij 2, kolom Buurt2025: de buurtcode BU99970201 hoort niet bij wijk WK999701: een buurtcode begint met de zes tekens van de wijk. Controleer de kolommen Buurt2025 en Wijk2025 in deze rij; misschien zijn kolommen verwisseld.',
			],
		],
		[
			"all rows outside the portal's gemeenten",
			['--adressen', 'buiten-portaal.csv'],
			[
				'buiten-portaal.csv: geen van de 3 adressen ligt in een gemeente van het portaal (GM9997). De adressen liggen in 2 gemeenten: GM0363, GM0518. Kies het bestand met de adressen van uw gemeente, of controleer de gemeenten in portaal.yaml.',
			],
		],
		[
			'a street name with markup',
			['--adressen', 'pc6hnr.csv', '--straten', 'fout-straat.csv'],
			[
				"fout-straat.csv, rij 3, kolom straat: '<script>alert(1)</script>' is geen straatnaam: een straatnaam is gewone tekst, zonder < of >. Verbeter de naam in het bestand.",
			],
		],
		['an empty file', ['--adressen', 'leeg.csv'], ['leeg.csv: dit bestand is leeg. Kies het bestand met de adressen.']],
		[
			'a file separated by tabs',
			['--adressen', 'fout-tabs.csv'],
			[
				"fout-tabs.csv, rij 1: de kolommen in de eerste rij zijn gescheiden door tabs. Dit programma leest CSV-bestanden met ; of , tussen de kolommen. Sla het bestand op als CSV (in Excel: 'CSV (gescheiden door lijstscheidingsteken)') en probeer het opnieuw.",
			],
		],
		[
			'a folder instead of a file, and a missing street file',
			['--adressen', 'content/wijken', '--straten', 'nergens.csv'],
			[
				'content/wijken: dit is een map, geen bestand. Geef het CSV-bestand zelf op.',
				'nergens.csv: dit bestand bestaat niet. Controleer de naam en de map.',
			],
		],
	];
	for (const [what, args, expected] of cases) {
		it(what, () => {
			const dir = workFolder();
			const result = run(dir, args);
			expect(result.status).toBe(1);
			expect(result.stdout).toBe('');
			const lines = result.stderr.split('\n');
			expect(lines[0]).toBe(
				`Het importeren is gestopt. Er is niets geschreven. Er ${expected.length === 1 ? 'is 1 fout' : `zijn ${expected.length} fouten`} gevonden:`,
			);
			expect(lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2))).toEqual(expected);
			expect(result.stderr).toMatch(
				/Uitleg staat in docs\/importeren\.md, bij "Adressen importeren \(zoek uw buurt\)"\./,
			);
			expect(result.stderr).not.toMatch(STACK_TRACE);
			expect(existsSync(join(dir, 'content', 'adressen'))).toBe(false);
		});
	}

	it('a spreadsheet instead of a CSV file', () => {
		const dir = workFolder();
		writeFileSync(join(dir, 'pc6hnr.xlsx'), Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000', 'latin1'));
		const result = run(dir, ['--adressen', 'pc6hnr.xlsx']);
		expect(result.status).toBe(1);
		expect(result.stderr.split('\n')[2]).toBe(
			'- pc6hnr.xlsx: dit is geen tekstbestand maar een zip- of Excelbestand. Pak een zipbestand eerst uit; sla een Excelbestand op als CSV (in Excel: Opslaan als, CSV UTF-8).',
		);
		expect(existsSync(join(dir, 'content', 'adressen'))).toBe(false);
	});

	it('a failed import leaves an earlier adressen.csv as it was', () => {
		const dir = workFolder();
		expect(run(dir, ['--adressen', 'pc6hnr.csv']).status).toBe(0);
		const before = readFileSync(join(dir, OUTPUT), 'utf8');
		expect(run(dir, ['--adressen', 'pc6hnr.csv', '--straten', 'fout-straat.csv']).status).toBe(1);
		expect(readFileSync(join(dir, OUTPUT), 'utf8')).toBe(before);
	});

	it('lists at most 50 mistakes and counts the rest', async () => {
		const dir = workFolder();
		const rows = Array.from({ length: 60 }, (_, i) => `9991AA;${i + 1}x;99970101;999701;9997`);
		await writeLines(join(dir, 'veel-fouten.csv'), ['PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025', ...rows]);
		const result = run(dir, ['--adressen', 'veel-fouten.csv']);
		expect(result.status).toBe(1);
		const listed = result.stderr.split('\n').filter((l) => l.startsWith('- '));
		expect(listed).toHaveLength(51);
		expect(listed[50]).toBe('- en nog 10 fouten. Verbeter eerst deze fouten en probeer het opnieuw.');
		expect(result.stderr.split('\n')[0]).toMatch(/Er zijn 60 fouten gevonden:/);
	});

	it('a missing --adressen gives the usage', () => {
		const result = run(workFolder(), []);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^Geef met --adressen het CBS-bestand/);
		expect(result.stderr).toMatch(/Gebruik:\n {2}npm run import:adressen -- --adressen/);
	});
});

/** Writes lines through a stream (LF, trailing newline). */
async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
	const out = createWriteStream(path);
	let chunk = '';
	for (const line of lines) {
		chunk += `${line}\n`;
		if (chunk.length > 1 << 20) {
			if (!out.write(chunk)) await new Promise<void>((done) => out.once('drain', () => done()));
			chunk = '';
		}
	}
	out.end(chunk);
	await new Promise<void>((done) => out.once('close', () => done()));
}

describe('a national-size file', () => {
	/**
	 * About 1,000,000 rows like the national CBS file (codes without prefix, some without their
	 * leading zeros), 1 % of them in the portal's gemeente. The importer streams the file: its
	 * peak memory stays far below what holding the file would take.
	 */
	const ROWS = 1_000_000;
	const LIMIT_MB = 300;

	it(
		`reads ${ROWS.toLocaleString('en')} rows with a peak memory under ${LIMIT_MB} MB`,
		{ timeout: 120_000 },
		async () => {
			const dir = workFolder();
			const buurten = ['99970101', '99970102', '99970201', '99970202'];
			const letters = (n: number) => String.fromCharCode(65 + (n % 26), 65 + (Math.floor(n / 26) % 26));
			function* rows(): Generator<string> {
				yield 'PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025';
				for (let i = 0; i < ROWS; i++) {
					if (i % 100 === 0) {
						// One address of the portal: 676 postcodes, each in one buurt, up to 15 numbers.
						const k = i / 100;
						const b = buurten[Math.floor((k % 676) / 169)]!;
						yield `9991${letters(k % 676)};${Math.floor(k / 676) + 1};${b};${b.slice(0, 6)};9997`;
					} else {
						// Elsewhere in the country, as a spreadsheet saves it: leading zeros gone.
						const g = 10 + (i % 340);
						yield `${1000 + (Math.floor(i / 200) % 8999)}${letters(i)};${(i % 200) + 1};${g}0101;${g}01;${g}`;
					}
				}
			}
			const input = join(dir, 'pc6hnr-landelijk.csv');
			await writeLines(input, rows());
			const rssDir = join(dir, 'rss');
			mkdirSync(rssDir);
			const started = performance.now();
			const result = await startNode(
				[
					'--import',
					join(REPO, 'scripts/bench/max-rss.ts'),
					join(REPO, SCRIPT),
					'--adressen',
					input,
					'--content',
					'content',
				],
				{ cwd: dir, env: { WIJKPORTAAL_BENCH_RSS_DIR: rssDir } },
			).closed;
			const seconds = (performance.now() - started) / 1000;
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(result.stdout).toMatch(/^- Gelezen: 1\.000\.000 rijen uit /m);
			expect(result.stdout).toMatch(/^- Bewaard: 10\.000 adressen in 4 buurten van GM9997\.$/m);
			expect(result.stdout).toMatch(/^- Overgeslagen: 990\.000 adressen buiten de gemeenten van het portaal\.$/m);
			const [record] = readdirSync(rssDir).map(
				(f) => JSON.parse(readFileSync(join(rssDir, f), 'utf8')) as { maxRSS: number },
			);
			const peakMb = record!.maxRSS / 1024;
			console.log(`import:adressen, ${ROWS} rows: ${seconds.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB`);
			expect(peakMb).toBeGreaterThan(10);
			expect(peakMb).toBeLessThan(LIMIT_MB);
			const written = readFileSync(join(dir, OUTPUT), 'utf8').split('\n');
			expect(written[0]).toBe('postcode;van;tot;straat;buurt');
			expect(
				written.every((l) => l === '' || /^9991[A-Z]{2};\d+;\d+;;BU9997\d{4}$/.test(l) || l.startsWith('postcode')),
			).toBe(true);
		},
	);
});
