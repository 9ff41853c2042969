/**
 * Every CSV file the portal publishes is written here: cells separated by `;` (what Dutch
 * Excel expects), quoted per RFC 4180 where needed, and text that a spreadsheet would run
 * as a formula made harmless ("CSV injection", OWASP): such a cell gets a leading `'` and
 * quotes, so it opens as plain text. Numbers stay numbers: only text cells are changed.
 */

export const CSV_SEPARATOR = ';';

/** A cell: text, a number, or empty (null or undefined). */
export type CsvCell = string | number | null | undefined;

/**
 * Text that starts a formula: `=`, `+`, `-` or `@` (also in their full-width forms, and also
 * after spaces, which some spreadsheets trim), or a leading tab or carriage return.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
/** Characters that need quotes to keep the structure: the separator, a quote, a line break. */
const NEEDS_QUOTES = /[";\n\r]/;
const QUOTE = /"/g;

/** A text cell, safe to open in a spreadsheet. */
export function textCell(text: string): string {
	if (FORMULA_START.test(text)) return `"'${text.replace(QUOTE, '""')}"`;
	return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/** A number cell as JavaScript writes it (`-3.5`, `12`); empty when there is no finite number. */
export function numberCell(value: number | null | undefined): string {
	return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** One cell: numbers as numbers, everything else as text. */
export function csvCell(value: CsvCell): string {
	if (typeof value === 'number') return numberCell(value);
	return value === null || value === undefined ? '' : textCell(value);
}

/** One line, without the line break. */
export function csvRow(cells: readonly CsvCell[]): string {
	let line = '';
	for (let i = 0; i < cells.length; i++) line += (i ? CSV_SEPARATOR : '') + csvCell(cells[i]);
	return line;
}

/** Byte order mark, as in CBS StatLine exports: Dutch Excel then reads the file as UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';
