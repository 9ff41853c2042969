/**
 * Reads the CBS table "buurt, wijk en gemeente voor postcode en huisnummer" (about 8 million
 * rows for the whole country) one row at a time and keeps only the addresses of the portal's
 * gemeenten in known buurten. Rows of other gemeenten are counted and not checked further.
 */
import type { Problem } from '#lib/content/problem.ts';

import { type CbsColumns, cbsColumns } from './columns.ts';
import { openTable } from './table.ts';
import { joinCodes, readCode, readHouseNumber, readPostcode } from './values.ts';

/** The addresses kept: per postcode, house number → index in `buurten`. */
export interface AddressBook {
	buurten: string[];
	byPostcode: Map<string, Map<number, number>>;
}

export interface AddressCounts {
	/** Rows after the header (empty lines not counted). */
	rows: number;
	kept: number;
	/** Rows of gemeenten outside the portal. */
	outside: number;
	/** Rows of the portal's gemeenten whose buurt the portal does not know. */
	unknownBuurt: number;
	/** Those buurt codes. */
	unknownBuurten: Set<string>;
	/** The other gemeenten in the file (codes with GM). */
	otherGemeenten: Set<string>;
}

export interface PortalCodes {
	/** `GM…` codes from portaal.yaml. */
	gemeenten: Set<string>;
	/** `BU…` codes from the wijk.md files. */
	buurten: Set<string>;
}

export interface AddressesResult {
	book: AddressBook;
	counts: AddressCounts;
	/** False when the file could not be read at all (missing, not text, columns missing). */
	readable: boolean;
}

export function emptyCounts(): AddressCounts {
	return {
		rows: 0,
		kept: 0,
		outside: 0,
		unknownBuurt: 0,
		unknownBuurten: new Set(),
		otherGemeenten: new Set(),
	};
}

export async function readAddresses(
	path: string,
	file: string,
	portal: PortalCodes,
	report: (p: Problem) => void,
): Promise<AddressesResult> {
	const book: AddressBook = { buurten: [], byPostcode: new Map() };
	const counts = emptyCounts();
	const table = await openTable(path, file, report);
	if (!table.header) return { book, counts, readable: false };
	const found = cbsColumns(table.header.names);
	if ('problem' in found) {
		await table.rows.return(undefined);
		report({ file, item: { word: 'rij', number: 1 }, message: found.problem });
		return { book, counts, readable: false };
	}
	const columns: CbsColumns = found.columns;
	const names = { gemeente: columns.gemeente.name, wijk: columns.wijk.name, buurt: columns.buurt.name };
	const buurtIndex = new Map<string, number>();
	/** Valid gemeente cells seen before, and their code (a national file repeats a few hundred values). */
	const gemeenteCache = new Map<string, string>();

	for await (const row of table.rows) {
		counts.rows++;
		const item = { word: 'rij', number: row.number } as const;
		const fail = (column: string, message: string) => report({ file, item, column, message });
		const cell = (c: { index: number }) => row.cells[c.index]!;

		// The gemeente first: rows of other gemeenten are only counted.
		const gemeenteCell = cell(columns.gemeente);
		let gemeente = gemeenteCache.get(gemeenteCell);
		if (gemeente === undefined) {
			const read = readCode('gemeente', gemeenteCell);
			if ('problem' in read) {
				fail(columns.gemeente.name, read.problem);
				continue;
			}
			gemeente = read.value;
			if (gemeenteCache.size < 10_000) gemeenteCache.set(gemeenteCell, gemeente);
		}
		if (!portal.gemeenten.has(`GM${gemeente}`)) {
			counts.outside++;
			if (counts.otherGemeenten.size < 1000) counts.otherGemeenten.add(`GM${gemeente}`);
			continue;
		}

		const postcode = readPostcode(cell(columns.postcode));
		if ('problem' in postcode) fail(columns.postcode.name, postcode.problem);
		const number = readHouseNumber(cell(columns.huisnummer));
		if ('problem' in number) fail(columns.huisnummer.name, number.problem);
		const wijk = readCode('wijk', cell(columns.wijk));
		if ('problem' in wijk) fail(columns.wijk.name, wijk.problem);
		const buurt = readCode('buurt', cell(columns.buurt));
		if ('problem' in buurt) fail(columns.buurt.name, buurt.problem);
		if (!('value' in postcode && 'value' in number && 'value' in wijk && 'value' in buurt)) continue;
		const codes = joinCodes(gemeente, wijk.value, buurt.value, names);
		if ('problem' in codes) {
			fail(columns.buurt.name, codes.problem);
			continue;
		}

		const code = codes.value.buurt;
		if (!portal.buurten.has(code)) {
			counts.unknownBuurt++;
			counts.unknownBuurten.add(code);
			continue;
		}
		let index = buurtIndex.get(code);
		if (index === undefined) {
			index = book.buurten.length;
			book.buurten.push(code);
			buurtIndex.set(code, index);
		}
		let numbers = book.byPostcode.get(postcode.value);
		if (!numbers) book.byPostcode.set(postcode.value, (numbers = new Map<number, number>()));
		const earlier = numbers.get(number.value);
		if (earlier === undefined) {
			numbers.set(number.value, index);
			counts.kept++;
		} else if (earlier !== index) {
			fail(
				columns.buurt.name,
				`het adres ${postcode.value} ${number.value} staat al eerder in het bestand, met buurt ${book.buurten[earlier]}. Een adres ligt in één buurt; haal een van de twee rijen weg.`,
			);
		}
	}
	return { book, counts, readable: true };
}
