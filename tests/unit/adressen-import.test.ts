/**
 * The parts of `npm run import:adressen`: reading cells and codes (padding, prefixes,
 * Amsterdam-style codes), splitting CSV lines, finding columns, street files in both forms,
 * compressing addresses into runs and writing the contract format.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { type PortalCodes, readAddresses } from '#lib/adressen/import/addresses.ts';
import { cbsColumns, streetColumns } from '#lib/adressen/import/columns.ts';
import { detectSeparator, headerKey, splitLine } from '#lib/adressen/import/csv-line.ts';
import { contentCell, formatAddressFile } from '#lib/adressen/import/format.ts';
import { compressAddresses, runsOfPostcode } from '#lib/adressen/import/runs.ts';
import { readStreets } from '#lib/adressen/import/streets.ts';
import { fileStartProblem } from '#lib/adressen/import/text-file.ts';
import { joinCodes, readCode, readHouseNumber, readPostcode, readStreetName } from '#lib/adressen/import/values.ts';
import type { Problem } from '#lib/content/problem.ts';
import { TMP } from '#tests/support/fixtures.ts';

const value = <T>(r: { value: T } | { problem: string }): T | undefined => ('value' in r ? r.value : undefined);
const problem = (r: object): string | undefined =>
	'problem' in r && typeof r.problem === 'string' ? r.problem : undefined;

mkdirSync(TMP, { recursive: true });
const dir = mkdtempSync(join(TMP, 'adressen-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(text: string | Buffer): string {
	const path = join(dir, `f${++n}.csv`);
	writeFileSync(path, text);
	return path;
}

describe('postcodes and house numbers', () => {
	it('normalises a postcode to capitals without a space', () => {
		expect(value(readPostcode('1234AB'))).toBe('1234AB');
		expect(value(readPostcode(' 1234 ab '))).toBe('1234AB');
		expect(value(readPostcode('9991aC'))).toBe('9991AC');
	});

	it('refuses what is not a postcode', () => {
		for (const bad of ['123AB', '0123AB', '1234A', '1234  AB', '1234-AB', '12345AB', '', 'ABCD12'])
			expect(problem(readPostcode(bad)), bad).toMatch(/geen postcode\. Een postcode is vier cijfers en twee letters/);
		expect(problem(readPostcode(''))).toMatch(/^een lege cel is geen postcode/);
	});

	it('reads whole house numbers from 1 to 99999', () => {
		expect(value(readHouseNumber('1'))).toBe(1);
		expect(value(readHouseNumber(' 99999 '))).toBe(99999);
		expect(value(readHouseNumber('007'))).toBe(7);
		expect(problem(readHouseNumber('12a'))).toBe(
			"'12a' is geen heel getal. Schrijf alleen het huisnummer, zonder letter of toevoeging (12, niet 12a of 12-2).",
		);
		for (const bad of ['12.5', '-3', '1e3', '', '12 a'])
			expect(problem(readHouseNumber(bad)), bad).toMatch(/heel getal/);
		for (const bad of ['0', '100000']) expect(problem(readHouseNumber(bad)), bad).toMatch(/geen bestaand huisnummer/);
	});
});

describe('CBS codes', () => {
	it('pads all-digit codes that lost their leading zeros', () => {
		expect(value(readCode('gemeente', '14'))).toBe('0014');
		expect(value(readCode('gemeente', '344'))).toBe('0344');
		expect(value(readCode('wijk', '1401'))).toBe('001401');
		expect(value(readCode('buurt', '140101'))).toBe('00140101');
		expect(value(readCode('buurt', '3440101'))).toBe('03440101');
	});

	it('accepts codes that carry their prefix, in any case', () => {
		expect(value(readCode('gemeente', 'GM0344'))).toBe('0344');
		expect(value(readCode('wijk', 'wk034401'))).toBe('034401');
		expect(value(readCode('buurt', ' BU03440101 '))).toBe('03440101');
		expect(value(readCode('buurt', 'BU3440101'))).toBe('03440101');
	});

	it("reads Amsterdam's codes with letters", () => {
		expect(value(readCode('buurt', '0363AF01'))).toBe('0363AF01');
		expect(value(readCode('buurt', 'BU0363af01'))).toBe('0363AF01');
		expect(value(readCode('wijk', '0363AF'))).toBe('0363AF');
		expect(value(joinCodes('0363', '0363AF', '0363AF01', { gemeente: 'G', wijk: 'W', buurt: 'B' }))).toEqual({
			gemeente: 'GM0363',
			wijk: 'WK0363AF',
			buurt: 'BU0363AF01',
		});
	});

	it('refuses codes of the wrong length or form', () => {
		expect(problem(readCode('gemeente', '03441'))).toMatch(/geen CBS-code van een gemeente/);
		expect(problem(readCode('gemeente', 'AB12'))).toMatch(/gemeentecode heeft 4 tekens/);
		expect(problem(readCode('wijk', '0344-1'))).toMatch(/geen CBS-code van een wijk/);
		expect(problem(readCode('buurt', '363AF01'))).toMatch(/geen CBS-code van een buurt/);
		expect(problem(readCode('buurt', ''))).toMatch(/^een lege cel is geen CBS-code/);
	});

	it('checks that the buurt lies in the wijk and the wijk in the gemeente', () => {
		const columns = { gemeente: 'Gemeente2025', wijk: 'Wijk2025', buurt: 'Buurt2025' };
		expect(problem(joinCodes('0344', '034401', '03440201', columns))).toBe(
			'de buurtcode BU03440201 hoort niet bij wijk WK034401: een buurtcode begint met de zes tekens van de wijk. Controleer de kolommen Buurt2025 en Wijk2025 in deze rij; misschien zijn kolommen verwisseld.',
		);
		expect(problem(joinCodes('0344', '036301', '03630101', columns))).toMatch(
			/^de wijkcode WK036301 hoort niet bij gemeente GM0344: .*Wijk2025 en Gemeente2025/,
		);
	});
});

describe('street names', () => {
	it('trims and collapses spaces', () => {
		expect(value(readStreetName('  Laan  van \u00A0 Meerdervoort '))).toBe('Laan van Meerdervoort');
		expect(value(readStreetName("'s-Gravendijkwal"))).toBe("'s-Gravendijkwal");
		expect(value(readStreetName('Weg; de "Oude" Molen'))).toBe('Weg; de "Oude" Molen');
	});

	it('refuses markup, control characters, unreadable text, empty and too long names', () => {
		expect(problem(readStreetName('<script>alert(1)</script>'))).toMatch(/geen straatnaam: .*zonder < of >/);
		expect(problem(readStreetName('Kade>straat'))).toMatch(/zonder < of >/);
		expect(problem(readStreetName('Kade\u0007straat'))).toMatch(/onzichtbaar teken/);
		expect(problem(readStreetName('Kade\u0085straat'))).toMatch(/onzichtbaar teken/);
		expect(problem(readStreetName('Caf\uFFFDstraat'))).toMatch(/niet te lezen/);
		expect(problem(readStreetName('   '))).toMatch(/straatnaam ontbreekt/);
		expect(value(readStreetName('a'.repeat(80)))).toBe('a'.repeat(80));
		expect(problem(readStreetName('a'.repeat(81)))).toMatch(
			/te lang voor een straatnaam \(81 tekens; het mag 80 zijn\)/,
		);
	});
});

describe('CSV lines and headers', () => {
	it('finds the separator in the header', () => {
		expect(detectSeparator('PC6;Huisnummer;Buurt2025')).toEqual({ separator: ';' });
		expect(detectSeparator('PC6,Huisnummer,Buurt2025')).toEqual({ separator: ',' });
		expect(detectSeparator('"straat, naam";postcode')).toEqual({ separator: ';' });
		expect(problem(detectSeparator('PC6\tHuisnummer'))).toMatch(/gescheiden door tabs/);
		expect(problem(detectSeparator('PC6 Huisnummer'))).toMatch(/maar één kolom: 'PC6 Huisnummer'/);
	});

	it('splits quoted and unquoted cells', () => {
		expect(splitLine('a;b;;c', ';')).toEqual({ cells: ['a', 'b', '', 'c'] });
		expect(splitLine('"a;b";"c ""d""";e', ';')).toEqual({ cells: ['a;b', 'c "d"', 'e'] });
		expect(splitLine('"1234AB","12",x', ',')).toEqual({ cells: ['1234AB', '12', 'x'] });
		expect(splitLine('a;"b";', ';')).toEqual({ cells: ['a', 'b', ''] });
		expect(splitLine('a; "b" ;c', ';')).toEqual({ cells: ['a', 'b', 'c'] });
		expect(problem(splitLine('a;"b;c', ';'))).toMatch(/wordt niet gesloten/);
		expect(problem(splitLine('a;"b"x;c', ';'))).toMatch(/na een waarde tussen aanhalingstekens/);
	});

	it('matches header names without case and with any year', () => {
		expect(headerKey(' Huisnummer_Van ')).toBe('huisnummer van');
		const found = cbsColumns(['pc6', 'HUISNUMMER', 'Buurt2024', 'wijk2024', 'Gemeente2024']);
		expect('columns' in found && found.columns.wijk).toEqual({ index: 3, name: 'wijk2024' });
		const other = cbsColumns(['Gemeente2025', 'Wijk2025', 'Buurt2025', 'Huisnummer', 'PC6']);
		expect('columns' in other && other.columns.postcode.index).toBe(4);
	});

	it('names the columns it found and the ones it expected', () => {
		expect(problem(cbsColumns(['PC6', 'Huisnr', 'Buurt2025']))).toBe(
			"de kolommen Wijk, Gemeente ontbreken. In de eerste rij staan: 'PC6', 'Huisnr', 'Buurt2025'. Verwacht zijn de kolommen van het CBS-bestand: PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025 (het jaartal achter Buurt, Wijk en Gemeente mag anders zijn). Kies het goede bestand, of verbeter de namen in de eerste rij.",
		);
	});
});

describe('street file forms', () => {
	it('tells the run form from a BAG export by the header', () => {
		const runs = streetColumns(['straat', 'postcode', 'huisnummer van', 'huisnummer tot']);
		expect('columns' in runs && runs.columns.form).toBe('reeksen');
		for (const street of ['openbareruimte', 'openbare_ruimte', 'OpenbareRuimteNaam', 'straatnaam', 'straat']) {
			const bag = streetColumns([street, 'huisnummer', 'huisletter', 'huisnummertoevoeging', 'postcode', 'woonplaats']);
			expect('columns' in bag && bag.columns.form, street).toBe('bag');
		}
		expect(problem(streetColumns(['naam', 'postcode', 'huisnummer']))).toMatch(
			/^de kolom straat ontbreekt\. In de eerste rij staan: 'naam', 'postcode', 'huisnummer'\. Verwacht is straat;postcode;huisnummer van;huisnummer tot, of /,
		);
		expect(problem(streetColumns(['straat', 'postcode', 'huisnummer van']))).toMatch(
			/de kolommen huisnummer \(of huisnummer van en huisnummer tot\), huisnummer tot ontbreken/,
		);
	});

	it('reads runs of house numbers (only for wanted postcodes)', async () => {
		const problems: Problem[] = [];
		const path = file(
			'straat;postcode;huisnummer van;huisnummer tot\nKadestraat;9991AA;1;9\n"Weg; de ""Molen""";9991 ab;2;6\nElders;1011AB;1;9\n',
		);
		const book = await readStreets(path, 'straten.csv', new Set(['9991AA', '9991AB']), (p) => problems.push(p));
		expect(problems).toEqual([]);
		expect(book?.form).toBe('reeksen');
		expect(book?.rows).toBe(3);
		expect(book?.streetOf('9991AA', 9)).toBe('Kadestraat');
		expect(book?.streetOf('9991AA', 10)).toBeUndefined();
		expect(book?.streetOf('9991AB', 4)).toBe('Weg; de "Molen"');
		expect(book?.streetOf('1011AB', 1)).toBeUndefined();
	});

	it('reads a comma-separated BAG export with extra columns, skipping rows without postcode', async () => {
		const problems: Problem[] = [];
		const path = file(
			'\uFEFFopenbare_ruimte,huisnummer,huisletter,postcode,woonplaats\r\n"Kadestraat",1,,9991AA,Adresdorp\r\nKadestraat,1,A,9991AA,Adresdorp\r\nLigplaats,3,,,Adresdorp\r\nMolenpad,6,,9991AB,Adresdorp\r\n',
		);
		const book = await readStreets(path, 'bag.csv', new Set(['9991AA', '9991AB']), (p) => problems.push(p));
		expect(problems).toEqual([]);
		expect(book?.form).toBe('bag');
		expect(book?.streetOf('9991AA', 1)).toBe('Kadestraat');
		expect(book?.streetOf('9991AB', 6)).toBe('Molenpad');
		expect(book?.streetOf('9991AB', 7)).toBeUndefined();
	});

	it('reports overlapping runs with another street, a reversed run and markup', async () => {
		const problems: Problem[] = [];
		const path = file(
			'straat;postcode;huisnummer van;huisnummer tot\nKadestraat;9991AA;1;9\nMolenweg;9991AA;7;11\nKade;9991AA;20;12\n<b>Kade</b>;9991AA;30;31\n',
		);
		await readStreets(path, 'straten.csv', new Set(['9991AA']), (p) => problems.push(p));
		expect(problems.map((p) => [p.item?.number, p.column])).toEqual([
			[4, 'huisnummer tot'],
			[5, 'straat'],
			[3, 'huisnummer van'],
		]);
		expect(problems[2]!.message).toMatch(
			/7 tot en met 11 van 9991AA liggen \(deels\) ook in rij 2, met een andere straat \('Kadestraat'\)/,
		);
	});
});

describe('runs', () => {
	const a = (number: number, buurt = 'BU99970101', straat = 'Kadestraat') => ({ number, buurt, straat });

	it('merges consecutive existing numbers of one buurt and street', () => {
		expect(runsOfPostcode('9991AA', [a(5), a(1), a(3), a(7)])).toEqual([
			{ postcode: '9991AA', van: 1, tot: 7, straat: 'Kadestraat', buurt: 'BU99970101' },
		]);
		expect(runsOfPostcode('9991AA', [a(4)])).toEqual([
			{ postcode: '9991AA', van: 4, tot: 4, straat: 'Kadestraat', buurt: 'BU99970101' },
		]);
	});

	it('splits at a change of buurt and at a change of street', () => {
		const runs = runsOfPostcode('9991AA', [
			a(1),
			a(3),
			a(5, 'BU99970102'),
			a(7),
			a(9, 'BU99970101', 'Molenweg'),
			a(11, 'BU99970101', 'Molenweg'),
			a(13, 'BU99970101', ''),
		]);
		expect(runs.map((r) => [r.van, r.tot, r.buurt, r.straat])).toEqual([
			[1, 3, 'BU99970101', 'Kadestraat'],
			[5, 5, 'BU99970102', 'Kadestraat'],
			[7, 7, 'BU99970101', 'Kadestraat'],
			[9, 11, 'BU99970101', 'Molenweg'],
			[13, 13, 'BU99970101', ''],
		]);
	});

	it('sorts by postcode, then van, and writes the contract format', () => {
		const runs = compressAddresses([
			{ postcode: '9991AB', ...a(2, 'BU99970201', 'Weg; de "Oude" Molen') },
			{ postcode: '1011AA', ...a(8, 'BU0363AF01', '') },
			{ postcode: '9991AA', ...a(3) },
			{ postcode: '1011AA', ...a(2, 'BU0363AF01', '') },
		]);
		expect(formatAddressFile(runs)).toBe(
			'postcode;van;tot;straat;buurt\n1011AA;2;8;;BU0363AF01\n9991AA;3;3;Kadestraat;BU99970101\n9991AB;2;2;"Weg; de ""Oude"" Molen";BU99970201\n',
		);
		expect(contentCell("'s-Gravenweg")).toBe("'s-Gravenweg");
		expect(formatAddressFile([])).toBe('postcode;van;tot;straat;buurt\n');
	});
});

describe('reading the CBS file', () => {
	const portal: PortalCodes = {
		gemeenten: new Set(['GM0363', 'GM0014']),
		buurten: new Set(['BU0363AF01', 'BU0363AF02', 'BU00140101']),
	};

	it('keeps addresses of the portal, pads codes and counts what it skips', async () => {
		const problems: Problem[] = [];
		const path = file(
			[
				'\uFEFF"PC6","Huisnummer","Buurt2025","Wijk2025","Gemeente2025"',
				'"1012AB","5","0363AF01","0363AF","0363"',
				'1012AB,7,BU0363AF02,WK0363AF,GM0363',
				'9711AA,1,140101,1401,14',
				'9711AA,1,140101,1401,14',
				'',
				'3511AA,1,3440101,34401,344',
				'1012AC,1,0363AF99,0363AF,363',
			].join('\r\n'),
		);
		const result = await readAddresses(path, 'pc6hnr.csv', portal, (p) => problems.push(p));
		expect(problems).toEqual([]);
		expect(result.counts).toMatchObject({ rows: 6, kept: 3, outside: 1, unknownBuurt: 1 });
		expect([...result.counts.unknownBuurten]).toEqual(['BU0363AF99']);
		expect([...result.counts.otherGemeenten]).toEqual(['GM0344']);
		const book = result.book;
		expect(book.buurten[book.byPostcode.get('1012AB')!.get(7)!]).toBe('BU0363AF02');
		expect(book.buurten[book.byPostcode.get('9711AA')!.get(1)!]).toBe('BU00140101');
	});

	it('reports every bad cell with its row and column; other gemeenten are not checked', async () => {
		const problems: Problem[] = [];
		const path = file(
			[
				'PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025',
				'1012 A;5;0363AF01;0363AF;0363',
				'1012AB;5b;0363AF01;0363AF;0363',
				'1012AB;6;0363AG01;0363AF;0363',
				'1012AB;7;0363AF01;0363AF',
				'bad;bad;bad;bad;0344',
				'1012AB;8;0363AF01;0363AF;GMXX',
				'1012AB;9;0363AF01;0363AF;0363',
				'1012AB;9;0363AF02;0363AF;0363',
			].join('\n'),
		);
		await readAddresses(path, 'pc6hnr.csv', portal, (p) => problems.push(p));
		expect(problems.map((p) => [p.item?.number, p.column ?? ''])).toEqual([
			[2, 'PC6'],
			[3, 'Huisnummer'],
			[4, 'Buurt2025'],
			[5, ''],
			[7, 'Gemeente2025'],
			[9, 'Buurt2025'],
		]);
		expect(problems[3]!.message).toMatch(/deze rij heeft 4 kolommen, de eerste rij 5/);
		expect(problems[5]!.message).toMatch(/het adres 1012AB 9 staat al eerder in het bestand, met buurt BU0363AF01/);
	});

	it('says what is wrong with a file that is empty, not text or not UTF-8', () => {
		expect(fileStartProblem(join(dir, 'nergens.csv'))).toMatch(/bestaat niet/);
		expect(fileStartProblem(file(''))).toMatch(/leeg/);
		expect(fileStartProblem(file('\uFEFF\n\n'))).toMatch(/leeg/);
		expect(fileStartProblem(file(Buffer.from([0x50, 0x4b, 3, 4, 0, 0])))).toMatch(/zip- of Excelbestand/);
		expect(fileStartProblem(file(Buffer.from([1, 2, 0, 4, 65])))).toMatch(/geen tekstbestand/);
		expect(fileStartProblem(file(Buffer.from('straat\nCaf\xe9straat\n', 'latin1')))).toMatch(/geen UTF-8-tekst/);
		expect(fileStartProblem(file('PC6;Huisnummer\n1234AB;1\n'))).toBeUndefined();
	});
});
