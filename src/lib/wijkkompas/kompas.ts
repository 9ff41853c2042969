/**
 * The wijkkompas of every area: per indicator the series over the years, the latest
 * figure, changes since the previous measurement and the baseline (0-meting), the
 * comparison with the gemeente and with the sibling areas, the theme index and the
 * aandachtspunten. Shared parts (gemeente series, sibling comparisons) are computed once
 * per build and reused by every page.
 */
import type { Indicator, Indicatoren, IndicatorThema } from '#schemas/indicatoren.ts';
import type { Gemeente, WijkkompasInstellingen } from '#schemas/portaal.ts';

import type { Area, AreaSet } from './areas.ts';
import { type HiddenCells, hiddenCells } from './disclosure/hidden-cells.ts';
import { csvHead, csvLine, DATASET_COLUMNS, EXPORT_COLUMNS, type ExportRow, exportRow } from './export.ts';
import { isShown, measure, type Measurement } from './measurement.ts';
import { areaKind, areaNounIn, joinList, kompasText, type Taal } from './text.ts';
import { themeIndex, type ThemeIndexYear } from './theme-index.ts';
import type { ValueIndex } from './value-index.ts';
import type { ValuesFile } from './values-file.ts';

export interface ComparedArea {
	area: Area;
	m: Measurement;
}

export interface IndicatorFigures {
	indicator: Indicator;
	area: Area;
	/** Years with figures for this indicator anywhere in the gemeente, ascending. */
	years: number[];
	/** This area's measurement for each of `years`. */
	series: Measurement[];
	/** The gemeente's measurement for each of `years`. */
	gemeente: Measurement[];
	/** Measurement of the last year (may be a figure that is not shown). */
	last?: Measurement;
	/** Last figure that may be shown. */
	latest?: Measurement & { waarde: number };
	/** Shown figure before `latest`. */
	previous?: Measurement & { waarde: number };
	/** Shown figure of the baseline year, when that is not the latest year. */
	baseline?: Measurement & { waarde: number };
	/** The gemeente in the year of `latest`. */
	gemeenteLatest?: Measurement;
	/** The sibling areas (this one included) in the year of `latest`, in content order. */
	comparison: ComparedArea[];
	/** Position by value among siblings with a shown figure, highest first. */
	rank?: { position: number; of: number };
	/** Where the series breaks: years without a figure for this area. */
	notes: string[];
	/** Set when the area is clearly worse than its gemeente in the latest year. */
	aandachtspunt?: { afwijking: number };
}

export interface ThemeFigures {
	thema: IndicatorThema;
	indicators: IndicatorFigures[];
	index: ThemeIndexYear[];
}

export interface AreaKompas {
	area: Area;
	baselineYear?: number;
	themas: ThemeFigures[];
	aandachtspunten: IndicatorFigures[];
	/** Ids of the datasets with at least one figure for this area. */
	datasets: string[];
}

export interface KompasInput {
	areas: AreaSet;
	definitions: Indicatoren;
	gemeenten: readonly Gemeente[];
	values: ValueIndex;
	settings: WijkkompasInstellingen;
	/** The datasets, for sources, licences and downloads. */
	files: readonly ValuesFile[];
}

export interface Kompas {
	input: KompasInput;
	of(code: string): AreaKompas | undefined;
	/** Indicators that apply to an area: the base set plus those for its wijk. */
	indicatorsFor(area: Area): Indicator[];
	/** Baseline (0-meting) year of a gemeente. */
	baselineYear(gemeente: string): number | undefined;
	/** Every value of the areas, as published (disclosure control applied), sorted by area, indicator and year. */
	exportRows(codes: readonly string[], dataset?: string): ExportRow[];
	/** The same as CSV (see export.ts); with a dataset, only that dataset in its lean columns. */
	exportCsv(codes: readonly string[], dataset?: string): string;
	/** Counts hidden by secondary suppression (disclosure/), the same for every published place. */
	hidden: HiddenCells;
}

const cached = <K, V>(compute: (key: K) => V) => {
	const cache = new Map<K, V>();
	return (key: K): V => {
		if (cache.has(key)) return cache.get(key)!;
		const value = compute(key);
		cache.set(key, value);
		return value;
	};
};

/** How many areas' results `of()` keeps (the most recent ones). */
const RECENT_AREAS = 8;

export function createKompas(input: KompasInput): Kompas {
	const { areas, definitions, values, settings } = input;
	const indicatorsById = new Map(definitions.indicatoren.map((i) => [i.id, i]));
	const hidden = hiddenCells({ areas, indicators: definitions.indicatoren, values, settings });

	const baselineYear = cached((gemeente: string) => {
		const configured = input.gemeenten.find((g) => g.code === gemeente)?.nulmeting;
		if (configured !== undefined) return configured;
		let first: number | undefined;
		for (const i of definitions.indicatoren) {
			const y = values.years(i.id, gemeente)[0];
			if (y !== undefined && (first === undefined || y < first)) first = y;
		}
		return first;
	});

	const measurements = (indicator: Indicator, code: string, years: number[]) =>
		years.map((jaar) =>
			measure(
				indicator,
				jaar,
				values.get(indicator.id, code, jaar),
				settings,
				hidden.isHidden(indicator.id, code, jaar),
			),
		);

	const gemeenteSeries = cached((key: string) => {
		const [id, gemeente] = key.split('|') as [string, string];
		return measurements(indicatorsById.get(id)!, gemeente, values.years(id, gemeente));
	});

	// One comparison per parent area (gemeente or wijk), indicator and year, shared by all its children.
	const comparison = cached((key: string): ComparedArea[] => {
		const [id, parent, year] = key.split('|') as [string, string, string];
		const indicator = indicatorsById.get(id)!;
		const applies = (area: Area) => !indicator.wijken || indicator.wijken.includes(area.wijkSlug!);
		return (areas.children.get(parent) ?? []).filter(applies).map((area) => ({
			area,
			m: measure(
				indicator,
				Number(year),
				values.get(id, area.code, Number(year)),
				settings,
				hidden.isHidden(id, area.code, Number(year)),
			),
		}));
	});

	const indicatorsFor = (area: Area) =>
		definitions.indicatoren.filter((i) => !i.wijken || area.level === 'gemeente' || i.wijken.includes(area.wijkSlug!));

	function figures(indicator: Indicator, area: Area): IndicatorFigures {
		const years = values.years(indicator.id, area.gemeente);
		const series = measurements(indicator, area.code, years);
		const gemeente = area.level === 'gemeente' ? series : gemeenteSeries(`${indicator.id}|${area.gemeente}`);
		const shown = series.filter(isShown);
		const latest = shown.at(-1);
		const previous = shown.at(-2);
		const base = baselineYear(area.gemeente);
		const baselineM =
			latest && base !== undefined ? shown.find((m) => m.jaar >= base && m.jaar < latest.jaar) : undefined;
		const gemeenteLatest = latest ? gemeente[years.indexOf(latest.jaar)] : undefined;
		const parent = area.level === 'buurt' ? area.wijk! : area.gemeente;
		// An own area (eigen gebied) is an overlay, not one of the gemeente's wijken: it is compared with its gemeente only.
		const compared =
			latest && area.level !== 'gemeente' && area.level !== 'eigen'
				? comparison(`${indicator.id}|${parent}|${latest.jaar}`)
				: [];
		// Rank on the figures as shown (rounded), so equal figures share a place.
		const round = (v: number) => Number(v.toFixed(indicator.decimalen));
		const ranked = compared.filter((c) => isShown(c.m));
		const position = latest ? ranked.filter((c) => round(c.m.waarde!) > round(latest.waarde)).length : -1;
		return {
			indicator,
			area,
			years,
			series,
			gemeente,
			last: series.at(-1),
			latest,
			previous,
			baseline: baselineM,
			gemeenteLatest,
			comparison: compared,
			rank:
				latest && ranked.length > 1 && ranked.some((c) => c.area.code === area.code)
					? { position: position + 1, of: ranked.length }
					: undefined,
			notes: seriesNotes(series, area),
			aandachtspunt: aandachtspunt(indicator, latest, gemeenteLatest, settings.aandachtspuntBij),
		};
	}

	// Not all kept: a national portal has ~14,000 areas, and keeping every result made the
	// build hold hundreds of megabytes. The shared parts above are kept, and the last few
	// results: pages of one area are made one after another (the five theme pages of a wijk).
	const recent = new Map<string, AreaKompas | undefined>();
	function of(code: string): AreaKompas | undefined {
		if (recent.has(code)) return recent.get(code);
		const result = computeOf(code);
		recent.set(code, result);
		if (recent.size > RECENT_AREAS) recent.delete(recent.keys().next().value!);
		return result;
	}

	function computeOf(code: string): AreaKompas | undefined {
		const area = areas.byCode.get(code);
		if (!area) return undefined;
		// Indicators without a single figure in the gemeente are left out.
		const all = indicatorsFor(area)
			.map((i) => figures(i, area))
			.filter((f) => f.years.length > 0);
		// The area's inwoners weigh rates per 1.000 inwoners in the theme index (see theme-index.ts).
		const population = all.find((f) => f.indicator.id === 'inwoners');
		const themas = definitions.themas
			.map((thema) => {
				const indicators = all.filter((f) => f.indicator.thema === thema.naam);
				return { thema, indicators, index: themeIndex(indicators, baselineYear(area.gemeente), population) };
			})
			.filter((t) => t.indicators.some((f) => f.series.some((m) => m.status !== 'geen-cijfer')));
		const datasets = new Set<string>();
		for (const f of all) for (const m of f.series) if (m.dataset) datasets.add(m.dataset);
		return {
			area,
			baselineYear: baselineYear(area.gemeente),
			themas,
			aandachtspunten: all.filter((f) => f.aandachtspunt),
			datasets: [...datasets].sort(),
		};
	}

	function exportRows(codes: readonly string[], dataset?: string): ExportRow[] {
		const rows: ExportRow[] = [];
		forEachExportRow(codes, dataset, (row) => rows.push(row));
		return rows;
	}

	/** As CSV, without holding a million row objects at once; a whole dataset in its lean columns. */
	function exportCsv(codes: readonly string[], dataset?: string): string {
		const columns = dataset ? DATASET_COLUMNS : EXPORT_COLUMNS;
		const chunks: string[] = [csvHead(columns)];
		let chunk = '';
		forEachExportRow(codes, dataset, (row) => {
			chunk += `${csvLine(row, columns)}\n`;
			if (chunk.length > 1 << 16) {
				chunks.push(chunk);
				chunk = '';
			}
		});
		chunks.push(chunk);
		return chunks.join('');
	}

	function forEachExportRow(
		codes: readonly string[],
		dataset: string | undefined,
		use: (row: ExportRow) => void,
	): void {
		for (const code of codes) {
			const area = areas.byCode.get(code);
			if (!area) continue;
			for (const indicator of indicatorsFor(area)) {
				const series = values.series(indicator.id, code);
				if (!series) continue;
				for (const year of [...series.keys()].sort((a, b) => a - b)) {
					const value = series.get(year)!;
					if (dataset && value.dataset !== dataset) continue;
					use(exportRow(area, indicator, value, settings, hidden.isHidden(indicator.id, code, year)));
				}
			}
		}
	}

	return { input, of, indicatorsFor, baselineYear, exportRows, exportCsv, hidden };
}

/**
 * Worse than the gemeente by more than `threshold` percent, for indicators with a
 * direction whose figures do not simply grow with the size of the area (not counts).
 */
export function aandachtspunt(
	indicator: Indicator,
	latest: Measurement | undefined,
	gemeente: Measurement | undefined,
	threshold: number,
): { afwijking: number } | undefined {
	if (indicator.richting === 'neutraal' || indicator.eenheid === 'aantal') return undefined;
	if (!isShown(latest) || !isShown(gemeente) || gemeente.waarde === 0) return undefined;
	const relative = ((latest.waarde - gemeente.waarde) / Math.abs(gemeente.waarde)) * 100;
	const worse = indicator.richting === 'hoger is beter' ? -relative : relative;
	return worse > threshold ? { afwijking: worse } : undefined;
}

/** Where the series of an area breaks, in the reader's language (Dutch in the kompas's own `notes`). */
export function seriesNotes(series: Measurement[], area: Area, taal: Taal = 'nl'): string[] {
	const missing = series.filter((m) => m.status === 'geen-cijfer').map((m) => m.jaar);
	if (!missing.length || missing.length === series.length) return [];
	const { t } = kompasText(taal);
	const firstPresent = String(series.find((m) => m.status !== 'geen-cijfer')!.jaar);
	const leading = missing.some((y) => y < Number(firstPresent));
	const other = missing.filter((y) => y > Number(firstPresent));
	const notes: string[] = [];
	const kind = areaKind(area);
	if (leading && area.level === 'eigen') {
		notes.push(t('wijkkompas.reeks.vanafEigen', { gebied: areaNounIn(kind, 'voor', taal), jaar: firstPresent }));
	} else if (leading) {
		notes.push(
			t('wijkkompas.reeks.vanaf', {
				gebied: areaNounIn(kind, 'voor', taal),
				onderwerp: areaNounIn(kind, 'onderwerp', taal),
				code: area.code,
				jaar: firstPresent,
			}),
		);
	}
	if (other.length) {
		notes.push(
			t('wijkkompas.reeks.onderbroken', { jaren: joinYears(other, taal), gebied: areaNounIn(kind, 'voor', taal) }),
		);
	}
	return notes;
}

export function joinYears(years: number[], taal: Taal = 'nl'): string {
	return joinList(years.map(String), taal);
}
