/**
 * The published status of every figure in an open-data CSV (dist/open-data/<dataset>.csv): "gebied|indicator|jaar" →
 * 'getoond' or the words for why it is not shown ("verborgen" for a count hidden by secondary suppression).
 * Tests read it to know which figures the site may not show, without repeating the rules.
 */
import { dsvFormat } from 'd3';

/** The word the CSVs and pages use for a count hidden by secondary suppression. */
export const HIDDEN = 'verborgen';

export function statusByCell(csv: string, label: string): Map<string, string> {
	const rows = dsvFormat(';').parse(csv.replace(/^\uFEFF/, ''));
	for (const column of ['gebied', 'indicator', 'jaar', 'status'])
		if (!rows.columns.includes(column)) throw new Error(`${label} has no column ${column}`);
	return new Map(rows.map((r) => [`${r.gebied}|${r.indicator}|${r.jaar}`, r.status!]));
}
