/**
 * The comparison of one indicator in the latest year as horizontal bars: the whole
 * gemeente as reference, then the sibling areas (the other wijken of the gemeente, or the
 * other buurten of the wijk) from high to low, this area among them, marked by its text
 * "(deze wijk)" and bold type as well as its colour. Siblings without a figure that may
 * be shown get the reason as text instead of a bar. With more than MAX_BARS areas only
 * this area and the TOP_BOTTOM highest and lowest are drawn; comparisonCaption says so.
 */
import { scaleLinear } from 'd3';

import { notShownLabel } from '#lib/wijkkompas/format.ts';
import type { IndicatorFigures } from '#lib/wijkkompas/kompas.ts';
import { isShown, type Measurement, type MeasurementStatus } from '#lib/wijkkompas/measurement.ts';
import { areaKind, areaNounIn, kompasText, type Taal } from '#lib/wijkkompas/text.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import { c, DASH, escapeXml, fitText, FONT_SIZE, svgOpen, textWidth, unitLabel } from './svg.ts';

/** With more areas than this, only this area and the highest and lowest are drawn. */
export const MAX_BARS = 12;
/** How many of the highest and of the lowest are drawn when there are too many areas. */
export const TOP_BOTTOM = 3;

export interface ComparisonBar {
	kind: 'gebied' | 'gemeente' | 'ander';
	code: string;
	naam: string;
	/** The figure with its unit, or why there is none ("te weinig antwoorden"). */
	label: string;
	status: MeasurementStatus;
	/** Only for a figure that may be shown. */
	waarde?: number;
}

/** Areas left out of the chart at this place. */
export interface ComparisonGap {
	kind: 'weggelaten';
	count: number;
	/** True for the areas without a figure, which are always left out together at the end. */
	withoutFigure: boolean;
}

export interface ComparisonSelection {
	jaar?: number;
	rows: (ComparisonBar | ComparisonGap)[];
	/** Number of areas compared (this one included), with or without a figure. */
	total: number;
	truncated: boolean;
}

export interface ComparisonOptions {
	/** Width in CSS px (and viewBox units); drawn at scale 1. Default 320. */
	width?: number;
	/** Add the gemeente as a bar and reference line. Default: when the unit is not 'aantal'. */
	gemeente?: boolean;
	/** Name of the gemeente bar. Default "Hele gemeente". */
	gemeenteLabel?: string;
	/** How this area is named, e.g. "dit dorp". Default "deze wijk" or "deze buurt". */
	noun?: string;
	/** A wijk that is a village: "dit dorp". */
	soort?: 'wijk' | 'dorp';
	/** The reader's language. Default Dutch. */
	taal?: Taal;
}

type Settings = Pick<WijkkompasInstellingen, 'kleineAantallen'>;

const niveau = (figures: IndicatorFigures) => (figures.area.level === 'buurt' ? 'buurt' : 'wijk');
/** "deze wijk", "dit dorp", "deze buurt", as a label (the subject form). */
const areaNoun = (figures: IndicatorFigures, options: Pick<ComparisonOptions, 'noun' | 'soort' | 'taal'>) =>
	options.noun ??
	areaNounIn(
		figures.area.level === 'buurt' ? 'buurt' : areaKind({ level: 'wijk' }, options.soort),
		'onderwerp',
		options.taal,
	);

function label(figures: IndicatorFigures, m: Measurement, settings: Settings | undefined, taal: Taal): string {
	const { eenheid, decimalen } = figures.indicator;
	if (isShown(m)) return unitLabel(m.waarde, eenheid, decimalen, taal);
	// Without the portal's settings the exact threshold is unknown: do not guess it.
	if (m.status === 'klein-aantal' && !settings) return kompasText(taal).t('wijkkompas.status.kleinAantalOnbekend');
	return notShownLabel(m, settings ?? { kleineAantallen: 0 }, taal);
}

/** What the comparison chart shows, in order; also usable for a list or table. */
export function comparisonRows(
	figures: IndicatorFigures,
	settings?: Settings,
	options: ComparisonOptions = {},
): ComparisonSelection {
	const compared = figures.comparison;
	const taal = options.taal ?? 'nl';
	const jaar = figures.latest?.jaar;
	if (!compared.length || jaar === undefined) return { jaar, rows: [], total: compared.length, truncated: false };
	const self = figures.area.code;
	const bar = (code: string, naam: string, m: Measurement, kind: ComparisonBar['kind']): ComparisonBar => ({
		kind,
		code,
		naam,
		label: label(figures, m, settings, taal),
		status: m.status,
		...(isShown(m) ? { waarde: m.waarde } : {}),
	});

	const rows: (ComparisonBar | ComparisonGap)[] = [];
	const withGemeente = options.gemeente ?? figures.indicator.eenheid !== 'aantal';
	if (withGemeente && figures.gemeenteLatest) {
		const gemeenteLabel = options.gemeenteLabel ?? kompasText(taal).t('wijkkompas.heleGemeente');
		rows.push(bar(figures.area.gemeente, gemeenteLabel, figures.gemeenteLatest, 'gemeente'));
	}
	const shown = compared.filter((a) => isShown(a.m)).sort((a, b) => b.m.waarde! - a.m.waarde!);
	const missing = compared.filter((a) => !isShown(a.m));
	const truncated = compared.length > MAX_BARS;
	let gap = 0;
	shown.forEach((a, i) => {
		const keep = !truncated || a.area.code === self || i < TOP_BOTTOM || i >= shown.length - TOP_BOTTOM;
		if (!keep) {
			gap++;
			return;
		}
		if (gap) rows.push({ kind: 'weggelaten', count: gap, withoutFigure: false });
		gap = 0;
		rows.push(bar(a.area.code, a.area.naam, a.m, a.area.code === self ? 'gebied' : 'ander'));
	});
	if (truncated) {
		if (missing.length) rows.push({ kind: 'weggelaten', count: missing.length, withoutFigure: true });
	} else {
		for (const a of missing) rows.push(bar(a.area.code, a.area.naam, a.m, a.area.code === self ? 'gebied' : 'ander'));
	}
	return { jaar, rows, total: compared.length, truncated };
}

/** A sentence under the chart when not every area is drawn; '' when they all are. */
export function comparisonCaption(
	figures: IndicatorFigures,
	options: Pick<ComparisonOptions, 'noun' | 'soort' | 'taal'> = {},
): string {
	const total = figures.comparison.length;
	if (total <= MAX_BARS || !figures.latest) return '';
	return kompasText(options.taal).t('wijkkompas.grafiek.alleenHoogsteLaagste', {
		aantal: total,
		niveau: niveau(figures),
		top: TOP_BOTTOM,
		jaar: String(figures.latest.jaar),
		gebied: areaNoun(figures, options),
	});
}

/** A row: the name (and value) on one line of text, the bar under it. */
const NAME_Y = FONT_SIZE;
const BAR_Y = FONT_SIZE + 4;
const BAR_HEIGHT = 10;
const ROW = BAR_Y + BAR_HEIGHT + 6;
const GAP_ROW = FONT_SIZE + 7;
const PAD = 4;

/** The comparison chart as SVG markup, or '' when there is nothing to compare. */
export function comparisonChart(
	figures: IndicatorFigures,
	settings?: Settings,
	options: ComparisonOptions = {},
): string {
	const { rows } = comparisonRows(figures, settings, options);
	if (!rows.some((r) => r.kind === 'gebied')) return '';
	const width = options.width ?? 320;

	let lo = 0;
	let hi = 0;
	let height = 2 * PAD;
	let gemeente: number | undefined;
	for (const r of rows) {
		height += r.kind === 'weggelaten' ? GAP_ROW : ROW;
		if (r.kind === 'weggelaten' || r.waarde === undefined) continue;
		if (r.waarde < lo) lo = r.waarde;
		if (r.waarde > hi) hi = r.waarde;
		if (r.kind === 'gemeente') gemeente = r.waarde;
	}
	if (lo === hi) hi = 1;
	const x = scaleLinear()
		.domain([lo, hi])
		.range([PAD, width - PAD]);
	const x0 = x(0);
	const { t } = kompasText(options.taal);
	const suffix = ` (${areaNoun(figures, options)})`;

	const out: string[] = [svgOpen('bars', width, height)];
	const reference: string[] = [];
	// The zero line only across the bars, not through the names.
	const zero: string[] = [];
	let y = PAD;
	for (const r of rows) {
		if (r.kind === 'weggelaten') {
			const values = { aantal: r.count, niveau: niveau(figures) };
			const text = t(r.withoutFigure ? 'wijkkompas.grafiek.zonderCijfer' : 'wijkkompas.grafiek.andere', values);
			out.push(`<text class="wk-chart__gap" x="${c(PAD)}" y="${c(y + NAME_Y)}">${escapeXml(text)}</text>`);
			y += GAP_ROW;
			continue;
		}
		const value = r.waarde === undefined ? '' : r.label;
		const nameRoom = width - 2 * PAD - (value ? textWidth(value) + 8 : 0);
		const name =
			r.kind === 'gebied' ? `${fitText(r.naam, nameRoom - textWidth(suffix))}${suffix}` : fitText(r.naam, nameRoom);
		const bold = r.kind === 'gebied' ? ' font-weight="bold"' : '';
		out.push(`<g class="wk-chart__row wk-chart__row--${r.kind}">`);
		out.push(`<text class="wk-chart__name" x="${c(PAD)}" y="${c(y + NAME_Y)}"${bold}>${escapeXml(name)}</text>`);
		if (r.waarde === undefined) {
			out.push(
				`<text class="wk-chart__missing" x="${c(PAD)}" y="${c(y + BAR_Y + BAR_HEIGHT - 1)}" font-style="italic">${escapeXml(r.label)}</text>`,
			);
		} else {
			out.push(
				`<text class="wk-chart__value" x="${c(width - PAD)}" y="${c(y + NAME_Y)}" text-anchor="end"${bold}>${escapeXml(value)}</text>`,
			);
			const xv = x(r.waarde);
			// A zero still gets a hairline, so it does not look like a missing figure.
			const w = Math.max(1, Math.abs(xv - x0));
			const paint = r.kind === 'gemeente' ? ' fill="#fff" stroke="currentColor"' : ' fill="currentColor"';
			out.push(
				`<rect class="wk-chart__bar wk-chart__bar--${r.kind}" x="${c(Math.min(xv, x0))}" y="${c(y + BAR_Y)}" width="${c(w)}" height="${BAR_HEIGHT}"${paint}/>`,
			);
			if (gemeente !== undefined)
				reference.push(`M${c(x(gemeente))},${c(y + BAR_Y - 2)}V${c(y + BAR_Y + BAR_HEIGHT + 2)}`);
			if (lo < 0) zero.push(`M${c(x0)},${c(y + BAR_Y - 2)}V${c(y + BAR_Y + BAR_HEIGHT + 2)}`);
		}
		out.push('</g>');
		y += ROW;
	}
	if (zero.length) out.push(`<path class="wk-chart__zero" d="${zero.join('')}" stroke="currentColor"/>`);
	if (reference.length) {
		out.push(
			`<path class="wk-chart__reference" d="${reference.join('')}" fill="none" stroke="currentColor" stroke-dasharray="${DASH}"/>`,
		);
	}
	out.push('</svg>');
	return out.join('');
}
