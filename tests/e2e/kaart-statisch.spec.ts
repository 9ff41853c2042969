/**
 * The static maps of the demo portal (inline SVG, no JavaScript): every area is a link to
 * its own page with its name, the current buurt is marked, the numbered points match the
 * list beside the map, the choropleth shows the same figures as its table, and it all
 * works by keyboard, without JavaScript and in print. Expected names and links come from
 * the content files, not from the site's own map code; which figures may not be shown comes
 * from the `status` column of the published open-data CSVs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';

import { loadContent, type PortalContent } from '#lib/content/load.ts';
import { buurtSlug } from '#lib/site/urls.ts';
import { REPO } from '#tests/support/fixtures.ts';
import { statusByCell } from '#tests/support/published-status.ts';

const CONTENT = join(REPO, 'content');
const content = loadContent(CONTENT).content as PortalContent;
const wijken = content.wijken;
/** The boundary file, as far as this test reads it. */
interface TopologyFile {
	bron: string;
}
const topology = JSON.parse(readFileSync(join(CONTENT, 'geo', 'gebieden.topojson'), 'utf8')) as TopologyFile;

/** Area code per page address, for every wijk and buurt of the content. */
const codeOfHref = new Map<string, string>(
	wijken.flatMap((w) => [
		[`/wijken/${w.file.file.id}/`, w.data.code] as const,
		...w.data.buurten.map((b) => [`/wijken/${w.file.file.id}/buurten/${buurtSlug(b)}/`, b.code] as const),
	]),
);
const indicatorIds = new Set(
	(
		parse(readFileSync(join(CONTENT, 'indicatoren/indicatoren.yaml'), 'utf8')) as { indicatoren: { id: string }[] }
	).indicatoren.map((i) => i.id),
);

/**
 * The published status of every figure ("gebied|indicator|jaar" → 'getoond' or the words for
 * why it is not shown), from the `status` column of the open-data CSV of each value file.
 */
async function publishedStatus(request: APIRequestContext): Promise<Map<string, string>> {
	const status = new Map<string, string>();
	const files = readdirSync(join(CONTENT, 'indicatoren/waarden')).filter((f) => f.endsWith('.json'));
	for (const f of files) {
		const response = await request.get(`/open-data/${f.replace(/\.json$/, '.csv')}`);
		expect(response.status(), f).toBe(200);
		for (const [cell, s] of statusByCell(await response.text(), f)) status.set(cell, s);
	}
	return status;
}

/** Links of the map(s) on a page: href, accessible name and aria-current. */
async function mapLinks(page: Page, selector = '.kaart a') {
	return page.locator(selector).evaluateAll((as) =>
		as.map((a) => ({
			href: a.getAttribute('href'),
			name: a.getAttribute('aria-label'),
			current: a.getAttribute('aria-current'),
		})),
	);
}

test('home: the gemeente map links every wijk to its page by name', async ({ page }) => {
	await page.goto('/');
	const links = await mapLinks(page, '.kaart .kaart-gebied');
	expect(links.map((l) => [l.name, l.href]).sort()).toEqual(
		wijken.map((w) => [w.data.naam, `/wijken/${w.file.file.id}/`]).sort(),
	);
	// Follow one area link: it leads to that wijk's page.
	const target = wijken[0]!;
	await page.locator(`.kaart a[aria-label="${target.data.naam}"]`).click();
	await expect(page).toHaveURL(new RegExp(`/wijken/${target.file.file.id}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(target.data.naam);
	// The source of the boundaries is named under the map.
	await page.goto('/');
	await expect(page.locator('.kaart-figuur figcaption')).toContainText(`Kaartgegevens: ${topology.bron}`);
});

/** The kind a point's accessible name ends with, from the page it links to. */
const kindOf = (href: string) =>
	href.includes('/agenda/')
		? 'wijkagenda'
		: href.startsWith('/initiatieven/')
			? 'initiatief'
			: href.includes('/sociale-kaart/')
				? 'sociale kaart'
				: 'activiteit';

for (const wijk of wijken) {
	const id = wijk.file.file.id;
	test(`wijk ${id}: buurten on the map, numbered points equal the list`, async ({ page }) => {
		await page.goto(`/wijken/${id}/`);
		const areas = await mapLinks(page, '.kaart .kaart-gebied');
		expect(areas.map((l) => [l.name, l.href])).toEqual(
			wijk.data.buurten.map((b) => [b.naam, `/wijken/${id}/buurten/${buurtSlug(b)}/`]),
		);
		// Located agenda items (not cancelled) of this wijk and its upcoming activities all appear.
		const located = content.agenda
			.filter((a) => a.file.file.wijk === id && a.data.locatie && a.data.status !== 'geschrapt')
			.map((a) => a.data.titel);
		const points = await mapLinks(page, '.kaart .kaart-punt');
		const list = await page.locator('.kaart-lijst li').evaluateAll((lis) =>
			lis.map((li) => ({
				n: Number(li.getAttribute('value')),
				href: li.querySelector('a')!.getAttribute('href'),
				titel: li.querySelector('a')!.textContent.trim(),
			})),
		);
		expect(points.length).toBe(list.length);
		expect(list.map((l) => l.n)).toEqual(list.map((_, i) => i + 1));
		points.forEach((p, i) => {
			expect(p.href).toBe(list[i]!.href);
			expect(p.name).toBe(`${list[i]!.n}. ${list[i]!.titel} (${kindOf(list[i]!.href!)})`);
		});
		for (const titel of located) expect(list.map((l) => l.titel)).toContain(titel);
		// Every wijk of the demo has located items; the first point leads to an existing page with that title.
		expect(list.length).toBeGreaterThan(0);
		const response = await page.goto(list[0]!.href!);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(list[0]!.titel);
	});
}

test('buurt page: the current buurt is marked on the map of its wijk', async ({ page }) => {
	const wijk = wijken.find((w) => w.data.buurten.length > 1)!;
	const buurt = wijk.data.buurten[1]!;
	await page.goto(`/wijken/${wijk.file.file.id}/buurten/${buurtSlug(buurt)}/`);
	const links = await mapLinks(page, '.kaart .kaart-gebied');
	expect(links.filter((l) => l.current === 'page')).toEqual([
		{
			href: `/wijken/${wijk.file.file.id}/buurten/${buurtSlug(buurt)}/`,
			name: `${buurt.naam} (deze buurt)`,
			current: 'page',
		},
	]);
	expect(links).toHaveLength(wijk.data.buurten.length);
	// The marked buurt looks different from the others (not only by its name).
	const fills = await page
		.locator('.kaart .kaart-gebied path')
		.evaluateAll((ps) => ps.map((p) => getComputedStyle(p).fill));
	const currentFill = fills[1];
	expect(fills.filter((f) => f === currentFill)).toHaveLength(1);
});

test('choropleth: the map, the legend and the table show the same figures', async ({ page }) => {
	await page.goto('/kaart/cijfers/');
	const first = page.locator('main ul a').first();
	const naam = (await first.textContent())!.trim();
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${naam} op de kaart`);
	for (const level of ['wijken', 'buurten'] as const) {
		const section = page.locator(`section[aria-labelledby^="${level}-"]`);
		const rows = await section
			.locator('table tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [tr.querySelector('th')!.textContent.trim(), tr.querySelector('td')!.textContent.trim()]),
			);
		const expectedCount = level === 'wijken' ? wijken.length : wijken.reduce((n, w) => n + w.data.buurten.length, 0);
		expect(rows).toHaveLength(expectedCount);
		const areas = await section
			.locator('.kaart .kaart-gebied')
			.evaluateAll((as) => as.map((a) => ({ name: a.getAttribute('aria-label')!, cls: a.getAttribute('class')! })));
		expect(areas.map((a) => a.name).sort()).toEqual(rows.map(([area, value]) => `${area}: ${value}`).sort());
		// Classes follow the figures: a higher figure never sits in a lower class.
		const number = (t: string) => Number(t.replace(/[^\d,-]/g, '').replace(',', '.'));
		const classed = areas
			.map((a) => ({ value: a.name.split(': ')[1]!, k: Number(/kaart-klasse-(\d)/.exec(a.cls)?.[1] ?? 0) }))
			.filter((a) => a.k > 0)
			.sort((a, b) => number(a.value) - number(b.value));
		expect(classed.length).toBeGreaterThan(0);
		expect(classed.map((a) => a.k)).toEqual([...classed.map((a) => a.k)].sort((a, b) => a - b));
		// The legend names every class used.
		const legend = await section.locator('.kaart-legenda li').count();
		expect(legend).toBeGreaterThanOrEqual(new Set(classed.map((a) => a.k)).size);
	}
});

test('choropleth: exactly the figures that may not be shown are hatched, on every indicator map', async ({
	request,
}) => {
	const status = await publishedStatus(request);
	const index = await (await request.get('/kaart/cijfers/')).text();
	const pages = [...index.matchAll(/href="(\/kaart\/cijfers\/([a-z0-9-]+)\/)"/g)].map((m) => [m[1]!, m[2]!] as const);
	expect(pages.length).toBeGreaterThan(10);
	const hatched = new Map<string, number>();
	for (const [path, id] of pages) {
		expect(indicatorIds.has(id), `${path}: an indicator`).toBe(true);
		const html = await (await request.get(path)).text();
		const years = [...html.matchAll(/aria-label="Kaart: [^"]* in (\d{4})\./g)].map((m) => m[1]!);
		expect(years.length, `${path}: the year of each map`).toBeGreaterThan(0);
		const areas = [...html.matchAll(/<a href="([^"]+)" class="(kaart-gebied[^"]*)" aria-label="([^"]+)"/g)];
		expect(areas.length, path).toBeGreaterThan(0);
		for (const [, href, cls, name] of areas) {
			const code = codeOfHref.get(href!);
			expect(code, `${path} ${href}`).toBeDefined();
			// All maps of one indicator page show one year (checked below).
			const published = status.get(`${code}|${id}|${years[0]}`) ?? 'geen cijfer';
			const notShown = published !== 'getoond';
			expect(cls!.includes('kaart-niet-getoond'), `${path} ${name}`).toBe(notShown);
			if (notShown) {
				// Named by the reason only, never with its number.
				expect(name!.endsWith(`: ${published}`), `${path} ${name}`).toBe(true);
				expect(cls).not.toMatch(/kaart-klasse-/);
				hatched.set(published, (hatched.get(published) ?? 0) + 1);
			} else {
				expect(cls, `${path} ${name}`).toMatch(/kaart-klasse-\d/);
			}
		}
		expect(new Set(years).size, `${path}: one year`).toBe(1);
	}
	// The demo has buurten with too few answers, small counts and counts hidden besides: each rule was really exercised.
	expect(hatched.get('te weinig antwoorden')).toBeGreaterThan(0);
	expect(hatched.get('verborgen')).toBeGreaterThan(0);
	expect([...hatched.keys()].some((k) => k.startsWith('minder dan '))).toBe(true);
});

test('the figures page of a wijk links each mappable indicator to its map', async ({ page }) => {
	const wijk = wijken[0]!;
	// The figures of a thema are on the page of that thema.
	await page.goto(`/wijken/${wijk.file.file.id}/cijfers/mensen-en-samenleven/`);
	const link = page.locator('.indicator__kaart a').first();
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^\/kaart\/cijfers\/[a-z0-9-]+\/$/);
	const response = await page.goto(href!);
	expect(response?.status()).toBe(200);
});

test('keyboard: Tab reaches the map areas and points, focus is visible, Enter follows the link', async ({ page }) => {
	const wijk = wijken[0]!;
	await page.goto(`/wijken/${wijk.file.file.id}/`);
	const first = wijk.data.buurten[0]!;
	let found = false;
	for (let i = 0; i < 200 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await page.evaluate(
			(name) => document.activeElement?.getAttribute('aria-label') === name && !!document.activeElement.closest('svg'),
			first.naam,
		);
	}
	expect(found).toBe(true);
	const stroke = await page.evaluate(
		() => getComputedStyle(document.activeElement!.querySelector('path')!).strokeWidth,
	);
	expect(parseFloat(stroke)).toBeGreaterThanOrEqual(3);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/buurten/${buurtSlug(first)}/$`));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the maps and their lists are there and work', async ({ page }) => {
		await page.goto('/kaart/');
		await expect(page.locator('.kaart').first()).toBeVisible();
		// One list of the points, numbered like the points on the map(s), and no button that needs a script.
		await expect(page.locator('main .kaart-lijst')).toHaveCount(1);
		const numbers = await page
			.locator('.kaart-lijst > li')
			.evaluateAll((lis) => lis.map((li) => li.getAttribute('value')));
		const points = await page.locator('.kaart .kaart-punt').count();
		expect(numbers.length).toBeGreaterThan(0);
		expect(numbers).toHaveLength(points);
		await expect(page.locator('main').getByRole('button')).toHaveCount(0);
		const items = await page.locator('.kaart-lijst li').count();
		expect(items).toBeGreaterThan(0);
		await page.locator('.kaart .kaart-gebied').first().click();
		await expect(page).toHaveURL(/\/wijken\/[a-z-]+\/$/);
	});
});

test('print: the map is printed with its list', async ({ page }) => {
	await page.goto(`/wijken/${wijken[0]!.file.file.id}/`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.kaart').first()).toBeVisible();
	const box = await page.locator('.kaart').first().boundingBox();
	expect(box!.width).toBeGreaterThan(200);
	await expect(page.locator('.kaart-lijst').first()).toBeVisible();
});
