/**
 * Reading JSON content files (value files, the geometry file, boundary files to import):
 * strict UTF-8 without a byte order mark, and the line of a syntax error, so that every
 * reader can tell editors where to look.
 */
import { readFileSync } from 'node:fs';
import { lineAt } from './problem.ts';

/** The file's text, or undefined when it is not valid UTF-8. */
export function readUtf8(path: string): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)).replace(/^\uFEFF/, '');
	} catch {
		return undefined;
	}
}

/** The parsed value, or the line of the syntax error (when the parser names a place). */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; line?: number } {
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
