/**
 * Reads a source file into a plain table: column names and rows of cells, each row with
 * the number a spreadsheet program shows for it (the header is row 1). CSV (comma,
 * semicolon or tab, UTF-8 with or without BOM, UTF-16 as Excel saves "Unicode text", or
 * Windows-1252 as older Excel saves it), CBS open-data JSON and Excel (.xlsx). Within the
 * limits of src/lib/content/limits.ts: file size, number of rows, characters per cell.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';

import { dsvFormat } from 'd3';

import { CELL_MAX_CHARS, IMPORT_FILE_MAX_BYTES, IMPORT_MAX_ROWS } from '#lib/content/limits.ts';
import type { Problem } from '#lib/content/problem.ts';
import { quoted, shorten } from '#lib/content/quote.ts';
import { parseJson } from '#lib/content/source.ts';
import { fileTooLarge } from '#lib/content/text-checks.ts';

import { type Cell, cellString } from './numbers.ts';

export interface TableRow {
	/** Row number as a spreadsheet program shows it (header = 1), or the position in a JSON list (from 1). */
	row: number;
	cells: Cell[];
}

export interface Table {
	/** The file as shown to the editor. */
	file: string;
	columns: string[];
	rows: TableRow[];
	/** How a row is called in messages: "rij" (spreadsheet row) or "record" (JSON list item). */
	rowWord: 'rij' | 'record';
	/** Remarks for the summary, e.g. about the encoding. */
	notes: string[];
	/** Spreadsheets: the name of the sheet read. */
	sheet?: string;
	/** Rows of a single text above the column names, e.g. a title with the year. */
	titleRows?: string[];
}

export type TableResult = { table: Table; problems?: undefined } | { table?: undefined; problems: Problem[] };

const fail = (file: string, message: string): TableResult => ({ problems: [{ file, message }] });

function readBytes(path: string, shown: string): Buffer | TableResult {
	if (!existsSync(path))
		return fail(
			shown,
			'dit bestand bestaat niet. Controleer de naam en de map, en zet de naam tussen aanhalingstekens als er spaties in staan.',
		);
	if (statSync(path).isDirectory())
		return fail(shown, 'dit is een map, geen bestand. Geef de naam van het bestand zelf op.');
	const tooLarge = fileTooLarge(path, IMPORT_FILE_MAX_BYTES);
	if (tooLarge)
		return fail(
			shown,
			`${tooLarge} Gebruik een bestand met alleen de cijfers die u nodig heeft, bijvoorbeeld alleen die van uw gemeente.`,
		);
	try {
		return readFileSync(path);
	} catch {
		return fail(
			shown,
			'dit bestand kan niet worden gelezen. Controleer of het niet in een ander programma openstaat en of u het mag lezen.',
		);
	}
}

const SAVE_AS_UTF8 =
	"Sla het bestand op als 'CSV UTF-8' (in Excel: Opslaan als, 'CSV UTF-8 (door komma's gescheiden)') en probeer het opnieuw.";

/**
 * UTF-16, as Excel saves "Unicode text": with a byte order mark (FF FE or FE FF), or
 * without one but with a zero byte beside every letter of the Latin alphabet.
 */
function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	const sample = bytes.subarray(0, 4096);
	let even = 0;
	let odd = 0;
	for (let i = 0; i < sample.length; i++) {
		if (sample[i] !== 0) continue;
		if (i % 2) odd++;
		else even++;
	}
	if (odd > sample.length / 4 && even === 0) return 'utf-16le';
	if (even > sample.length / 4 && odd === 0) return 'utf-16be';
	return undefined;
}

/** The text of a file: UTF-8, UTF-16 (converted, with a note) or else Windows-1252 (with a note). */
function decodeText(bytes: Buffer, notes: string[], shown: string): string | TableResult {
	let text: string;
	const utf16 = utf16Encoding(bytes);
	if (utf16) {
		try {
			text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
		} catch {
			return fail(
				shown,
				`dit bestand lijkt opgeslagen als UTF-16 (Unicode), maar is zo niet te lezen. ${SAVE_AS_UTF8}`,
			);
		}
		notes.push(
			"Het bestand is opgeslagen als UTF-16 (zoals Excel 'Unicode-tekst' opslaat) en is omgezet naar UTF-8. Sla het de volgende keer op als 'CSV UTF-8'.",
		);
	} else {
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			text = new TextDecoder('windows-1252').decode(bytes);
			notes.push(
				'Het bestand is niet opgeslagen als UTF-8 en is gelezen als Windows-1252 (zoals oudere versies van Excel opslaan). Controleer namen met letters als ë en é.',
			);
		}
	}
	if (text.includes('\0')) {
		return fail(
			shown,
			`dit bestand bevat lege tekens (tekencode 0). Het is dus geen gewoon tekstbestand, of het is opgeslagen in een codering die niet wordt herkend. ${SAVE_AS_UTF8}`,
		);
	}
	return text.replace(/^\uFEFF/, '');
}

/** A cell longer than CELL_MAX_CHARS, with where it is; at most a few. */
function longCells(
	file: string,
	rows: { row: number; cells: Cell[] }[],
	columns: string[],
	word: 'rij' | 'record',
): Problem[] {
	const problems: Problem[] = [];
	for (const { row, cells } of rows) {
		cells.forEach((cell, i) => {
			if (typeof cell !== 'string' || cell.length <= CELL_MAX_CHARS || problems.length >= 5) return;
			problems.push({
				file,
				item: { word, number: row },
				column: columns[i] ? shorten(columns[i]) : String(i + 1),
				message: `deze cel is te lang: ${cell.length.toLocaleString('nl-NL')} tekens, en een cel mag hoogstens ${CELL_MAX_CHARS.toLocaleString('nl-NL')} tekens hebben. Ze begint met ${quoted(cell)}. Controleer of u het goede bestand heeft gekozen. Ontbreekt er een aanhalingsteken ("), dan lopen cellen in elkaar over.`,
			});
		});
		if (problems.length >= 5) break;
	}
	return problems;
}

const tooManyRows = (file: string, rows: number): TableResult =>
	fail(
		file,
		`dit bestand heeft te veel rijen: ${rows.toLocaleString('nl-NL')}, en een bestand mag hoogstens ${IMPORT_MAX_ROWS.toLocaleString('nl-NL')} rijen hebben. Gebruik een bestand met alleen de cijfers die u nodig heeft, bijvoorbeeld alleen die van uw gemeente.`,
	);

/** The separator of a CSV file: the one of ; , and tab that occurs most in the header, outside quotes. */
export function detectSeparator(text: string): string {
	const counts = new Map<string, number>([
		[';', 0],
		[',', 0],
		['\t', 0],
	]);
	let inQuotes = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '"') inQuotes = !inQuotes;
		else if (!inQuotes && (c === '\n' || c === '\r')) break;
		else if (!inQuotes && counts.has(c)) counts.set(c, counts.get(c)! + 1);
	}
	let best = ',';
	let most = 0;
	for (const [sep, n] of counts) if (n > most) [best, most] = [sep, n];
	return best;
}

function isEmptyRow(cells: Cell[]): boolean {
	return cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
}

const filledCells = (cells: Cell[]) => cells.filter((c) => cellString(c).trim() !== '').length;

function toTable(file: string, grid: Cell[][], notes: string[], emptyMessage: string, sheet?: string): TableResult {
	if (grid.length > IMPORT_MAX_ROWS) return tooManyRows(file, grid.length);
	let headerIndex = grid.findIndex((r) => !isEmptyRow(r));
	if (headerIndex < 0) return fail(file, emptyMessage);
	// Rows with one text above the column names (a title such as StatLine writes) are titles,
	// when a row with more cells follows.
	const titleRows: string[] = [];
	const firstWide = grid.findIndex((r, i) => i >= headerIndex && filledCells(r) > 1);
	if (firstWide > headerIndex && grid.slice(headerIndex, firstWide).every((r) => filledCells(r) <= 1)) {
		for (const r of grid.slice(headerIndex, firstWide))
			if (!isEmptyRow(r)) titleRows.push(shorten(r.map(cellString).join('').trim()));
		headerIndex = firstWide;
	}
	const long = longCells(file, [{ row: headerIndex + 1, cells: grid[headerIndex]! }], [], 'rij');
	if (long.length) return { problems: long };
	const columns = grid[headerIndex]!.map((c) => cellString(c).trim());
	const rows: TableRow[] = [];
	for (let i = headerIndex + 1; i < grid.length; i++) {
		const cells = grid[i]!;
		if (!isEmptyRow(cells)) rows.push({ row: i + 1, cells });
	}
	const problems = longCells(file, rows, columns, 'rij');
	if (problems.length) return { problems };
	return {
		table: {
			file,
			columns,
			rows,
			rowWord: 'rij',
			notes,
			...(sheet === undefined ? {} : { sheet }),
			...(titleRows.length ? { titleRows } : {}),
		},
	};
}

/** A CSV file; the separator is found from the header line. */
export function readCsv(path: string, shown: string): TableResult {
	const bytes = readBytes(path, shown);
	if (!Buffer.isBuffer(bytes)) return bytes;
	const notes: string[] = [];
	const text = decodeText(bytes, notes, shown);
	if (typeof text !== 'string') return text;
	// Counted before parsing: a file of only line breaks would otherwise become millions of rows in memory.
	let lines = 1;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
	if (lines > IMPORT_MAX_ROWS + 1) return tooManyRows(shown, lines);
	const grid = dsvFormat(detectSeparator(text)).parseRows(text) as Cell[][];
	return toTable(shown, grid, notes, 'dit bestand is leeg. Controleer of u het goede bestand heeft gekozen.');
}

/** CBS open-data (OData) rows as JSON: `{"value": [ {...}, ... ]}` as the API returns them, or a plain list. */
export function readODataJson(path: string, shown: string): TableResult {
	const bytes = readBytes(path, shown);
	if (!Buffer.isBuffer(bytes)) return bytes;
	const notes: string[] = [];
	const text = decodeText(bytes, notes, shown);
	if (typeof text !== 'string') return text;
	const parsed = parseJson(text);
	if (!parsed.ok) {
		if (parsed.message)
			return {
				problems: [{ file: shown, line: parsed.line, message: parsed.message }],
			};
		return fail(
			shown,
			'dit is geen geldig JSON-bestand. Sla de cijfers opnieuw op uit de CBS open-data-API, of gebruik het CSV-bestand van het CBS.',
		);
	}
	const data = parsed.value;
	const record =
		data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
	const list = Array.isArray(data) ? data : record?.value;
	if (!Array.isArray(list)) {
		return fail(
			shown,
			'in dit JSON-bestand staat geen lijst met cijfers. Het CBS levert een object met een lijst "value": {"value": [{...}, ...]}. Sla de cijfers opnieuw op uit de open-data-API.',
		);
	}
	if (record && (record['odata.nextLink'] || record['@odata.nextLink'])) {
		notes.push(
			'Let op: het CBS heeft nog een volgende pagina met cijfers (odata.nextLink in het bestand). Dit bestand bevat dus niet alle rijen. Haal ook de volgende pagina op en importeer die ook, of gebruik het CSV-bestand van het CBS.',
		);
	}
	const columns: string[] = [];
	const index = new Map<string, number>();
	const problems: Problem[] = [];
	(list as unknown[]).forEach((item, i) => {
		if (!item || typeof item !== 'object' || Array.isArray(item)) {
			if (problems.length < 5)
				problems.push({
					file: shown,
					item: { word: 'record', number: i + 1 },
					message:
						'dit is geen rij met cijfers (een object met velden). Sla de cijfers opnieuw op uit de CBS open-data-API.',
				});
			return;
		}
		for (const key of Object.keys(item)) {
			if (!index.has(key)) {
				index.set(key, columns.length);
				columns.push(key);
			}
		}
	});
	if (problems.length) return { problems };
	if (!list.length)
		return fail(shown, 'de lijst met cijfers in dit bestand is leeg. Controleer of u het goede bestand heeft gekozen.');
	if (list.length > IMPORT_MAX_ROWS) return tooManyRows(shown, list.length);
	const rows: TableRow[] = list.map((item, i) => {
		const cells: Cell[] = new Array(columns.length).fill(null);
		for (const [key, value] of Object.entries(item as Record<string, unknown>)) cells[index.get(key)!] = value;
		return { row: i + 1, cells };
	});
	const longName = columns.find((c) => c.length > CELL_MAX_CHARS);
	if (longName) {
		return fail(
			shown,
			`de naam van een veld is te lang: ${longName.length.toLocaleString('nl-NL')} tekens, en een naam mag hoogstens ${CELL_MAX_CHARS.toLocaleString('nl-NL')} tekens hebben. Ze begint met ${quoted(longName)}. Sla de cijfers opnieuw op uit de CBS open-data-API.`,
		);
	}
	const long = longCells(shown, rows, columns, 'record');
	if (long.length) return { problems: long };
	return { table: { file: shown, columns, rows, rowWord: 'record', notes } };
}

/** An Excel file (.xlsx): the sheet named `sheet`, or the first sheet. */
export async function readXlsx(path: string, shown: string, sheet?: string): Promise<TableResult> {
	const bytes = readBytes(path, shown);
	if (!Buffer.isBuffer(bytes)) return bytes;
	let sheets: { sheet: string; data: Cell[][] }[];
	try {
		// Loaded only here: the other importers do not need it.
		const { default: readXlsxFile } = await import('read-excel-file/node');
		sheets = await readXlsxFile(bytes);
	} catch {
		const old = /\.xls$/i.test(path)
			? ' Een oud Excel-bestand (.xls) kan niet worden gelezen: open het in Excel en sla het op als .xlsx.'
			: /\.(csv|txt)$/i.test(path)
				? ' Voor een CSV-bestand gebruikt u npm run import:cbs, import:statline of import:csv.'
				: '';
		return fail(
			shown,
			`dit bestand kan niet worden gelezen als Excel-bestand (.xlsx).${old} Controleer of u het goede bestand heeft gekozen.`,
		);
	}
	const chosen =
		sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet.trim().toLowerCase() === sheet.trim().toLowerCase());
	if (!chosen) {
		return fail(
			shown,
			sheet === undefined
				? 'dit Excel-bestand heeft geen werkbladen. Controleer of u het goede bestand heeft gekozen.'
				: `het werkblad ${quoted(sheet)} staat niet in dit bestand. De werkbladen zijn: ${sheets.map((s) => shorten(s.sheet)).join(', ')}. Verbeter 'blad' in de koppeling.`,
		);
	}
	return toTable(
		shown,
		chosen.data,
		[],
		`het werkblad ${quoted(chosen.sheet)} is leeg. Controleer of u het goede bestand of werkblad heeft gekozen.`,
		chosen.sheet,
	);
}
