/**
 * The theme index (after Rotterdam's wijkprofiel): per thema and year one number where the
 * gemeente in the baseline year is 100. Each indicator with a direction scores
 * 100 × value ÷ gemeente-in-baseline-year ("hoger is beter"), or 100 × (2 − value ÷
 * gemeente-in-baseline-year) ("lager is beter"), limited to 0–200; the index is the
 * average of those scores, for objective and subjective indicators apart and together.
 * Counts are left out: a large buurt simply has more of everything.
 */
import type { Indicator, IndicatorSoort } from '#schemas/indicatoren.ts';

import { isShown, type Measurement } from './measurement.ts';

export interface ThemeIndexYear {
	jaar: number;
	objectief?: number;
	subjectief?: number;
	totaal?: number;
	/** How many indicators count in each part. */
	aantal: Record<IndicatorSoort, number>;
}

export interface IndexInput {
	indicator: Indicator;
	years: number[];
	series: Measurement[];
	gemeente: Measurement[];
}

export const countsInIndex = (indicator: Indicator) =>
	indicator.richting !== 'neutraal' && indicator.eenheid !== 'aantal';

/** The gemeente's figure the index is measured against: the baseline year, or the first year after it with a figure. */
export function referenceValue(input: IndexInput, baselineYear: number | undefined): number | undefined {
	for (let i = 0; i < input.years.length; i++) {
		if (baselineYear !== undefined && input.years[i]! < baselineYear) continue;
		const m = input.gemeente[i];
		if (isShown(m) && m.waarde !== 0) return m.waarde;
	}
	return undefined;
}

export function indicatorScore(indicator: Indicator, value: number, reference: number): number {
	const ratio = value / reference;
	const score = indicator.richting === 'hoger is beter' ? 100 * ratio : 100 * (2 - ratio);
	return Math.min(200, Math.max(0, score));
}

export function themeIndex(indicators: readonly IndexInput[], baselineYear: number | undefined): ThemeIndexYear[] {
	const scores = new Map<number, Record<IndicatorSoort, number[]>>();
	for (const input of indicators) {
		if (!countsInIndex(input.indicator)) continue;
		const reference = referenceValue(input, baselineYear);
		if (reference === undefined) continue;
		input.series.forEach((m, i) => {
			if (!isShown(m)) return;
			const year = input.years[i]!;
			let entry = scores.get(year);
			if (!entry) scores.set(year, (entry = { objectief: [], subjectief: [] }));
			entry[input.indicator.soort].push(indicatorScore(input.indicator, m.waarde, reference));
		});
	}
	const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : undefined);
	return [...scores.entries()]
		.sort(([a], [b]) => a - b)
		.map(([jaar, s]) => ({
			jaar,
			objectief: mean(s.objectief),
			subjectief: mean(s.subjectief),
			totaal: mean([...s.objectief, ...s.subjectief]),
			aantal: { objectief: s.objectief.length, subjectief: s.subjectief.length },
		}));
}

export type Band = 'ruim onder' | 'onder' | 'rond' | 'boven' | 'ruim boven';

/** The band of an index value, with a text that does not rely on colour. */
export function band(index: number, width: number): { band: Band; tekst: string } {
	if (index < 100 - 2 * width) return { band: 'ruim onder', tekst: 'ruim onder het gemiddelde' };
	if (index < 100 - width) return { band: 'onder', tekst: 'onder het gemiddelde' };
	if (index <= 100 + width) return { band: 'rond', tekst: 'rond het gemiddelde' };
	if (index <= 100 + 2 * width) return { band: 'boven', tekst: 'boven het gemiddelde' };
	return { band: 'ruim boven', tekst: 'ruim boven het gemiddelde' };
}
