/**
 * Honest charts: the wijkkompas charts are parsed as XML (fast-xml-parser) and measured.
 * Counts get whole-number ticks, counts and shares an axis from zero, a rapportcijfer or
 * index an axis that says where it starts, every year its place and label, a year
 * without a figure a gap in the line (never a bridge), the band label of the theme index
 * a place no line crosses, and all text one size.
 */
import { readFileSync } from 'node:fs';

import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { portalAreas } from '#lib/wijkkompas/areas.ts';
import { comparisonChart } from '#lib/wijkkompas/charts/bars.ts';
import { indexChart } from '#lib/wijkkompas/charts/index-chart.ts';
import { trendSummary } from '#lib/wijkkompas/charts/summary.ts';
import { FONT_SIZE } from '#lib/wijkkompas/charts/svg.ts';
import { trendChart } from '#lib/wijkkompas/charts/trend.ts';
import { createKompas, type IndicatorFigures } from '#lib/wijkkompas/kompas.ts';
import type { ThemeIndexYear } from '#lib/wijkkompas/theme-index.ts';
import { indexValues } from '#lib/wijkkompas/value-index.ts';
import type { Indicator, Indicatoren } from '#schemas/indicatoren.ts';
import type { Gemeente, WijkkompasInstellingen } from '#schemas/portaal.ts';
import type { Waarde } from '#schemas/waarden.ts';
import type { Wijk } from '#schemas/wijk.ts';

// ---------------------------------------------------------------------------------------
// The SVG as a tree of elements.

interface El {
	name: string;
	attrs: Record<string, string>;
	children: El[];
	text: string;
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	preserveOrder: true,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
});

function toEl(node: Record<string, unknown>): El | string {
	if ('#text' in node) return String(node['#text']);
	const name = Object.keys(node).find((k) => k !== ':@')!;
	const el: El = { name, attrs: (node[':@'] as Record<string, string> | undefined) ?? {}, children: [], text: '' };
	for (const child of node[name] as Record<string, unknown>[]) {
		const c = toEl(child);
		if (typeof c === 'string') el.text += c;
		else el.children.push(c);
	}
	return el;
}

function parse(svg: string): El {
	const nodes = parser.parse(svg) as Record<string, unknown>[];
	expect(nodes).toHaveLength(1);
	const root = toEl(nodes[0]!) as El;
	// Every tag in the markup became an element (nothing swallowed as text or dropped).
	expect(all(root, () => true)).toHaveLength(svg.match(/<[a-z]/g)!.length);
	return root;
}

function all(el: El, test: (e: El) => boolean, out: El[] = []): El[] {
	if (test(el)) out.push(el);
	for (const c of el.children) all(c, test, out);
	return out;
}
const classes = (e: El) => (e.attrs.class ?? '').split(' ');
const byClass = (root: El, cls: string) => all(root, (e) => classes(e).includes(cls));
const textOf = (e: El): string => e.text + e.children.map(textOf).join('');
const textsIn = (root: El) => all(root, (e) => e.name === 'text').map(textOf);
/** The element tree without the legend (its sample lines are not data). */
const plot = (root: El): El => ({
	...root,
	children: root.children.filter((e) => !classes(e).includes('wk-chart__legend')).map(plot),
});

type Point = [number, number];

/** The pieces of a path made of M, L and Z commands (what d3's line() writes), as point lists. */
function pieces(d: string): Point[][] {
	const out: Point[][] = [];
	for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
		if (m[1] === 'Z') continue;
		const [x, y] = m[2]!.split(',').map(Number) as [number, number];
		if (m[1] === 'M') out.push([[x, y]]);
		else out.at(-1)!.push([x, y]);
	}
	return out;
}

/** The y of the axis line at the bottom of the plot. */
const plotBottom = (root: El) => {
	const d = byClass(root, 'wk-chart__axis-line')[0]!.attrs.d!;
	return Number(d.slice(1).split(/[,H]/)[1]);
};

/** The y axis labels with the y they label (the text sits FONT_SIZE × 0.35 lower, to centre it). */
const yTicks = (root: El) =>
	all(byClass(root, 'wk-chart__axis--y')[0]!, (e) => e.name === 'text').map((e) => ({
		label: textOf(e),
		y: Number(e.attrs.y) - FONT_SIZE * 0.35,
	}));

/** x of each year label. */
const yearX = (root: El) =>
	new Map(
		all(byClass(root, 'wk-chart__axis--x')[0]!, (e) => e.name === 'text').map((e) => [textOf(e), Number(e.attrs.x)]),
	);

// ---------------------------------------------------------------------------------------
// A tiny portal.

const SETTINGS: WijkkompasInstellingen = { kleineAantallen: 5, aandachtspuntBij: 10, bandRondGemiddelde: 10 };
const GM = 'GM9999';
const GEMEENTE: Gemeente = { naam: 'Proefstad', code: GM, stadsdelen: [], themas: ['basis op orde'], themaUitleg: {} };
const base = {
	omschrijving: 'Omschrijving.',
	bron: 'Test',
	licentie: 'CC0',
	thema: 'Veiligheid',
	decimalen: 0,
} as const;
const INDICATORS: Indicator[] = [
	{
		...base,
		id: 'inbraken',
		naam: 'Woninginbraken',
		eenheid: 'aantal',
		richting: 'lager is beter',
		soort: 'objectief',
	},
	{ ...base, id: 'woningen', naam: 'Aantal woningen', eenheid: 'aantal', richting: 'neutraal', soort: 'objectief' },
	{
		...base,
		id: 'veilig',
		naam: 'Voelt zich veilig',
		eenheid: 'procent',
		decimalen: 1,
		richting: 'hoger is beter',
		soort: 'objectief',
	},
	{
		...base,
		id: 'tevreden',
		naam: 'Rapportcijfer voor de buurt',
		eenheid: 'cijfer',
		decimalen: 1,
		richting: 'hoger is beter',
		soort: 'subjectief',
		minimumAntwoorden: 30,
	},
];
const DEFINITIONS: Indicatoren = { themas: [{ naam: 'Veiligheid' }], indicatoren: INDICATORS };
const WIJK = 'WK999901';
const WIJKEN: { id: string; data: Wijk }[] = [1, 2].map((i) => ({
	id: `wijk-${i}`,
	data: {
		naam: i === 1 ? 'Ellerhoek' : 'Oost',
		code: `WK99990${i}`,
		soort: 'wijk',
		contacten: [],
		buurten: [{ naam: `Buurt ${i}`, code: `BU99990${i}01` }],
	},
}));

const row = (gebied: string, indicator: string, jaar: number, waarde: number | null, n?: number): Waarde =>
	n === undefined ? { gebied, indicator, jaar, waarde } : { gebied, indicator, jaar, waarde, n };

function figures(rows: Waarde[], indicator: string, code = WIJK): IndicatorFigures {
	const files = [
		{ id: 'proef', dataset: { naam: 'Proef', bron: 'Test', licentie: 'CC0', bijgewerkt: '2025-06-30', waarden: rows } },
	];
	const k = createKompas({
		areas: portalAreas({ gemeenten: [GEMEENTE] }, WIJKEN),
		definitions: DEFINITIONS,
		gemeenten: [GEMEENTE],
		values: indexValues(files),
		settings: SETTINGS,
		files,
	});
	const f = k
		.of(code)
		?.themas.flatMap((t) => t.indicators)
		.find((x) => x.indicator.id === indicator);
	if (!f) throw new Error(`no figures for ${indicator}`);
	return f;
}

const YEARS = [2021, 2022, 2023, 2024, 2025];

// ---------------------------------------------------------------------------------------

describe('value axes', () => {
	it('gives a count whole-number ticks only, in Dutch notation, from 0', () => {
		// 0 or 1 burglary a year: the old axis read 0,0 / 0,5 / 1,0.
		const f = figures(
			YEARS.flatMap((y, i) => [row(GM, 'inbraken', y, 20 + i), row(WIJK, 'inbraken', y, i % 2)]),
			'inbraken',
		);
		const root = parse(trendChart(f));
		const ticks = yTicks(root);
		expect(ticks.map((t) => t.label)).toEqual(['0', '1']);
		const zero = ticks.find((t) => t.label === '0')!;
		expect(zero.y).toBeCloseTo(plotBottom(root), 0);
	});

	it('keeps count ticks whole and groups thousands the Dutch way', () => {
		// 1.090 → 1.093 woningen: from zero this is the flat line it is, not a spike.
		const f = figures(
			YEARS.flatMap((y, i) => [row(GM, 'woningen', y, 9000 + i), row(WIJK, 'woningen', y, 1090 + (i % 4))]),
			'woningen',
		);
		const root = parse(trendChart(f));
		const ticks = yTicks(root);
		expect(ticks.every((t) => /^\d{1,3}(\.\d{3})*$/.test(t.label))).toBe(true);
		expect(ticks.some((t) => t.label.includes('.'))).toBe(true);
		expect(ticks[0]!.label).toBe('0');
		expect(ticks[0]!.y).toBeCloseTo(plotBottom(root), 0);
		// The points of 1.090 to 1.093 lie within 1% of the plot height of each other.
		const ys = all(byClass(root, 'wk-chart__points--gebied')[0]!, (e) => e.name === 'circle').map((e) =>
			Number(e.attrs.cy),
		);
		const height = plotBottom(root) - Math.min(...ticks.map((t) => t.y));
		expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(height * 0.01 + 0.2);
	});

	it('starts a share at 0 as well', () => {
		const f = figures(
			YEARS.flatMap((y, i) => [row(GM, 'veilig', y, 78 + i / 2), row(WIJK, 'veilig', y, 80 + i)]),
			'veilig',
		);
		const root = parse(trendChart(f));
		const ticks = yTicks(root);
		expect(ticks[0]!.label).toBe('0%');
		expect(ticks[0]!.y).toBeCloseTo(plotBottom(root), 0);
		expect(byClass(root, 'wk-chart__break')).toHaveLength(0);
		expect(byClass(root, 'wk-chart__note')).toHaveLength(0);
	});

	it('lets a rapportcijfer start higher, with a break mark and a note that says where', () => {
		const f = figures(
			YEARS.flatMap((y, i) => [row(GM, 'tevreden', y, 6.8 + i / 10, 900), row(WIJK, 'tevreden', y, 7 + i / 10, 80)]),
			'tevreden',
		);
		const root = parse(trendChart(f));
		const first = yTicks(root)[0]!;
		expect(first.label).not.toBe('0');
		expect(byClass(root, 'wk-chart__break')).toHaveLength(1);
		expect(byClass(root, 'wk-chart__note').map(textOf)).toEqual([`De as begint bij ${first.label}, niet bij 0.`]);
		// The note lies below the year labels, inside the chart.
		const note = byClass(root, 'wk-chart__note')[0]!;
		const lowestYear = Math.max(
			...all(byClass(root, 'wk-chart__axis--x')[0]!, (e) => e.name === 'text').map((e) => Number(e.attrs.y)),
		);
		expect(Number(note.attrs.y)).toBeGreaterThan(lowestYear + FONT_SIZE - 1);
		expect(Number(note.attrs.y)).toBeLessThanOrEqual(Number(root.attrs.height));
	});
});

describe('years and gaps', () => {
	// No figures at all in 2023 (not even for the gemeente); too few answers in Ellerhoek in 2022.
	const rows = [2021, 2022, 2024, 2025].flatMap((y) => [
		row(GM, 'tevreden', y, 7, 900),
		row(WIJK, 'tevreden', y, y === 2022 ? 7.9 : 7.2, y === 2022 ? 12 : 80),
	]);
	const f = figures(rows, 'tevreden');
	const root = parse(trendChart(f));

	it('labels every year, also one without any figure', () => {
		expect([...yearX(root).keys()]).toEqual(['2021', '2022', '2023', '2024', '2025']);
	});

	it('breaks the lines at a year without a figure: no piece spans it', () => {
		const xs = yearX(root);
		const own = byClass(plot(root), 'wk-chart__line--gebied').flatMap((e) => pieces(e.attrs.d!));
		const gemeente = byClass(plot(root), 'wk-chart__line--gemeente').flatMap((e) => pieces(e.attrs.d!));
		// Own line: 2021 alone (2022 too few answers, 2023 nothing), then 2024–2025.
		expect(own.length).toBeGreaterThanOrEqual(2);
		// Gemeente: 2021–2022, then 2024–2025.
		expect(gemeente).toHaveLength(2);
		for (const year of ['2022', '2023']) {
			const gapX = xs.get(year)!;
			for (const piece of year === '2023' ? [...own, ...gemeente] : own) {
				const spans = piece.some(([x]) => x < gapX - 0.5) && piece.some(([x]) => x > gapX + 0.5);
				expect(spans, `a line piece spans ${year}`).toBe(false);
			}
		}
		// No point is drawn where there is no figure that may be shown.
		const points = byClass(root, 'wk-chart__points--gebied')[0]!.children.map((e) => Number(e.attrs.cx));
		expect(points).toHaveLength(3);
		expect(points.some((x) => Math.abs(x - xs.get('2022')!) < 1)).toBe(false);
	});

	it('names the gaps in the text, and gives no number for a figure that is not shown', () => {
		const text = trendSummary(f, SETTINGS);
		expect(text).toContain('In 2022 waren er te weinig antwoorden voor een betrouwbaar cijfer.');
		expect(text).toContain('Over 2023 zijn er geen cijfers.');
		expect(text).not.toContain('7,9');
	});

	it('names a small count in between without its number', () => {
		const counts = figures(
			YEARS.flatMap((y) => [row(GM, 'inbraken', y, 40), row(WIJK, 'inbraken', y, y === 2023 ? 3 : 12)]),
			'inbraken',
		);
		const chart = plot(parse(trendChart(counts)));
		expect(byClass(chart, 'wk-chart__line--gebied').flatMap((e) => pieces(e.attrs.d!))).toHaveLength(2);
		const text = trendSummary(counts, SETTINGS);
		expect(text).toContain('In 2023 was het aantal kleiner dan 5.');
		expect(text).not.toMatch(/\b3\b/);
	});
});

describe('the band label of the theme index', () => {
	const FONT = FONT_SIZE;
	const bbox = (e: El) => {
		const x = Number(e.attrs.x);
		const y = Number(e.attrs.y);
		const w = textOf(e).length * FONT * 0.6;
		return { x0: x, x1: x + w, y0: y - FONT, y1: y + FONT * 0.25 };
	};
	/** Whether the segment a–b meets the box (sampled finely: the segments are short). */
	const crosses = (a: Point, b: Point, box: ReturnType<typeof bbox>) => {
		for (let t = 0; t <= 1; t += 0.01) {
			const x = a[0] + (b[0] - a[0]) * t;
			const y = a[1] + (b[1] - a[1]) * t;
			if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1) return true;
		}
		return false;
	};
	const year = (jaar: number, objectief?: number, subjectief?: number): ThemeIndexYear => ({
		jaar,
		...(objectief === undefined ? {} : { objectief }),
		...(subjectief === undefined ? {} : { subjectief }),
		totaal: objectief ?? subjectief,
		aantal: { objectief: 1, subjectief: 1 },
		weggelaten: 0,
		betrouwbaar: true,
	});

	// Lines running along the top of the band on the right, where the label used to be.
	const cases: [string, ThemeIndexYear[]][] = [
		['along the band', [2021, 2022, 2023, 2024, 2025].map((j) => year(j, 108, 111))],
		['through the band', [year(2021, 70, 130), year(2022, 130, 70), year(2023, 95), year(2025, 104, 109)]],
	];
	for (const [name, index] of cases) {
		it(`is not crossed by any line: ${name}`, () => {
			const root = parse(indexChart(index, 10));
			const labels = byClass(root, 'wk-chart__band-label');
			expect(labels.map(textOf)).toEqual(['rond het gemiddelde']);
			const box = bbox(labels[0]!);
			const lines = byClass(plot(root), 'wk-chart__line').flatMap((e) => pieces(e.attrs.d!));
			expect(lines.length).toBeGreaterThan(0);
			for (const piece of lines) {
				for (let i = 1; i < piece.length; i++) expect(crosses(piece[i - 1]!, piece[i]!, box)).toBe(false);
			}
			// Nor by a point marker.
			for (const p of all(plot(root), (e) => classes(e).includes('wk-chart__point'))) {
				const x = Number(p.attrs.cx ?? p.attrs.x ?? 0);
				const y = Number(p.attrs.cy ?? p.attrs.y ?? 0);
				if (p.name !== 'path') expect(x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1).toBe(false);
			}
		});
	}

	it('breaks the index line at a year without an index and labels that year', () => {
		const root = parse(indexChart([year(2021, 90), year(2022, 95), year(2024, 105), year(2025, 100)], 10));
		expect([...yearX(root).keys()]).toEqual(['2021', '2022', '2023', '2024', '2025']);
		const line = byClass(plot(root), 'wk-chart__line--objectief').flatMap((e) => pieces(e.attrs.d!));
		expect(line).toHaveLength(2);
		// The index axis does not start at 0: it says so.
		expect(byClass(root, 'wk-chart__note').map(textOf)[0]).toMatch(/^De as begint bij \d+, niet bij 0\.$/);
	});
});

describe('one type scale', () => {
	const f = figures(
		YEARS.flatMap((y, i) => [
			row(GM, 'veilig', y, 78 + i / 2),
			row(WIJK, 'veilig', y, 80 + i),
			row('WK999902', 'veilig', y, 70),
			row(GM, 'tevreden', y, 7, 900),
			row(WIJK, 'tevreden', y, 7.4, 80),
		]),
		'veilig',
	);
	const charts = [
		trendChart(f),
		comparisonChart(f, SETTINGS),
		indexChart(
			[2021, 2022, 2023].map((j) => ({
				jaar: j,
				objectief: 100 + j - 2021,
				aantal: { objectief: 1, subjectief: 0 },
				weggelaten: 0,
				betrouwbaar: true,
			})),
			10,
		),
	].map(parse);

	it('draws every chart at scale 1 with the same font size, and no text with its own size', () => {
		for (const root of charts) {
			expect(root.attrs['font-size']).toBe(String(FONT_SIZE));
			const [, , w, h] = root.attrs.viewBox!.split(' ');
			expect(root.attrs.width).toBe(w);
			expect(root.attrs.height).toBe(h);
			expect(all(root, (e) => e.name !== 'svg' && 'font-size' in e.attrs)).toEqual([]);
			expect(textsIn(root).length).toBeGreaterThan(0);
		}
	});

	it('sets the same size in the CSS and lets no chart class change it', () => {
		const css = readFileSync(new URL('../../src/styles/wijkkompas.css', import.meta.url), 'utf8');
		const sizes = [...css.matchAll(/(\.wk-chart[^{]*)\{([^}]*)\}/g)].flatMap(([, selector, body]) =>
			[...body!.matchAll(/font-size:\s*([^;]+);/g)].map((m) => `${selector!.trim()}: ${m[1]}`),
		);
		expect(sizes.filter((s) => !s.startsWith('.wk-chart__caption'))).toEqual([
			`.wk-chart: ${FONT_SIZE}px`,
			'.wk-chart__legend-label: inherit',
		]);
		// The chart is never scaled up: no fixed or percentage width in the CSS.
		const rule = css.match(/\n\.wk-chart \{([^}]*)\}/)![1]!;
		expect(rule).toContain('max-inline-size: 100%;');
		expect(rule).not.toMatch(/(^|\s)inline-size:/);
	});
});
