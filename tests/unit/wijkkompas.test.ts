/**
 * The wijkkompas's computations on a small in-memory portal: suppression, changes, baseline,
 * comparison, breaks in a series, theme index and aandachtspunten.
 */
import { describe, expect, it } from 'vitest';

import { portalAreas } from '#lib/wijkkompas/areas.ts';
import { indicatorFacts } from '#lib/wijkkompas/describe.ts';
import { formatChange, formatMeasurement, formatNumber, withUnit } from '#lib/wijkkompas/format.ts';
import { createKompas } from '#lib/wijkkompas/kompas.ts';
import { band, indicatorScore, themeIndex } from '#lib/wijkkompas/theme-index.ts';
import { indexValues } from '#lib/wijkkompas/value-index.ts';
import type { Indicator, Indicatoren } from '#schemas/indicatoren.ts';
import { WIJKKOMPAS_STANDAARD } from '#schemas/portaal.ts';
import type { Waarde } from '#schemas/waarden.ts';
import type { Wijk } from '#schemas/wijk.ts';

const ind = (over: Partial<Indicator> & Pick<Indicator, 'id' | 'eenheid' | 'richting' | 'soort'>): Indicator => ({
	naam: over.id,
	omschrijving: 'x',
	decimalen: 0,
	thema: 'Wonen',
	bron: 'Test',
	licentie: 'CC BY 4.0',
	...over,
});

const definitions: Indicatoren = {
	themas: [{ naam: 'Wonen' }, { naam: 'Samen' }],
	indicatoren: [
		ind({ id: 'inwoners', eenheid: 'aantal', richting: 'neutraal', soort: 'objectief' }),
		ind({ id: 'inbraken', eenheid: 'aantal', richting: 'lager is beter', soort: 'objectief', thema: 'Samen' }),
		ind({ id: 'koop', eenheid: 'procent', richting: 'hoger is beter', soort: 'objectief', decimalen: 1 }),
		ind({
			id: 'tevreden',
			eenheid: 'cijfer',
			richting: 'hoger is beter',
			soort: 'subjectief',
			decimalen: 1,
			minimumAntwoorden: 30,
			thema: 'Samen',
		}),
		ind({ id: 'haven', eenheid: 'procent', richting: 'lager is beter', soort: 'objectief', wijken: ['west'] }),
	],
};

const wijk = (id: string, code: string, buurten: [string, string][]): { id: string; data: Wijk } => ({
	id,
	data: {
		naam: id,
		code,
		soort: 'wijk',
		buurten: buurten.map(([naam, c]) => ({ naam, code: c })),
		contacten: [],
	},
});
const wijken = [
	wijk('oost', 'WK999901', [
		['Akker', 'BU99990101'],
		['Beemd', 'BU99990102'],
	]),
	wijk('west', 'WK999902', [['Dijk', 'BU99990201']]),
];
const gemeenten = [{ naam: 'Test', code: 'GM9999', stadsdelen: [], themas: [], themaUitleg: {}, nulmeting: 2021 }];

function kompasWith(rows: Omit<Waarde, 'n'>[] & Partial<Waarde>[]) {
	return createKompas({
		areas: portalAreas({ gemeenten }, wijken),
		definitions,
		gemeenten,
		values: indexValues([
			{
				id: 'test',
				dataset: { naam: 'T', bron: 'T', licentie: 'CC0', bijgewerkt: '2026-01-01', waarden: rows },
			},
		]),
		settings: WIJKKOMPAS_STANDAARD,
		files: [],
	});
}

const row = (gebied: string, indicator: string, jaar: number, waarde: number | null, n?: number): Waarde => ({
	gebied,
	indicator,
	jaar,
	waarde,
	...(n === undefined ? {} : { n }),
});

describe('wijkkompas figures', () => {
	const k = kompasWith([
		row('GM9999', 'koop', 2021, 40),
		row('GM9999', 'koop', 2022, 41),
		row('GM9999', 'koop', 2023, 42),
		row('GM9999', 'koop', 2024, 44),
		row('WK999901', 'koop', 2021, 30),
		row('WK999901', 'koop', 2022, 31.5),
		row('WK999901', 'koop', 2024, 33.25),
		row('WK999902', 'koop', 2023, 55),
		row('WK999902', 'koop', 2024, 56),
		row('GM9999', 'tevreden', 2024, 7.2, 500),
		row('WK999901', 'tevreden', 2024, 7.0, 80),
		row('BU99990101', 'tevreden', 2024, 6.0, 12),
		row('BU99990102', 'tevreden', 2024, null),
		row('WK999901', 'inbraken', 2024, 3),
		row('WK999902', 'inbraken', 2024, 0),
		row('BU99990101', 'inbraken', 2024, 5),
		row('WK999902', 'haven', 2024, 12),
		row('GM9999', 'haven', 2024, 10),
	]);

	it('follows an area over the years, with the change since the previous measurement and since the baseline', () => {
		const f = k.of('WK999901')!.themas[0]!.indicators.find((i) => i.indicator.id === 'koop')!;
		expect(f.years).toEqual([2021, 2022, 2023, 2024]);
		expect(f.series.map((m) => m.status)).toEqual(['getoond', 'getoond', 'geen-cijfer', 'getoond']);
		expect(f.latest?.waarde).toBe(33.25);
		expect(f.previous?.jaar).toBe(2022);
		expect(f.baseline?.jaar).toBe(2021);
		expect(formatChange(f.latest!.waarde - f.previous!.waarde, 'procent', 1)).toBe('+1,8 procentpunt');
		expect(f.gemeenteLatest?.waarde).toBe(44);
		expect(f.rank).toEqual({ position: 2, of: 2 });
		expect(f.notes).toEqual(['Voor 2023 is er geen cijfer voor deze wijk. De lijn is daar onderbroken.']);
	});

	it('says where a series starts later because the area has no figures before', () => {
		const f = k.of('WK999902')!.themas[0]!.indicators.find((i) => i.indicator.id === 'koop')!;
		expect(f.notes[0]).toContain('cijfers vanaf 2023');
		expect(f.notes[0]).toContain('WK999902');
	});

	it('never shows panel figures with too few answers, unknown values or small counts as a number', () => {
		const akker = k.of('BU99990101')!;
		const tevreden = akker.themas.flatMap((t) => t.indicators).find((i) => i.indicator.id === 'tevreden')!;
		expect(tevreden.last).toMatchObject({ status: 'te-weinig-antwoorden', n: 12 });
		expect(tevreden.latest).toBeUndefined();
		expect(tevreden.last).not.toHaveProperty('waarde');
		const facts = indicatorFacts(tevreden, WIJKKOMPAS_STANDAARD, new Map());
		expect(facts[0]).toMatchObject({ label: 'Cijfer 2024', value: 'te weinig antwoorden' });
		expect(facts[0]!.note).toContain(
			'Er gaven 12 mensen antwoord; voor een betrouwbaar cijfer zijn minstens 30 antwoorden nodig.',
		);
		expect(JSON.stringify(facts)).not.toContain('6,0');

		const beemd = k
			.of('BU99990102')!
			.themas.flatMap((t) => t.indicators)
			.find((i) => i.indicator.id === 'tevreden')!;
		expect(formatMeasurement(beemd.indicator, beemd.last!, WIJKKOMPAS_STANDAARD)).toBe('niet bekend');

		const inbraken = k
			.of('WK999901')!
			.themas.flatMap((t) => t.indicators)
			.find((i) => i.indicator.id === 'inbraken')!;
		expect(inbraken.last?.status).toBe('klein-aantal');
		expect(formatMeasurement(inbraken.indicator, inbraken.last!, WIJKKOMPAS_STANDAARD)).toBe('minder dan 5');
		// Zero is a real figure, not a small count; five is shown.
		const west = k
			.of('WK999902')!
			.themas.flatMap((t) => t.indicators)
			.find((i) => i.indicator.id === 'inbraken')!;
		expect(west.latest?.waarde).toBe(0);
		expect(
			k
				.of('BU99990101')!
				.themas.flatMap((t) => t.indicators)
				.find((i) => i.indicator.id === 'inbraken')!.latest?.waarde,
		).toBe(5);
		// Downloads follow the same rules.
		const rows = k.exportRows(['WK999901', 'BU99990101']);
		expect(rows.find((r) => r.indicator === 'inbraken' && r.gebied === 'WK999901')).toMatchObject({
			waarde: null,
			status: 'minder dan 5',
		});
		expect(rows.find((r) => r.indicator === 'tevreden' && r.gebied === 'BU99990101')).toMatchObject({
			waarde: null,
			status: 'te weinig antwoorden',
		});
	});

	it('gives area-specific indicators only to their wijk', () => {
		const ids = (code: string) =>
			k
				.of(code)!
				.themas.flatMap((t) => t.indicators)
				.map((i) => i.indicator.id);
		expect(ids('WK999902')).toContain('haven');
		const dijk = k.input.areas.byCode.get('BU99990201')!;
		expect(k.indicatorsFor(dijk).map((i) => i.id)).toContain('haven');
		// A thema without a single figure for the area is left out.
		expect(k.of('BU99990201')!.themas).toEqual([]);
		expect(ids('WK999901')).not.toContain('haven');
	});

	it('marks an aandachtspunt only when the area is clearly less favourable than the gemeente', () => {
		const oost = k.of('WK999901')!;
		// koop: 33,25 against 44 with "hoger is beter" is 24% lower.
		expect(oost.aandachtspunten.map((f) => f.indicator.id)).toEqual(['koop']);
		expect(oost.aandachtspunten[0]!.aandachtspunt!.afwijking).toBeCloseTo(24.43, 1);
		// haven: 12 against 10 with "lager is beter" is 20% higher.
		expect(k.of('WK999902')!.aandachtspunten.map((f) => f.indicator.id)).toEqual(['haven']);
		// tevreden: 7,0 against 7,2 is within 10%.
		expect(oost.aandachtspunten.map((f) => f.indicator.id)).not.toContain('tevreden');
	});
});

describe('theme index', () => {
	it('scores against the gemeente in the baseline year, by direction, limited to 0-200', () => {
		const hoger = ind({ id: 'a', eenheid: 'procent', richting: 'hoger is beter', soort: 'objectief' });
		const lager = ind({ id: 'b', eenheid: 'procent', richting: 'lager is beter', soort: 'objectief' });
		expect(indicatorScore(hoger, 44, 40)).toBeCloseTo(110);
		expect(indicatorScore(lager, 36, 40)).toBeCloseTo(110);
		expect(indicatorScore(lager, 100, 40)).toBe(0);
		expect(indicatorScore(hoger, 100, 40)).toBe(200);
	});

	it('keeps objective and subjective apart, leaves out counts and neutral indicators', () => {
		const years = [2021, 2022];
		const m = (jaar: number, waarde: number) => ({ jaar, status: 'getoond' as const, waarde });
		const index = themeIndex(
			[
				{
					indicator: ind({ id: 'a', eenheid: 'procent', richting: 'hoger is beter', soort: 'objectief' }),
					years,
					series: [m(2021, 40), m(2022, 48)],
					gemeente: [m(2021, 40), m(2022, 42)],
				},
				{
					indicator: ind({ id: 'b', eenheid: 'cijfer', richting: 'hoger is beter', soort: 'subjectief' }),
					years,
					series: [
						{ ...m(2021, 6), n: 80 },
						{ ...m(2022, 7.5), n: 80 },
					],
					gemeente: [m(2021, 7.5), m(2022, 7.5)],
				},
				{
					indicator: ind({ id: 'c', eenheid: 'aantal', richting: 'lager is beter', soort: 'objectief' }),
					years,
					series: [m(2021, 1), m(2022, 1)],
					gemeente: [m(2021, 9), m(2022, 9)],
				},
				{
					indicator: ind({ id: 'd', eenheid: 'procent', richting: 'neutraal', soort: 'objectief' }),
					years,
					series: [m(2021, 1), m(2022, 1)],
					gemeente: [m(2021, 9), m(2022, 9)],
				},
			],
			2021,
		);
		expect(index).toEqual([
			{
				jaar: 2021,
				objectief: 100,
				subjectief: 80,
				totaal: 90,
				aantal: { objectief: 1, subjectief: 1 },
				weggelaten: 0,
				betrouwbaar: true,
			},
			{
				jaar: 2022,
				objectief: 120,
				subjectief: 100,
				totaal: 110,
				aantal: { objectief: 1, subjectief: 1 },
				weggelaten: 0,
				betrouwbaar: true,
			},
		]);
	});

	it('names bands in words, so they read without colour', () => {
		expect(band(79, 10).tekst).toBe('ruim onder het gemiddelde');
		expect(band(85, 10).tekst).toBe('onder het gemiddelde');
		expect(band(90, 10).tekst).toBe('rond het gemiddelde');
		expect(band(110, 10).tekst).toBe('rond het gemiddelde');
		expect(band(111, 10).tekst).toBe('boven het gemiddelde');
		expect(band(121, 10).tekst).toBe('ruim boven het gemiddelde');
	});
});

describe('Dutch notation', () => {
	it('writes units the Dutch way', () => {
		expect(withUnit(245000, 'euro', 0)).toBe('€ 245.000');
		expect(withUnit(12.5, 'procent', 1)).toBe('12,5%');
		expect(withUnit(3.42, 'per 1.000 inwoners', 1)).toBe('3,4 per 1.000 inwoners');
		expect(formatChange(-35, 'aantal', 0)).toBe('−35');
		expect(formatChange(0.04, 'cijfer', 1)).toBe('gelijk');
	});
});

describe('formatNumber', () => {
	it('writes exactly what Intl nl-NL writes', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const values = [0, -0, 0.5, 1.5, 2.5, -0.04, -0.05, 999.995, 1000, 12345.678, -1234567.891, 1e9, 0.125, 7.25];
		for (let i = 0; i < 2000; i++) values.push((random() - 0.3) * 10 ** Math.floor(random() * 8));
		for (const v of values) {
			for (const d of [0, 1, 2, 3]) {
				const intl = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
				// Intl writes "-0" for negative values that round to zero; the portal writes 0.
				expect(`${v} ${d}: ${formatNumber(v, d)}`).toBe(`${v} ${d}: ${intl.replace(/^-(0(,0*)?)$/, '$1')}`);
			}
		}
	});
});
