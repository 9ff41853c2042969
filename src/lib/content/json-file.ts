/**
 * Reading JSON content files (value files, the geometry file, boundary files to import):
 * strict UTF-8 without a byte order mark, and the line of a syntax error, so that every
 * reader can tell editors where to look. Within limits: nesting no deeper than
 * JSON_MAX_DEPTH, and no control characters in strings.
 */
import { readFileSync } from 'node:fs';

import { JSON_MAX_DEPTH } from './limits.ts';
import { lineAt } from './problem.ts';
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
 * starts, e.g. the 12th arc of a geometry file. One pass over the text; meant for messages.
 */
export function arrayItemLine(text: string, key: string, index: number): number | undefined {
	let line = 1;
	let depth = 0;
	let inArray = false;
	let expectItem = false;
	let item = -1;
	let lastKey = '';
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) {
			line++;
			continue;
		}
		if (c === 32 || c === 9 || c === 13) continue;
		if (inArray && depth === 2 && expectItem) {
			expectItem = false;
			if (c !== 93 /* ] */ && ++item === index) return line;
		}
		if (c === 34 /* " */) {
			const start = i + 1;
			for (i++; i < text.length; i++) {
				const s = text.charCodeAt(i);
				if (s === 92) i++;
				else if (s === 34) break;
				else if (s === 10) line++;
			}
			if (depth === 1) lastKey = text.slice(start, i);
		} else if (c === 91 /* [ */ || c === 123 /* { */) {
			depth++;
			if (depth === 2 && c === 91 && lastKey === key) {
				inArray = true;
				expectItem = true;
			}
		} else if (c === 93 || c === 125) {
			if (depth === 2) inArray = false;
			depth--;
		} else if (c === 44 /* , */ && inArray && depth === 2) expectItem = true;
	}
	return undefined;
}
