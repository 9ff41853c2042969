/**
 * One line of a CSV file: the separator (`;` or `,`, found in the header) and the cells,
 * quoted (`"a;b"`, `"say ""hi"""`) or not. A CSV line of an address file never spans lines.
 */
import { quoted } from '#lib/content/quote.ts';

export type Separator = ';' | ',';

export type SeparatorResult = { separator: Separator } | { problem: string };

/** Counts a character outside quotes. */
function countOutsideQuotes(line: string, char: string): number {
	let n = 0;
	let inQuotes = false;
	for (const c of line) {
		if (c === '"') inQuotes = !inQuotes;
		else if (c === char && !inQuotes) n++;
	}
	return n;
}

/** The separator of a file, from its header line. */
export function detectSeparator(header: string): SeparatorResult {
	const semicolons = countOutsideQuotes(header, ';');
	const commas = countOutsideQuotes(header, ',');
	if (semicolons || commas) return { separator: semicolons >= commas ? ';' : ',' };
	const other = header.includes('\t') ? 'tabs' : header.includes('|') ? 'streepjes (|)' : undefined;
	return {
		problem: other
			? `de kolommen in de eerste rij zijn gescheiden door ${other}. Dit programma leest CSV-bestanden met ; of , tussen de kolommen. Sla het bestand op als CSV (in Excel: 'CSV (gescheiden door lijstscheidingsteken)') en probeer het opnieuw.`
			: `de eerste rij heeft maar één kolom: ${quoted(header)}. Dit programma leest CSV-bestanden met ; of , tussen de kolommen, en in de eerste rij de namen van de kolommen. Sla het bestand op als CSV en probeer het opnieuw.`,
	};
}

export type SplitResult = { cells: string[] } | { problem: string };

/** The cells of one line; quoted cells lose their quotes (`""` inside is one `"`). */
export function splitLine(line: string, separator: Separator): SplitResult {
	if (!line.includes('"')) return { cells: line.split(separator) };
	const cells: string[] = [];
	let i = 0;
	for (;;) {
		let cell = '';
		// Spaces before an opening quote are allowed: `a; "b"`.
		let start = i;
		while (line[start] === ' ') start++;
		if (line[start] === '"') {
			i = start + 1;
			for (;;) {
				const quote = line.indexOf('"', i);
				if (quote < 0)
					return {
						problem:
							'een aanhalingsteken (") wordt niet gesloten. Zet om een waarde met aanhalingstekens er één aan het begin en één aan het eind, en schrijf een aanhalingsteken in de waarde dubbel ("").',
					};
				cell += line.slice(i, quote);
				if (line[quote + 1] === '"') {
					cell += '"';
					i = quote + 2;
					continue;
				}
				i = quote + 1;
				break;
			}
			while (line[i] === ' ') i++;
			if (i < line.length && line[i] !== separator)
				return {
					problem: `na een waarde tussen aanhalingstekens hoort ${separator} of het einde van de rij. Schrijf een aanhalingsteken in de waarde dubbel ("").`,
				};
		} else {
			const end = line.indexOf(separator, i);
			cell = end < 0 ? line.slice(i) : line.slice(i, end);
			i = end < 0 ? line.length : end;
		}
		cells.push(cell);
		if (i >= line.length) return { cells };
		i++; // the separator
		if (i === line.length) {
			cells.push('');
			return { cells };
		}
	}
}

/**
 * A header name made comparable: lower case, no spaces around it, `_` and runs of spaces as
 * one space (`Huisnummer_van` → `huisnummer van`).
 */
export const headerKey = (name: string) =>
	name
		.trim()
		.toLowerCase()
		.replace(/[_\s]+/g, ' ');
