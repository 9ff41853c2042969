/**
 * Reading a large text file line by line, without holding it in memory: a check of its start
 * (there, not empty, text in UTF-8) and then one line at a time through readline.
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';

import { LINE_MAX_CHARS } from '#lib/content/limits.ts';

/** How much of the start of a file is checked for being text. */
const SAMPLE_BYTES = 64 * 1024;

/** What is wrong with a file before reading it: missing, a folder, empty, or not text. */
export function fileStartProblem(path: string): string | undefined {
	let size: number;
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) return 'dit is een map, geen bestand. Geef het CSV-bestand zelf op.';
		size = stat.size;
	} catch {
		return 'dit bestand bestaat niet. Controleer de naam en de map.';
	}
	const sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
	let fd: number | undefined;
	try {
		fd = openSync(path, 'r');
		readSync(fd, sample, 0, sample.length, 0);
	} catch {
		return 'dit bestand is niet te lezen. Controleer of u het mag openen.';
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
	const text = sample.toString('utf8').replace(/^\uFEFF/, '');
	if (!text.trim()) return 'dit bestand is leeg. Kies het bestand met de adressen.';
	if (sample.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1')))
		return 'dit is geen tekstbestand maar een zip- of Excelbestand. Pak een zipbestand eerst uit; sla een Excelbestand op als CSV (in Excel: Opslaan als, CSV UTF-8).';
	if (sample.includes(0))
		return 'dit is geen tekstbestand (CSV). Kies het CSV-bestand, of sla het bestand op als CSV UTF-8.';
	try {
		// `stream: true`: a character cut in half at the end of the sample is not a mistake.
		new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
	} catch {
		return 'dit bestand is geen UTF-8-tekst (het heeft letters in een andere codering, zoals Windows-1252). Sla het op als CSV UTF-8 (in Excel: Opslaan als, CSV UTF-8) en probeer het opnieuw.';
	}
	return undefined;
}

export interface Line {
	/** 1-based, as a spreadsheet counts rows (the header is row 1). */
	number: number;
	text: string;
}

/** The lines of a text file, one at a time; the byte order mark is left out, line ends too. */
export async function* readLines(path: string): AsyncGenerator<Line> {
	const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
	const lines = createInterface({ input: stream, crlfDelay: Infinity });
	let number = 0;
	try {
		for await (const text of lines) {
			number++;
			yield { number, text: number === 1 ? text.replace(/^\uFEFF/, '') : text };
		}
	} finally {
		lines.close();
		stream.destroy();
	}
}

/** Lines longer than this are not address rows (a file without line breaks, or binary data). */
export const MAX_LINE_CHARS = LINE_MAX_CHARS;
