/**
 * Reading numbers from source files. CBS writes `.` for a figure that is unknown or kept
 * secret, and leaves a cell empty when a figure cannot exist; both become `null`, never 0.
 * Municipal spreadsheets often use a decimal comma ("12,5"), which is accepted too.
 */

/** A cell as the readers give it: text from CSV, numbers (or text) from a spreadsheet, anything from JSON. */
export type Cell = unknown;

/** Cell contents that mean "no figure". */
export const MISSING = ['', '.', 'x', 'X'];

const NUMBER = /^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** The number in a cell: a number, `null` for a missing figure, or `undefined` when it is not a number. */
export function readNumber(cell: Cell): number | null | undefined {
	if (cell === null || cell === undefined) return null;
	if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
	if (typeof cell !== 'string') return undefined;
	const text = cell.trim();
	if (MISSING.includes(text)) return null;
	if (!NUMBER.test(text)) return undefined;
	return Number(text.replace(',', '.'));
}

/** Cleans the noise of binary fractions: 25.7 × 1000 is 25700, not 25700.000000000004. */
export function tidy(value: number, decimals?: number): number {
	if (decimals !== undefined) {
		const f = 10 ** decimals;
		return Math.round(value * f) / f || 0;
	}
	return Number(value.toPrecision(12)) || 0;
}

/** How a cell shows in a message: `'12a'` for text, `12` for numbers. */
export function shownCell(cell: Cell): string {
	if (typeof cell === 'string') return `'${cell.trim()}'`;
	if (cell instanceof Date) return `'${cell.toISOString().slice(0, 10)}'`;
	return `'${String(cell)}'`;
}
