/**
 * The text of `content/adressen/adressen.csv` (see #lib/adressen/types.ts): the header
 * `postcode;van;tot;straat;buurt`, one row per run, `;` between cells, a cell with `;` or `"`
 * between quotes (a quote inside doubled), LF line ends and a newline at the end.
 */
import { ADRES_KOLOMMEN, type AdresReeks } from '#lib/adressen/types.ts';

/** A cell as the contract writes it. Street names are plain text, never a spreadsheet formula. */
export function contentCell(text: string): string {
	return /[;"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file; runs must already be sorted (compressAddresses does). */
export function formatAddressFile(runs: readonly AdresReeks[]): string {
	const lines = [ADRES_KOLOMMEN.join(';')];
	for (const r of runs) lines.push(`${r.postcode};${r.van};${r.tot};${contentCell(r.straat)};${contentCell(r.buurt)}`);
	return `${lines.join('\n')}\n`;
}
