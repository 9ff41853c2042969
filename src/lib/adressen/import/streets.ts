/**
 * Reads a street file: which street each address is on. Two forms, told apart by the header:
 * - runs: `straat;postcode;huisnummer van;huisnummer tot`, one row per run of house numbers;
 * - a BAG address export (one row per address; e.g. NLExtract's `bagadres.csv`), with a column
 *   `openbareruimte` (or `openbare_ruimte`, `openbareruimtenaam`, `straatnaam`, `straat`),
 *   `postcode` and `huisnummer`; other columns (huisletter, woonplaats, …) are ignored.
 * Only rows of the postcodes that were kept from the CBS file are held in memory.
 */
import type { Problem } from '#lib/content/problem.ts';

import { type StreetColumns, streetColumns } from './columns.ts';
import { openTable } from './table.ts';
import { readHouseNumber, readPostcode, readStreetName } from './values.ts';

interface StreetRun {
	van: number;
	tot: number;
	name: number;
	row: number;
}

export interface StreetBook {
	form: StreetColumns['form'];
	/** Rows after the header. */
	rows: number;
	/** The street of an address, or undefined when the file does not have it. */
	streetOf(postcode: string, number: number): string | undefined;
}

export async function readStreets(
	path: string,
	file: string,
	wanted: { has(postcode: string): boolean },
	report: (p: Problem) => void,
): Promise<StreetBook | undefined> {
	const table = await openTable(path, file, report);
	if (!table.header) return undefined;
	const found = streetColumns(table.header.names);
	if ('problem' in found) {
		await table.rows.return(undefined);
		report({ file, item: { word: 'rij', number: 1 }, message: found.problem });
		return undefined;
	}
	const columns = found.columns;
	const names: string[] = [];
	const nameIndex = new Map<string, number>();
	const intern = (name: string) => {
		let index = nameIndex.get(name);
		if (index === undefined) {
			index = names.length;
			names.push(name);
			nameIndex.set(name, index);
		}
		return index;
	};
	const byAddress = new Map<string, Map<number, number>>();
	const byRun = new Map<string, StreetRun[]>();
	let rows = 0;

	for await (const row of table.rows) {
		rows++;
		const item = { word: 'rij', number: row.number } as const;
		const fail = (column: string, message: string) => report({ file, item, column, message });
		const postcodeCell = row.cells[columns.postcode.index]!;
		// A BAG export has addresses without a postcode (berths, sites); they cannot be looked up.
		if (columns.form === 'bag' && !postcodeCell.trim()) continue;
		const postcode = readPostcode(postcodeCell);
		if ('problem' in postcode) {
			fail(columns.postcode.name, postcode.problem);
			continue;
		}
		if (!wanted.has(postcode.value)) continue;
		const street = readStreetName(row.cells[columns.straat.index]!);
		if ('problem' in street) fail(columns.straat.name, street.problem);
		if (columns.form === 'bag') {
			const number = readHouseNumber(row.cells[columns.huisnummer.index]!);
			if ('problem' in number) fail(columns.huisnummer.name, number.problem);
			if (!('value' in street && 'value' in number)) continue;
			let numbers = byAddress.get(postcode.value);
			if (!numbers) byAddress.set(postcode.value, (numbers = new Map<number, number>()));
			const name = intern(street.value);
			const earlier = numbers.get(number.value);
			if (earlier === undefined) numbers.set(number.value, name);
			else if (earlier !== name)
				fail(
					columns.straat.name,
					`het adres ${postcode.value} ${number.value} staat al eerder in het bestand, met straat '${names[earlier]}'. Een adres ligt aan één straat; verbeter een van de twee rijen.`,
				);
			continue;
		}
		const van = readHouseNumber(row.cells[columns.van.index]!);
		if ('problem' in van) fail(columns.van.name, van.problem);
		const tot = readHouseNumber(row.cells[columns.tot.index]!);
		if ('problem' in tot) fail(columns.tot.name, tot.problem);
		if (!('value' in street && 'value' in van && 'value' in tot)) continue;
		if (tot.value < van.value) {
			fail(
				columns.tot.name,
				`het laatste huisnummer (${tot.value}) is kleiner dan het eerste (${van.value}). Zet het kleinste nummer bij ${columns.van.name} en het grootste bij ${columns.tot.name}.`,
			);
			continue;
		}
		let runs = byRun.get(postcode.value);
		if (!runs) byRun.set(postcode.value, (runs = []));
		runs.push({ van: van.value, tot: tot.value, name: intern(street.value), row: row.number });
	}

	// Runs of one postcode may touch or repeat, but not give one address two streets.
	for (const [postcode, runs] of byRun) {
		runs.sort((a, b) => a.van - b.van || a.row - b.row);
		for (let i = 1; i < runs.length; i++) {
			const run = runs[i]!;
			const before = runs.slice(0, i).find((r) => r.tot >= run.van && r.name !== run.name);
			if (before)
				report({
					file,
					item: { word: 'rij', number: run.row },
					column: columns.form === 'reeksen' ? columns.van.name : columns.straat.name,
					message: `de huisnummers ${run.van} tot en met ${run.tot} van ${postcode} liggen (deels) ook in rij ${before.row}, met een andere straat ('${names[before.name]}'). Een adres ligt aan één straat; verbeter de huisnummers van een van de twee rijen.`,
				});
		}
	}

	return {
		form: columns.form,
		rows,
		streetOf(postcode, number) {
			if (columns.form === 'bag') {
				const name = byAddress.get(postcode)?.get(number);
				return name === undefined ? undefined : names[name];
			}
			const run = byRun.get(postcode)?.find((r) => r.van <= number && number <= r.tot);
			return run ? names[run.name] : undefined;
		},
	};
}
