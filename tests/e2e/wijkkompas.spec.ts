/**
 * The wijkkompas of the demo portal in the browser. Expected figures are worked out here
 * from the raw value files with plain Intl formatting (not with the site's own code), so
 * the test fails when a page shows a wrong value, shows a suppressed figure, or drops a
 * summary or table. Which counts secondary suppression hides is read from the `status`
 * column of the published open-data CSVs: every page must hide exactly those.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { parse } from 'yaml';

import { loadContent, type PortalContent } from '#lib/content/load.ts';
import { buurtSlug } from '#lib/site/urls.ts';
import { themeSlug } from '#lib/wijkkompas/profile.ts';
import { REPO } from '#tests/support/fixtures.ts';
import { HIDDEN, statusByCell } from '#tests/support/published-status.ts';

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
	thema: string;
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
const valueFiles = readdirSync(join(CONTENT, 'indicatoren/waarden')).filter((f) => f.endsWith('.json'));
const rows: Row[] = valueFiles.flatMap((f) => readValueFile(f).waarden);
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
/**
 * The published status of every figure ("gebied|indicator|jaar" → status), from the `status`
 * column of the open-data CSV of each value file.
 */
async function publishedStatus(request: APIRequestContext): Promise<Map<string, string>> {
	const status = new Map<string, string>();
	for (const f of valueFiles) {
		const response = await request.get(`/open-data/${f.replace(/\.json$/, '.csv')}`);
		expect(response.status(), f).toBe(200);
		for (const [cell, s] of statusByCell(await response.text(), f)) status.set(cell, s);
	}
	return status;
}
/** Whether secondary suppression hides this figure of an area, by the published status. */
const hiddenBesides = (status: Map<string, string>, area: string, r: Row) =>
	status.get(`${area}|${r.indicator}|${r.jaar}`) === HIDDEN;
const indicator = (scope: Page | Locator, id: string) => scope.locator(`article[data-indicator="${id}"]`);
const factValue = (article: Locator, label: RegExp) =>
	article.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

for (const wijk of content.wijken) {
	const slug = wijk.file.file.id;
	test(`cijfers of ${wijk.data.naam}: latest values, gemeente, summaries and tables`, async ({ page }) => {
		const status = await publishedStatus(page.request);
		await page.goto(`/wijken/${slug}/cijfers/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cijfers van ${wijk.data.naam}`);
		// No map or chart code: only the search field's island runtime, as on every page.
		expect(await page.locator('script').count()).toBe(1);
		let checked = 0;
		let at = '';
		for (const def of [...defs].sort((a, b) => a.thema.localeCompare(b.thema))) {
			// Every figure is on the page of its thema.
			const themePage = `/wijken/${slug}/cijfers/${themeSlug(def.thema)}/`;
			if (themePage !== at) {
				const response = await page.goto(themePage);
				if (response?.status() === 404) continue;
				at = themePage;
			}
			if (def.wijken && !def.wijken.includes(slug)) {
				await expect(indicator(page, def.id)).toHaveCount(0);
				continue;
			}
			const own = rowsOf(wijk.data.code, def.id);
			const besides = own.filter((r) => hiddenBesides(status, wijk.data.code, r));
			// Secondary suppression only hides counts that the primary rule would show.
			for (const r of besides) {
				expect(def.eenheid, `${def.id} ${r.jaar}`).toBe('aantal');
				expect(shown(def, r), `${def.id} ${r.jaar}`).toBe(true);
			}
			const visible = own.filter((r) => shown(def, r) && !besides.includes(r));
			const article = indicator(page, def.id);
			if (!rowsOf(gemeente, def.id).length && !own.length) continue;
			await expect(article).toHaveCount(1);
			await expect(article.getByRole('heading')).toHaveText(def.naam);
			const table = article.locator('table').first();
			const yearCell = (jaar: number) =>
				table
					.locator('tr', { has: page.locator('th', { hasText: String(jaar) }) })
					.locator('td')
					.first();
			// A hidden count is named as hidden, in the table and (when it is the last figure) in the key facts.
			for (const r of besides) {
				if (visible.length) await expect(yearCell(r.jaar)).toHaveText(HIDDEN);
				if (r === own.at(-1)) {
					const fact = factValue(article, new RegExp(`^Cijfer ${r.jaar}$`));
					await expect(fact).toContainText(HIDDEN);
					await expect(fact).not.toContainText(display(def, r.waarde!));
				}
			}
			const latest = visible.at(-1);
			if (!latest) continue;
			await expect(factValue(article, /cijfer \(/)).toHaveText(display(def, latest.waarde!));
			await expect(article.locator('dt', { hasText: /cijfer \(/ })).toContainText(String(latest.jaar));
			const g = rowsOf(gemeente, def.id).find((r) => r.jaar === latest.jaar);
			if (g && shown(def, g) && !hiddenBesides(status, gemeente, g))
				await expect(factValue(article, /Hele gemeente/)).toHaveText(display(def, g.waarde!));
			// The trend: a summary naming the first and last figures, and a table row per year.
			const summary = article.locator('.chart__summary').first();
			await expect(summary).toContainText(display(def, latest.waarde!));
			if (visible.length > 1) await expect(summary).toContainText(display(def, visible[0]!.waarde!));
			for (const r of visible) await expect(yearCell(r.jaar)).toHaveText(display(def, r.waarde!));
			await expect(article.locator('figure svg').first()).toHaveAttribute('aria-hidden', 'true');
			checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(20);
	});
}

test('panel figures with too few answers, small counts and counts hidden besides never appear as a number', async ({
	page,
}) => {
	const status = await publishedStatus(page.request);
	const buurten = content.wijken.flatMap((w) => w.data.buurten.map((b) => ({ wijk: w.file.file.id, buurt: b })));
	let suppressed = 0;
	let small = 0;
	let besides = 0;
	/** The words for a figure that is not shown, in a table cell and in the key facts. */
	const label = (def: Def, r: Row) =>
		hiddenBesides(status, r.gebied, r)
			? HIDDEN
			: def.soort === 'subjectief'
				? 'te weinig antwoorden'
				: `minder dan ${SMALL}`;
	for (const { wijk, buurt } of buurten) {
		const hidden = defs.flatMap((def) =>
			rowsOf(buurt.code, def.id)
				.filter((r) => r.waarde !== null && (!shown(def, r) || hiddenBesides(status, buurt.code, r)))
				.map((r) => ({ def, r })),
		);
		if (!hidden.length) continue;
		await page.goto(`/wijken/${wijk}/buurten/${buurtSlug(buurt)}/cijfers/`);
		for (const { def, r } of hidden) {
			const table = indicator(page, def.id).locator('table').first();
			const cell = table
				.locator('tr', { has: page.locator('th', { hasText: String(r.jaar) }) })
				.locator('td')
				.first();
			const expected = label(def, r);
			if (await table.count()) await expect(cell).toHaveText(expected);
			// No figure of this indicator may be shown at all: no chart, no table (the key facts are checked below).
			else if (expected === HIDDEN) await expect(indicator(page, def.id).locator('figure')).toHaveCount(0);
			else
				await expect(indicator(page, def.id)).toContainText(
					expected === 'te weinig antwoorden' ? 'Te weinig antwoorden om iets te zeggen' : expected,
				);
			if (expected === HIDDEN) besides++;
			else if (def.soort === 'subjectief') suppressed++;
			else small++;
		}
		// Where the last figure is hidden, the key facts give the reason instead of a number.
		for (const { def, r } of hidden) {
			const last = rowsOf(buurt.code, def.id).at(-1)!;
			if (last !== r) continue;
			const fact = factValue(indicator(page, def.id), new RegExp(`^Cijfer ${r.jaar}$`));
			if (label(def, r) === HIDDEN) {
				await expect(fact).toContainText(HIDDEN);
			} else if (def.soort === 'subjectief') {
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
	// The demo has counts that secondary suppression hides: that rule was really exercised.
	expect(besides).toBeGreaterThan(0);
});

test('tables of figures stay tables for screen readers when they become cards at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	const wijk = content.wijken[0]!;
	await page.goto(`/wijken/${wijk.file.file.id}/cijfers/${themeSlug(defs[0]!.thema)}/`);
	// The tables sit in closed <details>; open them so they are in the accessibility tree.
	await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	const stacked = page.locator('table.stack-table');
	const count = await stacked.count();
	expect(count).toBeGreaterThan(1);
	// On this screen they are cards: the browser does not lay them out as tables.
	expect(new Set(await stacked.evaluateAll((ts) => ts.map((t) => getComputedStyle(t).display)))).toEqual(
		new Set(['block']),
	);
	// Some browsers (Safari) then drop the table semantics: every part names its role explicitly.
	const missing = await stacked.evaluateAll((ts) =>
		ts.flatMap((t) =>
			[t, ...t.querySelectorAll('thead, tbody, tr, th, td')]
				.map((el) => {
					const expected =
						el.tagName === 'TABLE'
							? 'table'
							: el.tagName === 'TR'
								? 'row'
								: el.tagName === 'TD'
									? 'cell'
									: el.tagName === 'TH'
										? el.getAttribute('scope') === 'row'
											? 'rowheader'
											: 'columnheader'
										: 'rowgroup';
					return el.getAttribute('role') === expected ? '' : `${el.tagName.toLowerCase()}: ${expected}`;
				})
				.filter(Boolean),
		),
	);
	expect(missing).toEqual([]);
	// What this browser tells a screen reader (its own accessibility tree, not the markup): still tables.
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	const roles = nodes.filter((n) => !n.ignored).map((n) => String(n.role?.value));
	const tally = (role: string) => roles.filter((r) => r === role).length;
	const inDom = (selector: string) => page.locator(selector).count();
	expect(tally('table')).toBe(await inDom('table'));
	expect(tally('row')).toBe(await inDom('table tr'));
	expect(tally('columnheader')).toBe(await inDom('table th[scope="col"]'));
	expect(tally('rowheader')).toBe(await inDom('table th[scope="row"]'));
	expect(tally('cell')).toBe(await inDom('table td'));
});

test('theme index and aandachtspunten explain their rules', async ({ page }) => {
	const wijk = content.wijken[0]!;
	await page.goto(`/wijken/${wijk.file.file.id}/cijfers/`);
	const index = page.locator('section.theme-index');
	await expect(index.getByRole('heading', { name: 'Thema-index door de jaren heen', exact: true })).toBeVisible();
	await expect(index).toContainText(
		`de hele gemeente in ${content.portaal.data.gemeenten[0]!.nulmeting} (de nulmeting) is 100`,
	);
	await expect(index.getByRole('heading', { name: 'Zo rekenen wij de thema-index uit' })).toBeVisible();
	// Bands are words, so they read without colour.
	await expect(index.locator('td').first()).toHaveText(/^\d+ \((ruim )?(onder|rond|boven) het gemiddelde\)$/);
	await expect(page.locator('section.thema-kaarten .rule')).toContainText(
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
