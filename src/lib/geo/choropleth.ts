/**
 * A choropleth of one wijkkompas indicator: the figure of every wijk (or buurt) of a
 * gemeente in the same year, sorted into at most five classes with equal numbers of areas.
 * Figures that may not be shown (too few answers, small counts, secret) get no class and
 * are marked as such; a missing figure is never a zero.
 */
import { quantileSorted } from 'd3';

import { i18n } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import type { Area } from '#lib/wijkkompas/areas.ts';
import { formatMeasurement, withUnit } from '#lib/wijkkompas/format.ts';
import type { Kompas } from '#lib/wijkkompas/kompas.ts';
import { isShown, measure, type Measurement } from '#lib/wijkkompas/measurement.ts';
import type { Indicator } from '#schemas/indicatoren.ts';

export const MAX_CLASSES = 5;

export interface ChoroplethEntry {
	area: Area;
	m: Measurement;
	/** 1 (lowest figures) up to the number of classes; only for figures that are shown. */
	klasse?: number;
	/** The figure as residents read it: "23,4%", "te weinig antwoorden", "geen cijfer". */
	tekst: string;
}

export interface LegendClass {
	klasse: number;
	/** "12,0% tot 15,5%". */
	label: string;
}

export interface Choropleth {
	indicator: Indicator;
	/** The year of the figures; undefined when none of the areas has a figure that may be shown. */
	jaar?: number;
	entries: ChoroplethEntry[];
	legend: LegendClass[];
}

/** Upper bounds between classes (exclusive), from the shown values, rounded as they are shown. */
export function classBreaks(values: readonly number[], decimals: number, maxClasses = MAX_CLASSES): number[] {
	const sorted = [...new Set(values.map((v) => Number(v.toFixed(decimals))))].sort((a, b) => a - b);
	const k = Math.min(maxClasses, sorted.length);
	const breaks: number[] = [];
	for (let i = 1; i < k; i++) {
		const b = Number(quantileSorted(sorted, i / k)!.toFixed(decimals));
		if (b > sorted[0]! && b !== breaks.at(-1)) breaks.push(b);
	}
	return breaks;
}

export const classOf = (value: number, breaks: readonly number[], decimals: number) => {
	const v = Number(value.toFixed(decimals));
	return 1 + breaks.filter((b) => v >= b).length;
};

/** The choropleth; its words (legend, figures) in `taal`, Dutch by default (the island's data file). */
export function choropleth(
	kompas: Kompas,
	indicator: Indicator,
	areas: readonly Area[],
	gemeente: string,
	taal: Taal = 'nl',
): Choropleth {
	const { values, settings } = kompas.input;
	const measureIn = (jaar: number) =>
		areas.map((area) => ({
			area,
			m: measure(
				indicator,
				jaar,
				values.get(indicator.id, area.code, jaar),
				settings,
				kompas.hidden.isHidden(indicator.id, area.code, jaar),
			),
		}));
	const years = values.years(indicator.id, gemeente);
	let jaar: number | undefined;
	let measured: { area: Area; m: Measurement }[] = [];
	for (let i = years.length - 1; i >= 0; i--) {
		measured = measureIn(years[i]!);
		if (measured.some((e) => isShown(e.m))) {
			jaar = years[i];
			break;
		}
	}
	if (jaar === undefined) return { indicator, entries: [], legend: [] };
	const shown = measured.filter((e) => isShown(e.m)).map((e) => e.m.waarde!);
	const breaks = classBreaks(shown, indicator.decimalen);
	const lo = Math.min(...shown);
	const hi = Math.max(...shown);
	const bounds = [lo, ...breaks, hi];
	const unit = (v: number) => withUnit(v, indicator.eenheid, indicator.decimalen, taal);
	const { t } = i18n(taal);
	const legend = bounds.slice(0, -1).map((from, i) => {
		const last = i === bounds.length - 2;
		const to = bounds[i + 1]!;
		return {
			klasse: i + 1,
			label:
				from === to
					? unit(from)
					: t(last ? 'kaart.legenda.totEnMet' : 'kaart.legenda.tot', { van: unit(from), tot: unit(to) }),
		};
	});
	const entries = measured.map(({ area, m }) => ({
		area,
		m,
		klasse: isShown(m) ? classOf(m.waarde, breaks, indicator.decimalen) : undefined,
		tekst: formatMeasurement(indicator, m, settings, taal),
	}));
	return { indicator, jaar, entries, legend };
}

/** Indicators that can be compared on a map: those of the base set (not limited to some wijken). */
export const mappable = (kompas: Kompas) => kompas.input.definitions.indicatoren.filter((i) => !i.wijken);
