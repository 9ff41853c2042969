/**
 * The wijkkompas charts and their text: figures come from the real kompas (createKompas
 * with portalAreas and indexValues over small in-memory values), the SVG is parsed by a
 * small strict XML reader below, and the Dutch sentences are compared in full.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { contrastRatio } from '#lib/site/contrast.ts';
import { portalAreas } from '#lib/wijkkompas/areas.ts';
import { comparisonCaption, comparisonChart, comparisonRows, MAX_BARS } from '#lib/wijkkompas/charts/bars.ts';
import { indexChart } from '#lib/wijkkompas/charts/index-chart.ts';
import { comparisonSummary, tableRows, trendSummary } from '#lib/wijkkompas/charts/summary.ts';
import { trendChart } from '#lib/wijkkompas/charts/trend.ts';
import { createKompas, type IndicatorFigures, type Kompas } from '#lib/wijkkompas/kompas.ts';
import { indexValues } from '#lib/wijkkompas/value-index.ts';
import type { Indicator, Indicatoren } from '#schemas/indicatoren.ts';
import type { Gemeente, WijkkompasInstellingen } from '#schemas/portaal.ts';
import type { Waarde } from '#schemas/waarden.ts';
import type { Wijk } from '#schemas/wijk.ts';

// ---------------------------------------------------------------------------------------
// A strict little XML reader: elements, attributes in double quotes, text and the five
// predefined entities (plus numeric ones). Throws on anything malformed.

interface XmlElement {
	name: string;
	attrs: Map<string, string>;
	children: XmlElement[];
	text: string;
}

const ENTITIES = new Map([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
]);

function decodeEntities(raw: string, where: string): string {
	let out = '';
	for (let i = 0; i < raw.length; i++) {
		const ch = raw[i]!;
		if (ch === '<') throw new Error(`raw < in ${where}`);
		if (ch !== '&') {
			out += ch;
			continue;
		}
		const end = raw.indexOf(';', i);
		if (end < 0 || end - i > 10) throw new Error(`bare & in ${where}`);
		const name = raw.slice(i + 1, end);
		if (ENTITIES.has(name)) out += ENTITIES.get(name);
		else if (
			name.startsWith('#x') &&
			name.length > 2 &&
			[...name.slice(2)].every((c) => '0123456789abcdefABCDEF'.includes(c))
		)
			out += String.fromCodePoint(parseInt(name.slice(2), 16));
		else if (name.startsWith('#') && name.length > 1 && [...name.slice(1)].every((c) => c >= '0' && c <= '9'))
			out += String.fromCodePoint(Number(name.slice(1)));
		else throw new Error(`unknown entity &${name}; in ${where}`);
		i = end;
	}
	return out;
}

const isNameChar = (ch: string) =>
	(ch >= 'a' && ch <= 'z') ||
	(ch >= 'A' && ch <= 'Z') ||
	(ch >= '0' && ch <= '9') ||
	ch === '-' ||
	ch === '_' ||
	ch === ':' ||
	ch === '.';
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';

function parseXml(xml: string): XmlElement {
	let i = 0;
	const readName = () => {
		const start = i;
		while (i < xml.length && isNameChar(xml[i]!)) i++;
		if (i === start) throw new Error(`name expected at ${start}`);
		return xml.slice(start, i);
	};
	const skipSpace = () => {
		while (isSpace(xml[i])) i++;
	};
	function element(): XmlElement {
		if (xml[i] !== '<') throw new Error(`< expected at ${i}`);
		i++;
		const el: XmlElement = { name: readName(), attrs: new Map(), children: [], text: '' };
		for (;;) {
			const hadSpace = isSpace(xml[i]);
			skipSpace();
			if (xml.startsWith('/>', i)) {
				i += 2;
				return el;
			}
			if (xml[i] === '>') {
				i++;
				break;
			}
			if (!hadSpace) throw new Error(`space expected before attribute at ${i}`);
			const attr = readName();
			if (el.attrs.has(attr)) throw new Error(`duplicate attribute ${attr} on <${el.name}>`);
			if (xml[i] !== '=' || xml[i + 1] !== '"') throw new Error(`="…" expected after ${attr} at ${i}`);
			const end = xml.indexOf('"', i + 2);
			if (end < 0) throw new Error(`unterminated attribute ${attr}`);
			el.attrs.set(attr, decodeEntities(xml.slice(i + 2, end), `attribute ${attr}`));
			i = end + 1;
		}
		for (;;) {
			if (i >= xml.length) throw new Error(`<${el.name}> is not closed`);
			if (xml.startsWith('</', i)) {
				i += 2;
				const name = readName();
				if (name !== el.name) throw new Error(`</${name}> closes <${el.name}>`);
				skipSpace();
				if (xml[i] !== '>') throw new Error(`> expected at ${i}`);
				i++;
				return el;
			}
			if (xml[i] === '<') {
				el.children.push(element());
				continue;
			}
			const next = xml.indexOf('<', i);
			const end = next < 0 ? xml.length : next;
			el.text += decodeEntities(xml.slice(i, end), `<${el.name}>`);
			i = end;
		}
	}
	const root = element();
	if (i !== xml.length) throw new Error(`content after the root element at ${i}`);
	return root;
}

function all(el: XmlElement, test: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
	if (test(el)) out.push(el);
	for (const c of el.children) all(c, test, out);
	return out;
}
const hasClass = (cls: string) => (e: XmlElement) => (e.attrs.get('class') ?? '').split(' ').includes(cls);
const byClass = (root: XmlElement, cls: string) => all(root, hasClass(cls));
const textOf = (e: XmlElement): string => e.text + e.children.map(textOf).join('');
const texts = (root: XmlElement) => all(root, (e) => e.name === 'text').map(textOf);
/** The elements with class `cls` inside a group with class `group`. */
const inGroup = (root: XmlElement, group: string, cls: string) => byClass(root, group).flatMap((g) => byClass(g, cls));
/** A copy of the chart without its legend. */
const withoutLegend = (root: XmlElement): XmlElement => ({
	...root,
	children: root.children.filter((e) => !hasClass('wk-chart__legend')(e)).map(withoutLegend),
});
/** Number of separate pieces of a path ("M" commands). */
const pieces = (d: string | undefined) => [...(d ?? '')].filter((ch) => ch === 'M').length;

// ---------------------------------------------------------------------------------------
// A tiny portal: gemeente GM9999 with wijken, values given per test.

const SETTINGS: WijkkompasInstellingen = { kleineAantallen: 5, aandachtspuntBij: 10, bandRondGemiddelde: 10 };
const GM = 'GM9999';
const GEMEENTE: Gemeente = { naam: 'Proefstad', code: GM, stadsdelen: [], themas: ['basis op orde'], themaUitleg: {} };

const base = { omschrijving: 'Omschrijving.', bron: 'Test', licentie: 'CC0', thema: 'Wonen', decimalen: 0 } as const;
const INDICATORS: Indicator[] = [
	{
		...base,
		id: 'inwoners',
		naam: 'Aantal inwoners',
		inZin: 'het aantal inwoners',
		eenheid: 'aantal',
		richting: 'neutraal',
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
	{
		...base,
		id: 'werkloos',
		naam: 'Werkloosheid',
		inZin: 'het percentage werklozen',
		eenheid: 'procent',
		decimalen: 1,
		richting: 'lager is beter',
		soort: 'objectief',
	},
	{
		...base,
		id: 'groei',
		naam: 'Groei van het aantal woningen',
		eenheid: 'procent',
		decimalen: 1,
		richting: 'neutraal',
		soort: 'objectief',
	},
];
const DEFINITIONS: Indicatoren = { themas: [{ naam: 'Wonen' }], indicatoren: INDICATORS };

const WIJK = 'WK999901';
const wijkCode = (i: number) => `WK9999${String(i).padStart(2, '0')}`;

function wijk(i: number, naam: string, buurten: string[] = [`${naam} Centrum`]): { id: string; data: Wijk } {
	const code = wijkCode(i);
	return {
		id: `wijk-${i}`,
		data: {
			naam,
			code,
			soort: 'wijk',
			contacten: [],
			buurten: buurten.map((b, j) => ({ naam: b, code: `BU${code.slice(2)}${String(j + 1).padStart(2, '0')}` })),
		},
	};
}

const THREE_WIJKEN = [wijk(1, 'Noord & <Zuid>', ['Hoek', 'Kern', 'Dijk', 'Veld']), wijk(2, 'Oost'), wijk(3, 'West')];

const row = (gebied: string, indicator: string, jaar: number, waarde: number | null, n?: number): Waarde =>
	n === undefined ? { gebied, indicator, jaar, waarde } : { gebied, indicator, jaar, waarde, n };

function kompas(rows: Waarde[], wijken = THREE_WIJKEN): Kompas {
	const areas = portalAreas({ gemeenten: [GEMEENTE] }, wijken);
	const files = [
		{ id: 'proef', dataset: { naam: 'Proef', bron: 'Test', licentie: 'CC0', bijgewerkt: '2025-06-30', waarden: rows } },
	];
	return createKompas({
		areas,
		definitions: DEFINITIONS,
		gemeenten: [GEMEENTE],
		values: indexValues(files),
		settings: SETTINGS,
		files,
	});
}

function figuresOf(k: Kompas, code: string, indicator: string): IndicatorFigures {
	const f = k
		.of(code)
		?.themas.flatMap((t) => t.indicators)
		.find((x) => x.indicator.id === indicator);
	if (!f) throw new Error(`no figures for ${indicator} in ${code}`);
	return f;
}

// ---------------------------------------------------------------------------------------

describe('the strict XML reader used by these tests', () => {
	it('rejects what a browser would not read as the intended SVG', () => {
		expect(() => parseXml('<svg><g></svg>')).toThrow();
		expect(() => parseXml('<svg><text>A & B</text></svg>')).toThrow();
		expect(() => parseXml('<svg><text>A <B></text></svg>')).toThrow();
		expect(() => parseXml('<svg a="1" a="2"/>')).toThrow();
		expect(() => parseXml('<svg a=1/>')).toThrow();
		expect(() => parseXml('<svg/><svg/>')).toThrow();
		expect(textOf(parseXml('<svg><text>A &amp; &lt;B&gt;</text></svg>'))).toBe('A & <B>');
	});
});

describe('trendChart', () => {
	// tevreden: the wijk has 2021, 2022, (2023 missing), 2024, 2025; the gemeente all five years.
	const rows = [
		...[2021, 2022, 2023, 2024, 2025].map((y, i) => row(GM, 'tevreden', y, 6.8 + i / 10, 900)),
		row(WIJK, 'tevreden', 2021, 7.0, 80),
		row(WIJK, 'tevreden', 2022, 7.1, 80),
		row(WIJK, 'tevreden', 2024, 7.4, 80),
		row(WIJK, 'tevreden', 2025, 7.2, 80),
		row(GM, 'inwoners', 2021, 40000),
		row(GM, 'inwoners', 2025, 41000),
		row(WIJK, 'inwoners', 2021, 3950),
		row(WIJK, 'inwoners', 2025, 4120),
	];
	const k = kompas(rows);
	const f = figuresOf(k, WIJK, 'tevreden');
	const svg = trendChart(f);
	const root = parseXml(svg);

	it('is a well-formed SVG, hidden from assistive technology, without inline styles', () => {
		expect(root.name).toBe('svg');
		expect(root.attrs.get('aria-hidden')).toBe('true');
		expect(root.attrs.get('focusable')).toBe('false');
		// Drawn at scale 1: width and height in CSS px equal the viewBox (160 high plus the note of an axis that starts above 0).
		expect(root.attrs.get('width')).toBe('320');
		expect(root.attrs.get('viewBox')).toBe(`0 0 320 ${root.attrs.get('height')}`);
		expect(all(root, (e) => e.attrs.has('style') || e.name === 'style')).toHaveLength(0);
		expect(svg).not.toMatch(/\sstyle=/);
	});

	it('marks one point per shown year for the area and the gemeente, with different shapes', () => {
		const own = inGroup(root, 'wk-chart__points--gebied', 'wk-chart__point');
		const gemeente = inGroup(root, 'wk-chart__points--gemeente', 'wk-chart__point');
		expect(own).toHaveLength(4);
		expect(gemeente).toHaveLength(5);
		expect(new Set(own.map((e) => e.name))).toEqual(new Set(['circle']));
		expect(new Set(gemeente.map((e) => e.name))).toEqual(new Set(['rect']));
	});

	it('breaks the area line at the year without a figure, not the gemeente line', () => {
		const chart = withoutLegend(root);
		const own = byClass(chart, 'wk-chart__line--gebied');
		expect(own).toHaveLength(1);
		expect(pieces(own[0]!.attrs.get('d'))).toBe(2);
		const gemeente = byClass(chart, 'wk-chart__line--gemeente');
		expect(gemeente).toHaveLength(1);
		expect(pieces(gemeente[0]!.attrs.get('d'))).toBe(1);
		expect(gemeente[0]!.attrs.get('d')!.split('L')).toHaveLength(5);
		expect(gemeente[0]!.attrs.get('stroke-dasharray')).toBeTruthy();
		expect(own[0]!.attrs.get('stroke-dasharray')).toBeUndefined();
	});

	it('puts the points of the break year-apart on the x axis', () => {
		const xs = inGroup(root, 'wk-chart__points--gebied', 'wk-chart__point').map((e) => Number(e.attrs.get('cx')));
		const gaps = xs.slice(1).map((x, i) => Math.round(x - xs[i]!));
		// 2021→2022 one year, 2022→2024 two years, 2024→2025 one year.
		expect(gaps[1]).toBeCloseTo(2 * gaps[0]!, -0.5);
		expect(gaps[2]).toBe(gaps[0]);
	});

	it('labels the y axis with 3 or 4 ticks in Dutch notation and the x axis with the years', () => {
		const y = texts(byClass(root, 'wk-chart__axis--y')[0]!);
		expect(y.length).toBeGreaterThanOrEqual(3);
		expect(y.length).toBeLessThanOrEqual(4);
		expect(y.every((t) => /^\d+(,\d)?$/.test(t))).toBe(true);
		expect(y.some((t) => t.includes(','))).toBe(true);
		expect(texts(byClass(root, 'wk-chart__axis--x')[0]!)).toEqual(['2021', '2022', '2023', '2024', '2025']);
	});

	it('escapes the area name in the legend', () => {
		expect(texts(byClass(root, 'wk-chart__legend')[0]!)).toEqual(['Noord & <Zuid>', 'Hele gemeente']);
		expect(svg).toContain('Noord &amp; &lt;Zuid&gt;');
		expect(svg).not.toContain('<Zuid>');
	});

	it('leaves the gemeente out for counts', () => {
		const counts = parseXml(trendChart(figuresOf(k, WIJK, 'inwoners')));
		expect(byClass(counts, 'wk-chart__line--gemeente')).toHaveLength(0);
		expect(byClass(counts, 'wk-chart__point--gemeente')).toHaveLength(0);
		expect(inGroup(counts, 'wk-chart__points--gebied', 'wk-chart__point')).toHaveLength(2);
		expect(texts(byClass(counts, 'wk-chart__axis--y')[0]!).some((t) => t.includes('.'))).toBe(true);
	});

	it('is empty when the area has no figure that may be shown', () => {
		const k2 = kompas([row(GM, 'tevreden', 2025, 7, 900), row(WIJK, 'tevreden', 2025, 7, 3)]);
		expect(trendChart(figuresOf(k2, WIJK, 'tevreden'))).toBe('');
	});

	it('puts the year labels on two staggered rows when one row is too narrow, every year labelled', () => {
		const years = Array.from({ length: 12 }, (_, i) => 2014 + i);
		const k2 = kompas(years.flatMap((y) => [row(GM, 'werkloos', y, 5), row(WIJK, 'werkloos', y, 4 + (y % 3))]));
		const axis = byClass(parseXml(trendChart(figuresOf(k2, WIJK, 'werkloos'))), 'wk-chart__axis--x')[0]!;
		expect(texts(axis)).toEqual(years.map(String));
		const rows = new Set(all(axis, (e) => e.name === 'text').map((e) => e.attrs.get('y')));
		expect(rows.size).toBe(2);
	});

	it('with very many years keeps a tick for every year and labels every other one, the last always', () => {
		const years = Array.from({ length: 16 }, (_, i) => 2010 + i);
		const k2 = kompas(years.flatMap((y) => [row(GM, 'werkloos', y, 5), row(WIJK, 'werkloos', y, 4 + (y % 3))]));
		const axis = byClass(parseXml(trendChart(figuresOf(k2, WIJK, 'werkloos'))), 'wk-chart__axis--x')[0]!;
		const x = texts(axis);
		expect(x.length).toBeLessThan(16);
		expect(x.at(-1)).toBe('2025');
		// The axis line and one tick per year.
		expect(all(axis, (e) => e.name === 'path')).toHaveLength(1 + 16);
		const y = texts(byClass(parseXml(trendChart(figuresOf(k2, WIJK, 'werkloos'))), 'wk-chart__axis--y')[0]!);
		expect(y.every((t) => t.endsWith('%'))).toBe(true);
	});

	it('is fast enough for a national build', () => {
		const runs = 3000;
		for (let i = 0; i < 200; i++) trendChart(f);
		const start = process.cpuUsage();
		for (let i = 0; i < runs; i++) trendChart(f);
		const used = process.cpuUsage(start);
		const perChartMs = (used.user + used.system) / 1000 / runs;
		// Target well under 0.1 ms of CPU time; the bound leaves room for slow test machines.
		expect(perChartMs).toBeLessThan(0.3);
	});
});

describe('trendSummary', () => {
	const summary = (rows: Waarde[], indicator: string, code = WIJK) => {
		const k = kompas(rows);
		return trendSummary(figuresOf(k, code, indicator), SETTINGS);
	};

	it('describes a rise with the indicator as used in a sentence', () => {
		expect(
			summary(
				[row(WIJK, 'inwoners', 2021, 3950), row(WIJK, 'inwoners', 2023, 4010), row(WIJK, 'inwoners', 2025, 4120)],
				'inwoners',
			),
		).toBe('Het aantal inwoners steeg van 3.950 in 2021 naar 4.120 in 2025. Over 2022 en 2024 zijn er geen cijfers.');
	});

	it('describes a fall with the name when there is no sentence form', () => {
		expect(summary([row(WIJK, 'tevreden', 2021, 7.4, 80), row(WIJK, 'tevreden', 2025, 6.9, 80)], 'tevreden')).toBe(
			'Rapportcijfer voor de buurt: van 7,4 in 2021 naar 6,9 in 2025, een daling. Over 2022 tot en met 2024 zijn er geen cijfers.',
		);
	});

	it('says a figure stayed the same when the shown values are equal', () => {
		expect(summary([row(WIJK, 'werkloos', 2021, 5.02), row(WIJK, 'werkloos', 2025, 4.98)], 'werkloos')).toBe(
			'Het percentage werklozen bleef gelijk: 5,0% in 2021 en in 2025. Over 2022 tot en met 2024 zijn er geen cijfers.',
		);
		expect(summary([row(WIJK, 'tevreden', 2021, 7, 80), row(WIJK, 'tevreden', 2025, 7, 80)], 'tevreden')).toBe(
			'Rapportcijfer voor de buurt: 7,0 in 2021 en in 2025, dus gelijk gebleven. Over 2022 tot en met 2024 zijn er geen cijfers.',
		);
	});

	it('mentions a peak in between that the two ends do not show', () => {
		expect(
			summary(
				[row(WIJK, 'werkloos', 2021, 5), row(WIJK, 'werkloos', 2023, 12.5), row(WIJK, 'werkloos', 2025, 6)],
				'werkloos',
			),
		).toBe(
			'Het percentage werklozen steeg van 5,0% in 2021 naar 6,0% in 2025. Het hoogste punt was 12,5%, in 2023. Over 2022 en 2024 zijn er geen cijfers.',
		);
	});

	it('gives the single year when there is only one figure', () => {
		expect(summary([row(WIJK, 'tevreden', 2025, 7.2, 80)], 'tevreden')).toBe('In 2025 was dit 7,2.');
		expect(summary([row(WIJK, 'inwoners', 2025, 12345)], 'inwoners')).toBe('In 2025 was het aantal inwoners 12.345.');
	});

	it('says why the last year has no figure', () => {
		expect(
			summary(
				[
					row(WIJK, 'tevreden', 2023, 7.1, 80),
					row(WIJK, 'tevreden', 2024, 7.3, 80),
					row(WIJK, 'tevreden', 2025, 7.9, 12),
				],
				'tevreden',
			),
		).toBe(
			'Rapportcijfer voor de buurt: van 7,1 in 2023 naar 7,3 in 2024, een stijging. Over 2025 waren er te weinig antwoorden voor een betrouwbaar cijfer.',
		);
	});

	it('explains why nothing is shown: too few answers, small counts, unknown, no figures', () => {
		expect(summary([row(WIJK, 'tevreden', 2021, 7.0, 12), row(WIJK, 'tevreden', 2025, 7.2, 20)], 'tevreden')).toBe(
			'Voor deze wijk is geen cijfer te zien. In 2021 en 2025 waren er te weinig antwoorden voor een betrouwbaar cijfer.',
		);
		expect(
			summary(
				[2019, 2020, 2021, 2023].map((y) => row(WIJK, 'tevreden', y, 7, 5)),
				'tevreden',
			),
		).toBe(
			'Voor deze wijk is geen cijfer te zien. In de jaren 2019 tot en met 2021 en 2023 waren er te weinig antwoorden voor een betrouwbaar cijfer.',
		);
		const buurt = 'BU99990101';
		expect(summary([row(buurt, 'inwoners', 2025, 3)], 'inwoners', buurt)).toBe(
			'Voor deze buurt is geen cijfer te zien. In 2025 was het aantal kleiner dan 5. Kleine aantallen tonen wij niet precies, zodat niemand herkenbaar is.',
		);
		expect(summary([row(WIJK, 'werkloos', 2024, null), row(WIJK, 'werkloos', 2025, null)], 'werkloos')).toBe(
			'Voor deze wijk is geen cijfer te zien. De cijfers over 2024 en 2025 zijn niet bekend.',
		);
		// The wijk has other figures, but none for werkloos.
		expect(summary([row(GM, 'werkloos', 2025, 5), row(WIJK, 'inwoners', 2025, 4000)], 'werkloos')).toBe(
			'Voor deze wijk zijn er geen cijfers over dit onderwerp.',
		);
	});
});

describe('comparisonSummary', () => {
	const rows = [
		row(GM, 'tevreden', 2025, 6.9, 900),
		row(WIJK, 'tevreden', 2025, 7.2, 80),
		row('WK999902', 'tevreden', 2025, 7.5, 80),
		row('WK999903', 'tevreden', 2025, 6.1, 80),
		row(GM, 'inwoners', 2025, 40000),
		row(WIJK, 'inwoners', 2025, 4120),
		row('WK999902', 'inwoners', 2025, 5000),
		row('WK999903', 'inwoners', 2025, 3000),
	];

	it('compares with the gemeente in the same year and gives the place, neutrally', () => {
		const k = kompas(rows);
		expect(comparisonSummary(figuresOf(k, WIJK, 'tevreden'), SETTINGS)).toBe(
			'In 2025 was dit in deze wijk 7,2: hoger dan in de hele gemeente (6,9). Van de 3 wijken staat deze wijk op plaats 2, van hoog naar laag. Bij dit cijfer is hoger gunstiger.',
		);
		expect(comparisonSummary(figuresOf(k, 'WK999902', 'tevreden'), SETTINGS)).toBe(
			'In 2025 was dit in deze wijk 7,5: hoger dan in de hele gemeente (6,9). Van de 3 wijken heeft deze wijk het hoogste cijfer. Bij dit cijfer is hoger gunstiger.',
		);
		expect(comparisonSummary(figuresOf(k, 'WK999903', 'tevreden'), SETTINGS)).toBe(
			'In 2025 was dit in deze wijk 6,1: lager dan in de hele gemeente (6,9). Van de 3 wijken heeft deze wijk het laagste cijfer. Bij dit cijfer is hoger gunstiger.',
		);
	});

	it('does not compare a count with the gemeente, and adds no direction for neutral figures', () => {
		const k = kompas(rows);
		expect(comparisonSummary(figuresOf(k, WIJK, 'inwoners'), SETTINGS)).toBe(
			'Van de 3 wijken staat deze wijk op plaats 2, van hoog naar laag.',
		);
	});

	it('counts only areas with a figure and lets equal figures share a place', () => {
		const k = kompas([
			row(GM, 'tevreden', 2025, 7.2, 900),
			row(WIJK, 'tevreden', 2025, 7.21, 80),
			row('WK999902', 'tevreden', 2025, 7.19, 80),
			row('WK999903', 'tevreden', 2025, 8, 10),
		]);
		expect(comparisonSummary(figuresOf(k, WIJK, 'tevreden'), SETTINGS)).toBe(
			'In 2025 was dit in deze wijk 7,2: even hoog als in de hele gemeente (7,2). Van de 2 wijken met een cijfer heeft deze wijk samen met 1 andere wijk het hoogste cijfer. Bij dit cijfer is hoger gunstiger.',
		);
	});
});

describe('comparisonSummary for buurten and the gemeente', () => {
	it('compares a buurt with the other buurten of its wijk, sharing a place on a tie', () => {
		const k = kompas([
			row(GM, 'werkloos', 2025, 6),
			row('BU99990101', 'werkloos', 2025, 7.04),
			row('BU99990102', 'werkloos', 2025, 8),
			row('BU99990103', 'werkloos', 2025, 6.96),
			row('BU99990104', 'werkloos', 2025, 5),
			row('WK999902', 'werkloos', 2025, 1),
		]);
		expect(comparisonSummary(figuresOf(k, 'BU99990103', 'werkloos'), SETTINGS)).toBe(
			'In 2025 was dit in deze buurt 7,0%: hoger dan in de hele gemeente (6,0%). Van de 4 buurten staat deze buurt op plaats 2, van hoog naar laag, gelijk met 1 andere buurt. Bij dit cijfer is lager gunstiger.',
		);
	});

	it('says nothing for the gemeente itself, whose chart has a single line', () => {
		const k = kompas([row(GM, 'werkloos', 2024, 6), row(GM, 'werkloos', 2025, 5.5)]);
		const f = figuresOf(k, GM, 'werkloos');
		expect(comparisonSummary(f, SETTINGS)).toBe('');
		expect(comparisonChart(f, SETTINGS)).toBe('');
		const chart = withoutLegend(parseXml(trendChart(f)));
		expect(byClass(chart, 'wk-chart__line--gemeente')).toHaveLength(0);
		expect(inGroup(chart, 'wk-chart__points--gebied', 'wk-chart__point')).toHaveLength(2);
		expect(trendSummary(f, SETTINGS)).toBe('Het percentage werklozen daalde van 6,0% in 2024 naar 5,5% in 2025.');
	});
});

describe('tableRows', () => {
	it('gives one row per year with labels for the area and the gemeente', () => {
		const buurt = 'BU99990101';
		const k = kompas([
			row(GM, 'inwoners', 2023, 40000),
			row(GM, 'inwoners', 2024, 40500),
			row(GM, 'inwoners', 2025, null),
			row(buurt, 'inwoners', 2023, 1234),
			row(buurt, 'inwoners', 2025, 4),
		]);
		expect(tableRows(figuresOf(k, buurt, 'inwoners'), SETTINGS)).toEqual([
			{ jaar: 2023, area: '1.234', gemeente: '40.000', areaStatus: 'getoond', gemeenteStatus: 'getoond' },
			{ jaar: 2024, area: 'geen cijfer', gemeente: '40.500', areaStatus: 'geen-cijfer', gemeenteStatus: 'getoond' },
			{
				jaar: 2025,
				area: 'minder dan 5',
				gemeente: 'niet bekend',
				areaStatus: 'klein-aantal',
				gemeenteStatus: 'onbekend',
			},
		]);
	});

	it('formats units and panel figures with too few answers', () => {
		const k = kompas([
			row(GM, 'werkloos', 2025, 12.46),
			row(WIJK, 'werkloos', 2025, 3.04),
			row(GM, 'tevreden', 2025, 7, 900),
			row(WIJK, 'tevreden', 2025, 7, 2),
		]);
		expect(tableRows(figuresOf(k, WIJK, 'werkloos'), SETTINGS)).toEqual([
			{ jaar: 2025, area: '3,0%', gemeente: '12,5%', areaStatus: 'getoond', gemeenteStatus: 'getoond' },
		]);
		expect(tableRows(figuresOf(k, WIJK, 'tevreden'), SETTINGS)[0]?.area).toBe('te weinig antwoorden');
	});
});

describe('comparisonChart', () => {
	const rows = [
		row(GM, 'tevreden', 2025, 6.9, 900),
		row(WIJK, 'tevreden', 2025, 7.2, 80),
		row('WK999902', 'tevreden', 2025, 7.5, 12),
		row('WK999903', 'tevreden', 2025, 6.1, 80),
	];
	const k = kompas(rows);
	const f = figuresOf(k, WIJK, 'tevreden');
	const svg = comparisonChart(f, SETTINGS);
	const root = parseXml(svg);

	it('draws the gemeente, this area (marked by text, not only colour) and the siblings from high to low', () => {
		expect(root.attrs.get('aria-hidden')).toBe('true');
		expect(svg).not.toMatch(/\sstyle=/);
		const names = byClass(root, 'wk-chart__name').map(textOf);
		expect(names).toEqual(['Hele gemeente', 'Noord & <Zuid> (deze wijk)', 'West', 'Oost']);
		expect(svg).toContain('Noord &amp; &lt;Zuid&gt; (deze wijk)');
		expect(byClass(root, 'wk-chart__bar--gebied')).toHaveLength(1);
		expect(byClass(root, 'wk-chart__bar--gemeente')).toHaveLength(1);
		expect(byClass(root, 'wk-chart__value').map(textOf)).toEqual(['6,9', '7,2', '6,1']);
	});

	it('shows a sibling without a figure with its label instead of a bar', () => {
		expect(byClass(root, 'wk-chart__bar')).toHaveLength(3);
		const oost = byClass(root, 'wk-chart__row--ander').find((r) =>
			byClass(r, 'wk-chart__name').map(textOf).includes('Oost'),
		)!;
		expect(byClass(oost, 'wk-chart__bar')).toHaveLength(0);
		expect(byClass(oost, 'wk-chart__missing').map(textOf)).toEqual(['te weinig antwoorden']);
	});

	it('scales bars from zero and marks the gemeente with a reference line', () => {
		const width = (cls: string) => Number(byClass(root, cls)[0]!.attrs.get('width'));
		const x = (cls: string) => Number(byClass(root, cls)[0]!.attrs.get('x'));
		expect(x('wk-chart__bar--gebied')).toBe(4);
		expect(width('wk-chart__bar--gebied') / width('wk-chart__bar--gemeente')).toBeCloseTo(7.2 / 6.9, 2);
		const ref = byClass(root, 'wk-chart__reference')[0]!.attrs.get('d')!;
		expect(ref.startsWith(`M${x('wk-chart__bar--gemeente') + width('wk-chart__bar--gemeente')},`)).toBe(true);
		expect(comparisonCaption(f)).toBe('');
	});

	it('draws negative values left of a zero line', () => {
		const k2 = kompas([row(GM, 'groei', 2025, 1), row(WIJK, 'groei', 2025, -2), row('WK999902', 'groei', 2025, 3)]);
		const r = parseXml(comparisonChart(figuresOf(k2, WIJK, 'groei'), SETTINGS));
		const zero = Number(byClass(r, 'wk-chart__zero')[0]!.attrs.get('d')!.slice(1).split(',')[0]);
		const own = byClass(r, 'wk-chart__bar--gebied')[0]!;
		expect(Number(own.attrs.get('x')) + Number(own.attrs.get('width'))).toBeCloseTo(zero, 0);
		const other = byClass(r, 'wk-chart__bar--ander')[0]!;
		expect(Number(other.attrs.get('x'))).toBeCloseTo(zero, 0);
		expect(byClass(r, 'wk-chart__value').map(textOf)).toEqual(['1,0%', '3,0%', '-2,0%']);
	});

	it('leaves the gemeente out for counts', () => {
		const k2 = kompas([
			row(GM, 'inwoners', 2025, 40000),
			row(WIJK, 'inwoners', 2025, 4000),
			row('WK999902', 'inwoners', 2025, 5000),
		]);
		const r = parseXml(comparisonChart(figuresOf(k2, WIJK, 'inwoners'), SETTINGS));
		expect(byClass(r, 'wk-chart__bar--gemeente')).toHaveLength(0);
		expect(byClass(r, 'wk-chart__reference')).toHaveLength(0);
		// West has no row at all: it is listed with "geen cijfer" instead of a bar.
		expect(byClass(r, 'wk-chart__name').map(textOf)).toEqual(['Oost', 'Noord & <Zuid> (deze wijk)', 'West']);
		expect(byClass(r, 'wk-chart__missing').map(textOf)).toEqual(['geen cijfer']);
	});

	it(`with more than ${MAX_BARS} areas draws this area, the gemeente and the 3 highest and 3 lowest`, () => {
		const names = ['Aa', 'Bb', 'Cc', 'Dd', 'Ee', 'Ff', 'Gg', 'Hh', 'Ii', 'Jj', 'Kk', 'Ll', 'Mm', 'Nn', 'Oo'];
		const wijken = names.map((n, i) => wijk(i + 1, n));
		// Aa has 1,0%, Bb 2,0%, …; Hh (8,0%) is this wijk; Oo's value is not known (null).
		const values = names.map((_, i) => row(wijkCode(i + 1), 'werkloos', 2025, i === 14 ? null : i + 1));
		const k2 = kompas([row(GM, 'werkloos', 2025, 7.5), ...values], wijken);
		const self = wijkCode(8);
		const f2 = figuresOf(k2, self, 'werkloos');
		const r = parseXml(comparisonChart(f2, SETTINGS));
		expect(byClass(r, 'wk-chart__name').map(textOf)).toEqual([
			'Hele gemeente',
			'Nn',
			'Mm',
			'Ll',
			'Hh (deze wijk)',
			'Cc',
			'Bb',
			'Aa',
		]);
		expect(byClass(r, 'wk-chart__gap').map(textOf)).toEqual([
			'… 3 andere wijken',
			'… 4 andere wijken',
			'1 wijk zonder cijfer',
		]);
		expect(byClass(r, 'wk-chart__bar')).toHaveLength(8);
		expect(comparisonCaption(f2)).toBe(
			'Van de 15 wijken staan hier alleen de 3 met het hoogste en de 3 met het laagste cijfer in 2025, en deze wijk.',
		);
		expect(comparisonCaption(f2, { noun: 'dit dorp' }).endsWith('in 2025, en dit dorp.')).toBe(true);
		expect(
			byClass(parseXml(comparisonChart(f2, SETTINGS, { noun: 'dit dorp' })), 'wk-chart__name').map(textOf),
		).toContain('Hh (dit dorp)');
		const selection = comparisonRows(f2, SETTINGS);
		expect(selection.truncated).toBe(true);
		expect(selection.total).toBe(15);
		// The highest wijk itself: no duplicate, still 3 highest in total.
		const top = parseXml(comparisonChart(figuresOf(k2, wijkCode(14), 'werkloos'), SETTINGS));
		expect(byClass(top, 'wk-chart__name').map(textOf)).toEqual([
			'Hele gemeente',
			'Nn (deze wijk)',
			'Mm',
			'Ll',
			'Cc',
			'Bb',
			'Aa',
		]);
	});

	it('with exactly 12 areas draws them all', () => {
		const wijken = Array.from({ length: MAX_BARS }, (_, i) => wijk(i + 1, `Wijk ${i + 1}`));
		const k2 = kompas(
			wijken.map((w, i) => row(w.data.code, 'werkloos', 2025, i)),
			wijken,
		);
		const f2 = figuresOf(k2, wijkCode(1), 'werkloos');
		expect(byClass(parseXml(comparisonChart(f2, SETTINGS)), 'wk-chart__bar')).toHaveLength(MAX_BARS);
		expect(comparisonCaption(f2)).toBe('');
	});
});

describe('indexChart', () => {
	// werkloos (lager is beter, objectief) and tevreden (hoger is beter, subjectief); baseline 2021.
	const rows = [
		row(GM, 'werkloos', 2021, 5),
		row(GM, 'werkloos', 2025, 5),
		row(WIJK, 'werkloos', 2021, 6),
		row(WIJK, 'werkloos', 2025, 4),
		row(GM, 'tevreden', 2021, 7, 900),
		row(GM, 'tevreden', 2025, 7, 900),
		row(WIJK, 'tevreden', 2025, 8.4, 80),
	];
	const k = kompas(rows);
	const index = k.of(WIJK)!.themas[0]!.index;
	const svg = indexChart(index, 10);
	const root = parseXml(svg);

	it('works on the real theme index', () => {
		// werkloos: 100 × (2 − 6/5) = 80 in 2021, 100 × (2 − 4/5) = 120 in 2025; tevreden 100 × 8,4/7 = 120 in 2025.
		expect(index.map((i) => [i.jaar, i.objectief, i.subjectief])).toEqual([
			[2021, 80, undefined],
			[2025, 120, 120],
		]);
	});

	it('draws the band 100 ± width as a labelled area between its tick labels', () => {
		expect(svg).not.toMatch(/\sstyle=/);
		expect(root.attrs.get('aria-hidden')).toBe('true');
		const band = inGroup(root, 'wk-chart__band-group', 'wk-chart__band')[0]!;
		expect(textOf(byClass(root, 'wk-chart__band-label')[0]!)).toBe('rond het gemiddelde');
		const ticks = byClass(root, 'wk-chart__axis--y')[0]!.children;
		const tickY = (label: string) => Number(ticks.find((t) => textOf(t) === label)!.attrs.get('y')) - 13 * 0.35;
		expect(Number(band.attrs.get('y'))).toBeCloseTo(tickY('110'), 0);
		expect(Number(band.attrs.get('y')) + Number(band.attrs.get('height'))).toBeCloseTo(tickY('90'), 0);
		expect(ticks.map(textOf)).toContain('100');
	});

	it('draws objective and subjective as separately marked lines', () => {
		const objectief = inGroup(root, 'wk-chart__points--objectief', 'wk-chart__point');
		const subjectief = inGroup(root, 'wk-chart__points--subjectief', 'wk-chart__point');
		expect(objectief.map((e) => e.name)).toEqual(['circle', 'circle']);
		expect(subjectief.map((e) => e.name)).toEqual(['path']);
		expect(texts(byClass(root, 'wk-chart__legend')[0]!)).toEqual([
			'Objectief (registraties)',
			'Subjectief (bewonerspanel)',
			'rond het gemiddelde',
		]);
		const subjectiefLine = byClass(root, 'wk-chart__line--subjectief').filter((e) => e.attrs.get('d')?.includes('L'));
		expect(subjectiefLine.every((e) => e.attrs.get('stroke-dasharray'))).toBe(true);
	});

	it('is empty without index values', () => {
		expect(indexChart([], 10)).toBe('');
	});
});

describe('wijkkompas.css', () => {
	const css = readFileSync(new URL('../../src/styles/wijkkompas.css', import.meta.url), 'utf8');

	it('styles every class the charts use, apart from structural wrappers', () => {
		const k = kompas([
			row(GM, 'tevreden', 2025, 6.9, 900),
			row(WIJK, 'tevreden', 2025, 7.2, 80),
			row('WK999902', 'tevreden', 2025, 7.5, 80),
			row('WK999903', 'tevreden', 2025, 7.5, 3),
		]);
		const f = figuresOf(k, WIJK, 'tevreden');
		const markup = [trendChart(f), comparisonChart(f, SETTINGS), indexChart(k.of(WIJK)!.themas[0]!.index, 10)].join('');
		const used = new Set(
			all(parseXml(`<root>${markup}</root>`), (e) => e.attrs.has('class')).flatMap((e) =>
				e.attrs.get('class')!.split(' '),
			),
		);
		const styled = new Set([...css.matchAll(/\.(wk-chart[\w-]*)/g)].map((m) => m[1]));
		const structural =
			/^wk-chart(--(trend|bars|index)|__(legend|points(--\w+)?|row(--(gemeente|ander))?|axis--[xy]|band-group|bar))$/;
		expect([...used].filter((cls) => !styled.has(cls) && !structural.test(cls))).toEqual([]);
		expect(used.has('wk-chart__bar--ander')).toBe(true);
	});

	it('has fallback colours for lines and bars with at least 3:1 contrast on white', () => {
		for (const name of ['--wk-chart-gebied', '--wk-chart-gemeente', '--wk-chart-ander', '--wk-chart-index']) {
			const decl = css.slice(css.indexOf(`${name}:`));
			const fallback = decl.slice(0, decl.indexOf(';')).match(/#[0-9a-f]{3,6}\b/i)?.[0];
			expect(fallback, name).toBeDefined();
			expect(contrastRatio(fallback!, '#ffffff'), name).toBeGreaterThanOrEqual(3);
		}
	});
});
