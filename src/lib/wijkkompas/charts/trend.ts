/**
 * The trend of one indicator for one area as an SVG string: a line over the years with
 * a marked point per shown figure, broken where a year has no figure that may be shown,
 * and a dashed line for the whole gemeente (not for counts: a gemeente has far more of
 * everything). The SVG is hidden from assistive technology; the text summary and the
 * table next to it say the same.
 */
import { line } from 'd3';

import type { IndicatorFigures } from '#lib/wijkkompas/kompas.ts';
import { isShown, type Measurement } from '#lib/wijkkompas/measurement.ts';
import { kompasText, type Taal } from '#lib/wijkkompas/text.ts';

import {
	allYears,
	axisBreak,
	axisBreakNote,
	c,
	DASH,
	escapeXml,
	FONT_SIZE,
	labelMargin,
	legend,
	type LegendEntry,
	LINE_HEIGHT,
	marker,
	startsAtZero,
	svgOpen,
	tickLabel,
	yAxis,
	yearAxis,
	yearAxisHeight,
	yearLayout,
	yearScale,
} from './svg.ts';

export interface TrendChartOptions {
	/** Width in CSS px (and viewBox units): the chart is drawn at scale 1 and only shrinks in a narrower container. Default 320. */
	width?: number;
	/** Height of the chart in CSS px (viewBox units), not counting the note of an axis that does not start at zero. Default 160; a second row of year labels adds to it. */
	height?: number;
	/** Draw the gemeente line. Default: when the area is not the gemeente and the unit is not 'aantal'. */
	gemeente?: boolean;
	/** Legend at the top of the chart. Default true. */
	legend?: boolean;
	/** Legend text for the area. Default its name. */
	areaLabel?: string;
	/** Legend text for the gemeente. Default "Hele gemeente". */
	gemeenteLabel?: string;
	/** The reader's language (legend, numbers, notes). Default Dutch. */
	taal?: Taal;
}

/** Whether the trend chart draws the gemeente next to the area. */
export const showsGemeente = (figures: IndicatorFigures) =>
	figures.area.level !== 'gemeente' && figures.indicator.eenheid !== 'aantal';

/** The series the trend chart draws, for a legend outside the chart. */
export function trendLegend(figures: IndicatorFigures, options: TrendChartOptions = {}): LegendEntry[] {
	const entries: LegendEntry[] = [
		{ label: options.areaLabel ?? figures.area.naam, series: 'gebied', shape: 'circle', open: false, dashed: false },
	];
	if (options.gemeente ?? showsGemeente(figures)) {
		entries.push({
			label: options.gemeenteLabel ?? kompasText(options.taal).t('wijkkompas.heleGemeente'),
			series: 'gemeente',
			shape: 'square',
			open: true,
			dashed: true,
		});
	}
	return entries;
}

/** The trend chart as SVG markup, or '' when the area has no figure that may be shown. */
export function trendChart(figures: IndicatorFigures, options: TrendChartOptions = {}): string {
	const { series, indicator } = figures;
	// Every calendar year has its place on the axis; a year without a figure is a gap.
	const years = allYears(figures.years);
	const byYear = (list: readonly Measurement[]) => {
		const map = new Map(list.map((m) => [m.jaar, m]));
		return years.map((jaar): Measurement => map.get(jaar) ?? { jaar, status: 'geen-cijfer' });
	};
	const width = options.width ?? 320;
	if (!series.some(isShown)) return '';
	const withGemeente = (options.gemeente ?? showsGemeente(figures)) && figures.gemeente.some(isShown);

	const values: number[] = [];
	for (const m of series) if (isShown(m)) values.push(m.waarde);
	if (withGemeente) for (const m of figures.gemeente) if (isShown(m)) values.push(m.waarde);

	const entries = trendLegend(figures, { ...options, gemeente: withGemeente });
	const right = 8;
	const legendBlock = options.legend === false ? { svg: '', height: 0 } : legend(entries, 4, width - 8);
	const top = legendBlock.height + 8;
	const layout = yearLayout(years.length, width - right - 44);
	// The plot keeps its height; a second row of year labels and the note make the chart taller.
	const bottom = (options.height ?? 160) - yearAxisHeight({ rows: 1 });

	const zero = startsAtZero(indicator.eenheid);
	const y = yAxis(values, [bottom, top], { zero, integer: indicator.eenheid === 'aantal' });
	const taal = options.taal ?? 'nl';
	const labels = y.ticks.map((t) => tickLabel(t, indicator.eenheid, y.decimals, taal));
	const left = labelMargin(labels);
	const x = yearScale(years, left, width - right);
	// A value axis that does not start at zero says so: a break mark and a note under the chart.
	const broken = (y.ticks[0] ?? 0) > 0;
	const axisEnd = bottom + yearAxisHeight(layout);
	const height = axisEnd + (broken ? LINE_HEIGHT : 0);

	const out: string[] = [svgOpen('trend', width, height), legendBlock.svg];

	// Grid lines and y labels.
	out.push('<g class="wk-chart__grid">');
	for (const t of y.ticks) {
		out.push(
			`<path d="M${c(left)},${c(y.scale(t))}H${c(width - right)}" stroke="currentColor" stroke-opacity="0.25"/>`,
		);
	}
	out.push('</g><g class="wk-chart__axis wk-chart__axis--y" text-anchor="end">');
	y.ticks.forEach((t, i) => {
		out.push(`<text x="${c(left - 5)}" y="${c(y.scale(t) + FONT_SIZE * 0.35)}">${escapeXml(labels[i]!)}</text>`);
	});

	out.push('</g>', yearAxis(years, x, { left, right, bottom, width, height }, layout));
	if (broken) {
		out.push(axisBreak(left, bottom), axisBreakNote(labels[0]!, 4, axisEnd + FONT_SIZE, taal));
	}

	const path = line<Measurement>()
		.defined(isShown)
		.x((m) => x(m.jaar))
		.y((m) => y.scale(m.waarde!))
		.digits(1);

	const draw = (data: Measurement[], series: string, shape: 'circle' | 'square', open: boolean, dashed: boolean) => {
		const d = path(data);
		const dash = dashed ? ` stroke-dasharray="${DASH}"` : '';
		// A lone figure between gaps is only a marker; its path segment draws nothing.
		if (d)
			out.push(
				`<path class="wk-chart__line wk-chart__line--${series}" d="${d}" fill="none" stroke="currentColor"${dash}/>`,
			);
		out.push(`<g class="wk-chart__points wk-chart__points--${series}">`);
		for (const m of data) {
			if (isShown(m))
				out.push(marker(shape, x(m.jaar), y.scale(m.waarde), `wk-chart__point wk-chart__point--${series}`, open));
		}
		out.push('</g>');
	};
	if (withGemeente) draw(byYear(figures.gemeente), 'gemeente', 'square', true, true);
	draw(byYear(series), 'gebied', 'circle', false, false);

	out.push('</svg>');
	return out.join('');
}
