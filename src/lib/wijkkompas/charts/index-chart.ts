/**
 * The theme index over the years as an SVG string: objective and subjective figures as
 * separate lines with their own marker and dash, on a band 100 ± the portal's width that
 * is labelled "rond het gemiddelde", so it reads without colour. Hidden from assistive
 * technology: the index table on the page carries the same numbers.
 */
import { line, scaleLinear } from 'd3';

import type { ThemeIndexYear } from '#lib/wijkkompas/theme-index.ts';

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
	yearAxis,
	yearScale,
} from './svg.ts';

export interface IndexChartOptions {
	/** viewBox width. Default 320. */
	width?: number;
	/** viewBox height. Default 180. */
	height?: number;
	/** Legend texts. */
	labels?: { objectief?: string; subjectief?: string };
	/** Text in the band. Default "rond het gemiddelde". */
	bandLabel?: string;
}

type Part = 'objectief' | 'subjectief';

const PARTS: { part: Part; shape: 'circle' | 'diamond'; open: boolean; dashed: boolean; label: string }[] = [
	{ part: 'objectief', shape: 'circle', open: false, dashed: false, label: 'Objectief (registraties)' },
	{ part: 'subjectief', shape: 'diamond', open: true, dashed: true, label: 'Subjectief (bewonerspanel)' },
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
	const height = options.height ?? 180;
	const right = 8;

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
		label: options.labels?.[p.part] ?? p.label,
		series: p.part,
		shape: p.shape,
		open: p.open,
		dashed: p.dashed,
	}));
	const legendBlock = legend(entries, 4, width - 8);
	const top = legendBlock.height + 8;
	const bottom = height - 18;
	const y = scaleLinear().domain([lo, hi]).range([bottom, top]);

	// Ticks: 100 and the band's edges (when they do not crowd 100), and the ends of the axis when they lie well apart.
	const decimals = Number.isInteger(bandWidth) ? 0 : 1;
	const edges = y(100 - bandWidth) - y(100) >= 12;
	const ticks = edges ? [100 - bandWidth, 100, 100 + bandWidth] : [100];
	const innermost = edges ? bandWidth : 0;
	if (y(lo) - y(100 - innermost) >= 14) ticks.unshift(lo);
	if (y(100 + innermost) - y(hi) >= 14) ticks.push(hi);
	const labels = ticks.map((t) => tickLabel(t, 'index', decimals));
	const left = labelMargin(labels);

	const years = index.map((i) => i.jaar);
	const x = yearScale(years, left, width - right);

	const out: string[] = [svgOpen('index', width, height), legendBlock.svg];

	// The band "rond het gemiddelde": an area with edges and a label, and the line at 100.
	const bandTop = y(100 + bandWidth);
	const bandBottom = y(100 - bandWidth);
	const bandLabel = options.bandLabel ?? 'rond het gemiddelde';
	// Inside the band above the line at 100 when there is room, else just above the band.
	const labelY = bandBottom - bandTop >= 28 ? bandTop + 11 : bandTop - 3;
	out.push(
		'<g class="wk-chart__band-group">',
		`<rect class="wk-chart__band" x="${c(left)}" y="${c(bandTop)}" width="${c(width - right - left)}" height="${c(bandBottom - bandTop)}" fill="currentColor" fill-opacity="0.1"/>`,
		`<path class="wk-chart__band-edge" d="M${c(left)},${c(bandTop)}H${c(width - right)}M${c(left)},${c(bandBottom)}H${c(width - right)}" stroke="currentColor" stroke-dasharray="2 2"/>`,
		`<path class="wk-chart__baseline" d="M${c(left)},${c(y(100))}H${c(width - right)}" stroke="currentColor"/>`,
		`<text class="wk-chart__band-label" x="${c(width - right - 4)}" y="${c(labelY)}" text-anchor="end">${escapeXml(bandLabel)}</text>`,
		'</g>',
	);

	out.push('<g class="wk-chart__axis wk-chart__axis--y" text-anchor="end">');
	ticks.forEach((t, i) => {
		out.push(`<text x="${c(left - 5)}" y="${c(y(t) + 3.5)}">${escapeXml(labels[i]!)}</text>`);
	});
	out.push('</g>', yearAxis(years, x, { left, right, bottom, width, height }));

	for (const p of parts) {
		const d = line<ThemeIndexYear>()
			.defined((i) => i[p.part] !== undefined)
			.x((i) => x(i.jaar))
			.y((i) => y(i[p.part]!))
			.digits(1)(index);
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
