/**
 * What the charts show, in words (B1 Dutch) and as table rows, so the page never needs
 * the picture: the trend over the years, the comparison with the gemeente and the other
 * areas, and the figures per year. Neutral words only: the wijkkompas supports the
 * conversation about a wijk, it does not judge it.
 */
import { formatMeasurement, formatNumber, withUnit } from '#lib/wijkkompas/format.ts';
import type { IndicatorFigures } from '#lib/wijkkompas/kompas.ts';
import { isShown, type Measurement, type MeasurementStatus } from '#lib/wijkkompas/measurement.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

type Settings = Pick<WijkkompasInstellingen, 'kleineAantallen'>;
type Shown = Measurement & { waarde: number };

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "deze wijk", "deze buurt", "de gemeente". */
function areaNoun(figures: IndicatorFigures): string {
	const { level } = figures.area;
	return level === 'gemeente' ? 'de gemeente' : level === 'buurt' ? 'deze buurt' : 'deze wijk';
}

const siblingsNoun = (figures: IndicatorFigures, count: number) =>
	figures.area.level === 'buurt' ? (count === 1 ? 'buurt' : 'buurten') : count === 1 ? 'wijk' : 'wijken';

/** The value as shown, rounded to the indicator's decimals: equal labels are equal values. */
const rounded = (figures: IndicatorFigures, v: number) => Number(v.toFixed(figures.indicator.decimalen));

/** Years as words, runs of three or more shortened: "2019 tot en met 2022 en 2025". */
export function yearsText(years: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < years.length;) {
		let j = i;
		while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
		if (j - i >= 2) parts.push(`${years[i]} tot en met ${years[j]}`);
		else for (let k = i; k <= j; k++) parts.push(String(years[k]));
		i = j + 1;
	}
	return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/** "In 2021 en 2025", "In de jaren 2019 tot en met 2025". */
function inYears(years: readonly number[]): string {
	const text = yearsText(years);
	return text.includes(' tot en met ') ? `In de jaren ${text}` : `In ${text}`;
}

export interface SummaryOptions {
	/** How the text names the area, e.g. "dit dorp". Default "deze wijk", "deze buurt" or "de gemeente". */
	noun?: string;
}

/**
 * The trend in one or a few sentences: from the first to the last figure that may be
 * shown, a high or low point in between, the years in between without a figure (the
 * gaps in the line of the chart) and why, and why the last year has no figure. Without
 * any figure to show: why not. Never a number for a figure that is not shown.
 */
export function trendSummary(figures: IndicatorFigures, settings: Settings, options: SummaryOptions = {}): string {
	const { indicator, series } = figures;
	const noun = options.noun ?? areaNoun(figures);
	const shown = series.filter(isShown);
	if (!shown.length) return nothingShown(figures, settings, noun);

	const v = (m: Shown) => withUnit(m.waarde, indicator.eenheid, indicator.decimalen);
	const first = shown[0]!;
	const latest = shown.at(-1)!;
	const sentences: string[] = [];
	const subject = indicator.inZin?.trim();

	if (first === latest) {
		sentences.push(
			subject ? `In ${latest.jaar} was ${subject} ${v(latest)}.` : `In ${latest.jaar} was dit ${v(latest)}.`,
		);
	} else {
		const a = rounded(figures, first.waarde);
		const b = rounded(figures, latest.waarde);
		if (a === b) {
			sentences.push(
				subject
					? `${capitalize(subject)} bleef gelijk: ${v(first)} in ${first.jaar} en in ${latest.jaar}.`
					: `${indicator.naam}: ${v(first)} in ${first.jaar} en in ${latest.jaar}, dus gelijk gebleven.`,
			);
		} else if (subject) {
			sentences.push(
				`${capitalize(subject)} ${b > a ? 'steeg' : 'daalde'} van ${v(first)} in ${first.jaar} naar ${v(latest)} in ${latest.jaar}.`,
			);
		} else {
			sentences.push(
				`${indicator.naam}: van ${v(first)} in ${first.jaar} naar ${v(latest)} in ${latest.jaar}, een ${b > a ? 'stijging' : 'daling'}.`,
			);
		}
		// A peak or dip in between that the two ends do not tell.
		let high: Shown | undefined;
		let low: Shown | undefined;
		for (let i = 1; i < shown.length - 1; i++) {
			const m = shown[i]!;
			const r = rounded(figures, m.waarde);
			if (r > Math.max(a, b) && (!high || m.waarde > high.waarde)) high = m;
			if (r < Math.min(a, b) && (!low || m.waarde < low.waarde)) low = m;
		}
		if (high) sentences.push(`Het hoogste punt was ${v(high)}, in ${high.jaar}.`);
		if (low) sentences.push(`Het laagste punt was ${v(low)}, in ${low.jaar}.`);
		sentences.push(...gapSentences(figures, first.jaar, latest.jaar, settings, noun));
	}

	const last = figures.last;
	if (last && last.jaar > latest.jaar && !isShown(last)) sentences.push(lastYearNotShown(last, settings, noun));
	return sentences.join(' ');
}

function lastYearNotShown(m: Measurement, settings: Settings, noun: string): string {
	switch (m.status) {
		case 'geen-cijfer':
			return `Voor ${m.jaar} is er geen cijfer voor ${noun}.`;
		case 'te-weinig-antwoorden':
			return `Over ${m.jaar} waren er te weinig antwoorden voor een betrouwbaar cijfer.`;
		case 'klein-aantal':
			return `In ${m.jaar} was het aantal kleiner dan ${formatNumber(settings.kleineAantallen)}.`;
		default:
			return notShownSentence(m.status, m.reden, [m.jaar], settings, noun);
	}
}

/**
 * Why the years strictly between `from` and `to` have no figure in the chart, one
 * sentence per reason: each of those years is a gap in the line. A calendar year without
 * any figure in the whole gemeente (not measured, or not imported) is named as well.
 */
function gapSentences(figures: IndicatorFigures, from: number, to: number, settings: Settings, noun: string): string[] {
	const byYear = new Map(figures.series.map((m) => [m.jaar, m]));
	const groups = new Map<string, { status: MeasurementStatus; reden: Measurement['reden']; years: number[] }>();
	const none: number[] = [];
	for (let jaar = from + 1; jaar < to; jaar++) {
		const m = byYear.get(jaar);
		if (!m) {
			none.push(jaar);
			continue;
		}
		if (isShown(m)) continue;
		const key = `${m.status}|${m.reden ?? ''}`;
		const group = groups.get(key);
		if (group) group.years.push(jaar);
		else groups.set(key, { status: m.status, reden: m.reden, years: [jaar] });
	}
	const sentences = [...groups.values()].map((g) => notShownSentence(g.status, g.reden, g.years, settings, noun));
	if (none.length) sentences.push(`Over ${yearsText(none)} zijn er geen cijfers.`);
	return sentences;
}

/** One sentence on why the figures of `years` are not shown. */
function notShownSentence(
	status: MeasurementStatus,
	reden: Measurement['reden'],
	years: number[],
	settings: Settings,
	noun: string,
): string {
	const text = yearsText(years);
	const figure = years.length === 1 ? 'het cijfer' : 'de cijfers';
	switch (status) {
		case 'geen-cijfer':
			return `Voor ${text} is er geen cijfer voor ${noun}.`;
		case 'te-weinig-antwoorden':
			return `${inYears(years)} waren er te weinig antwoorden voor een betrouwbaar cijfer.`;
		case 'klein-aantal':
			return `${inYears(years)} was het aantal kleiner dan ${formatNumber(settings.kleineAantallen)}.`;
		case 'aanvullend-verborgen':
			return `${capitalize(figure)} over ${text} tonen wij niet. Anders kunt u met de andere cijfers een klein aantal uitrekenen.`;
		case 'onbekend':
			if (reden === 'niet-gepubliceerd') return `De bron heeft ${figure} over ${text} (nog) niet gepubliceerd.`;
			if (reden === 'geheim') return `De bron houdt ${figure} over ${text} geheim.`;
			return years.length === 1
				? `Het cijfer over ${text} is niet bekend.`
				: `De cijfers over ${text} zijn niet bekend.`;
		default:
			return '';
	}
}

function nothingShown(figures: IndicatorFigures, settings: Settings, noun: string): string {
	const byStatus = new Map<MeasurementStatus, number[]>();
	for (const m of figures.series) {
		if (m.status === 'geen-cijfer') continue;
		const years = byStatus.get(m.status);
		if (years) years.push(m.jaar);
		else byStatus.set(m.status, [m.jaar]);
	}
	if (!byStatus.size) return `Voor ${noun} zijn er geen cijfers over dit onderwerp.`;
	const sentences = [`Voor ${noun} is geen cijfer te zien.`];
	const tooFew = byStatus.get('te-weinig-antwoorden');
	if (tooFew) sentences.push(`${inYears(tooFew)} waren er te weinig antwoorden voor een betrouwbaar cijfer.`);
	const small = byStatus.get('klein-aantal');
	if (small) {
		sentences.push(
			`${inYears(small)} was het aantal kleiner dan ${formatNumber(settings.kleineAantallen)}. Kleine aantallen tonen wij niet precies, zodat niemand herkenbaar is.`,
		);
	}
	const hidden = byStatus.get('aanvullend-verborgen');
	if (hidden) sentences.push(notShownSentence('aanvullend-verborgen', undefined, hidden, settings, noun));
	const unknown = byStatus.get('onbekend');
	if (unknown) {
		sentences.push(
			unknown.length === 1
				? `Het cijfer over ${unknown[0]} is niet bekend.`
				: `De cijfers over ${yearsText(unknown)} zijn niet bekend.`,
		);
	}
	return sentences.join(' ');
}

/**
 * The latest figure next to the gemeente's in the same year (not for counts) and the
 * place among the sibling areas, from high to low; ties share a place. '' when there is
 * nothing to compare.
 */
export function comparisonSummary(figures: IndicatorFigures, settings: Settings, options: SummaryOptions = {}): string {
	const { indicator, latest, area } = figures;
	if (!latest || area.level === 'gemeente') return '';
	const noun = options.noun ?? areaNoun(figures);
	const v = (m: Measurement) => formatMeasurement(indicator, m, settings);
	const sentences: string[] = [];

	const g = figures.gemeenteLatest;
	if (indicator.eenheid !== 'aantal' && g) {
		if (isShown(g)) {
			const own = rounded(figures, latest.waarde);
			const theirs = rounded(figures, g.waarde);
			const how = own > theirs ? 'hoger dan' : own < theirs ? 'lager dan' : 'even hoog als';
			sentences.push(`In ${latest.jaar} was dit in ${noun} ${v(latest)}: ${how} in de hele gemeente (${v(g)}).`);
		} else {
			sentences.push(`Voor de hele gemeente is er over ${latest.jaar} geen cijfer te zien.`);
		}
	}

	const own = rounded(figures, latest.waarde);
	let higher = 0;
	let same = 0;
	let ranked = 0;
	for (const c of figures.comparison) {
		if (!isShown(c.m)) continue;
		ranked++;
		if (c.area.code === area.code) continue;
		const r = rounded(figures, c.m.waarde);
		if (r > own) higher++;
		else if (r === own) same++;
	}
	if (ranked > 1) {
		const total = figures.comparison.length;
		const of = `Van de ${ranked} ${siblingsNoun(figures, ranked)}${ranked < total ? ' met een cijfer' : ''}`;
		const together = same ? `samen met ${same} andere ${siblingsNoun(figures, same)} ` : '';
		if (higher === 0) sentences.push(`${of} heeft ${noun} ${together}het hoogste cijfer.`);
		else if (higher + same + 1 === ranked) sentences.push(`${of} heeft ${noun} ${together}het laagste cijfer.`);
		else {
			const tie = same ? `, gelijk met ${same} andere ${siblingsNoun(figures, same)}` : '';
			sentences.push(`${of} staat ${noun} op plaats ${higher + 1}, van hoog naar laag${tie}.`);
		}
	}

	if (sentences.length && indicator.richting !== 'neutraal') {
		sentences.push(`Bij dit cijfer is ${indicator.richting === 'hoger is beter' ? 'hoger' : 'lager'} gunstiger.`);
	}
	return sentences.join(' ');
}

export interface TableRow {
	jaar: number;
	/** This area's figure with its unit, or why there is none. */
	area: string;
	/** The gemeente's figure with its unit, or why there is none. */
	gemeente: string;
	areaStatus: MeasurementStatus;
	gemeenteStatus: MeasurementStatus;
}

/** One row per year, oldest first: the data of the trend chart for an accessible table. */
export function tableRows(figures: IndicatorFigures, settings: Settings): TableRow[] {
	const { indicator, years, series, gemeente } = figures;
	return years.map((jaar, i) => {
		const a = series[i] ?? { jaar, status: 'geen-cijfer' as const };
		const g = gemeente[i] ?? { jaar, status: 'geen-cijfer' as const };
		return {
			jaar,
			area: formatMeasurement(indicator, a, settings),
			gemeente: formatMeasurement(indicator, g, settings),
			areaStatus: a.status,
			gemeenteStatus: g.status,
		};
	});
}
