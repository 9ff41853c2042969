/**
 * Reading JSON content files (value files, the geometry file, boundary files to import):
 * strict UTF-8 without a byte order mark, and the line of a syntax error, so that every
 * reader can tell editors where to look. Within limits: nesting no deeper than
 * JSON_MAX_DEPTH, and no control characters in strings.
 */
import { readFileSync } from 'node:fs';

import { JSON_MAX_DEPTH } from './limits.ts';
import { type FieldPath, lineAt } from './problem.ts';
import { controlName } from './text-checks.ts';

/** The file's text, or undefined when it is not valid UTF-8. */
export function readUtf8(path: string): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)).replace(/^\uFEFF/, '');
	} catch {
		return undefined;
	}
}

export type JsonResult =
	| { ok: true; value: unknown }
	/** `message`: a limit was broken (Dutch, to be shown as it is); without it the text is not valid JSON. */
	| { ok: false; line?: number; message?: string };

/**
 * The parsed value, or the line of the syntax error (when the parser names a place), or a
 * broken limit with its line and message.
 */
export function parseJson(text: string): JsonResult {
	const limit = limitProblem(text);
	if (limit) return { ok: false, ...limit };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const message = String(error);
		const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
		if (line) return { ok: false, line: Number(line) };
		const position = /at position (\d+)/.exec(message)?.[1];
		return { ok: false, line: position ? lineAt(text, Number(position)) : undefined };
	}
}

/**
 * Nesting deeper than JSON_MAX_DEPTH (code that walks the data would run out of stack), or
 * a control character written as an escape in a string ("\u0000": JSON.parse refuses
 * raw ones, but decodes escapes to characters that would end up in the HTML). Found on the
 * text, in one pass, so that the message can name the line. Syntax errors are left to
 * JSON.parse.
 */
function limitProblem(text: string): { line: number; message: string } | undefined {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34 /* " */) {
			for (i++; i < text.length; i++) {
				const s = text.charCodeAt(i);
				if (s === 34) break;
				if (s !== 92 /* \ */) continue;
				i++;
				if (text.charCodeAt(i) !== 117 /* u */) continue;
				const hex = text.slice(i + 1, i + 5);
				const code = /^00[01][0-9a-fA-F]$/.test(hex) ? Number.parseInt(hex, 16) : 32;
				if (code < 32 && code !== 9 && code !== 10 && code !== 13) {
					return {
						line: lineAt(text, i),
						message: `in een tekst op deze regel staat een onzichtbaar stuurteken (${controlName(String.fromCharCode(code))}), geschreven als \\u${hex}. Zo'n teken hoort niet in een tekst. Haal het weg.`,
					};
				}
				i += 4;
			}
		} else if (c === 91 /* [ */ || c === 123 /* { */) {
			if (++depth > JSON_MAX_DEPTH) {
				return {
					line: lineAt(text, i),
					message: `de lijsten en objecten ([ en {) zijn hier te diep in elkaar gezet: meer dan ${JSON_MAX_DEPTH} niveaus. Zo diep is een goed bestand nooit; het bestand is beschadigd of met de hand veranderd.`,
				};
			}
		} else if (c === 93 || c === 125) depth--;
	}
	return undefined;
}

/**
 * The 1-based line on which item `index` (from 0) of the array in top-level member `key`
 * starts, e.g. the 12th arc of a geometry file. Meant for messages.
 */
export function arrayItemLine(text: string, key: string, index: number): number | undefined {
	return jsonLineOf(text, [key, index]);
}

/**
 * The 1-based line on which the value at `path` starts: member names and array positions
 * (from 0), e.g. ['objects', 'wijken', 'geometries', 3]. One pass over the text, stopping at
 * the value; meant for messages. Undefined when the path is not in the text.
 */
export function jsonLineOf(text: string, path: FieldPath): number | undefined {
	let line = 1;
	// The open arrays and objects, each with the position or member name being read.
	const stack: { array: boolean; step: string | number }[] = [];
	let expectValue = true;
	const atPath = () => stack.length === path.length && stack.every((s, i) => String(s.step) === String(path[i]));
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) {
			line++;
			continue;
		}
		if (c === 32 || c === 9 || c === 13 || c === 58 /* : */) continue;
		if (c === 93 /* ] */ || c === 125 /* } */) {
			stack.pop();
			expectValue = false;
			continue;
		}
		if (c === 44 /* , */) {
			const top = stack.at(-1);
			if (top?.array) top.step = Number(top.step) + 1;
			expectValue = !!top?.array;
			continue;
		}
		if (expectValue && atPath()) return line;
		if (c === 34 /* " */) {
			const start = i + 1;
			let escaped = false;
			for (i++; i < text.length; i++) {
				const s = text.charCodeAt(i);
				if (s === 92) {
					escaped = true;
					i++;
				} else if (s === 34) break;
				else if (s === 10) line++;
			}
			if (!expectValue) {
				// A member name: its value follows the colon.
				const raw = text.slice(start, i);
				stack.at(-1)!.step = escaped ? memberName(raw) : raw;
				expectValue = true;
			} else expectValue = false;
		} else if (c === 91 /* [ */ || c === 123 /* { */) {
			stack.push({ array: c === 91, step: 0 });
			expectValue = c === 91;
		} else {
			// A number, true, false or null.
			while (i + 1 < text.length && !VALUE_END.has(text.charCodeAt(i + 1))) i++;
			expectValue = false;
		}
	}
	return undefined;
}

// White space, ',', ']' and '}': where a number, true, false or null ends.
const VALUE_END = new Set([32, 9, 10, 13, 44, 93, 125]);

function memberName(raw: string): string {
	try {
		return JSON.parse(`"${raw}"`) as string;
	} catch {
		return raw;
	}
}
