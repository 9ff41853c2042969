/**
 * Checks on a content file as plain text, before any parser sees it: its size, invisible
 * control characters (a NUL byte would be written into the HTML as it is) and lines too
 * long for an editor to have typed.
 */
import { statSync } from 'node:fs';

import { LINE_MAX_CHARS } from './limits.ts';
import { lineAt } from './problem.ts';

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "1 MB", "12,5 MB", "800 kB". */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${nl.format(bytes / 1024 / 1024)} MB`;
	return `${nl.format(Math.ceil(bytes / 1024))} kB`;
}

/**
 * "het bestand is te groot …" when the file at `path` has more than `maxBytes` bytes; read
 * before the file itself, so that a huge file is never loaded.
 */
export function fileTooLarge(path: string, maxBytes: number): string | undefined {
	const size = statSync(path).size;
	if (size <= maxBytes) return undefined;
	return `het bestand is te groot: ${formatBytes(size)}, en een bestand als dit mag hoogstens ${formatBytes(maxBytes)} zijn.`;
}

/** C0 control characters other than tab, line feed and carriage return: invisible, and never text. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** How a control character is named in a message: its number, as editors' tools show it. */
export function controlName(character: string): string {
	return `tekencode ${character.charCodeAt(0)}`;
}

export interface TextProblem {
	/** 1-based line in the text. */
	line: number;
	message: string;
}

/** The first control character in a text, with its line. */
export function controlCharacterProblem(text: string): TextProblem | undefined {
	const match = CONTROL_CHARACTER.exec(text);
	if (!match) return undefined;
	return {
		line: lineAt(text, match.index),
		message: `op deze regel staat een onzichtbaar stuurteken (${controlName(match[0])}). Zo'n teken hoort niet in een tekst en komt anders onzichtbaar op de website. Typ de regel opnieuw, of plak de tekst eerst in een eenvoudige teksteditor (zoals Kladblok) en kopieer hem dan opnieuw.`,
	};
}

/** The first line longer than `max` characters. */
export function longLineProblem(text: string, max = LINE_MAX_CHARS): TextProblem | undefined {
	let start = 0;
	for (let line = 1; start <= text.length; line++) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		if (end - start > max) {
			return {
				line,
				message: `deze regel is te lang: ${nl.format(end - start)} tekens, en een regel mag hoogstens ${nl.format(max)} tekens hebben. Maak de tekst korter, of verdeel hem over meer regels.`,
			};
		}
		start = end + 1;
	}
	return undefined;
}
