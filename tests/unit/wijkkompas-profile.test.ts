/**
 * The wijkprofiel at a glance (src/lib/wijkkompas/profile.ts), the reliability rule of the
 * theme index (theme-index.ts) and the wording of comparisons (describe.ts): percentages
 * differ in procentpunt, never in a percentage of a percentage.
 */
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { aandachtspuntText, gemeenteComparison } from '#lib/wijkkompas/describe.ts';
import type { AreaKompas, IndicatorFigures, ThemeFigures } from '#lib/wijkkompas/kompas.ts';
import type { Measurement } from '#lib/wijkkompas/measurement.ts';
import { headlineFigures, indexBar, indexChange, themeGlance } from '#lib/wijkkompas/profile.ts';
import { INDEX_RULES, restsOnEnough, themeIndex, type ThemeIndexYear } from '#lib/wijkkompas/theme-index.ts';
import type { Indicator } from '#schemas/indicatoren.ts';
import { WIJKKOMPAS_STANDAARD } from '#schemas/portaal.ts';
import { contentKompas } from '#tests/support/content-kompas.ts';
import { REPO } from '#tests/support/fixtures.ts';

const ind = (over: Partial<Indicator> & Pick<Indicator, 'id' | 'eenheid' | 'richting' | 'soort'>): Indicator => ({
	naam: over.id,
	omschrijving: 'x',
	decimalen: 0,
	thema: 'T',
	bron: 'CBS',
	licentie: 'CC-BY 4.0',
	...over,
});
const m = (jaar: number, waarde: number, n?: number): Measurement & { waarde: number } => ({
	jaar,
	status: 'getoond',
	waarde,
	...(n !== undefined && { n }),
});
const year = (jaar: number, totaal: number | undefined): ThemeIndexYear => ({
	jaar,
	totaal,
	aantal: { objectief: 1, subjectief: 1 },
	weggelaten: 0,
	betrouwbaar: totaal !== undefined,
});

describe('theme index reliability', () => {
	const panel = ind({
		id: 'veilig',
		eenheid: 'procent',
		richting: 'hoger is beter',
		soort: 'subjectief',
		minimumAntwoorden: 30,
	});
	const rate = ind({ id: 'inbraak', eenheid: 'per 1.000 inwoners', richting: 'lager is beter', soort: 'objectief' });
	const population = { years: [2024, 2025], series: [m(2024, 400), m(2025, 4000)] };

	it('counts a panel figure from INDEX_RULES.minimumAntwoorden answers, or the indicator minimum when higher', () => {
		expect(restsOnEnough(panel, m(2025, 80, INDEX_RULES.minimumAntwoorden - 1))).toBe(false);
		expect(restsOnEnough(panel, m(2025, 80, INDEX_RULES.minimumAntwoorden))).toBe(true);
		expect(restsOnEnough({ ...panel, minimumAntwoorden: 200 }, m(2025, 80, 150))).toBe(false);
	});

	it('counts a rate per 1.000 inwoners only with enough events behind it', () => {
		// 5 per 1.000 of 400 inwoners: 2 burglaries; of 4.000 inwoners: 20.
		expect(restsOnEnough(rate, m(2024, 5), population)).toBe(false);
		expect(restsOnEnough(rate, m(2025, 5), population)).toBe(true);
		// Without the area's inwoners the rate counts.
		expect(restsOnEnough(rate, m(2024, 5))).toBe(true);
	});

	it('leaves unreliable figures out and gives no total when nothing counts', () => {
		const index = themeIndex(
			[
				{ indicator: rate, years: [2024, 2025], series: [m(2024, 5), m(2025, 5)], gemeente: [m(2024, 5), m(2025, 5)] },
				{
					indicator: panel,
					years: [2024, 2025],
					series: [m(2024, 80, 20), m(2025, 80, 20)],
					gemeente: [m(2024, 80, 900), m(2025, 80, 900)],
				},
			],
			2024,
			population,
		);
		// 2024: 2 burglaries and 20 answers: nothing counts. 2025: 20 burglaries count.
		expect(index[0]).toMatchObject({ jaar: 2024, totaal: undefined, betrouwbaar: false, weggelaten: 2 });
		expect(index[1]).toMatchObject({ jaar: 2025, totaal: 100, objectief: 100, betrouwbaar: true, weggelaten: 1 });
	});
});

describe('the demo: a few burglaries no longer swing the Veiligheid index', () => {
	const CONTENT = join(REPO, 'content');
	const { kompas } = contentKompas(CONTENT);

	it('no buurt index moves more than 40 points between two years on burglaries alone', () => {
		let checked = 0;
		for (const area of kompas.input.areas.byCode.values()) {
			const veiligheid = kompas.of(area.code)!.themas.find((t) => t.thema.naam === 'Veiligheid');
			if (!veiligheid) continue;
			const totals = veiligheid.index.filter((i) => i.totaal !== undefined);
			for (let i = 1; i < totals.length; i++) {
				expect(
					Math.abs(totals[i]!.totaal! - totals[i - 1]!.totaal!),
					`${area.naam} ${totals[i]!.jaar}`,
				).toBeLessThanOrEqual(40);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(20);
	});

	it('a small buurt without enough burglaries or answers has no index, not 0 or 200', () => {
		const buitengebied = [...kompas.input.areas.byCode.values()].find((a) => a.naam === 'Buitengebied Ellerhoek')!;
		const veiligheid = kompas.of(buitengebied.code)!.themas.find((t) => t.thema.naam === 'Veiligheid')!;
		expect(veiligheid.index.length).toBeGreaterThan(0);
		for (const i of veiligheid.index) expect(i).toMatchObject({ totaal: undefined, betrouwbaar: false });
		expect(themeGlance(veiligheid, WIJKKOMPAS_STANDAARD).indexWords).toMatch(/te weinig gegevens/);
	});
});

describe('profile at a glance', () => {
	const settings = WIJKKOMPAS_STANDAARD;
	const theme = (index: ThemeIndexYear[], indicators: IndicatorFigures[] = []): ThemeFigures => ({
		thema: { naam: 'Inkomen en werk' },
		indicators,
		index,
	});

	it('says the latest reliable index in words, with the change since the previous one', () => {
		const g = themeGlance(theme([year(2023, 90), year(2024, 112), year(2025, undefined)]), settings);
		expect(g.slug).toBe('inkomen-en-werk');
		expect(g.last?.jaar).toBe(2024);
		expect(g.indexWords).toBe('112: boven het gemiddelde');
		expect(g.change).toBe('Sinds 2023 22 punten gunstiger (was 90).');
		expect(g.counted).toBe(2);
	});

	it('calls a small change "ongeveer gelijk" and a drop "ongunstiger"', () => {
		expect(indexChange({ ...year(2024, 100), totaal: 100 }, { ...year(2025, 103), totaal: 103 })).toBe(
			'Sinds 2024 ongeveer gelijk (was 100).',
		);
		expect(indexChange({ ...year(2024, 100), totaal: 100 }, { ...year(2025, 99 - 10), totaal: 89 })).toBe(
			'Sinds 2024 11 punten ongunstiger (was 100).',
		);
	});

	it('has no number without an index', () => {
		const g = themeGlance(theme([year(2025, undefined)]), settings);
		expect(g.last).toBeUndefined();
		expect(g.indexWords).toMatch(/^geen index: te weinig gegevens/);
	});

	it('draws the index bar without inline styles, hidden from screen readers', () => {
		const svg = indexBar(150, 10);
		expect(svg).toContain('aria-hidden="true"');
		expect(svg).not.toMatch(/style=/);
		expect(svg).toContain('width="90.0"');
	});

	it('picks the headline figures by rule: inwoners first, then per thema the first figure with a direction', () => {
		const f = (id: string, richting: Indicator['richting'], shown = true) =>
			({
				indicator: ind({ id, eenheid: 'procent', richting, soort: 'objectief' }),
				latest: shown ? m(2025, 1) : undefined,
			}) as IndicatorFigures;
		const kompas = {
			themas: [
				{ indicators: [f('leeftijd', 'neutraal'), f('inwoners', 'neutraal'), f('contact', 'hoger is beter')] },
				{ indicators: [f('leeg', 'lager is beter', false), f('inbraak', 'lager is beter')] },
				{ indicators: [f('woz', 'neutraal')] },
			],
		} as unknown as AreaKompas;
		expect(headlineFigures(kompas).map((x) => x.indicator.id)).toEqual(['inwoners', 'contact', 'inbraak']);
	});
});

describe('comparisons in words', () => {
	const settings = WIJKKOMPAS_STANDAARD;
	const figures = (over: Partial<Indicator>, own: number, gemeente: number) =>
		({
			indicator: ind({ id: 'x', eenheid: 'procent', richting: 'hoger is beter', soort: 'objectief', ...over }),
			area: { level: 'wijk' },
			latest: m(2025, own),
			gemeenteLatest: m(2025, gemeente),
			aandachtspunt: { afwijking: 70 },
		}) as unknown as IndicatorFigures;

	it('compares percentages in procentpunt, once saying whether that is favourable', () => {
		const f = figures({}, 9, 30);
		expect(gemeenteComparison(f, settings)).toBe(
			'21 procentpunt lager dan de hele gemeente (30%), dat is minder gunstig',
		);
		expect(aandachtspuntText(f, settings)).toBe(
			'9% in 2025; in de hele gemeente 30%: 21 procentpunt lager, dat is minder gunstig.',
		);
		expect(aandachtspuntText(f, settings)).not.toMatch(/70%|Bij dit cijfer/);
	});

	it('compares other units by the difference in the unit', () => {
		expect(
			gemeenteComparison(figures({ eenheid: 'km', richting: 'lager is beter', decimalen: 1 }, 1.2, 0.9), settings),
		).toBe('0,3 km hoger dan de hele gemeente (0,9 km), dat is minder gunstig');
		expect(gemeenteComparison(figures({ eenheid: 'aantal' }, 10, 100), settings)).toBeUndefined();
		expect(gemeenteComparison(figures({ richting: 'neutraal' }, 30, 30), settings)).toBe(
			'gelijk aan de hele gemeente (30%)',
		);
	});
});
