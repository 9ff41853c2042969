/**
 * The wijkkompas in the reader's language: numbers and units in the language's notation, the
 * sentences from the catalogue (Dutch unchanged), indicator and thema names from `vertalingen`
 * in indicatoren.yaml, and the charts left to right on every page.
 */
import { describe, expect, it } from 'vitest';

import { portalAreas } from '#lib/wijkkompas/areas.ts';
import { trendSummary } from '#lib/wijkkompas/charts/summary.ts';
import { trendChart } from '#lib/wijkkompas/charts/trend.ts';
import { indexLabel, indicatorFacts } from '#lib/wijkkompas/describe.ts';
import { formatChange, formatMeasurement, formatNumber, withUnit } from '#lib/wijkkompas/format.ts';
import { indicatorHtml } from '#lib/wijkkompas/indicator-html.ts';
import { createKompas } from '#lib/wijkkompas/kompas.ts';
import { indicatorText, themaText } from '#lib/wijkkompas/text.ts';
import { indexValues } from '#lib/wijkkompas/value-index.ts';
import { indicatorenSchema } from '#schemas/indicatoren.ts';
import { WIJKKOMPAS_STANDAARD } from '#schemas/portaal.ts';

const definitions = indicatorenSchema.parse({
	themas: [{ naam: 'Wonen', omschrijving: 'Huizen.', vertalingen: { en: { naam: 'Housing' } } }],
	indicatoren: [
		{
			id: 'koop',
			naam: 'Koopwoningen',
			inZin: 'het deel van de woningen dat een koopwoning is',
			omschrijving: 'Hoeveel procent van de woningen een koopwoning is.',
			eenheid: 'procent',
			decimalen: 1,
			thema: 'Wonen',
			richting: 'neutraal',
			soort: 'objectief',
			bron: 'CBS',
			licentie: 'CC BY 4.0',
			vertalingen: {
				en: {
					naam: 'Owner-occupied homes',
					inZin: 'the share of owner-occupied homes',
					omschrijving: 'The percentage of homes that are owner-occupied.',
				},
			},
		},
	],
});
const gemeenten = [{ naam: 'Test', code: 'GM9999', stadsdelen: [], themas: [], themaUitleg: {}, nulmeting: 2021 }];
const wijken = [
	{
		id: 'oost',
		data: {
			naam: 'Oost',
			code: 'WK999901',
			soort: 'wijk' as const,
			buurten: [{ naam: 'Akker', code: 'BU99990101' }],
			contacten: [],
		},
	},
];
const row = (gebied: string, jaar: number, waarde: number) => ({ gebied, indicator: 'koop', jaar, waarde });
const kompas = createKompas({
	areas: portalAreas({ gemeenten }, wijken),
	definitions,
	gemeenten,
	values: indexValues([
		{
			id: 'test',
			dataset: {
				naam: 'T',
				bron: 'T',
				licentie: 'CC0',
				bijgewerkt: '2026-01-01',
				waarden: [
					row('GM9999', 2021, 40),
					row('GM9999', 2024, 44),
					row('WK999901', 2021, 1230.5),
					row('WK999901', 2024, 33.25),
				],
			},
		},
	]),
	settings: WIJKKOMPAS_STANDAARD,
	files: [],
});
const figures = kompas.of('WK999901')!.themas[0]!.indicators[0]!;

describe('numbers and units in the reader’s language', () => {
	it('keeps Dutch exactly as before and writes English, Polish, Turkish and Arabic notation', () => {
		expect(withUnit(1234.5, 'per 1.000 inwoners', 1)).toBe('1.234,5 per 1.000 inwoners');
		expect(withUnit(1234.5, 'per 1.000 inwoners', 1, 'en')).toBe('1,234.5 per 1,000 residents');
		expect(withUnit(12.5, 'procent', 1, 'tr')).toBe('%12,5');
		expect(withUnit(245000, 'euro', 0, 'en')).toBe('€245,000');
		expect(formatNumber(-0.001, 1, 'en')).toBe('0.0');
		expect(formatNumber(1234.5, 1, 'ar')).toMatch(/^1.?234.5$/u);
		expect(formatChange(1.25, 'procent', 1, 'en')).toBe('+1.3 percentage points');
		expect(formatChange(0, 'aantal', 0, 'en')).toBe('no change');
		expect(
			formatMeasurement(
				{ eenheid: 'aantal', decimalen: 0 },
				{ jaar: 2024, status: 'klein-aantal' },
				{ kleineAantallen: 5 },
				'en',
			),
		).toBe('fewer than 5');
		expect(indexLabel(104, WIJKKOMPAS_STANDAARD, 'en')).toBe('104 (around average)');
		expect(indexLabel(104, WIJKKOMPAS_STANDAARD)).toBe('104 (rond het gemiddelde)');
	});
});

describe('indicator and thema texts', () => {
	it('take the translation when there is one, else the Dutch text marked as Dutch', () => {
		const ind = definitions.indicatoren[0]!;
		expect(indicatorText(ind, 'en')).toMatchObject({ naam: 'Owner-occupied homes', taal: 'en', vertaald: true });
		expect(indicatorText(ind, 'pl')).toMatchObject({ naam: 'Koopwoningen', taal: 'nl', vertaald: false });
		expect(indicatorText(ind, 'pl').inZin).toBeUndefined();
		expect(indicatorText(ind)).toMatchObject({ naam: 'Koopwoningen', taal: 'nl', vertaald: true });
		expect(themaText(definitions.themas[0]!, 'en')).toEqual({
			naam: 'Housing',
			naamTaal: 'en',
			omschrijving: 'Huizen.',
			omschrijvingTaal: 'nl',
		});
	});

	it('refuses a translation into Dutch or an unknown language', () => {
		const base = { naam: 'Wonen' };
		expect(
			indicatorenSchema.shape.themas.element.safeParse({ ...base, vertalingen: { nl: { naam: 'x' } } }).success,
		).toBe(false);
		expect(
			indicatorenSchema.shape.themas.element.safeParse({ ...base, vertalingen: { de: { naam: 'x' } } }).success,
		).toBe(false);
	});
});

describe('an indicator on a page in another language', () => {
	it('reads in English, with the translated name in the sentences', () => {
		expect(trendSummary(figures, WIJKKOMPAS_STANDAARD, { taal: 'en' })).toBe(
			'The share of owner-occupied homes fell from 1,230.5% in 2021 to 33.3% in 2024. There are no figures for 2022 and 2023.',
		);
		expect(indicatorFacts(figures, WIJKKOMPAS_STANDAARD, new Map(), 'en').map((f) => f.label)).toContain(
			'Latest figure (2024)',
		);
		const html = indicatorHtml(figures, { settings: WIJKKOMPAS_STANDAARD, files: new Map(), level: 2, taal: 'en' });
		expect(html).toContain('>Owner-occupied homes</h2>');
		expect(html).not.toContain('lang="nl"');
	});

	it('marks a Dutch name and explanation with lang="nl" on a page in a language without translation', () => {
		const html = indicatorHtml(figures, { settings: WIJKKOMPAS_STANDAARD, files: new Map(), level: 2, taal: 'ar' });
		expect(html).toContain('lang="nl">Koopwoningen</h2>');
		expect(html).toContain('<span lang="nl">Hoeveel procent van de woningen een koopwoning is.</span>');
	});

	it('keeps its charts left to right, with the page’s numbers', () => {
		const svg = trendChart(figures, { taal: 'en' });
		expect(svg).toContain('direction="ltr"');
		expect(svg).toContain('1,000');
		expect(trendChart(figures)).toContain('1.000');
	});
});
