/**
 * Reading numbers from source files. CBS writes `.` for a figure that is unknown or kept
 * secret, and leaves a cell empty when a figure cannot exist; both become `null`, never 0.
 * Municipal spreadsheets often use a decimal comma ("12,5"), which is accepted too.
 */
import { quoted } from '#lib/content/quote.ts';
import type { Reden } from '#schemas/waarden.ts';

/** A cell as the readers give it: text from CSV, numbers (or text) from a spreadsheet, anything from JSON. */
export type Cell = unknown;

/**
 * A cell (or an attribute of a boundary file) as text: '' when it is empty, a list or group
 * of values (from JSON) as JSON.
 */
export function cellString(cell: Cell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'string') return cell;
	if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'bigint' || cell instanceof Date)
		return String(cell);
	return JSON.stringify(cell) ?? '';
}

/** Cell contents that mean "no figure". */
export const MISSING = ['', '.', 'x', 'X'];

/**
 * Why a missing figure is missing, as CBS marks it: '.' = not (yet) published, 'x' = kept
 * secret. An empty cell gives no reason.
 */
export function missingReason(cell: Cell): Reden | undefined {
	if (typeof cell !== 'string') return undefined;
	const text = cell.trim();
	return text === '.' ? 'niet-gepubliceerd' : text === 'x' || text === 'X' ? 'geheim' : undefined;
}

const NUMBER = /^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/**
 * The number in a cell: a number, `null` for a missing figure, or `undefined` when it is not
 * a number. A number too large to hold (1e999 in JSON, 400 digits in a CSV) comes back as
 * Infinity, so that the caller reports it as too large (valueRangeProblem) instead of
 * writing it as null.
 */
export function readNumber(cell: Cell): number | null | undefined {
	if (cell === null || cell === undefined) return null;
	if (typeof cell === 'number') return Number.isNaN(cell) ? undefined : cell;
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

/** How a cell shows in a message: `'12a'` for text, `'12'` for numbers; shortened when long. */
export function shownCell(cell: Cell): string {
	if (typeof cell === 'string') return quoted(cell.trim());
	if (typeof cell === 'number') return quoted(String(cell));
	return quoted(cell);
}
