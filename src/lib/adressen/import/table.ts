/**
 * A CSV table read row by row: the header first (its separator and names), then each row as
 * cells, with a problem for a row that cannot be split or has the wrong number of cells.
 */
import type { Problem } from '#lib/content/problem.ts';

import { detectSeparator, type Separator, splitLine } from './csv-line.ts';
import { fileStartProblem, MAX_LINE_CHARS, readLines } from './text-file.ts';

export interface TableHeader {
	separator: Separator;
	names: string[];
}

export interface TableRow {
	number: number;
	cells: string[];
}

export interface TableReader {
	/** The header, or undefined when the file cannot be read (the problem is reported). */
	header: TableHeader | undefined;
	/** The rows after the header; bad rows are reported and left out, empty lines skipped. */
	rows: AsyncGenerator<TableRow>;
}

/**
 * Opens a table. `report` gets every problem of the file's form; a problem with the file
 * itself (missing, empty, not text, no separator) leaves `header` undefined.
 */
export async function openTable(path: string, file: string, report: (p: Problem) => void): Promise<TableReader> {
	const none = (async function* () {})();
	const startProblem = fileStartProblem(path);
	if (startProblem) {
		report({ file, message: startProblem });
		return { header: undefined, rows: none };
	}
	const lines = readLines(path);
	const first = await lines.next();
	const headerLine = first.done ? '' : first.value.text;
	const separator = detectSeparator(headerLine);
	if ('problem' in separator) {
		await lines.return(undefined);
		report({ file, item: { word: 'rij', number: 1 }, message: separator.problem });
		return { header: undefined, rows: none };
	}
	const split = splitLine(headerLine, separator.separator);
	if ('problem' in split) {
		await lines.return(undefined);
		report({ file, item: { word: 'rij', number: 1 }, message: split.problem });
		return { header: undefined, rows: none };
	}
	const names = split.cells.map((c) => c.trim());
	const rows = async function* (): AsyncGenerator<TableRow> {
		for await (const line of lines) {
			if (!line.text.trim()) continue;
			const item = { word: 'rij', number: line.number } as const;
			if (line.text.length > MAX_LINE_CHARS) {
				report({
					file,
					item,
					message: `deze rij is langer dan ${MAX_LINE_CHARS} tekens. Een adresregel is kort; controleer of het bestand regeleinden heeft en of het het goede bestand is.`,
				});
				continue;
			}
			const cells = splitLine(line.text, separator.separator);
			if ('problem' in cells) {
				report({ file, item, message: cells.problem });
				continue;
			}
			if (cells.cells.length !== names.length) {
				const other = separator.separator === ';' ? ',' : ';';
				report({
					file,
					item,
					message: `deze rij heeft ${cells.cells.length} ${cells.cells.length === 1 ? 'kolom' : 'kolommen'}, de eerste rij ${names.length}. Elke rij heeft evenveel kolommen als de eerste rij, gescheiden door ${separator.separator}.${line.text.includes(other) ? ` Staat er ${other} tussen de kolommen? Gebruik in het hele bestand hetzelfde scheidingsteken.` : ''} Zet een waarde met ${separator.separator} erin tussen aanhalingstekens.`,
				});
				continue;
			}
			yield { number: line.number, cells: cells.cells };
		}
	};
	return { header: { separator: separator.separator, names }, rows: rows() };
}
