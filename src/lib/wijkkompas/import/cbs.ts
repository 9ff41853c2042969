/**
 * Turns a CBS table (open-data rows, the Kerncijfers spreadsheet or a StatLine export) into
 * rows of the generator's own value format, for one year, using the mapping's columns.
 * Rows of gemeenten outside the portal are skipped and counted: CBS files cover the whole
 * country.
 */
import { problemPlace } from '#lib/content/problem.ts';
import { quoted, shorten } from '#lib/content/quote.ts';
import { CBS_CODE } from '#lib/site/cbs-codes.ts';
import { valueRangeProblem } from '#lib/wijkkompas/value-range.ts';
import type { Waarde } from '#schemas/waarden.ts';

import type { ColumnSpec, ImportFormat, Mapping } from './mapping.ts';
import { type Cell, cellString, missingReason, readNumber, shownCell, tidy } from './numbers.ts';
import type { Portal } from './portal.ts';
import type { Problems } from './problems.ts';
import { closestName } from './suggest.ts';
import type { Table } from './tables.ts';

/** A cell that should hold a number but does not. */
function notANumber(cell: Cell): string {
	return `${shownCell(cell)} is geen getal. Schrijf een getal met een punt voor decimalen (12.5), of een punt (.) als het cijfer onbekend of geheim is.`;
}
export interface Counts {
	/** Data rows in the source file. */
	read: number;
	/** Rows (gebied, indicator, jaar) written. */
	written: number;
	/** Of those, without a figure (`null`). */
	missing: number;
	/** Source rows skipped because they belong to a gemeente outside the portal. */
	otherGemeente: number;
	/** Source rows skipped because their code is in `overslaan`. */
	skipped: number;
	/** Source rows that are not a gemeente, wijk or buurt (Nederland, a provincie). */
	notArea: number;
	/** Areas of the portal that have no row in the source file. */
	absent: string[];
}

export const emptyCounts = (): Counts => ({
	read: 0,
	written: 0,
	missing: 0,
	otherGemeente: 0,
	skipped: 0,
	notArea: 0,
	absent: [],
});

/** Where each format keeps the area code, in order of preference. */
const CODE_COLUMNS: Record<Exclude<ImportFormat, 'csv'>, RegExp[]> = {
	// WijkenEnBuurten is the key of an open-data row and always holds the code; Codering_3 is sometimes empty.
	cbs: [/^WijkenEnBuurten$/i, /^Codering(_\d+)?$/i],
	kwb: [/^gwb_code_10$/i, /^gwb_code$/i],
	statline: [/^Regioaanduiding\/Codering \(code\)$/i, /Codering \(code\)$/i],
};
/** Columns with the name of an area, to show next to an unknown code. */
const NAME_COLUMNS = [/^regio$/i, /^Wijken en buurten$/i];

const normalColumn = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Finds a column by name: exactly, or ignoring case and extra spaces. */
export function findColumn(table: Table, name: string): number[] {
	const exact = table.columns.flatMap((c, i) => (c === name ? [i] : []));
	if (exact.length) return exact;
	const wanted = normalColumn(name);
	return table.columns.flatMap((c, i) => (normalColumn(c) === wanted ? [i] : []));
}

/** A suggestion for a column that is not there: CBS open-data names change their number each year. */
function similarColumn(table: Table, name: string): string | undefined {
	const base = name.replace(/_\d+$/, '');
	const sameBase = table.columns.find((c) => c.replace(/_\d+$/, '').toLowerCase() === base.toLowerCase());
	return sameBase ?? closestName(name, table.columns);
}

function firstColumn(table: Table, patterns: RegExp[]): number | undefined {
	return allColumns(table, patterns)[0];
}

/** The columns matching the patterns, in the order of the patterns. */
function allColumns(table: Table, patterns: RegExp[]): number[] {
	const found: number[] = [];
	for (const p of patterns) {
		const i = table.columns.findIndex((c) => p.test(c));
		if (i >= 0 && !found.includes(i)) found.push(i);
	}
	return found;
}

const cellText = (cell: unknown) => cellString(cell).trim().toUpperCase();

export function convertCbs(
	table: Table,
	mapping: Mapping,
	format: Exclude<ImportFormat, 'csv'>,
	year: number,
	portal: Portal,
	problems: Problems,
): { rows: Waarde[]; origins: number[]; counts: Counts } {
	const counts = emptyCounts();
	const rows: Waarde[] = [];
	/** The source row of each output row. */
	const origins: number[] = [];
	const file = table.file;

	const column = (name: string, usedFor: string): number | undefined => {
		const found = findColumn(table, name);
		if (found.length === 1) return found[0];
		if (found.length > 1) {
			problems.add({
				file,
				message: `de kolom ${quoted(name)} staat ${found.length} keer in de eerste rij. Geef elke kolom een eigen naam, of kies in de koppeling een andere kolom (${usedFor}).`,
			});
			return undefined;
		}
		const hint = similarColumn(table, name);
		problems.add({
			file,
			message: `de kolom ${quoted(name)} (${usedFor}) staat niet in dit bestand.${hint ? ` Bedoelt u ${quoted(hint)}?` : ''} Kijk in de eerste rij van het bestand hoe de kolom heet en verbeter de koppeling${format === 'cbs' ? '; bij CBS open data verandert het getal achter de naam per jaar' : ''}.`,
		});
		return undefined;
	};

	const chosen =
		mapping.data.gebiedkolom !== undefined
			? column(mapping.data.gebiedkolom, `gebiedkolom in ${mapping.file}`)
			: undefined;
	const codeIndexes =
		chosen !== undefined
			? [chosen]
			: mapping.data.gebiedkolom === undefined
				? allColumns(table, CODE_COLUMNS[format])
				: [];
	const codeIndex = codeIndexes[0];
	if (codeIndex === undefined) {
		if (mapping.data.gebiedkolom === undefined) {
			problems.add({
				file,
				message: `in dit bestand staat geen kolom met de CBS-code van het gebied (zoals ${format === 'kwb' ? 'gwb_code_10' : format === 'cbs' ? 'Codering_3' : "'Regioaanduiding/Codering (code)'"}). Zet de naam van die kolom bij gebiedkolom in de koppeling, of kies het goede importeerprogramma (zie docs/importeren.md).`,
			});
		}
	}
	const nameIndex = firstColumn(table, NAME_COLUMNS);

	const specs = mapping.years.get(year) ?? [];
	const resolved: { spec: ColumnSpec; index: number; divisor?: number }[] = [];
	for (const spec of specs) {
		const index = column(spec.kolom, problemPlace({ file: mapping.file, ...spec.place }));
		const divisor =
			spec.gedeeldDoor === undefined
				? undefined
				: column(spec.gedeeldDoor, `gedeeldDoor in ${problemPlace({ file: mapping.file, ...spec.place })}`);
		if (index !== undefined && (spec.gedeeldDoor === undefined || divisor !== undefined))
			resolved.push({ spec, index, divisor });
	}
	if (codeIndex === undefined || resolved.length < specs.length) return { rows, origins, counts };

	const word = table.rowWord;
	const seen = new Map<string, number>();
	const found = new Set<string>();
	for (const { row, cells } of table.rows) {
		counts.read++;
		let code = '';
		let codeColumn = codeIndex;
		for (const i of codeIndexes) {
			code = cellText(cells[i]);
			codeColumn = i;
			if (code) break;
		}
		if (!CBS_CODE.test(code)) {
			counts.notArea++;
			continue;
		}
		if (!portal.gemeenteDigits.has(code.slice(2, 6))) {
			counts.otherGemeente++;
			continue;
		}
		if (mapping.skip.has(code)) {
			counts.skipped++;
			continue;
		}
		const item = { word, number: row };
		const area = portal.areas.byCode.get(code);
		if (!area) {
			const name = nameIndex === undefined ? '' : shorten(cellString(cells[nameIndex]).trim());
			problems.add({
				file,
				item,
				column: table.columns[codeColumn],
				message: `het gebied ${code}${name && name.toUpperCase() !== code ? ` (${name})` : ''} hoort bij een gemeente van dit portaal, maar staat niet in het portaal. Voeg de ${code.startsWith('WK') ? 'wijk toe met een eigen wijk.md' : 'buurt toe aan de wijk.md van zijn wijk'}, of zet de code bij overslaan in ${mapping.file} als u dit gebied bewust overslaat.`,
			});
			continue;
		}
		const earlier = seen.get(code);
		if (earlier !== undefined) {
			problems.add({
				file,
				item,
				message: `het gebied ${code} (${area.naam}) staat ook in ${word} ${earlier}. Elk gebied mag één keer in het bestand staan; haal een van de twee ${word === 'rij' ? 'rijen' : 'records'} weg.`,
			});
			continue;
		}
		seen.set(code, row);
		found.add(code);
		for (const { spec, index, divisor } of resolved) {
			const value = readNumber(cells[index]);
			if (value === undefined) {
				problems.add({
					file,
					item,
					column: table.columns[index],
					message: notANumber(cells[index]),
				});
				continue;
			}
			const def = portal.indicators.get(spec.indicator)!;
			const rangeProblem = (typed: string, v: number) => {
				const message = valueRangeProblem(typed, v, def.eenheid, def.id);
				if (message) problems.add({ file, item, column: table.columns[index], message });
				return message;
			};
			if (value !== null && !Number.isFinite(value) && rangeProblem(shownCell(cells[index]), value)) continue;
			let waarde = value;
			if (divisor !== undefined) {
				const by = readNumber(cells[divisor]);
				if (by === undefined) {
					problems.add({
						file,
						item,
						column: table.columns[divisor],
						message: notANumber(cells[divisor]),
					});
					continue;
				}
				if (by !== null && !Number.isFinite(by)) {
					problems.add({
						file,
						item,
						column: table.columns[divisor],
						message: valueRangeProblem(shownCell(cells[divisor]), by, def.eenheid, def.id)!,
					});
					continue;
				}
				waarde = value === null || by === null || by === 0 ? null : value / by;
			}
			if (waarde !== null && (spec.factor !== undefined || spec.decimalen !== undefined || divisor !== undefined)) {
				waarde = tidy(waarde * (spec.factor ?? 1), spec.decimalen);
				if (
					rangeProblem(
						`${shownCell(cells[index])} (omgerekend volgens ${problemPlace({ file: mapping.file, ...spec.place })}: ${waarde})`,
						waarde,
					)
				)
					continue;
			} else if (waarde !== null && rangeProblem(shownCell(cells[index]), waarde)) continue;
			const reden = waarde === null && value === null ? missingReason(cells[index]) : undefined;
			rows.push({ gebied: code, indicator: spec.indicator, jaar: year, waarde, ...(reden ? { reden } : {}) });
			origins.push(row);
			counts.written++;
			if (waarde === null) counts.missing++;
		}
	}
	for (const [code, area] of portal.areas.byCode)
		if (area.level !== 'eigen' && !found.has(code) && !mapping.skip.has(code)) counts.absent.push(code);
	counts.absent.sort();
	return { rows, origins, counts };
}
