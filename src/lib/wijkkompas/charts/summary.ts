/**
 * What the charts show, in words (B1, in the reader's language; Dutch by default) and as
 * table rows, so the page never needs the picture: the trend over the years, the comparison
 * with the gemeente and the other areas, and the figures per year. Neutral words only: the
 * wijkkompas supports the conversation about a wijk, it does not judge it.
 */
import type { MessageKey } from '#i18n/index.ts';
import { formatMeasurement, formatNumber, withUnit } from '#lib/wijkkompas/format.ts';
import type { IndicatorFigures } from '#lib/wijkkompas/kompas.ts';
import { isShown, type Measurement, type MeasurementStatus } from '#lib/wijkkompas/measurement.ts';
import {
	areaKind,
	areaNounIn,
	joinList,
	kompasText,
	localIndicator,
	type NounForm,
	type Taal,
} from '#lib/wijkkompas/text.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

type Settings = Pick<WijkkompasInstellingen, 'kleineAantallen'>;
type Shown = Measurement & { waarde: number };

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The value as shown, rounded to the indicator's decimals: equal labels are equal values. */
const rounded = (figures: IndicatorFigures, v: number) => Number(v.toFixed(figures.indicator.decimalen));

/** Years as words, runs of three or more shortened: "2019 tot en met 2022 en 2025". */
export function yearsText(years: readonly number[], taal: Taal = 'nl'): string {
	const { t } = kompasText(taal);
	const parts: string[] = [];
	for (let i = 0; i < years.length;) {
		let j = i;
		while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
		if (j - i >= 2) parts.push(t('wijkkompas.jaren.reeks', { van: String(years[i]), tot: String(years[j]) }));
		else for (let k = i; k <= j; k++) parts.push(String(years[k]));
		i = j + 1;
	}
	return joinList(parts, taal);
}

/** Whether yearsText shortened a run of years ("2019 tot en met 2022"). */
const hasRun = (years: readonly number[]) => years.some((y, i) => years[i + 1] === y + 1 && years[i + 2] === y + 2);

export interface SummaryOptions {
	/** How the text names the area, e.g. "dit dorp" (Dutch, as the sentences' every form). Default by the area's level. */
	noun?: string;
	/** A wijk that is a village: "dit dorp". */
	soort?: 'wijk' | 'dorp';
	/** The reader's language. Default Dutch. */
	taal?: Taal;
}

/** The words of one summary: the language, and the area in the form a sentence needs. */
interface Words {
	taal: Taal;
	t: ReturnType<typeof kompasText>['t'];
	noun: (form: NounForm) => string;
	years: (years: readonly number[]) => string;
	number: (v: number) => string;
}

function wordsFor(figures: IndicatorFigures, options: SummaryOptions): Words {
	const taal = options.taal ?? 'nl';
	const kind = areaKind(figures.area, options.soort);
	return {
		taal,
		t: kompasText(taal).t,
		noun: (form) => options.noun ?? areaNounIn(kind, form, taal),
		years: (years) => yearsText(years, taal),
		number: (v) => formatNumber(v, 0, taal),
	};
}

/** "In 2021 en 2025 …", "In de jaren 2019 tot en met 2025 …": the start of a sentence about some years. */
const inYears = (w: Words, years: readonly number[], key: MessageKey, values: Record<string, string> = {}) =>
	w.t(key, { ...values, jaren: w.years(years), reeks: hasRun(years) ? 'ja' : 'nee' });

/**
 * The trend in one or a few sentences: from the first to the last figure that may be
 * shown, a high or low point in between, the years in between without a figure (the
 * gaps in the line of the chart) and why, and why the last year has no figure. Without
 * any figure to show: why not. Never a number for a figure that is not shown.
 */
export function trendSummary(figures: IndicatorFigures, settings: Settings, options: SummaryOptions = {}): string {
	const w = wordsFor(figures, options);
	const { series } = figures;
	// The indicator's name in the reader's language, from its `vertalingen` (else Dutch).
	const indicator = localIndicator(figures.indicator, w.taal);
	const { t } = w;
	const shown = series.filter(isShown);
	if (!shown.length) return nothingShown(figures, settings, w);

	const v = (m: Shown) => withUnit(m.waarde, indicator.eenheid, indicator.decimalen, w.taal);
	const first = shown[0]!;
	const latest = shown.at(-1)!;
	const sentences: string[] = [];
	const subject = indicator.inZin?.trim();
	const naam = indicator.naam;

	if (first === latest) {
		const values = { jaar: String(latest.jaar), waarde: v(latest) };
		sentences.push(
			subject
				? t('wijkkompas.trend.eenJaar', { ...values, onderwerp: subject })
				: t('wijkkompas.trend.eenJaarDit', values),
		);
	} else {
		const a = rounded(figures, first.waarde);
		const b = rounded(figures, latest.waarde);
		const values = { van: v(first), vanJaar: String(first.jaar), naar: v(latest), naarJaar: String(latest.jaar) };
		if (a === b) {
			sentences.push(
				subject
					? t('wijkkompas.trend.gelijkOnderwerp', { ...values, onderwerp: capitalize(subject) })
					: t('wijkkompas.trend.gelijk', { ...values, naam }),
			);
		} else if (subject) {
			sentences.push(
				t('wijkkompas.trend.veranderdOnderwerp', {
					...values,
					onderwerp: capitalize(subject),
					richting: b > a ? 'hoger' : 'lager',
				}),
			);
		} else {
			sentences.push(t('wijkkompas.trend.veranderd', { ...values, naam, richting: b > a ? 'hoger' : 'lager' }));
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
		if (high) sentences.push(t('wijkkompas.trend.hoogste', { waarde: v(high), jaar: String(high.jaar) }));
		if (low) sentences.push(t('wijkkompas.trend.laagste', { waarde: v(low), jaar: String(low.jaar) }));
		sentences.push(...gapSentences(figures, first.jaar, latest.jaar, settings, w));
	}

	const last = figures.last;
	if (last && last.jaar > latest.jaar && !isShown(last)) sentences.push(lastYearNotShown(last, settings, w));
	return sentences.join(' ');
}

function lastYearNotShown(m: Measurement, settings: Settings, w: Words): string {
	const jaar = String(m.jaar);
	switch (m.status) {
		case 'geen-cijfer':
			return w.t('wijkkompas.zin.geenCijferVoor', { jaren: jaar, gebied: w.noun('voor') });
		case 'te-weinig-antwoorden':
			return w.t('wijkkompas.zin.teWeinigAntwoordenOver', { jaar });
		case 'klein-aantal':
			return w.t('wijkkompas.zin.kleinAantalIn', { jaar, n: w.number(settings.kleineAantallen) });
		default:
			return notShownSentence(m.status, m.reden, [m.jaar], settings, w);
	}
}

/**
 * Why the years strictly between `from` and `to` have no figure in the chart, one
 * sentence per reason: each of those years is a gap in the line. A calendar year without
 * any figure in the whole gemeente (not measured, or not imported) is named as well.
 */
function gapSentences(figures: IndicatorFigures, from: number, to: number, settings: Settings, w: Words): string[] {
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
	const sentences = [...groups.values()].map((g) => notShownSentence(g.status, g.reden, g.years, settings, w));
	if (none.length) sentences.push(w.t('wijkkompas.zin.geenCijfersOver', { jaren: w.years(none) }));
	return sentences;
}

/** One sentence on why the figures of `years` are not shown. */
function notShownSentence(
	status: MeasurementStatus,
	reden: Measurement['reden'],
	years: number[],
	settings: Settings,
	w: Words,
): string {
	const jaren = w.years(years);
	const aantal = years.length;
	switch (status) {
		case 'geen-cijfer':
			return w.t('wijkkompas.zin.geenCijferVoor', { jaren, gebied: w.noun('voor') });
		case 'te-weinig-antwoorden':
			return inYears(w, years, 'wijkkompas.zin.teWeinigAntwoorden');
		case 'klein-aantal':
			return inYears(w, years, 'wijkkompas.zin.kleinAantal', { n: w.number(settings.kleineAantallen) });
		case 'aanvullend-verborgen':
			return w.t('wijkkompas.zin.verborgen', { jaren, aantal });
		case 'onbekend':
			if (reden === 'niet-gepubliceerd') return w.t('wijkkompas.zin.nietGepubliceerd', { jaren, aantal });
			if (reden === 'geheim') return w.t('wijkkompas.zin.geheim', { jaren, aantal });
			return w.t('wijkkompas.zin.nietBekend', { jaren, aantal });
		default:
			return '';
	}
}

function nothingShown(figures: IndicatorFigures, settings: Settings, w: Words): string {
	const byStatus = new Map<MeasurementStatus, number[]>();
	for (const m of figures.series) {
		if (m.status === 'geen-cijfer') continue;
		const years = byStatus.get(m.status);
		if (years) years.push(m.jaar);
		else byStatus.set(m.status, [m.jaar]);
	}
	if (!byStatus.size) return w.t('wijkkompas.zin.geenCijfersOnderwerp', { gebied: w.noun('voor') });
	const sentences = [w.t('wijkkompas.zin.geenCijferTeZien', { gebied: w.noun('voor') })];
	const tooFew = byStatus.get('te-weinig-antwoorden');
	if (tooFew) sentences.push(inYears(w, tooFew, 'wijkkompas.zin.teWeinigAntwoorden'));
	const small = byStatus.get('klein-aantal');
	if (small) {
		sentences.push(
			inYears(w, small, 'wijkkompas.zin.kleinAantal', { n: w.number(settings.kleineAantallen) }),
			w.t('wijkkompas.zin.kleinAantalUitleg'),
		);
	}
	const hidden = byStatus.get('aanvullend-verborgen');
	if (hidden) sentences.push(notShownSentence('aanvullend-verborgen', undefined, hidden, settings, w));
	const unknown = byStatus.get('onbekend');
	if (unknown) sentences.push(w.t('wijkkompas.zin.nietBekend', { jaren: w.years(unknown), aantal: unknown.length }));
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
	const w = wordsFor(figures, options);
	const { t } = w;
	const v = (m: Measurement) => formatMeasurement(indicator, m, settings, w.taal);
	const sentences: string[] = [];

	const g = figures.gemeenteLatest;
	if (indicator.eenheid !== 'aantal' && g) {
		if (isShown(g)) {
			const own = rounded(figures, latest.waarde);
			const theirs = rounded(figures, g.waarde);
			sentences.push(
				t('wijkkompas.vergelijk.gemeente', {
					jaar: String(latest.jaar),
					gebied: w.noun('in'),
					waarde: v(latest),
					hoe: own > theirs ? 'hoger' : own < theirs ? 'lager' : 'gelijk',
					gemeente: v(g),
				}),
			);
		} else {
			sentences.push(t('wijkkompas.vergelijk.gemeenteGeenCijfer', { jaar: String(latest.jaar) }));
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
		const values = {
			aantal: ranked,
			niveau: area.level === 'buurt' ? 'buurt' : 'wijk',
			metCijfer: ranked < figures.comparison.length ? 'ja' : 'nee',
			gebied: w.noun('onderwerp'),
			gelijk: same,
		};
		if (higher === 0) sentences.push(t('wijkkompas.vergelijk.hoogste', values));
		else if (higher + same + 1 === ranked) sentences.push(t('wijkkompas.vergelijk.laagste', values));
		else sentences.push(t('wijkkompas.vergelijk.plaats', { ...values, plaats: higher + 1 }));
	}

	if (sentences.length && indicator.richting !== 'neutraal') {
		sentences.push(
			t(
				indicator.richting === 'hoger is beter'
					? 'wijkkompas.vergelijk.hogerGunstiger'
					: 'wijkkompas.vergelijk.lagerGunstiger',
			),
		);
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
export function tableRows(figures: IndicatorFigures, settings: Settings, taal: Taal = 'nl'): TableRow[] {
	const { indicator, years, series, gemeente } = figures;
	return years.map((jaar, i) => {
		const a = series[i] ?? { jaar, status: 'geen-cijfer' as const };
		const g = gemeente[i] ?? { jaar, status: 'geen-cijfer' as const };
		return {
			jaar,
			area: formatMeasurement(indicator, a, settings, taal),
			gemeente: formatMeasurement(indicator, g, settings, taal),
			areaStatus: a.status,
			gemeenteStatus: g.status,
		};
	});
}
