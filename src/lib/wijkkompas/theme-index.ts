/**
 * The theme index (after Rotterdam's wijkprofiel): per thema and year one number where the
 * gemeente in the baseline year is 100. Each indicator with a direction scores
 * 100 × value ÷ gemeente-in-baseline-year ("hoger is beter"), or 100 × (2 − value ÷
 * gemeente-in-baseline-year) ("lager is beter"), limited to 0–200; the index is the
 * average of those scores, for objective and subjective indicators apart and together.
 * Counts are left out: a large buurt simply has more of everything.
 *
 * Reliability (INDEX_RULES, explained to residents in describe.ts indexMethod): a figure
 * counts only when it rests on enough. A panel figure needs at least
 * max(minimumAntwoorden, INDEX_RULES.minimumAntwoorden) answers; a rate per 1.000 inwoners
 * needs at least INDEX_RULES.minimumGebeurtenissen events behind it (rate × inwoners ÷
 * 1.000, with the area's 'inwoners' figure of the same year; without that figure the rate
 * counts). A few burglaries more or less in a small buurt would otherwise swing the index
 * from 72 to 150 and back. A year in which no figure counts has no index ("te weinig
 * gegevens"), never a number resting on nothing.
 */
import type { MessageKey } from '#i18n/index.ts';
import type { Indicator, IndicatorSoort } from '#schemas/indicatoren.ts';

import { isShown, type Measurement } from './measurement.ts';
import { kompasText, type Taal } from './text.ts';

export interface ThemeIndexYear {
	jaar: number;
	objectief?: number;
	subjectief?: number;
	/** Undefined when fewer than INDEX_RULES.minimumCijfers figures count (see `betrouwbaar`). */
	totaal?: number;
	/** How many indicators count in each part. */
	aantal: Record<IndicatorSoort, number>;
	/** Shown figures left out because they rest on too few answers or events. */
	weggelaten: number;
	/** False when too few figures count for an index: shown as "te weinig gegevens". */
	betrouwbaar: boolean;
}

/** The thresholds of the reliability rule, in one place (documented in docs/cijfers.md). */
export const INDEX_RULES = {
	/** A panel figure counts with at least this many answers (or the indicator's own minimum, when higher). */
	minimumAntwoorden: 50,
	/** A rate per 1.000 inwoners counts when at least this many events lie behind it. */
	minimumGebeurtenissen: 10,
	/** A theme index needs at least this many counted figures. */
	minimumCijfers: 1,
} as const;

/** The area's number of inwoners per year, for the events behind a rate. */
export interface Population {
	years: number[];
	series: Measurement[];
}

/** Whether a shown figure rests on enough answers or events to count in the theme index. */
export function restsOnEnough(
	indicator: Indicator,
	m: Measurement & { waarde: number },
	population?: Population,
): boolean {
	if (indicator.soort === 'subjectief') {
		const minimum = Math.max(indicator.minimumAntwoorden ?? 1, INDEX_RULES.minimumAntwoorden);
		return (m.n ?? 0) >= minimum;
	}
	if (indicator.eenheid === 'per 1.000 inwoners' && population) {
		const inwoners = population.series[population.years.indexOf(m.jaar)];
		if (isShown(inwoners)) return (m.waarde * inwoners.waarde) / 1000 >= INDEX_RULES.minimumGebeurtenissen;
	}
	return true;
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

export function themeIndex(
	indicators: readonly IndexInput[],
	baselineYear: number | undefined,
	population?: Population,
): ThemeIndexYear[] {
	const scores = new Map<number, Record<IndicatorSoort, number[]> & { weggelaten: number }>();
	for (const input of indicators) {
		if (!countsInIndex(input.indicator)) continue;
		const reference = referenceValue(input, baselineYear);
		if (reference === undefined) continue;
		input.series.forEach((m, i) => {
			if (!isShown(m)) return;
			const year = input.years[i]!;
			let entry = scores.get(year);
			if (!entry) scores.set(year, (entry = { objectief: [], subjectief: [], weggelaten: 0 }));
			if (restsOnEnough(input.indicator, m, population))
				entry[input.indicator.soort].push(indicatorScore(input.indicator, m.waarde, reference));
			else entry.weggelaten++;
		});
	}
	const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : undefined);
	return [...scores.entries()]
		.sort(([a], [b]) => a - b)
		.map(([jaar, s]) => {
			const all = [...s.objectief, ...s.subjectief];
			const betrouwbaar = all.length >= INDEX_RULES.minimumCijfers && all.length > 0;
			return {
				jaar,
				objectief: mean(s.objectief),
				subjectief: mean(s.subjectief),
				totaal: betrouwbaar ? mean(all) : undefined,
				aantal: { objectief: s.objectief.length, subjectief: s.subjectief.length },
				weggelaten: s.weggelaten,
				betrouwbaar,
			};
		});
}

export type Band = 'ruim onder' | 'onder' | 'rond' | 'boven' | 'ruim boven';

const BAND_KEYS: Record<Band, MessageKey> = {
	'ruim onder': 'wijkkompas.band.ruimOnder',
	onder: 'wijkkompas.band.onder',
	rond: 'wijkkompas.band.rond',
	boven: 'wijkkompas.band.boven',
	'ruim boven': 'wijkkompas.band.ruimBoven',
};

/** A band in words: "rond het gemiddelde". */
export const bandText = (b: Band, taal: Taal = 'nl') => kompasText(taal).t(BAND_KEYS[b]);

function bandOf(index: number, width: number): Band {
	if (index < 100 - 2 * width) return 'ruim onder';
	if (index < 100 - width) return 'onder';
	if (index <= 100 + width) return 'rond';
	if (index <= 100 + 2 * width) return 'boven';
	return 'ruim boven';
}

/** The band of an index value, with a text that does not rely on colour. */
export function band(index: number, width: number, taal: Taal = 'nl'): { band: Band; tekst: string } {
	const b = bandOf(index, width);
	return { band: b, tekst: bandText(b, taal) };
}
