/**
 * The wijkkompas of the demo portal in the browser. Expected figures are worked out here
 * from the raw value files with plain Intl formatting (not with the site's own code), so
 * the test fails when a page shows a wrong value, shows a suppressed figure, or drops a
 * summary or table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Locator, type Page, test } from '@playwright/test';
import { parse } from 'yaml';

import { loadContent, type PortalContent } from '#lib/content/load.ts';
import { buurtSlug } from '#lib/site/urls.ts';
import { REPO } from '#tests/support/fixtures.ts';

interface Row {
	gebied: string;
	indicator: string;
	jaar: number;
	waarde: number | null;
	n?: number;
}
interface Def {
	id: string;
	naam: string;
	eenheid: string;
	decimalen?: number;
	soort: string;
	minimumAntwoorden?: number;
	wijken?: string[];
}
/** content/indicatoren/indicatoren.yaml, as far as this test reads it. */
interface IndicatorFile {
	indicatoren: Def[];
}
/** A value file in content/indicatoren/waarden/, as far as this test reads it. */
interface ValueFile {
	naam: string;
	bron: string;
	licentie: string;
	waarden: Row[];
}
/** /open-data/indicatoren.json, as far as this test reads it. */
interface IndicatorExport {
	indicatoren: { id: string }[];
}

const CONTENT = join(REPO, 'content');
const content = loadContent(CONTENT).content as PortalContent;
const defs = (parse(readFileSync(join(CONTENT, 'indicatoren/indicatoren.yaml'), 'utf8')) as IndicatorFile).indicatoren;
const readValueFile = (f: string) =>
	JSON.parse(readFileSync(join(CONTENT, 'indicatoren/waarden', f), 'utf8')) as ValueFile;
const rows: Row[] = readdirSync(join(CONTENT, 'indicatoren/waarden'))
	.filter((f) => f.endsWith('.json'))
	.flatMap((f) => readValueFile(f).waarden);
const SMALL = content.portaal.data.wijkkompas.kleineAantallen;
const gemeente = content.portaal.data.gemeenten[0]!.code;

const rowsOf = (area: string, id: string) =>
	rows.filter((r) => r.gebied === area && r.indicator === id).sort((a, b) => a.jaar - b.jaar);
/** Independent oracle: may this row be shown as a number? */
function shown(def: Def, r: Row): boolean {
	if (r.waarde === null) return false;
	if (def.soort === 'subjectief' && (r.n ?? 0) < def.minimumAntwoorden!) return false;
	if (def.eenheid === 'aantal' && r.waarde > 0 && r.waarde < SMALL) return false;
	return true;
}
function display(def: Def, value: number): string {
	const d = def.decimalen ?? 0;
	const n = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
	return (
		{
			procent: `${n}%`,
			euro: `€ ${n}`,
			km: `${n} km`,
			'per 1.000 inwoners': `${n} per 1.000 inwoners`,
			'per km²': `${n} per km²`,
		}[def.eenheid] ?? n
	);
}
const indicator = (scope: Page | Locator, id: string) => scope.locator(`article[data-indicator="${id}"]`);
const factValue = (article: Locator, label: RegExp) =>
	article.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

for (const wijk of content.wijken) {
	const slug = wijk.file.file.id;
	test(`cijfers of ${wijk.data.naam}: latest values, gemeente, summaries and tables`, async ({ page }) => {
		await page.goto(`/wijken/${slug}/cijfers/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cijfers van ${wijk.data.naam}`);
		// No map or chart code: only the search field's island runtime, as on every page.
		expect(await page.locator('script').count()).toBe(1);
		let checked = 0;
		for (const def of defs) {
			if (def.wijken && !def.wijken.includes(slug)) {
				await expect(indicator(page, def.id)).toHaveCount(0);
				continue;
			}
			const own = rowsOf(wijk.data.code, def.id);
			const visible = own.filter((r) => shown(def, r));
			const article = indicator(page, def.id);
			if (!rowsOf(gemeente, def.id).length && !own.length) continue;
			await expect(article).toHaveCount(1);
			await expect(article.getByRole('heading')).toHaveText(def.naam);
			const latest = visible.at(-1);
			if (!latest) continue;
			await expect(factValue(article, /cijfer \(/)).toHaveText(display(def, latest.waarde!));
			await expect(article.locator('dt', { hasText: /cijfer \(/ })).toContainText(String(latest.jaar));
			const g = rowsOf(gemeente, def.id).find((r) => r.jaar === latest.jaar);
			if (g && shown(def, g)) await expect(factValue(article, /Hele gemeente/)).toHaveText(display(def, g.waarde!));
			// The trend: a summary naming the first and last figures, and a table row per year.
			const summary = article.locator('.chart__summary').first();
			await expect(summary).toContainText(display(def, latest.waarde!));
			if (visible.length > 1) await expect(summary).toContainText(display(def, visible[0]!.waarde!));
			const table = article.locator('table').first();
			for (const r of visible) {
				await expect(
					table
						.locator('tr', { has: page.locator('th', { hasText: String(r.jaar) }) })
						.locator('td')
						.first(),
				).toHaveText(display(def, r.waarde!));
			}
			await expect(article.locator('figure svg').first()).toHaveAttribute('aria-hidden', 'true');
			checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(20);
	});
}

test('panel figures with too few answers and small counts never appear as a number', async ({ page }) => {
	const buurten = content.wijken.flatMap((w) => w.data.buurten.map((b) => ({ wijk: w.file.file.id, buurt: b })));
	let suppressed = 0;
	let small = 0;
	for (const { wijk, buurt } of buurten) {
		const hidden = defs.flatMap((def) =>
			rowsOf(buurt.code, def.id)
				.filter((r) => r.waarde !== null && !shown(def, r))
				.map((r) => ({ def, r })),
		);
		if (!hidden.length) continue;
		await page.goto(`/wijken/${wijk}/buurten/${buurtSlug(buurt)}/`);
		for (const { def, r } of hidden) {
			const table = indicator(page, def.id).locator('table').first();
			const cell = table
				.locator('tr', { has: page.locator('th', { hasText: String(r.jaar) }) })
				.locator('td')
				.first();
			const expected = def.soort === 'subjectief' ? 'te weinig antwoorden' : `minder dan ${SMALL}`;
			if (await table.count()) await expect(cell).toHaveText(expected);
			else
				await expect(indicator(page, def.id)).toContainText(
					def.soort === 'subjectief' ? 'Te weinig antwoorden om iets te zeggen' : `minder dan ${SMALL}`,
				);
			if (def.soort === 'subjectief') suppressed++;
			else small++;
		}
		// Where the last figure is hidden, the key facts give the reason instead of a number.
		for (const { def, r } of hidden) {
			const last = rowsOf(buurt.code, def.id).at(-1)!;
			if (last !== r) continue;
			const fact = factValue(indicator(page, def.id), new RegExp(`^Cijfer ${r.jaar}$`));
			if (def.soort === 'subjectief') {
				await expect(fact).toContainText(
					`te weinig antwoorden Te weinig antwoorden om iets te zeggen. Er gaven ${r.n} mensen antwoord`,
				);
			} else {
				await expect(fact).toContainText(`minder dan ${SMALL}`);
			}
			await expect(fact).not.toContainText(display(def, r.waarde!));
		}
		const csv = await (await page.request.get(`/wijken/${wijk}/cijfers.csv`)).text();
		for (const { def, r } of hidden) {
			const line = csv
				.split('\n')
				.find((l) => l.startsWith(`${buurt.code};`) && l.includes(`;${def.id};`) && l.includes(`;${r.jaar};`));
			expect(line, `${buurt.code} ${def.id} ${r.jaar} in CSV`).toBeDefined();
			expect(line!.split(';')[6], `${buurt.code} ${def.id} ${r.jaar}: value in CSV`).toBe('');
		}
	}
	expect(suppressed).toBeGreaterThan(0);
	expect(small).toBeGreaterThan(0);
});

test('theme index and aandachtspunten explain their rules', async ({ page }) => {
	const wijk = content.wijken[0]!;
	await page.goto(`/wijken/${wijk.file.file.id}/cijfers/`);
	const index = page.locator('section.theme-index');
	await expect(index.getByRole('heading', { name: 'Thema-index', exact: true })).toBeVisible();
	await expect(index).toContainText(`de hele gemeente in ${content.portaal.data.gemeenten[0]!.nulmeting} is 100`);
	await expect(index.getByRole('heading', { name: 'Zo rekenen wij de thema-index uit' })).toBeVisible();
	// Bands are words, so they read without colour.
	await expect(index.locator('td').first()).toHaveText(/^\d+ \((ruim )?(onder|rond|boven) het gemiddelde\)$/);
	await expect(page.locator('section.aandachtspunten .rule')).toContainText(
		`meer dan ${content.portaal.data.wijkkompas.aandachtspuntBij}% ongunstiger`,
	);
});

test('open data lists every dataset with source, licence and date, and the definitions', async ({ page }) => {
	await page.goto('/open-data/');
	const files = readdirSync(join(CONTENT, 'indicatoren/waarden')).filter((f) => f.endsWith('.json'));
	for (const f of files) {
		const data = readValueFile(f);
		const card = page.locator('.card', { has: page.getByRole('heading', { name: data.naam }) });
		await expect(card).toContainText(data.licentie);
		await expect(card).toContainText(data.bron);
		const href = await card.getByRole('link', { name: /^Download/ }).getAttribute('href');
		const response = await page.request.get(href!);
		expect(response.status()).toBe(200);
		expect((await response.text()).split('\n').length - 2).toBe(data.waarden.length);
	}
	for (const def of defs) await expect(page.locator('dl.definitions dt', { hasText: def.naam }).first()).toBeVisible();
	const json = (await (await page.request.get('/open-data/indicatoren.json')).json()) as IndicatorExport;
	expect(json.indicatoren.map((i) => i.id)).toEqual(defs.map((d) => d.id));
});
