/**
 * Makes the demo portal's addresses: invented streets, postcodes and house numbers for the
 * fictional gemeente Brinkwoude (GM9999), as the raw files an importer reads and as the
 * content file the portal reads.
 *
 *   npm exec -- node scripts/demo/adressen.ts [--out <map>]
 *
 * Without --out it writes
 * - tests/fixtures/adressen/brinkwoude/pc6hnr20250801_gwb.csv: the CBS table "buurt, wijk en
 *   gemeente voor postcode-huisnummer" (one row per address, codes without BU/WK/GM);
 * - tests/fixtures/adressen/brinkwoude/straten.csv: the simple street file
 *   (`straat;postcode;huisnummer van;huisnummer tot`);
 * - content/adressen/adressen.csv: what `npm run import:adressen` makes of these two.
 * With --out it writes the same three files into one folder (the tests compare them).
 *
 * Deterministic, without any randomness: every street below has its buurt(en) and its last
 * house number; numbers run from 1, odd and even sides get their own postcodes of at most
 * POSTCODE_MAX addresses, a new postcode starts where a street enters another buurt. The
 * postcodes are invented: one 4-digit area per wijk (9991–9995). What real data has and the
 * demo shows on purpose:
 * - streets that run through two buurten (Lange Straat, Ellerweg);
 * - one postcode shared by two streets (Kraanplein 1–8 and Botterstraat 10–16, 9992);
 * - a street name in two wijken (Kerkstraat in Centrum and in Ellerhoek);
 * - names under `i` and `0` in the street chunks (IJsvogelstraat, 't Veld);
 * - a few rows of another gemeente (0344) in the CBS table, which the import skips.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ADRES_KOLOMMEN, type AdresReeks } from '#lib/adressen/types.ts';
import { parseCommandLine } from '#scripts/cli/options.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values: options } = parseCommandLine({
	usage: 'npm exec -- node scripts/demo/adressen.ts [--out <map>]',
	options: {
		out: {
			type: 'string',
			value: '<map>',
			description: 'één map voor de drie bestanden (standaard: tests/fixtures/adressen/brinkwoude en content/adressen)',
		},
	},
	more: 'Maakt de adressen van het voorbeeldportaal Brinkwoude opnieuw.',
});

const CBS_FILE = 'pc6hnr20250801_gwb.csv';
const STRATEN_FILE = 'straten.csv';
const GEMEENTE = '9999';
/** Most addresses in one postcode (one side of a street). */
const POSTCODE_MAX = 12;
/** Letters of real postcodes (no F, I, O, Q, U, Y). */
const LETTERS = 'ABCDEGHJKLMNPRTVWXZ';

interface Street {
	naam: string;
	/** Buurt codes (without BU) and the last house number in each, in order. */
	delen: [buurt: string, last: number][];
	/** A square: every number in turn (1, 2, 3 …) in one postcode series, instead of two sides. */
	plein?: boolean;
	/** The first house number (1 by default). */
	van?: number;
	/** Starts in the last postcode of the street before (a postcode shared by two streets). */
	deelPostcode?: boolean;
}

const s = (naam: string, buurt: string, last: number, more: Partial<Street> = {}): Street => ({
	naam,
	delen: [[buurt, last]],
	...more,
});

/** Per wijk: its 4-digit postcode and its streets, in the order the postcodes are given out. */
const WIJKEN: { wijk: string; pc4: string; straten: Street[] }[] = [
	{
		wijk: '999901', // Centrum: the old town with the Markt and the church
		pc4: '9991',
		straten: [
			s('Markt', '99990101', 24, { plein: true }),
			s('Marktstraat', '99990101', 31),
			{
				naam: 'Lange Straat',
				delen: [
					['99990101', 20],
					['99990103', 44],
				],
			},
			s('Raadhuisplein', '99990101', 6, { plein: true }),
			s('Bakkerssteeg', '99990101', 9),
			s('Kerkplein', '99990102', 10, { plein: true }),
			s('Kerkstraat', '99990102', 27),
			s('Kosterssteeg', '99990102', 8),
			s('Pastoriestraat', '99990102', 19),
			s('Vestingwal', '99990103', 52),
			s('Bolwerk', '99990103', 23),
			s('Poortstraat', '99990103', 15),
			s('Wallenpad', '99990103', 7),
		],
	},
	{
		wijk: '999902', // Havenkwartier: quays, ships and the old docks
		pc4: '9992',
		straten: [
			s('Havenkade', '99990201', 38),
			s('Schippersgang', '99990201', 13),
			s('Ankerstraat', '99990201', 21),
			s('Stuurmanssteeg', '99990201', 6),
			s('Kadestraat', '99990202', 27),
			s('Loodskade', '99990202', 33),
			s('Zeilmakersstraat', '99990202', 18),
			s('Touwbaan', '99990202', 11),
			s('Zuiderdokkade', '99990203', 41),
			s('Kraanplein', '99990203', 8, { plein: true }),
			s('Botterstraat', '99990203', 16, { plein: true, van: 10, deelPostcode: true }),
			s('Tjalkstraat', '99990203', 22),
			s('Dokwerkerslaan', '99990203', 29),
		],
	},
	{
		wijk: '999903', // De Esch: post-war streets named after trees and birds
		pc4: '9993',
		straten: [
			s('Eschweg', '99990301', 47),
			s('Akkerlaan', '99990301', 25),
			s('Esdoornstraat', '99990301', 30),
			s('Beukenlaan', '99990302', 36),
			s('Eikenlaan', '99990302', 28),
			s('Hazelaarstraat', '99990302', 19),
			s('Lijsterlaan', '99990303', 45),
			s('Merelstraat', '99990303', 24),
			s('Spreeuwhof', '99990303', 12, { plein: true }),
			s('Vinkenstraat', '99990303', 17),
		],
	},
	{
		wijk: '999904', // Noordveld: fields, crops and meadow birds
		pc4: '9994',
		straten: [
			s('Korenbloemweg', '99990401', 33),
			s('Roggeveld', '99990401', 20),
			s('Haverakker', '99990401', 15),
			s('Kievitslaan', '99990401', 26),
			s('Gruttoweg', '99990402', 31),
			s('Tarweveld', '99990402', 22),
			s('Leeuweriklaan', '99990402', 18),
			s('IJsvogelstraat', '99990402', 14),
			s('Veldhoeve', '99990403', 16, { plein: true }),
			s('Hoevenlaan', '99990403', 23),
			s('Schuurakker', '99990403', 12),
			s('Weidehof', '99990403', 9, { plein: true }),
		],
	},
	{
		wijk: '999905', // Ellerhoek: the village and the countryside around it
		pc4: '9995',
		straten: [
			s('Brink', '99990501', 14, { plein: true }),
			s('Dorpsstraat', '99990501', 37),
			s('Kerkstraat', '99990501', 12),
			{
				naam: 'Ellerweg',
				delen: [
					['99990501', 24],
					['99990503', 61],
				],
			},
			s('Lindelaan', '99990502', 29),
			s('Lindehof', '99990502', 10, { plein: true }),
			s('Schoolstraat', '99990502', 17),
			s('Hessenweg', '99990503', 19),
			s('Molenweg', '99990503', 9),
			s("'t Veld", '99990503', 5, { plein: true }),
		],
	},
];

/** Rows of another gemeente (Utrecht, 0344) in the national table: the import must leave them out. */
const ANDERE_GEMEENTE: [pc6: string, huisnummer: number, buurt: string][] = [
	['3511AA', 1, '03440001'],
	['3511AA', 3, '03440001'],
	['3511AB', 2, '03440001'],
	['3512CD', 10, '03440102'],
];

interface Address {
	pc6: string;
	nummer: number;
	buurt: string;
	wijk: string;
	straat: string;
}

function postcodeLetters(index: number): string {
	return LETTERS[Math.floor(index / LETTERS.length)]! + LETTERS[index % LETTERS.length]!;
}

/** Every address of the demo, with its postcode, in the order the postcodes were given out. */
function demoAddresses(): Address[] {
	const addresses: Address[] = [];
	for (const { wijk, pc4, straten } of WIJKEN) {
		let next = 0;
		let last = '';
		for (const street of straten) {
			const sides: number[][] = street.plein ? [[]] : [[], []];
			let from = street.van ?? 1;
			const buurtOf = new Map<number, string>();
			for (const [buurt, to] of street.delen) {
				for (let n = from; n <= to; n++) {
					buurtOf.set(n, buurt);
					sides[street.plein ? 0 : (n + 1) % 2]!.push(n);
				}
				from = to + 1;
			}
			sides.forEach((numbers, side) => {
				let pc6 = street.deelPostcode && side === 0 ? last : '';
				let count = 0;
				let buurt = '';
				for (const nummer of numbers) {
					const here = buurtOf.get(nummer)!;
					if (!pc6 || count >= POSTCODE_MAX || (buurt && here !== buurt)) {
						pc6 = `${pc4}${postcodeLetters(next++)}`;
						count = 0;
					}
					buurt = here;
					count++;
					addresses.push({ pc6, nummer, buurt: here, wijk, straat: street.naam });
				}
				last = pc6;
			});
		}
	}
	return addresses;
}

const byPostcode = (a: { pc6: string; nummer: number }, b: { pc6: string; nummer: number }) =>
	a.pc6 < b.pc6 ? -1 : a.pc6 > b.pc6 ? 1 : a.nummer - b.nummer;

/** The three files: the CBS table, the street file and the content file. */
function demoFiles(): { cbs: string; straten: string; adressen: string } {
	const addresses = demoAddresses().sort(byPostcode);

	const cbs = ['PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025'];
	for (const [pc6, nummer, buurt] of ANDERE_GEMEENTE) cbs.push(`${pc6};${nummer};${buurt};${buurt.slice(0, 6)};0344`);
	for (const a of addresses) cbs.push(`${a.pc6};${a.nummer};${a.buurt};${a.wijk};${GEMEENTE}`);

	// Runs: consecutive addresses of one postcode in one buurt and on one street.
	const reeksen: AdresReeks[] = [];
	for (const a of addresses) {
		const run = reeksen.at(-1);
		if (run && run.postcode === a.pc6 && run.straat === a.straat && run.buurt === `BU${a.buurt}`) run.tot = a.nummer;
		else reeksen.push({ postcode: a.pc6, van: a.nummer, tot: a.nummer, straat: a.straat, buurt: `BU${a.buurt}` });
	}
	const straten = ['straat;postcode;huisnummer van;huisnummer tot'];
	for (const r of reeksen) straten.push(`${r.straat};${r.postcode};${r.van};${r.tot}`);
	const adressen = [ADRES_KOLOMMEN.join(';')];
	for (const r of reeksen) adressen.push(`${r.postcode};${r.van};${r.tot};${r.straat};${r.buurt}`);
	const text = (lines: string[]) => `${lines.join('\n')}\n`;
	return { cbs: text(cbs), straten: text(straten), adressen: text(adressen) };
}

function write(path: string, text: string) {
	mkdirSync(resolve(path, '..'), { recursive: true });
	writeFileSync(path, text);
	console.log(`${relative(process.cwd(), path)}: ${text.split('\n').length - 2} rijen`);
}

const files = demoFiles();
const out = options.out ? resolve(options.out) : undefined;
const fixtures = out ?? join(ROOT, 'tests', 'fixtures', 'adressen', 'brinkwoude');
write(join(fixtures, CBS_FILE), files.cbs);
write(join(fixtures, STRATEN_FILE), files.straten);
write(join(out ?? join(ROOT, 'content', 'adressen'), 'adressen.csv'), files.adressen);
