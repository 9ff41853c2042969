/**
 * Wide survey tables for the generic CSV: one column per year ("2021", "2023") or per
 * indicator (answer category), as panels and monitors often deliver them. The mapping's
 * `breed.kolommen` says what each wide column is: a year (a number; the indicator is then in
 * the column `indicator`) or an indicator id (text; the year is then in the column `jaar`).
 * The table is turned into the long form gebied;indicator;jaar;waarde[;n] that
 * convertGeneric reads, one row per filled-in wide cell, with the source row's number kept
 * for messages.
 */
import type { Problem } from '#lib/content/problem.ts';
import { quoted } from '#lib/content/quote.ts';

import { findColumn } from './cbs.ts';
import type { Cell } from './numbers.ts';
import { closestName } from './suggest.ts';
import type { Table, TableRow } from './tables.ts';

export type WideColumns = Record<string, number | string>;

export function unwiden(
	table: Table,
	kolommen: WideColumns,
	mappingFile: string,
): { table?: Table; problems: Problem[] } {
	const problems: Problem[] = [];
	const wide: { index: number; year?: number; indicator?: string }[] = [];
	for (const [name, meaning] of Object.entries(kolommen)) {
		const found = findColumn(table, name);
		if (found.length !== 1) {
			const hint = found.length ? undefined : closestName(name, table.columns);
			problems.push({
				file: table.file,
				message: found.length
					? `de kolom ${quoted(name)} staat ${found.length} keer in de eerste rij. Geef elke kolom een eigen naam.`
					: `de kolom ${quoted(name)} (breed.kolommen in ${mappingFile}) staat niet in dit bestand.${hint ? ` Bedoelt u ${quoted(hint)}?` : ''} Kijk in de eerste rij hoe de kolom heet en verbeter de koppeling.`,
			});
			continue;
		}
		wide.push(
			typeof meaning === 'number' ? { index: found[0]!, year: meaning } : { index: found[0]!, indicator: meaning },
		);
	}
	const fixed = (name: string) => findColumn(table, name)[0];
	const gebied = fixed('gebied');
	const indicator = fixed('indicator');
	const jaar = fixed('jaar');
	const n = fixed('n');
	if (gebied === undefined)
		problems.push({
			file: table.file,
			message:
				"de kolom 'gebied' ontbreekt. Een brede tabel heeft een kolom gebied, en daarnaast de kolommen uit breed.kolommen.",
		});
	if (wide.some((w) => w.year !== undefined) && indicator === undefined)
		problems.push({
			file: table.file,
			message: `de kolom 'indicator' ontbreekt. Staat in breed.kolommen in ${mappingFile} een kolom per jaar, dan zegt de kolom indicator bij elke rij welke indicator het is.`,
		});
	if (wide.some((w) => w.indicator !== undefined) && jaar === undefined)
		problems.push({
			file: table.file,
			message: `de kolom 'jaar' ontbreekt. Staat in breed.kolommen in ${mappingFile} een kolom per indicator, dan zegt de kolom jaar bij elke rij welk jaar het is.`,
		});
	if (problems.length) return { problems };

	// n belongs to one measurement: it is carried only when each row is one year.
	const withN = n !== undefined && wide.every((w) => w.year === undefined);
	const rows: TableRow[] = [];
	for (const { row, cells } of table.rows) {
		for (const w of wide) {
			const value: Cell = cells[w.index];
			if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
			const out: Cell[] = [
				cells[gebied!],
				w.indicator ?? cells[indicator!],
				w.year === undefined ? cells[jaar!] : String(w.year),
				value,
			];
			if (withN) out.push(cells[n]);
			rows.push({ row, cells: out });
		}
	}
	return {
		table: {
			...table,
			columns: ['gebied', 'indicator', 'jaar', 'waarde', ...(withN ? ['n'] : [])],
			rows,
		},
		problems: [],
	};
}
