/**
 * Downloads of the wijkkompas (CSV and JSON). Disclosure control applies here exactly as on
 * the pages: a panel figure with too few answers, a small count or a figure hidden by
 * secondary suppression never leaves the site as a number.
 */
import { BYTE_ORDER_MARK, csvRow } from '#lib/site/csv.ts';
import type { Indicator } from '#schemas/indicatoren.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import { type Area, ownAreaName } from './areas.ts';
import { notShownLabel } from './format.ts';
import { measure } from './measurement.ts';
import type { IndexedValue } from './value-index.ts';

export interface ExportRow {
	gebied: string;
	gebiedsnaam: string;
	indicator: string;
	indicatornaam: string;
	eenheid: string;
	jaar: number;
	/** Null when the figure is not shown; `status` says why. */
	waarde: number | null;
	status: string;
	n: number | null;
	marge: number | null;
	bron: string;
	licentie: string;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
	'gebied',
	'gebiedsnaam',
	'indicator',
	'indicatornaam',
	'eenheid',
	'jaar',
	'waarde',
	'status',
	'n',
	'marge',
	'bron',
	'licentie',
];

export function exportRow(
	area: Area,
	indicator: Indicator,
	value: IndexedValue,
	settings: WijkkompasInstellingen,
	/** True when secondary suppression hides this figure (see disclosure/). */
	hidden = false,
): ExportRow {
	const m = measure(indicator, value.jaar, value, settings, hidden);
	return {
		gebied: area.code,
		// An own area says what it is ("Woongebied Oude stad"), so its figures are never read as a wijk's.
		gebiedsnaam: area.level === 'eigen' ? ownAreaName(area) : area.naam,
		indicator: indicator.id,
		indicatornaam: indicator.naam,
		eenheid: indicator.eenheid,
		jaar: value.jaar,
		waarde: m.status === 'getoond' ? m.waarde! : null,
		status: m.status === 'getoond' ? 'getoond' : notShownLabel(m, settings),
		n: value.n ?? null,
		marge: m.status === 'getoond' ? (value.marge ?? null) : null,
		bron: indicator.bron,
		licentie: indicator.licentie,
	};
}

/**
 * Columns of a whole dataset on /open-data/: names, units, sources and licences of the
 * indicators are in /open-data/indicatoren.json, so each of a million rows need not repeat them.
 */
export const DATASET_COLUMNS: (keyof ExportRow)[] = [
	'gebied',
	'gebiedsnaam',
	'indicator',
	'jaar',
	'waarde',
	'status',
	'n',
	'marge',
];

/**
 * One CSV line (without line break) for a row, written by ../csv.ts: the number columns
 * (jaar, waarde, n, marge) as numbers, every other column as text that cannot run as a formula.
 */
export function csvLine(r: ExportRow, columns: readonly (keyof ExportRow)[] = EXPORT_COLUMNS): string {
	return csvRow(columns.map((c) => r[c]));
}

/** The header line and a byte order mark, as CBS StatLine exports: opens in Dutch Excel. */
export const csvHead = (columns: readonly (keyof ExportRow)[] = EXPORT_COLUMNS) =>
	`${BYTE_ORDER_MARK}${csvRow(columns)}\n`;
