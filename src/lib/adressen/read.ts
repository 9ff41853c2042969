/**
 * Reads and checks content/adressen/adressen.csv (the format is in types.ts): the header, every
 * cell, the order of the rows and runs of one postcode that overlap. Every problem names the
 * file, the row (the header is row 1) and the column, in Dutch. One pass over the text, so a
 * file of a large gemeente (tens of thousands of rows) is read in a few milliseconds.
 */
import { join, relative, sep } from 'node:path';

import { readUtf8 } from '#lib/content/json-file.ts';
import { DATA_FILE_MAX_BYTES } from '#lib/content/limits.ts';
import type { Problem } from '#lib/content/problem.ts';
import { quoted } from '#lib/content/quote.ts';
import { checkContentPath, unsafeEntryMessage, unsafePathMessage } from '#lib/content/safe-path.ts';
import { controlName, fileTooLarge } from '#lib/content/text-checks.ts';

import { splitLine } from './import/csv-line.ts';
import { ADRES_KOLOMMEN, type AdresReeks, ADRESSEN_BESTAND } from './types.ts';

/** Longest street name accepted (the longest Dutch street names have about 60 characters). */
export const STRAAT_MAX_CHARS = 80;
/** Problems listed one by one; after these, one line says how many rows more have mistakes. */
export const MAX_ROW_PROBLEMS = 50;

const REMAKE = 'Maak het bestand opnieuw met npm run import:adressen (zie docs/importeren.md).';
const HEADER = ADRES_KOLOMMEN.join(';');
const POSTCODE = /^\d{4}[A-Z]{2}$/;
const NUMBER = /^[1-9]\d{0,4}$/;
const BUURT = /^BU[0-9A-Z]{8}$/;
// Tab, every other C0/C1 control character, and the invisible characters that reorder or break a
// line (bidirectional marks and overrides, line and paragraph separators): never part of a street name.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export interface AdressenRead {
	/** The file as editors see it: "content/adressen/adressen.csv". */
	shownPath: string;
	/** The rows without mistakes, in file order. */
	reeksen: AdresReeks[];
	/** The row number (header = 1) of each of `reeksen`. */
	rijen: number[];
	problems: Problem[];
}

export const adressenFile = (contentDir: string) => join(contentDir, ...ADRESSEN_BESTAND.split('/'));

/** Undefined when the portal has no address file (a portal without address search). */
export function readAdressen(contentDir: string, cwd = process.cwd()): AdressenRead | undefined {
	const path = adressenFile(contentDir);
	const unsafe = checkContentPath(contentDir, path);
	if (unsafe?.reason === 'missing') return undefined;
	const shownPath = relative(cwd, path).split(sep).join('/');
	const fail = (message: string): AdressenRead => ({
		shownPath,
		reeksen: [],
		rijen: [],
		problems: [{ file: shownPath, message }],
	});
	// Never read through a link or outside the content folder (discover.ts reports the same).
	if (unsafe) {
		const { reason, isTarget } = unsafe;
		return fail(
			isTarget && (reason === 'link' || reason === 'hardlink' || reason === 'special')
				? unsafeEntryMessage(reason)
				: unsafePathMessage(unsafe, isTarget ? shownPath : relative(cwd, unsafe.path).split(sep).join('/')),
		);
	}
	const tooLarge = fileTooLarge(path, DATA_FILE_MAX_BYTES);
	if (tooLarge) return fail(`${tooLarge} ${REMAKE}`);
	const text = readUtf8(path);
	if (text === undefined) return fail(`het bestand is niet opgeslagen als UTF-8. ${REMAKE}`);
	return { shownPath, ...parseAdressen(text, shownPath) };
}

/** The runs of a text in the format of adressen.csv, and every problem in it. */
export function parseAdressen(
	text: string,
	shownPath: string,
): { reeksen: AdresReeks[]; rijen: number[]; problems: Problem[] } {
	const reeksen: AdresReeks[] = [];
	const rijen: number[] = [];
	const problems: Problem[] = [];
	const lines = text.split('\n');
	if (lines.at(-1) === '') lines.pop();
	const header = (lines[0] ?? '').replace(/\r$/, '');
	if (header !== HEADER) {
		problems.push({
			file: shownPath,
			item: { word: 'rij', number: 1 },
			message: `de eerste rij moet precies ${quoted(HEADER)} zijn, maar is ${quoted(header)}. ${REMAKE}`,
		});
		return { reeksen, rijen, problems };
	}

	let listed = 0;
	let unlisted = 0;
	let rowHasProblem: boolean;
	const report = (row: number, column: string | undefined, message: string) => {
		rowHasProblem = true;
		if (listed >= MAX_ROW_PROBLEMS) {
			unlisted++;
			return;
		}
		listed++;
		problems.push({
			file: shownPath,
			item: { word: 'rij', number: row },
			...(column !== undefined && { column }),
			message,
		});
	};
	// The last good row, and the one whose run reaches furthest in the current postcode.
	let previous: { reeks: AdresReeks; row: number } | undefined;
	let furthest: { reeks: AdresReeks; row: number } | undefined;

	for (let i = 1; i < lines.length; i++) {
		const row = i + 1;
		rowHasProblem = false;
		const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
		// Quotes only around a street name with a ; or " in it (as the importer writes it).
		const split = splitLine(line, ';');
		if ('problem' in split) {
			report(row, undefined, `${split.problem} ${REMAKE}`);
			continue;
		}
		const { cells } = split;
		if (cells.length !== ADRES_KOLOMMEN.length) {
			report(
				row,
				undefined,
				line.trim() === ''
					? 'deze rij is leeg. Haal de lege regel weg.'
					: `deze rij heeft ${cells.length} ${cells.length === 1 ? 'kolom' : 'kolommen'}, maar er horen er ${ADRES_KOLOMMEN.length} te zijn (${HEADER}), gescheiden door een puntkomma. ${REMAKE}`,
			);
			continue;
		}
		const [postcode, vanText, totText, straat, buurt] = cells as [string, string, string, string, string];
		if (!POSTCODE.test(postcode))
			report(
				row,
				'postcode',
				`${quoted(postcode)} is geen postcode. Schrijf 4 cijfers en 2 hoofdletters zonder spatie, bijvoorbeeld 9991AA.`,
			);
		const number = (value: string, column: 'van' | 'tot') => {
			if (NUMBER.test(value)) return Number(value);
			report(row, column, `${quoted(value)} is geen huisnummer. Schrijf een heel getal van 1 tot en met 99999.`);
			return undefined;
		};
		const van = number(vanText, 'van');
		const tot = number(totText, 'tot');
		if (van !== undefined && tot !== undefined && van > tot)
			report(
				row,
				'tot',
				`het laatste huisnummer (${tot}) is kleiner dan het eerste (${van}). Zet het kleinste nummer bij van.`,
			);
		const control = CONTROL.exec(straat);
		if (control)
			report(
				row,
				'straat',
				`in de straatnaam staat een onzichtbaar stuurteken (${controlName(control[0])}). Typ de naam opnieuw.`,
			);
		else if (/[<>]/.test(straat))
			report(row, 'straat', `de straatnaam ${quoted(straat)} bevat < of >. Een straatnaam is gewone tekst.`);
		else if (straat.length > STRAAT_MAX_CHARS)
			report(
				row,
				'straat',
				`de straatnaam is ${straat.length} tekens lang; hoogstens ${STRAAT_MAX_CHARS} mag. Controleer de naam.`,
			);
		else if (straat !== straat.trim())
			report(row, 'straat', `de straatnaam ${quoted(straat)} begint of eindigt met een spatie. Haal de spatie weg.`);
		if (!BUURT.test(buurt))
			report(
				row,
				'buurt',
				`${quoted(buurt)} is geen buurtcode. Schrijf BU en 8 cijfers of hoofdletters, bijvoorbeeld BU99990101.`,
			);
		if (rowHasProblem) continue;

		const reeks: AdresReeks = { postcode, van: van!, tot: tot!, straat, buurt };
		if (
			previous &&
			(postcode < previous.reeks.postcode || (postcode === previous.reeks.postcode && van! < previous.reeks.van))
		) {
			report(
				row,
				undefined,
				`deze rij staat niet op volgorde: ${postcode} ${van} hoort vóór rij ${previous.row} (${previous.reeks.postcode} ${previous.reeks.van}). Sorteer de rijen op postcode en dan op het eerste huisnummer.`,
			);
		} else if (furthest && furthest.reeks.postcode === postcode && van! <= furthest.reeks.tot) {
			report(
				row,
				'van',
				`de huisnummers ${van}–${tot} van ${postcode} overlappen met rij ${furthest.row} (${furthest.reeks.van}–${furthest.reeks.tot}). Elk adres mag in één rij staan; verbeter een van de twee rijen.`,
			);
		}
		previous = { reeks, row };
		if (!furthest || furthest.reeks.postcode !== postcode || reeks.tot > furthest.reeks.tot) furthest = { reeks, row };
		if (rowHasProblem) continue;
		reeksen.push(reeks);
		rijen.push(row);
	}
	if (unlisted > 0)
		problems.push({
			file: shownPath,
			message: `en nog ${unlisted} ${unlisted === 1 ? 'fout' : 'fouten'} in latere rijen. Verbeter eerst de rijen hierboven, of ${REMAKE.charAt(0).toLowerCase()}${REMAKE.slice(1)}`,
		});
	return { reeksen, rijen, problems };
}
