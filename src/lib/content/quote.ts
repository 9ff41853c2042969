/**
 * Quoting what an editor typed (or what a file holds) inside a message. A value can be
 * megabytes long; a message shows its start, so that the editor recognises it, and says
 * how long the rest is.
 */
import { QUOTE_MAX_CHARS } from './limits.ts';

const nl = new Intl.NumberFormat('nl-NL');

// Control characters and bidirectional overrides would rewrite what a terminal or CI log shows.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Shows invisible characters as a visible code, e.g. "\u202E", so a message shows what was typed. */
export const visible = (text: string) =>
	text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** The text itself, or its first characters and "…" (with the number left out) when it is long. */
export function shorten(text: string, max = QUOTE_MAX_CHARS): string {
	if (text.length <= max) return visible(text);
	// Never cut a surrogate pair in half.
	const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
	return `${visible(text.slice(0, end))}… (nog ${nl.format(text.length - end)} tekens)`;
}

/** A value between single quotes, shortened: strings as they are, anything else as JSON. */
export function quoted(value: unknown): string {
	if (typeof value === 'string') return `'${shorten(value)}'`;
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? `'${String(value)}'` : `'${value.toISOString().slice(0, 10)}'`;
	return `'${shorten(jsonText(value))}'`;
}

/** A value as JSON shows it (strings in double quotes), shortened; for messages about JSON files. */
export function asJson(value: unknown): string {
	return shorten(jsonText(value));
}

/** JSON text of a value; never throws (a deeply nested value is too deep to write out). */
function jsonText(value: unknown): string {
	if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return Array.isArray(value) ? '[…]' : '{…}';
	}
}
