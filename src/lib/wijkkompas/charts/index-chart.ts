/**
 * The theme index over the years as an SVG string: objective and subjective figures as
 * separate lines with their own marker and dash, on a band 100 ± the portal's width that
 * is named "rond het gemiddelde" in the legend (outside the plot, so no line crosses the
 * label), so it reads without colour. The axis starts near the lowest value, not at 0 (an
 * index has no meaningful zero): a break mark and a note say so. Hidden from assistive
 * technology: the index table on the page carries the same numbers.
 */
import { line, scaleLinear } from 'd3';

import type { MessageKey } from '#i18n/index.ts';
import { kompasText, type Taal } from '#lib/wijkkompas/text.ts';
import type { ThemeIndexYear } from '#lib/wijkkompas/theme-index.ts';

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
	svgOpen,
	tickLabel,
	yearAxis,
	yearAxisHeight,
	yearLayout,
	yearScale,
} from './svg.ts';

export interface IndexChartOptions {
	/** Width in CSS px (and viewBox units); drawn at scale 1. Default 320. */
	width?: number;
	/** Height in CSS px (viewBox units) without the note under the axis. Default 180. */
	height?: number;
	/** Legend texts. */
	labels?: { objectief?: string; subjectief?: string };
	/** Legend text of the band. Default "rond het gemiddelde". */
	bandLabel?: string;
	/** The reader's language (legend, numbers, notes). Default Dutch. */
	taal?: Taal;
}

type Part = 'objectief' | 'subjectief';

const PARTS: { part: Part; shape: 'circle' | 'diamond'; open: boolean; dashed: boolean; label: MessageKey }[] = [
	{ part: 'objectief', shape: 'circle', open: false, dashed: false, label: 'wijkkompas.grafiek.objectief' },
	{ part: 'subjectief', shape: 'diamond', open: true, dashed: true, label: 'wijkkompas.grafiek.subjectief' },
];

/** The index chart as SVG markup, or '' when there is no index value. */
export function indexChart(
	index: readonly ThemeIndexYear[],
	bandWidth: number,
	options: IndexChartOptions = {},
): string {
	const parts = PARTS.filter((p) => index.some((i) => i[p.part] !== undefined));
	if (!parts.length) return '';
	const width = options.width ?? 320;
	const taal = options.taal ?? 'nl';
	const { t } = kompasText(taal);
	const right = 8;
	const years = allYears(index.map((i) => i.jaar));
	const byYear = new Map(index.map((i) => [i.jaar, i]));

	let min = 100 - bandWidth;
	let max = 100 + bandWidth;
	for (const i of index) {
		for (const p of parts) {
			const v = i[p.part];
			if (v === undefined) continue;
			if (v < min) min = v;
			if (v > max) max = v;
		}
	}
	const lo = Math.max(0, Math.floor((min - 5) / 10) * 10);
	const hi = Math.min(200, Math.ceil((max + 5) / 10) * 10);

	const entries: LegendEntry[] = parts.map((p) => ({
		label: options.labels?.[p.part] ?? t(p.label),
		series: p.part,
		shape: p.shape,
		open: p.open,
		dashed: p.dashed,
	}));
	entries.push({
		label: options.bandLabel ?? t('wijkkompas.band.rond'),
		series: 'band',
		shape: 'circle',
		open: false,
		dashed: false,
		band: true,
		labelClass: 'wk-chart__band-label',
	});
	const legendBlock = legend(entries, 4, width - 8);
	const top = legendBlock.height + 8;
	const layout = yearLayout(years.length, width - right - 36);
	const bottom = (options.height ?? 180) - yearAxisHeight({ rows: 1 });
	const axisEnd = bottom + yearAxisHeight(layout);
	const broken = lo > 0;
	const height = axisEnd + (broken ? LINE_HEIGHT : 0);
	const y = scaleLinear().domain([lo, hi]).range([bottom, top]);

	// Ticks: 100 and the band's edges (when they do not crowd 100), and the ends of the axis when they lie well apart.
	const decimals = Number.isInteger(bandWidth) ? 0 : 1;
	const edges = y(100 - bandWidth) - y(100) >= FONT_SIZE + 2;
	const ticks = edges ? [100 - bandWidth, 100, 100 + bandWidth] : [100];
	const innermost = edges ? bandWidth : 0;
	if (y(lo) - y(100 - innermost) >= LINE_HEIGHT) ticks.unshift(lo);
	if (y(100 + innermost) - y(hi) >= LINE_HEIGHT) ticks.push(hi);
	const labels = ticks.map((tick) => tickLabel(tick, 'index', decimals, taal));
	const left = labelMargin(labels);

	const x = yearScale(years, left, width - right);

	const out: string[] = [svgOpen('index', width, height), legendBlock.svg];

	// The band "rond het gemiddelde" (named in the legend): an area with edges, and the line at 100.
	const bandTop = y(100 + bandWidth);
	const bandBottom = y(100 - bandWidth);
	out.push(
		'<g class="wk-chart__band-group">',
		`<rect class="wk-chart__band" x="${c(left)}" y="${c(bandTop)}" width="${c(width - right - left)}" height="${c(bandBottom - bandTop)}" fill="currentColor" fill-opacity="0.1"/>`,
		`<path class="wk-chart__band-edge" d="M${c(left)},${c(bandTop)}H${c(width - right)}M${c(left)},${c(bandBottom)}H${c(width - right)}" stroke="currentColor" stroke-dasharray="2 2"/>`,
		`<path class="wk-chart__baseline" d="M${c(left)},${c(y(100))}H${c(width - right)}" stroke="currentColor"/>`,
		'</g>',
	);

	out.push('<g class="wk-chart__axis wk-chart__axis--y" text-anchor="end">');
	ticks.forEach((tick, i) => {
		out.push(`<text x="${c(left - 5)}" y="${c(y(tick) + FONT_SIZE * 0.35)}">${escapeXml(labels[i]!)}</text>`);
	});
	out.push('</g>', yearAxis(years, x, { left, right, bottom, width, height }, layout));
	if (broken)
		out.push(axisBreak(left, bottom), axisBreakNote(tickLabel(lo, 'index', 0, taal), 4, axisEnd + FONT_SIZE, taal));

	// A year without an index (no figures at all that year) is a gap, never bridged.
	const rows = years.map((jaar): Pick<ThemeIndexYear, 'jaar' | Part> => byYear.get(jaar) ?? { jaar });

	for (const p of parts) {
		const d = line<Pick<ThemeIndexYear, 'jaar' | Part>>()
			.defined((i) => i[p.part] !== undefined)
			.x((i) => x(i.jaar))
			.y((i) => y(i[p.part]!))
			.digits(1)(rows);
		const dash = p.dashed ? ` stroke-dasharray="${DASH}"` : '';
		if (d)
			out.push(
				`<path class="wk-chart__line wk-chart__line--${p.part}" d="${d}" fill="none" stroke="currentColor"${dash}/>`,
			);
		out.push(`<g class="wk-chart__points wk-chart__points--${p.part}">`);
		for (const i of index) {
			const v = i[p.part];
			if (v !== undefined)
				out.push(marker(p.shape, x(i.jaar), y(v), `wk-chart__point wk-chart__point--${p.part}`, p.open));
		}
		out.push('</g>');
	}
	out.push('</svg>');
	return out.join('');
}
