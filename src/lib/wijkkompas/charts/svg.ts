/**
 * Small helpers shared by the wijkkompas charts: escaping, coordinates, text widths,
 * axis ticks and point markers. Charts are plain strings built at build time: no DOM,
 * no inline styles (the Content-Security-Policy forbids them), only classes and
 * presentation attributes. Colours, dashes and fonts come from src/styles/wijkkompas.css.
 */
import { nice, precisionFixed, type ScaleLinear, scaleLinear, ticks as d3Ticks } from 'd3';

import { formatNumber, withUnit } from '#lib/wijkkompas/format.ts';
import { kompasText, type Taal } from '#lib/wijkkompas/text.ts';
import type { Eenheid } from '#schemas/indicatoren.ts';

/**
 * Font size of all chart text, in viewBox units. Charts are drawn at scale 1 (the SVG has
 * a width and height in CSS px and only shrinks on a container narrower than that), so
 * this is also the size in CSS px: one type scale for every chart, on a phone and on a
 * wide screen.
 */
export const FONT_SIZE = 13;
/** Height of one line of chart text, in viewBox units. */
export const LINE_HEIGHT = FONT_SIZE + 4;
/** Rough width of one character at FONT_SIZE (digits are about 0.55em, capitals wider). */
const CHAR_WIDTH = FONT_SIZE * 0.6;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPE_ALL = /[&<>"']/g;

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
	return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (c) => ESCAPES[c]!) : text;
}

/** A coordinate rounded to one decimal: short markup, no "-0". */
export function c(n: number): string {
	const r = Math.round(n * 10) / 10;
	return r === 0 ? '0' : String(r);
}

/** Estimated width of a text at FONT_SIZE, in viewBox units. */
export const textWidth = (text: string) => text.length * CHAR_WIDTH;

/** The text, shortened with an ellipsis when it is wider than `maxWidth`. */
export function fitText(text: string, maxWidth: number): string {
	if (textWidth(text) <= maxWidth) return text;
	const chars = Array.from(text);
	const keep = Math.max(1, Math.floor(maxWidth / CHAR_WIDTH) - 1);
	return chars.length <= keep ? text : `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/**
 * The opening tag of every chart: hidden from assistive technology, which reads the text and
 * table instead. Always left to right (`direction="ltr"`), also on a right-to-left page: years
 * run from left to right and the value axis stays on the left, as the coordinates say.
 */
export function svgOpen(kind: string, width: number, height: number): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" direction="ltr" class="wk-chart wk-chart--${kind}" width="${c(width)}" height="${c(height)}" viewBox="0 0 ${c(width)} ${c(height)}" font-size="${FONT_SIZE}" aria-hidden="true" focusable="false">`;
}

/** The left margin that fits the widest y label. */
export function labelMargin(labels: readonly string[]): number {
	let widest = 0;
	for (const l of labels) widest = Math.max(widest, textWidth(l));
	return Math.ceil(widest) + 8;
}

/** The x scale over the years of a chart (a single year sits in the middle). */
export function yearScale(years: readonly number[], left: number, right: number): ScaleLinear<number, number> {
	const first = years[0]!;
	const last = years.at(-1)!;
	return scaleLinear()
		.domain(first === last ? [first - 1, first + 1] : [first, last])
		.range([left + 14, right - 14]);
}

export interface YAxis {
	scale: ScaleLinear<number, number>;
	ticks: number[];
	/** Decimals for the tick labels. */
	decimals: number;
}

export interface YAxisOptions {
	/** Only whole-number ticks (counts: there is no half a burglary). */
	integer?: boolean;
	/** The axis includes 0 (counts and shares: the height of a line is its size). */
	zero?: boolean;
}

/**
 * Units whose axis starts at zero: a count, a share, an amount or a rate. Only a
 * rapportcijfer (1–10) and an index (around 100) have no meaningful zero; their axis may
 * start higher, with a break mark and a note (see axisBreak).
 */
export const startsAtZero = (eenheid: Eenheid) => eenheid !== 'cijfer' && eenheid !== 'index';

/**
 * A linear y scale over the values with 3 or 4 round ticks (2 when the range is tiny).
 * Values that are all zero or more never get a negative axis. With `zero` the domain
 * includes 0; with `integer` every tick is a whole number.
 */
export function yAxis(values: readonly number[], range: [number, number], options: YAxisOptions = {}): YAxis {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of values) {
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (lo === Infinity) {
		lo = 0;
		hi = 1;
	}
	if (lo === hi) {
		const pad = Math.abs(lo) * 0.1 || 1;
		const nonNegative = lo >= 0;
		lo -= pad;
		hi += pad;
		if (nonNegative && lo < 0) lo = 0;
	}
	if (options.zero) {
		lo = Math.min(lo, 0);
		hi = Math.max(hi, 0);
	}
	if (options.integer) {
		lo = Math.floor(lo);
		hi = Math.max(Math.ceil(hi), lo + 1);
	}
	// Round ends and ticks first (d3-array), then one scale over the final domain.
	let domain: [number, number] = [lo, hi];
	let ticks: number[] = [];
	for (const count of [4, 3, 2]) {
		domain = nice(lo, hi, count);
		ticks = d3Ticks(domain[0], domain[1], count);
		if (options.integer) ticks = ticks.filter((t) => Number.isInteger(t));
		if (ticks.length <= 4) break;
	}
	const scale = scaleLinear().domain(domain).range(range);
	const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
	return { scale, ticks, decimals: options.integer ? 0 : Math.min(3, precisionFixed(step)) };
}

/**
 * The break mark of a value axis that does not start at zero: a short piece of the y axis
 * at the bottom of the plot, cut by two slanted strokes between the lowest label and the
 * next. The note under the chart ("De as begint bij 6,0, niet bij 0.") is axisBreakNote.
 */
export function axisBreak(x: number, bottom: number): string {
	const y = bottom - FONT_SIZE * 0.7;
	return `<path class="wk-chart__break" d="M${c(x)},${c(bottom)}V${c(y + 4)}M${c(x - 3)},${c(y + 5.5)}L${c(x + 3)},${c(y + 2.5)}M${c(x - 3)},${c(y + 1.5)}L${c(x + 3)},${c(y - 1.5)}M${c(x)},${c(y)}V${c(y - 6)}" fill="none" stroke="currentColor"/>`;
}

/** The note under a chart whose value axis does not start at zero. */
export function axisBreakNote(start: string, x: number, y: number, taal: Taal = 'nl'): string {
	const note = kompasText(taal).t('wijkkompas.grafiek.asBegint', { start, nul: formatNumber(0, 0, taal) });
	return `<text class="wk-chart__note" x="${c(x)}" y="${c(y)}">${escapeXml(note)}</text>`;
}

/**
 * Labels are cached per unit and decimals: the same round ticks and common values recur
 * in thousands of charts, and Intl formatting is the costliest step of a chart.
 */
const labelCache = new Map<string, Map<number, string>>();
function cachedLabel(kind: string, value: number, make: () => string): string {
	let cache = labelCache.get(kind);
	if (!cache) labelCache.set(kind, (cache = new Map<number, string>()));
	let label = cache.get(value);
	if (label === undefined) {
		if (cache.size >= 5000) cache.clear();
		label = make();
		cache.set(value, label);
	}
	return label;
}

/** withUnit, cached: "12,5%", "€ 245.000", "3,4 per 1.000 inwoners". */
export const unitLabel = (value: number, eenheid: Eenheid, decimals: number, taal: Taal = 'nl'): string =>
	cachedLabel(`${taal}|${eenheid}|${decimals}`, value, () => withUnit(value, eenheid, decimals, taal));

/** A tick label in the reader's notation; percentages and euros carry their sign, other units are named in the text. */
export function tickLabel(value: number, eenheid: Eenheid, decimals: number, taal: Taal = 'nl'): string {
	const short = eenheid === 'procent' || eenheid === 'euro' ? eenheid : 'aantal';
	return cachedLabel(`tick|${taal}|${short}|${decimals}`, value, () => withUnit(value, short, decimals, taal));
}

export type MarkerShape = 'circle' | 'square' | 'diamond';

/** A point marker: its shape tells the series apart without colour. */
export function marker(shape: MarkerShape, x: number, y: number, cls: string, open = false): string {
	// Open markers: white inside, outlined; filled markers: solid. Also set in the CSS.
	const paint = open ? ' fill="#fff" stroke="currentColor"' : ' fill="currentColor"';
	switch (shape) {
		case 'circle':
			return `<circle class="${cls}" cx="${c(x)}" cy="${c(y)}" r="3.5"${paint}/>`;
		case 'square':
			return `<rect class="${cls}" x="${c(x - 3.2)}" y="${c(y - 3.2)}" width="6.4" height="6.4"${paint}/>`;
		case 'diamond':
			return `<path class="${cls}" d="M${c(x)},${c(y - 4.5)}L${c(x + 4.5)},${c(y)}L${c(x)},${c(y + 4.5)}L${c(x - 4.5)},${c(y)}Z"${paint}/>`;
	}
}

export interface LegendEntry {
	label: string;
	/** Modifier of the line and point classes: wk-chart__line--{series}. */
	series: string;
	shape: MarkerShape;
	/** Outlined marker instead of a filled one. */
	open: boolean;
	dashed: boolean;
	/** A shaded area instead of a line (the band of the theme index). */
	band?: boolean;
	/** Extra class on the label, e.g. wk-chart__band-label. */
	labelClass?: string;
}

/** Dash pattern of dashed lines; also in the CSS, repeated here so the chart reads without it. */
export const DASH = '5 3';

/**
 * A legend at the top of a chart: a short line with the marker, then the label. Items go
 * on one row while they fit, else on the next. Returns the markup and the height it takes.
 */
export function legend(entries: readonly LegendEntry[], x0: number, maxWidth: number): { svg: string; height: number } {
	const row = LINE_HEIGHT + 2;
	const parts: string[] = ['<g class="wk-chart__legend">'];
	let x = x0;
	let y = row / 2;
	for (const e of entries) {
		const label = fitText(e.label, maxWidth - 24);
		const w = 22 + textWidth(label);
		if (x > x0 && x + w > x0 + maxWidth) {
			x = x0;
			y += row;
		}
		if (e.band) {
			parts.push(
				`<rect class="wk-chart__band" x="${c(x)}" y="${c(y - 5)}" width="18" height="10" fill="currentColor" fill-opacity="0.1"/>`,
				`<path class="wk-chart__band-edge" d="M${c(x)},${c(y - 5)}H${c(x + 18)}M${c(x)},${c(y + 5)}H${c(x + 18)}" stroke="currentColor" stroke-dasharray="2 2"/>`,
			);
		} else {
			const dash = e.dashed ? ` stroke-dasharray="${DASH}"` : '';
			parts.push(
				`<path class="wk-chart__line wk-chart__line--${e.series}" d="M${c(x)},${c(y)}H${c(x + 18)}" fill="none" stroke="currentColor"${dash}/>`,
				marker(e.shape, x + 9, y, `wk-chart__point wk-chart__point--${e.series}`, e.open),
			);
		}
		const cls = e.labelClass ? `wk-chart__legend-label ${e.labelClass}` : 'wk-chart__legend-label';
		parts.push(`<text class="${cls}" x="${c(x + 22)}" y="${c(y + FONT_SIZE * 0.35)}">${escapeXml(label)}</text>`);
		x += w + 14;
	}
	parts.push('</g>');
	return { svg: parts.join(''), height: y + row / 2 };
}

/** Every calendar year from the first to the last: a year without any figure still has its place. */
export function allYears(years: readonly number[]): number[] {
	const first = years[0];
	const last = years.at(-1);
	if (first === undefined || last === undefined) return [];
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Width a year label needs, with room on both sides. */
const YEAR_LABEL = textWidth('2025') + 6;

/**
 * How the year labels fit a plot of `plotWidth`: on one row, on two staggered rows (every
 * other year one row lower), or, only when even that is too narrow, every `step`th year
 * on two rows. Every year always has a tick.
 */
export function yearLayout(count: number, plotWidth: number): { rows: 1 | 2; step: number } {
	const spacing = count > 1 ? (plotWidth - 28) / (count - 1) : plotWidth;
	if (spacing >= YEAR_LABEL) return { rows: 1, step: 1 };
	return { rows: 2, step: Math.max(1, Math.ceil(YEAR_LABEL / (2 * spacing))) };
}

/** Height under the plot for the year labels. */
export const yearAxisHeight = (layout: { rows: 1 | 2 }) => 6 + layout.rows * LINE_HEIGHT;

/**
 * The x axis of years: a line, a tick for every year and a label for every year, on two
 * staggered rows when one row is too narrow (see yearLayout); the last year always has a
 * label. Pass the years of allYears(), so a year without figures is not skipped.
 */
export function yearAxis(
	years: readonly number[],
	x: (year: number) => number,
	box: { left: number; right: number; bottom: number; width: number; height: number },
	layout = yearLayout(years.length, box.width - box.left - box.right),
): string {
	const { left, right, bottom, width } = box;
	const out = [
		'<g class="wk-chart__axis wk-chart__axis--x" text-anchor="middle">',
		`<path class="wk-chart__axis-line" d="M${c(left)},${c(bottom)}H${c(width - right)}" stroke="currentColor"/>`,
	];
	const last = years.length - 1;
	for (let i = 0; i < years.length; i++) {
		const xi = x(years[i]!);
		const k = last - i;
		const labelled = layout.rows === 1 || k % layout.step === 0;
		const row = layout.rows === 2 && (k / layout.step) % 2 === 1 ? 1 : 0;
		out.push(`<path d="M${c(xi)},${c(bottom)}V${c(bottom + 3 + row * LINE_HEIGHT)}" stroke="currentColor"/>`);
		if (labelled)
			out.push(`<text x="${c(xi)}" y="${c(bottom + 3 + FONT_SIZE + row * LINE_HEIGHT)}">${years[i]}</text>`);
	}
	out.push('</g>');
	return out.join('');
}
