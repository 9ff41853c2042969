/**
 * The address data: reading and checking content/adressen/adressen.csv (src/lib/adressen/read.ts),
 * its place in the content check (discover.ts, rules/adressen.ts), the lookup chunks (chunks.ts)
 * and the street lists of the pages (streets.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { postcodeChunks, straatChunks, straatLetter } from '#lib/adressen/chunks.ts';
import { formatAddressFile } from '#lib/adressen/import/format.ts';
import { MAX_ROW_PROBLEMS, parseAdressen, readAdressen } from '#lib/adressen/read.ts';
import { streetsPerBuurt, wijkStreetIndex } from '#lib/adressen/streets.ts';
import { ADRES_KOLOMMEN, type AdresReeks, type ChunkBuurt } from '#lib/adressen/types.ts';
import { loadContent } from '#lib/content/load.ts';
import { formatProblem } from '#lib/content/problem.ts';
import { FIXTURES } from '#tests/support/fixtures.ts';

const FILE = 'content/adressen/adressen.csv';
const HEADER = ADRES_KOLOMMEN.join(';');
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const lines = (text: string) => parseAdressen(text, FILE).problems.map(formatProblem);

const root = mkdtempSync(join(tmpdir(), 'adressen-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parseAdressen', () => {
	it('reads the runs of a correct file, with their rows', () => {
		const text = csv(
			'9991AA;1;27;Kadestraat;BU99990101',
			'9991AA;29;29;;BU99990102',
			'9991AB;2;10;Kadestraat;BU0363AF01',
		).replace(/\n/g, '\r\n');
		const read = parseAdressen(text, FILE);
		expect(read.problems).toEqual([]);
		expect(read.reeksen).toEqual([
			{ postcode: '9991AA', van: 1, tot: 27, straat: 'Kadestraat', buurt: 'BU99990101' },
			{ postcode: '9991AA', van: 29, tot: 29, straat: '', buurt: 'BU99990102' },
			{ postcode: '9991AB', van: 2, tot: 10, straat: 'Kadestraat', buurt: 'BU0363AF01' },
		]);
		expect(read.rijen).toEqual([2, 3, 4]);
	});

	it('refuses a header that is not exactly the contract, and reads nothing further', () => {
		expect(lines('postcode;van;tot;buurt\n9991AA;1;2;BU99990101\n')).toEqual([
			`${FILE}, rij 1: de eerste rij moet precies 'postcode;van;tot;straat;buurt' zijn, maar is 'postcode;van;tot;buurt'. Maak het bestand opnieuw met npm run import:adressen (zie docs/importeren.md).`,
		]);
	});

	it('names the row and column of every wrong cell', () => {
		expect(
			lines(
				csv(
					'9991 AA;1;2;Kadestraat;BU99990101',
					'9991AB;0;2;Kadestraat;BU99990101',
					'9991AC;5;100000;Kadestraat;BU99990101',
					'9991AD;1.5;3;Kadestraat;BU99990101',
					'9991AE;9;3;Kadestraat;BU99990101',
					'9991AG;1;3;Kade<b>straat;BU99990101',
					'9991AH;1;3;Kade\tstraat;BU99990101',
					'9991AH;5;7;Kade\u202Estraat;BU99990101',
					`9991AJ;1;3;${'a'.repeat(81)};BU99990101`,
					'9991AK;1;3;Kadestraat ;BU99990101',
					'9991AL;1;3;Kadestraat;WK999901',
					'9991AM;1;3;Kadestraat',
					'',
					'9991AN;1;3;Kadestraat;BU99990101',
				),
			),
		).toEqual([
			`${FILE}, rij 2, kolom postcode: '9991 AA' is geen postcode. Schrijf 4 cijfers en 2 hoofdletters zonder spatie, bijvoorbeeld 9991AA.`,
			`${FILE}, rij 3, kolom van: '0' is geen huisnummer. Schrijf een heel getal van 1 tot en met 99999.`,
			`${FILE}, rij 4, kolom tot: '100000' is geen huisnummer. Schrijf een heel getal van 1 tot en met 99999.`,
			`${FILE}, rij 5, kolom van: '1.5' is geen huisnummer. Schrijf een heel getal van 1 tot en met 99999.`,
			`${FILE}, rij 6, kolom tot: het laatste huisnummer (3) is kleiner dan het eerste (9). Zet het kleinste nummer bij van.`,
			`${FILE}, rij 7, kolom straat: de straatnaam 'Kade<b>straat' bevat < of >. Een straatnaam is gewone tekst.`,
			`${FILE}, rij 8, kolom straat: in de straatnaam staat een onzichtbaar stuurteken (tekencode 9). Typ de naam opnieuw.`,
			`${FILE}, rij 9, kolom straat: in de straatnaam staat een onzichtbaar stuurteken (tekencode 8238). Typ de naam opnieuw.`,
			`${FILE}, rij 10, kolom straat: de straatnaam is 81 tekens lang; hoogstens 80 mag. Controleer de naam.`,
			`${FILE}, rij 11, kolom straat: de straatnaam 'Kadestraat ' begint of eindigt met een spatie. Haal de spatie weg.`,
			`${FILE}, rij 12, kolom buurt: 'WK999901' is geen buurtcode. Schrijf BU en 8 cijfers of hoofdletters, bijvoorbeeld BU99990101.`,
			`${FILE}, rij 13: deze rij heeft 4 kolommen, maar er horen er 5 te zijn (postcode;van;tot;straat;buurt), gescheiden door een puntkomma. Maak het bestand opnieuw met npm run import:adressen (zie docs/importeren.md).`,
			`${FILE}, rij 14: deze rij is leeg. Haal de lege regel weg.`,
		]);
	});

	it('requires rows in order of postcode and first number, and names both rows of an overlap', () => {
		expect(
			lines(
				csv(
					'9991AB;1;9;Kadestraat;BU99990101',
					'9991AA;1;9;Kadestraat;BU99990101',
					'9991AC;1;9;Kadestraat;BU99990101',
					'9991AC;21;29;Kadestraat;BU99990101',
					'9991AC;11;19;Kadestraat;BU99990101',
					'9991AD;1;19;Kadestraat;BU99990101',
					'9991AD;5;7;Dokstraat;BU99990102',
					'9991AD;19;21;Dokstraat;BU99990102',
					'9991AE;1;1;Dokstraat;BU99990102',
				),
			),
		).toEqual([
			`${FILE}, rij 3: deze rij staat niet op volgorde: 9991AA 1 hoort vóór rij 2 (9991AB 1). Sorteer de rijen op postcode en dan op het eerste huisnummer.`,
			`${FILE}, rij 6: deze rij staat niet op volgorde: 9991AC 11 hoort vóór rij 5 (9991AC 21). Sorteer de rijen op postcode en dan op het eerste huisnummer.`,
			`${FILE}, rij 8, kolom van: de huisnummers 5–7 van 9991AD overlappen met rij 7 (1–19). Elk adres mag in één rij staan; verbeter een van de twee rijen.`,
			`${FILE}, rij 9, kolom van: de huisnummers 19–21 van 9991AD overlappen met rij 7 (1–19). Elk adres mag in één rij staan; verbeter een van de twee rijen.`,
		]);
	});

	it(`lists at most ${MAX_ROW_PROBLEMS} problems and counts the rest`, () => {
		const rows = Array.from({ length: 80 }, (_, i) => `9991AA;${i + 1};x;Kadestraat;BU99990101`);
		const problems = lines(csv(...rows));
		expect(problems).toHaveLength(MAX_ROW_PROBLEMS + 1);
		expect(problems.at(-1)).toBe(
			`${FILE}: en nog 30 fouten in latere rijen. Verbeter eerst de rijen hierboven, of maak het bestand opnieuw met npm run import:adressen (zie docs/importeren.md).`,
		);
	});

	it('reads a file the size of a large gemeente (30,000 rows) well within a second', () => {
		const L = 'ABCDEGHJKLMNPRTVWXZ';
		const rows: string[] = [];
		for (let pc = 0; pc < 3000; pc++) {
			const postcode = `${3500 + Math.floor(pc / 361)}${L[Math.floor(pc / 19) % 19]}${L[pc % 19]}`;
			for (let n = 0; n < 10; n++)
				rows.push(
					`${postcode};${n * 20 + 1};${n * 20 + 19};Straat ${pc % 700};BU0344${String(pc % 100).padStart(4, '0')}`,
				);
		}
		const text = csv(...rows);
		const start = performance.now();
		const read = parseAdressen(text, FILE);
		const ms = performance.now() - start;
		expect(read.problems.slice(0, 1)).toEqual([]);
		expect(read.reeksen).toHaveLength(30_000);
		expect(ms).toBeLessThan(500);
	});
});

describe('adressen in the content check', () => {
	const portal = (name: string, files: Record<string, string>) => {
		const dir = join(root, name);
		cpSync(join(FIXTURES, 'minimal'), dir, { recursive: true });
		for (const [rel, text] of Object.entries(files)) {
			mkdirSync(join(dir, rel, '..'), { recursive: true });
			writeFileSync(join(dir, rel), text);
		}
		return dir;
	};
	const problems = (dir: string, name = dir.split('/').at(-1)!) =>
		loadContent(dir)
			.problems.map(formatProblem)
			.map((l) => l.replace(`${relative(process.cwd(), dir)}/`, 'content/').replace(`${name}/`, 'content/'));

	it('accepts a portal without addresses, and one whose addresses fit its buurten', () => {
		expect(readAdressen(portal('zonder', {}))).toBeUndefined();
		const dir = portal('goed', { 'adressen/adressen.csv': csv('9991AA;1;9;Kadestraat;BU99960101') });
		expect(problems(dir)).toEqual([]);
		expect(readAdressen(dir)?.reeksen).toHaveLength(1);
	});

	it('names the row and the code of a buurt that is not in the portal, once per code', () => {
		const dir = portal('onbekend', {
			'adressen/adressen.csv': csv(
				'9991AA;1;9;Kadestraat;BU99960101',
				'9991AB;1;9;Kadestraat;BU99960199',
				'9991AC;1;9;Kadestraat;BU99960199',
				'9991AD;1;9;Kadestraat;BU99960199',
				'9991AE;1;9;Dokstraat;BU12345678',
			),
		});
		expect(problems(dir)).toEqual([
			`${FILE}, rij 3, kolom buurt: BU99960199 is geen buurt van dit portaal (ook in 2 andere rijen). Staat de buurt in een wijk.md? Voeg hem daar toe, of maak het adressenbestand opnieuw met npm run import:adressen.`,
			`${FILE}, rij 6, kolom buurt: BU12345678 is geen buurt van dit portaal. Staat de buurt in een wijk.md? Voeg hem daar toe, of maak het adressenbestand opnieuw met npm run import:adressen.`,
		]);
	});

	it('reports any other file in content/adressen/ as not published', () => {
		const dir = portal('extra', {
			'adressen/adressen.csv': csv('9991AA;1;9;Kadestraat;BU99960101'),
			'adressen/straten.csv': 'x',
		});
		expect(problems(dir)).toEqual([
			'content/adressen/straten.csv: dit bestand wordt niet gepubliceerd: in de map adressen hoort alleen adressen.csv. Zet het bestand op de juiste plek, of haal het weg.',
		]);
	});
});

const BUURTEN = new Map<string, ChunkBuurt>(
	[
		['BU99990101', 'Binnenstad', 'Centrum', '/wijken/centrum/buurten/binnenstad/'],
		['BU99990103', 'Vestingwal', 'Centrum', '/wijken/centrum/buurten/vestingwal/'],
		['BU99990501', 'Dorpskern Ellerhoek', 'Ellerhoek', '/wijken/ellerhoek/buurten/dorpskern-ellerhoek/'],
	].map(([code, naam, wijk, url]) => [code!, { code: code!, naam: naam!, wijk: wijk!, url: url! }]),
);
const r = (postcode: string, van: number, tot: number, straat: string, buurt: string): AdresReeks => ({
	postcode,
	van,
	tot,
	straat,
	buurt,
});
const REEKSEN = [
	r('9991AH', 1, 19, 'Lange Straat', 'BU99990101'),
	r('9991AJ', 21, 43, 'Lange Straat', 'BU99990103'),
	r('9991BA', 1, 8, 'Kraanplein', 'BU99990103'),
	r('9991BA', 10, 16, 'Botterstraat', 'BU99990103'),
	r('9991BB', 1, 3, '', 'BU99990101'),
	r('9995AA', 1, 9, 'Kerkstraat', 'BU99990501'),
	r('9995AB', 1, 9, 'IJsvogelstraat', 'BU99990501'),
	r('9995AC', 1, 9, "'t Veld", 'BU99990501'),
	r('9996AA', 1, 9, 'Buitenweg', 'BU99999999'),
];

describe('the address file as the importer writes it', () => {
	it('reads back a street name with a semicolon or quotes, quoted the CSV way', () => {
		const runs = [r('9991AA', 1, 9, 'Weg; de "Oude" Molen', 'BU99990101'), r('9991AB', 1, 3, 'Markt', 'BU99990101')];
		const read = parseAdressen(formatAddressFile(runs), 'content/adressen/adressen.csv');
		expect(read.problems).toEqual([]);
		expect(read.reeksen).toEqual(runs);
	});
});

describe('lookup chunks', () => {
	it("gives the letter of a street without accents, ij under i, after 't or 's-, anything else under 0", () => {
		expect(
			[
				'Kadestraat',
				'Émile Zolastraat',
				'IJsvogelstraat',
				'Ĳsselkade',
				'ĳzerweg',
				"'t Veld",
				"'s-Gravenweg",
				'Tweede Dwarsstraat',
				'1e Dwarsstraat',
				'Ångströmweg',
			].map(straatLetter),
		).toEqual(['k', 'e', 'i', 'i', 'i', 'v', 'g', 't', '0', 'a']);
	});

	it('makes one chunk per 4-digit postcode with the runs per postcode, only buurten of the portal', () => {
		const chunks = postcodeChunks(REEKSEN, BUURTEN);
		expect([...chunks.keys()]).toEqual(['9991', '9995']);
		expect(chunks.get('9991')).toEqual({
			buurten: [BUURTEN.get('BU99990101'), BUURTEN.get('BU99990103')],
			straten: ['Lange Straat', 'Kraanplein', 'Botterstraat'],
			reeksen: {
				'9991AH': [[1, 19, 0, 0]],
				'9991AJ': [[21, 43, 1, 0]],
				'9991BA': [
					[1, 8, 1, 1],
					[10, 16, 1, 2],
				],
				'9991BB': [[1, 3, 0, -1]],
			},
		});
	});

	it('makes one street chunk per letter, streets in Dutch order with all their buurten', () => {
		const chunks = straatChunks(REEKSEN, BUURTEN);
		expect([...chunks.keys()]).toEqual(['b', 'i', 'k', 'l', 'v']);
		expect(chunks.get('l')).toEqual({
			buurten: [BUURTEN.get('BU99990101'), BUURTEN.get('BU99990103')],
			// A street in two buurten carries its house numbers per buurt.
			straten: [
				[
					'Lange Straat',
					[0, 1],
					[
						[1, 19, 0],
						[21, 43, 1],
					],
				],
			],
		});
		expect(chunks.get('k')!.straten.map(([naam]) => naam)).toEqual(['Kerkstraat', 'Kraanplein']);
		expect(chunks.get('i')!.straten).toEqual([['IJsvogelstraat', [0]]]);
	});
});

describe('street lists', () => {
	const centrum = [...BUURTEN.values()].filter((b) => b.wijk === 'Centrum');

	it('gives the A–Z index of a wijk: letters with streets only, each street with its buurten', () => {
		const index = wijkStreetIndex(REEKSEN, centrum);
		expect(index.map((l) => l.letter)).toEqual(['b', 'k', 'l']);
		expect(index.find((l) => l.letter === 'l')!.straten).toEqual([
			{
				naam: 'Lange Straat',
				buurten: [
					{ code: 'BU99990101', naam: 'Binnenstad', wijk: 'Centrum', url: '/wijken/centrum/buurten/binnenstad/' },
					{ code: 'BU99990103', naam: 'Vestingwal', wijk: 'Centrum', url: '/wijken/centrum/buurten/vestingwal/' },
				],
			},
		]);
	});

	it("puts names that start with another character last, 't Veld under v, and sorts in Dutch order", () => {
		const reeksen = [
			r('9995AC', 1, 9, "'t Veld", 'BU99990501'),
			r('9995AF', 1, 9, '1e Dwarsstraat', 'BU99990501'),
			r('9995AD', 1, 9, 'Zuidweg', 'BU99990501'),
			r('9995AE', 1, 9, 'Ellerweg', 'BU99990501'),
			r('9995AG', 1, 9, 'Émile Zolastraat', 'BU99990501'),
		];
		const index = wijkStreetIndex(reeksen, [BUURTEN.get('BU99990501')!]);
		expect(index.map((l) => [l.letter, l.straten.map((s) => s.naam)])).toEqual([
			['e', ['Ellerweg', 'Émile Zolastraat']],
			['v', ["'t Veld"]],
			['z', ['Zuidweg']],
			['0', ['1e Dwarsstraat']],
		]);
	});

	it('lists the streets of each buurt once, sorted', () => {
		const perBuurt = streetsPerBuurt([...REEKSEN, r('9991BC', 1, 3, 'Botterstraat', 'BU99990103')]);
		expect(perBuurt.get('BU99990103')).toEqual(['Botterstraat', 'Kraanplein', 'Lange Straat']);
		expect(perBuurt.get('BU99990101')).toEqual(['Lange Straat']);
	});
});
