/**
 * The demo portal's wijkkompas (content/indicatoren/) as residents would see it, read through
 * the real loader: enough indicators, five years, figures for every area, the deliberate gaps
 * (too few panel answers, small counts, an unknown figure, a year without a panel) and
 * figures that add up. Also: the committed value files are exactly what
 * scripts/demo/cijfers.ts makes, so the demo data can always be regenerated.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import type { Area } from '#lib/wijkkompas/areas.ts';
import type { IndicatorFigures, Kompas } from '#lib/wijkkompas/kompas.ts';
import { valueFiles } from '#lib/wijkkompas/load.ts';
import { rowLines } from '#lib/wijkkompas/values-file.ts';
import type { Indicatoren } from '#schemas/indicatoren.ts';
import { contentKompas } from '#tests/support/content-kompas.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { runCli } from '#tests/support/run.ts';

const CONTENT = join(REPO, 'content');
const GEMEENTE = 'GM9999';
const YEARS = [2021, 2022, 2023, 2024, 2025];

let definitions: Indicatoren;
let kompas: Kompas;
let areas: Area[];

/** All figures of an area, across its themes. */
const figuresOf = (code: string): IndicatorFigures[] => kompas.of(code)!.themas.flatMap((t) => t.indicators);
const figure = (code: string, id: string) => figuresOf(code).find((f) => f.indicator.id === id);
const statusIn = (f: IndicatorFigures | undefined, year: number) => f?.series[f.years.indexOf(year)]?.status;
const byLevel = (level: Area['level']) => areas.filter((a) => a.level === level);
const code = (naam: string) => areas.find((a) => a.naam === naam)!.code;

beforeAll(() => {
	({ kompas, definitions } = contentKompas(CONTENT));
	areas = [...kompas.input.areas.byCode.values()];
});

describe('demo wijkkompas: definitions', () => {
	it('has at least 20 indicators in 4 to 6 themes, at least 13 objective and 7 panel figures', () => {
		expect(definitions.indicatoren.length).toBeGreaterThanOrEqual(20);
		expect(definitions.themas.length).toBeGreaterThanOrEqual(4);
		expect(definitions.themas.length).toBeLessThanOrEqual(6);
		const soort = (s: string) => definitions.indicatoren.filter((i) => i.soort === s);
		expect(soort('objectief').length).toBeGreaterThanOrEqual(13);
		expect(soort('subjectief').length).toBeGreaterThanOrEqual(7);
		for (const i of soort('subjectief')) expect(i.minimumAntwoorden, i.id).toBeGreaterThanOrEqual(20);
	});

	it('has area-specific indicators for the Havenkwartier and for Ellerhoek only', () => {
		const specific = definitions.indicatoren.filter((i) => i.wijken);
		expect(specific.some((i) => i.wijken!.includes('havenkwartier'))).toBe(true);
		expect(specific.some((i) => i.wijken!.includes('ellerhoek'))).toBe(true);
		const ids = (naam: string) => kompas.indicatorsFor(areas.find((a) => a.naam === naam)!).map((i) => i.id);
		expect(ids('Havenkwartier')).toContain('overlast-bouwverkeer');
		expect(ids('Centrum')).not.toContain('overlast-bouwverkeer');
		expect(ids('Centrum')).not.toContain('tevreden-bus');
		expect(ids('Lindebuurt')).toContain('tevreden-bus');
	});

	it('has 15 buurten in 5 wijken, all with their gemeente', () => {
		expect(byLevel('gemeente').map((a) => a.code)).toEqual([GEMEENTE]);
		expect(byLevel('wijk')).toHaveLength(5);
		expect(byLevel('buurt')).toHaveLength(15);
	});
});

describe('demo wijkkompas: values', () => {
	it('has five years, 2021 to 2025, for every base-set indicator in the gemeente', () => {
		for (const i of definitions.indicatoren.filter((i) => !i.wijken)) {
			expect(kompas.input.values.years(i.id, GEMEENTE), i.id).toEqual(YEARS);
			const series = figure(GEMEENTE, i.id)!.series;
			expect(
				series.every((m) => m.status === 'getoond'),
				i.id,
			).toBe(true);
		}
		expect(kompas.baselineYear(GEMEENTE)).toBe(2021);
	});

	it('has a figure for every base-set indicator in every wijk and buurt in at least one year', () => {
		const base = definitions.indicatoren.filter((i) => !i.wijken);
		for (const area of [...byLevel('wijk'), ...byLevel('buurt')]) {
			for (const i of base) {
				const series = kompas.input.values.series(i.id, area.code);
				const numbers = [...(series?.values() ?? [])].filter((v) => typeof v.waarde === 'number');
				expect(numbers.length, `${area.naam}: ${i.id}`).toBeGreaterThan(0);
			}
		}
	});

	it('shows every wijk a figure for every indicator that applies to it in at least one year', () => {
		for (const wijk of byLevel('wijk')) {
			for (const i of kompas.indicatorsFor(wijk)) {
				expect(figure(wijk.code, i.id)?.latest, `${wijk.naam}: ${i.id}`).toBeDefined();
			}
		}
	});

	it('hides panel figures with too few answers in small buurten every year, and in all of Ellerhoek in 2022', () => {
		const panel = definitions.indicatoren.filter((i) => i.soort === 'subjectief' && !i.wijken);
		for (const year of YEARS) {
			const hidden = byLevel('buurt').filter((b) =>
				panel.some((i) => statusIn(figure(b.code, i.id), year) === 'te-weinig-antwoorden'),
			);
			expect(hidden.length, String(year)).toBeGreaterThanOrEqual(2);
		}
		const ellerhoek = code('Ellerhoek');
		for (const i of panel) expect(statusIn(figure(ellerhoek, i.id), 2022), i.id).toBe('te-weinig-antwoorden');
		// Hidden means hidden: the number is not passed on.
		expect(figure(ellerhoek, 'tevreden-woonomgeving')!.series[1]!.waarde).toBeUndefined();
		// The gemeente and the large wijken have enough answers.
		for (const i of panel) expect(statusIn(figure(code('De Esch'), i.id), 2022), i.id).toBe('getoond');
	});

	it('has no panel figures in Ellerhoek in 2023: a missing year, noted under the series', () => {
		const ellerhoek = areas.filter((a) => a.wijkSlug === 'ellerhoek');
		expect(ellerhoek).toHaveLength(4);
		for (const area of ellerhoek) {
			const f = figure(area.code, 'veilig-voelen')!;
			expect(statusIn(f, 2023), area.naam).toBe('geen-cijfer');
			expect(statusIn(f, 2024), area.naam).not.toBe('geen-cijfer');
		}
		const wijk = figure(code('Ellerhoek'), 'veilig-voelen')!;
		expect(wijk.notes.join(' ')).toContain('Voor 2023 is er geen cijfer');
		expect(statusIn(figure(GEMEENTE, 'veilig-voelen'), 2023)).toBe('getoond');
	});

	it('shows small counts of woninginbraken as "minder dan", never as a number', () => {
		const small = byLevel('buurt').flatMap((b) =>
			figure(b.code, 'woninginbraken')!.series.filter((m) => m.status === 'klein-aantal'),
		);
		expect(small.length).toBeGreaterThanOrEqual(3);
		for (const m of small) expect(m.waarde).toBeUndefined();
	});

	it('has one unknown figure: the income in Zuiderdok in 2022', () => {
		const unknown = areas.flatMap((a) =>
			figuresOf(a.code).flatMap((f) =>
				f.series.filter((m) => m.status === 'onbekend').map((m) => `${a.naam}|${f.indicator.id}|${m.jaar}`),
			),
		);
		expect(unknown).toEqual(['Zuiderdok|inkomen-per-inwoner|2022']);
		const f = figure(code('Zuiderdok'), 'inkomen-per-inwoner')!;
		expect(f.latest?.jaar).toBe(2025);
		expect(f.previous?.jaar).toBe(2024);
	});

	it('gives some panel figures a margin', () => {
		const withMargin = kompas.input.files.flatMap((f) => f.dataset.waarden).filter((r) => r.marge !== undefined);
		expect(withMargin.length).toBeGreaterThan(0);
		for (const r of withMargin) expect(r.n).toBeGreaterThanOrEqual(30);
	});
});

describe('demo wijkkompas: figures add up', () => {
	const value = (id: string, area: string, year: number) => kompas.input.values.get(id, area, year)?.waarde;

	it.each(['inwoners', 'huishoudens', 'woningen', 'woninginbraken'])(
		'%s: the buurten add up to their wijk, the wijken to the gemeente',
		(id) => {
			for (const year of YEARS) {
				for (const wijk of byLevel('wijk')) {
					const buurten = kompas.input.areas.children.get(wijk.code)!;
					expect(
						buurten.reduce((sum, b) => sum + value(id, b.code, year)!, 0),
						`${wijk.naam} ${year}`,
					).toBe(value(id, wijk.code, year));
				}
				expect(
					byLevel('wijk').reduce((sum, w) => sum + value(id, w.code, year)!, 0),
					String(year),
				).toBe(value(id, GEMEENTE, year));
			}
		},
	);

	it('sums the panel answers of the buurten to their wijk and of the wijken to the gemeente', () => {
		for (const year of YEARS) {
			const n = (area: string) => kompas.input.values.get('eenzaamheid', area, year)?.n ?? 0;
			for (const wijk of byLevel('wijk')) {
				const buurten = kompas.input.areas.children.get(wijk.code)!;
				expect(buurten.reduce((sum, b) => sum + n(b.code), 0)).toBe(n(wijk.code));
			}
			expect(byLevel('wijk').reduce((sum, w) => sum + n(w.code), 0)).toBe(n(GEMEENTE));
		}
	});

	it('keeps rates of a wijk between those of its buurten, and gives the wijken their character', () => {
		for (const id of [
			'inwoners-65-plus',
			'koopwoningen',
			'laag-inkomen',
			'afstand-huisarts',
			'tevreden-woonomgeving',
		]) {
			for (const wijk of byLevel('wijk')) {
				for (const year of YEARS) {
					const own = value(id, wijk.code, year);
					if (own === undefined) continue; // Ellerhoek in 2023: no panel
					const parts = kompas.input.areas.children.get(wijk.code)!.map((b) => value(id, b.code, year) as number);
					expect(own, `${id} ${wijk.naam} ${year}`).toBeGreaterThanOrEqual(Math.min(...parts) - 0.1);
					expect(own, `${id} ${wijk.naam} ${year}`).toBeLessThanOrEqual(Math.max(...parts) + 0.1);
				}
			}
		}
		const latest = (id: string, naam: string) => figure(code(naam), id)!.latest!.waarde;
		expect(latest('tevreden-woonomgeving', 'Ellerhoek')).toBeGreaterThan(latest('tevreden-woonomgeving', 'De Esch'));
		expect(latest('groen', 'Ellerhoek')).toBeGreaterThan(latest('groen', 'Centrum'));
		expect(latest('inkomen-per-inwoner', 'Centrum')).toBeLessThan(latest('inkomen-per-inwoner', 'Noordveld'));
		expect(latest('inwoners', 'Ellerhoek')).toBeGreaterThan(1500);
		expect(latest('inwoners', 'Ellerhoek')).toBeLessThan(2100);
	});

	it('moves a little from year to year in the gemeente', () => {
		for (const i of definitions.indicatoren.filter(
			(i) => !i.wijken && i.eenheid !== 'aantal' && i.eenheid !== 'euro',
		)) {
			const series = figure(GEMEENTE, i.id)!.series.map((m) => m.waarde!);
			for (let y = 1; y < series.length; y++) {
				const change = Math.abs(series[y]! - series[y - 1]!);
				// At most 5 percentage points, 0,4 on a report mark, or a fifth of the figure.
				const limit = i.eenheid === 'procent' ? 5 : i.eenheid === 'cijfer' ? 0.4 : 0.2 * Math.abs(series[y - 1]!);
				expect(change, `${i.id} ${YEARS[y]}`).toBeLessThanOrEqual(limit);
			}
		}
	});
});

describe('demo wijkkompas: the value files', () => {
	it('are exactly what scripts/demo/cijfers.ts makes', () => {
		mkdirSync(TMP, { recursive: true });
		const dir = mkdtempSync(join(TMP, 'demo-cijfers-'));
		try {
			const result = runCli('demo/cijfers', ['--out', dir]);
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			const committed = valueFiles(CONTENT).map((f) => `${f.id}.json`);
			expect(readdirSync(dir).sort()).toEqual(committed);
			expect(committed.length).toBeGreaterThanOrEqual(2);
			for (const name of committed) {
				expect(readFileSync(join(dir, name), 'utf8'), name).toBe(
					readFileSync(join(CONTENT, 'indicatoren/waarden', name), 'utf8'),
				);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('have one row per line, sorted by gebied, indicator and jaar, and say the figures are made up', () => {
		for (const { id, path } of valueFiles(CONTENT)) {
			const text = readFileSync(path, 'utf8');
			const data = JSON.parse(text) as {
				naam: string;
				toelichting: string;
				waarden: { gebied: string; indicator: string; jaar: number }[];
			};
			expect(data.naam, id).toContain('verzonnen');
			expect(data.toelichting, id).toContain('verzonnen gemeente Brinkwoude');
			const lines = rowLines(text);
			expect(lines.length).toBe(data.waarden.length);
			lines.forEach((line, i) => i > 0 && expect(line, `${id} rij ${i + 1}`).toBe(lines[i - 1]! + 1));
			const order = (a: (typeof data.waarden)[number], b: (typeof data.waarden)[number]) =>
				a.gebied.localeCompare(b.gebied, 'en') || a.indicator.localeCompare(b.indicator, 'en') || a.jaar - b.jaar;
			data.waarden.forEach(
				(row, i) => i > 0 && expect(order(data.waarden[i - 1]!, row), `${id} rij ${i + 1}`).toBeLessThan(0),
			);
		}
	});
});
