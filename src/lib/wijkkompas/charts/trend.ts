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

import {
	c,
	DASH,
	escapeXml,
	labelMargin,
	legend,
	type LegendEntry,
	marker,
	svgOpen,
	tickLabel,
	yAxis,
	yearAxis,
	yearScale,
} from './svg.ts';

export interface TrendChartOptions {
	/** viewBox width; the SVG itself is as wide as its container (CSS). Default 320. */
	width?: number;
	/** viewBox height. Default 160. */
	height?: number;
	/** Draw the gemeente line. Default: when the area is not the gemeente and the unit is not 'aantal'. */
	gemeente?: boolean;
	/** Legend at the top of the chart. Default true. */
	legend?: boolean;
	/** Legend text for the area. Default its name. */
	areaLabel?: string;
	/** Legend text for the gemeente. Default "Hele gemeente". */
	gemeenteLabel?: string;
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
			label: options.gemeenteLabel ?? 'Hele gemeente',
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
	const { years, series, indicator } = figures;
	const width = options.width ?? 320;
	const height = options.height ?? 160;
	if (!series.some(isShown)) return '';
	const withGemeente = (options.gemeente ?? showsGemeente(figures)) && figures.gemeente.some(isShown);

	const values: number[] = [];
	for (const m of series) if (isShown(m)) values.push(m.waarde);
	if (withGemeente) for (const m of figures.gemeente) if (isShown(m)) values.push(m.waarde);

	const entries = trendLegend(figures, { ...options, gemeente: withGemeente });
	const right = 8;
	const legendBlock = options.legend === false ? { svg: '', height: 0 } : legend(entries, 4, width - 8);
	const top = legendBlock.height + 8;
	const bottom = height - 18;

	const y = yAxis(values, [bottom, top]);
	const labels = y.ticks.map((t) => tickLabel(t, indicator.eenheid, y.decimals));
	const left = labelMargin(labels);
	const x = yearScale(years, left, width - right);

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
		out.push(`<text x="${c(left - 5)}" y="${c(y.scale(t) + 3.5)}">${escapeXml(labels[i]!)}</text>`);
	});

	out.push('</g>', yearAxis(years, x, { left, right, bottom, width, height }));

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
	if (withGemeente) draw(figures.gemeente, 'gemeente', 'square', true, true);
	draw(series, 'gebied', 'circle', false, false);

	out.push('</svg>');
	return out.join('');
}
