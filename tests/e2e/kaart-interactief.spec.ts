/**
 * The interactive map island in Chromium, against the built demo. Expectations come from
 * the published data files (/kaart/*.json in dist) and the built assets, so the tests
 * fail when the map drops areas or points, loads MapLibre too early, draws a wrong class,
 * breaks keyboard use, or reaches outside the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { type BrowserContext, expect, type Page, test } from '@playwright/test';

import { DIST, expectNoAxeViolations, watch } from './support.ts';

interface Topo {
	bron?: string;
	objects: Record<
		'gemeenten' | 'wijken' | 'buurten',
		{ geometries: { id: string; properties: { naam: string; href: string; wijk?: string } }[] }
	>;
}
interface Punt {
	geometry: { coordinates: [number, number] };
	properties: {
		n: number;
		soort: 'agenda' | 'activiteit' | 'initiatief' | 'organisatie';
		titel: string;
		href: string;
		wijk: string;
	};
}
interface Level {
	jaar?: number;
	legenda: { klasse: number; label: string }[];
	waarden: Record<string, { klasse?: number; tekst: string }>;
}
interface Figures {
	indicatoren: { id: string; naam: string; thema: string; wijken: Level; buurten: Level }[];
}

const read = <T>(file: string) => JSON.parse(readFileSync(join(DIST, 'kaart', file), 'utf8')) as T;
const gebieden = read<Topo>('gebieden.json');
const punten = read<{ features: Punt[] }>('punten.json').features;
const cijfers = read<Figures>('cijfers.json');
const wijken = gebieden.objects.wijken.geometries;
const buurten = gebieden.objects.buurten.geometries;

// The island's files in dist/assets, recognised by their content rather than by hash.
const assets = readdirSync(join(DIST, 'assets'));
const assetText = (name: string) => readFileSync(join(DIST, 'assets', name), 'utf8');
const WORKER = assets.find((f) => f.startsWith('maplibre-gl-worker') && f.endsWith('.js'))!;
const MAP_CHUNK = assets.find(
	(f) => f.endsWith('.js') && f !== WORKER && assetText(f).includes('NavigationControl.ZoomIn'),
)!;
const MAPLIBRE_CSS = assets.find((f) => f.endsWith('.css') && assetText(f).includes('.maplibregl-map'))!;
const isIslandFile = (url: string) => [WORKER, MAP_CHUNK, MAPLIBRE_CSS].some((f) => url.endsWith(`/assets/${f}`));
const isMapData = (url: string) => /\/kaart\/[^/]+\.json$/.test(url);

const LOADING = 'De kaart wordt geladen …';
const READY = 'De kaart is geladen.';
const OPEN = 'Open de interactieve kaart';

test('the built site holds the island files', () => {
	expect(WORKER).toBeTruthy();
	expect(MAP_CHUNK).toBeTruthy();
	expect(MAPLIBRE_CSS).toBeTruthy();
	expect(wijken.length).toBeGreaterThanOrEqual(5);
	expect(punten.length).toBeGreaterThan(0);
	// The loader is a file, not an inline script (beside the search island's runtime, on every page),
	// and no page links MapLibre's styles up front.
	const html = readFileSync(join(DIST, 'kaart/index.html'), 'utf8');
	const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
	expect(scripts).toHaveLength(2);
	for (const script of scripts) expect(script).toMatch(/^<script type="module" src="\/assets\/[^"]+\.js">$/);
	expect(html).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
	expect(html).not.toContain(MAPLIBRE_CSS);
	expect(html).not.toContain(MAP_CHUNK);
});

/** Every request of the page and its workers, and CSP violations as the browser reports them. */
async function record(page: Page, context: BrowserContext, origin: string) {
	const seen = watch(page, origin);
	const urls: string[] = [];
	const foreign: string[] = [];
	context.on('request', (r) => {
		urls.push(r.url());
		const u = new URL(r.url());
		if (u.protocol !== 'data:' && u.origin !== origin) foreign.push(r.url());
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	return {
		urls,
		async expectClean() {
			expect(foreign).toEqual([]);
			expect(seen.foreign).toEqual([]);
			expect(seen.cspViolations).toEqual([]);
			expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
		},
	};
}

const island = (page: Page) => page.locator('wijk-kaart');

/**
 * The points are listed once on /kaart/: the page's own numbered list, one item per point of
 * the published data, under one heading, with `buttons` buttons "Toon op de kaart" in it.
 */
async function expectListOnce(page: Page, buttons: number): Promise<void> {
	await expect(page.locator('main ol.kaart-lijst')).toHaveCount(1);
	await expect(page.locator('main').getByText('Plekken op de kaart', { exact: true })).toHaveCount(1);
	await expect(page.locator('#kaart-plekken-lijst > li')).toHaveCount(punten.length);
	await expect(page.locator('#kaart-plekken-lijst').getByRole('button', { name: /^Toon op de kaart: / })).toHaveCount(
		buttons,
	);
}

async function waitForMap(page: Page): Promise<void> {
	await expect(island(page)).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
	await idle(page);
}

/** Waits until the map has drawn everything and stands still. */
async function idle(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const m = (
			document.querySelector('wijk-kaart') as unknown as {
				map?: { loaded(): boolean; isMoving(): boolean; areTilesLoaded(): boolean };
			}
		).map;
		return !!m && m.loaded() && !m.isMoving() && m.areTilesLoaded();
	});
	// One more frame, so queryRenderedFeatures sees the last render.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Distinct values of a property among the features drawn in these layers. */
async function rendered(page: Page, layers: string[], property: string): Promise<string[]> {
	return page.evaluate(
		({ layers, property }) => {
			const m = (
				document.querySelector('wijk-kaart') as unknown as {
					map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] };
				}
			).map;
			return [...new Set(m.queryRenderedFeatures({ layers }).map((f) => String(f.properties[property])))].sort();
		},
		{ layers, property },
	);
}

const POINT_LAYERS = ['punten-agenda', 'punten-activiteit', 'punten-initiatief', 'punten-organisatie'];
const kindsIn = (list: Punt[]) => [...new Set(list.map((p) => p.properties.soort))];

test.describe('/kaart/', () => {
	test('on a wide screen it loads by itself once in view, and the page lists every point once', async ({
		page,
		context,
		baseURL,
	}) => {
		const r = await record(page, context, new URL(baseURL!).origin);
		await page.setViewportSize({ width: 1280, height: 300 });
		await page.goto('/kaart/');
		const box = await island(page).boundingBox();
		expect(box!.y, 'the map must start below the fold for this test').toBeGreaterThan(300);
		await page.waitForTimeout(1000);
		await expect(island(page)).toHaveAttribute('data-status', 'wacht');
		expect(r.urls.filter(isIslandFile)).toEqual([]);
		await expectListOnce(page, 0);

		await page.setViewportSize({ width: 1280, height: 900 });
		await island(page).scrollIntoViewIfNeeded();
		await waitForMap(page);
		for (const file of [MAP_CHUNK, WORKER, MAPLIBRE_CSS])
			expect(r.urls.some((u) => u.endsWith(`/assets/${file}`))).toBe(true);
		// Loaded by itself: the focus stayed where it was.
		await expect(page.getByRole('region', { name: 'Kaart', exact: true })).not.toBeFocused();
		await expect(island(page).getByRole('status').first()).toHaveText(READY);

		expect(await rendered(page, ['wijken-vlak'], 'code')).toEqual(wijken.map((w) => w.id).sort());
		const shown = await rendered(page, POINT_LAYERS, 'n');
		expect(shown.map(Number).sort((a, b) => a - b)).toEqual(punten.map((p) => p.properties.n).sort((a, b) => a - b));
		for (const kind of kindsIn(punten)) {
			const n = punten.filter((p) => p.properties.soort === kind).length;
			expect((await rendered(page, [`punten-${kind}`], 'n')).length).toBe(n);
		}

		// One list of points, the page's own, now with a button per point; the island lists the areas.
		await expectListOnce(page, punten.length);
		const list = page.locator('#kaart-plekken-lijst');
		for (const p of punten) {
			const item = list.locator(`> li[value="${p.properties.n}"]`);
			await expect(item.getByRole('link')).toHaveText(p.properties.titel);
			await expect(item.getByRole('button')).toHaveAccessibleName(`Toon op de kaart: ${p.properties.titel}`);
		}
		const areas = island(page).locator('.kaart-interactief__lijst');
		for (const a of [...wijken, ...buurten])
			await expect(areas.getByRole('button', { name: a.properties.naam, exact: true })).toHaveCount(1);
		if (gebieden.bron) await expect(island(page).locator('.maplibregl-ctrl-attrib')).toContainText(gebieden.bron);
		await r.expectClean();
	});

	test('layer switches hide points and buurten, on the map and in the list', async ({ page, context, baseURL }) => {
		const r = await record(page, context, new URL(baseURL!).origin);
		await page.goto('/kaart/');
		await waitForMap(page);
		const kind = kindsIn(punten)[0]!;
		const others = POINT_LAYERS.filter((l) => l !== `punten-${kind}`);
		const label = {
			agenda: 'Wijkagenda',
			activiteit: 'Activiteiten',
			initiatief: 'Initiatieven',
			organisatie: 'Sociale kaart',
		}[kind];
		const count = punten.filter((p) => p.properties.soort === kind).length;
		const checkbox = page.getByRole('checkbox', { name: `${label} (${count})` });
		await expect(checkbox).toBeChecked();
		expect((await rendered(page, [`punten-${kind}`], 'n')).length).toBe(count);
		const othersBefore = (await rendered(page, others, 'n')).length;

		await checkbox.uncheck();
		await idle(page);
		expect(await rendered(page, [`punten-${kind}`], 'n')).toEqual([]);
		expect((await rendered(page, others, 'n')).length).toBe(othersBefore);
		await expect(page.locator(`#kaart-plekken-lijst > li.kaart-lijst-${kind}:visible`)).toHaveCount(0);
		await checkbox.check();
		await idle(page);
		expect((await rendered(page, [`punten-${kind}`], 'n')).length).toBe(count);

		// Buurten appear when zoomed in, and the switch hides them.
		expect(await rendered(page, ['buurten-lijn'], 'code')).toEqual([]);
		await page.evaluate(() => {
			const m = (
				document.querySelector('wijk-kaart') as unknown as { map: { jumpTo(o: object): void; getZoom(): number } }
			).map;
			m.jumpTo({ zoom: m.getZoom() + 2 });
		});
		await idle(page);
		expect((await rendered(page, ['buurten-lijn'], 'code')).length).toBeGreaterThan(0);
		await page.getByRole('checkbox', { name: 'Buurtgrenzen' }).uncheck();
		await idle(page);
		expect(await rendered(page, ['buurten-lijn'], 'code')).toEqual([]);
		await r.expectClean();
	});

	test('the figure switch colours areas by class, with a legend and the figure in the list', async ({
		page,
		context,
		baseURL,
	}) => {
		const r = await record(page, context, new URL(baseURL!).origin);
		await page.goto('/kaart/');
		await waitForMap(page);
		const select = page.getByLabel('Kleur de kaart met een cijfer');
		await expect(select.locator('option').first()).toHaveText('Geen cijfers');
		// Grouped by thema, every indicator once.
		for (const thema of new Set(cijfers.indicatoren.map((i) => i.thema))) {
			expect(await select.locator(`optgroup[label="${thema}"] option`).allTextContents()).toEqual(
				cijfers.indicatoren.filter((i) => i.thema === thema).map((i) => i.naam),
			);
		}
		const legend = island(page).locator('.kaart-interactief__legenda');
		await expect(legend).toBeHidden();

		const states = (source: string, codes: string[]) =>
			page.evaluate(
				({ source, codes }) => {
					const m = (
						document.querySelector('wijk-kaart') as unknown as {
							map: { getFeatureState(f: object): Record<string, unknown> };
						}
					).map;
					return Object.fromEntries(codes.map((id) => [id, m.getFeatureState({ source, id })]));
				},
				{ source, codes },
			);
		const expected = (level: Level, codes: string[]) =>
			Object.fromEntries(
				codes.map((code) => {
					const e = level.waarden[code];
					if (e?.klasse !== undefined) return [code, { status: 'getoond', klasse: e.klasse }];
					return [code, { status: !e || e.tekst === 'geen cijfer' ? 'geen' : 'niet-getoond' }];
				}),
			);

		const first = cijfers.indicatoren.find((i) => i.wijken.jaar !== undefined)!;
		await select.selectOption({ label: first.naam });
		await expect(legend).toBeVisible();
		expect(await legend.locator('.kaart-legenda li').allTextContents()).toEqual(
			expect.arrayContaining(first.wijken.legenda.map((l) => l.label)),
		);
		await expect(legend).toContainText(`${first.naam} per wijk`);
		const wijkCodes = wijken.map((w) => w.id);
		expect(await states('wijken', wijkCodes)).toEqual(expected(first.wijken, wijkCodes));
		// The drawn features carry the same state, so the fill shows the class.
		const drawn = await page.evaluate(() => {
			const m = (
				document.querySelector('wijk-kaart') as unknown as {
					map: { queryRenderedFeatures(o: object): { properties: { code: string }; state: { klasse?: number } }[] };
				}
			).map;
			return Object.fromEntries(
				m.queryRenderedFeatures({ layers: ['wijken-vlak'] }).map((f) => [f.properties.code, f.state.klasse]),
			);
		});
		expect(drawn).toEqual(Object.fromEntries(wijkCodes.map((c) => [c, first.wijken.waarden[c]?.klasse])));
		const centrum = wijken[0]!;
		await expect(
			island(page).getByRole('button', {
				name: `${centrum.properties.naam}: ${first.wijken.waarden[centrum.id]!.tekst}`,
			}),
		).toHaveCount(1);

		// An indicator with buurt figures that may not be shown: hatched, named in the legend.
		const hidden = cijfers.indicatoren.find((i) =>
			Object.values(i.buurten.waarden).some((v) => v.klasse === undefined && v.tekst !== 'geen cijfer'),
		);
		expect(hidden, 'the demo needs a buurt figure that is not shown').toBeTruthy();
		await select.selectOption({ label: hidden!.naam });
		await page.getByRole('radio', { name: 'buurt' }).check();
		await expect(legend).toContainText(`${hidden!.naam} per buurt`);
		await expect(legend).toContainText('cijfer niet getoond');
		const buurtCodes = buurten.map((b) => b.id);
		expect(await states('buurten', buurtCodes)).toEqual(expected(hidden!.buurten, buurtCodes));
		expect(Object.values(await states('wijken', wijkCodes)).every((s) => s.status === undefined)).toBe(true);
		await idle(page);
		expect((await rendered(page, ['buurten-vlak'], 'code')).length).toBe(buurten.length);

		await select.selectOption({ label: 'Geen cijfers' });
		await expect(legend).toBeHidden();
		expect(Object.values(await states('buurten', buurtCodes)).every((s) => s.status === undefined)).toBe(true);
		await r.expectClean();
	});

	test('keyboard: zoom buttons, arrow keys, and list items that open a popup with a link', async ({
		page,
		context,
		baseURL,
	}) => {
		const r = await record(page, context, new URL(baseURL!).origin);
		await page.goto('/kaart/');
		await waitForMap(page);
		const zoom = () =>
			page.evaluate(() =>
				(document.querySelector('wijk-kaart') as unknown as { map: { getZoom(): number } }).map.getZoom(),
			);
		const center = () =>
			page.evaluate(() =>
				(
					document.querySelector('wijk-kaart') as unknown as { map: { getCenter(): { lng: number; lat: number } } }
				).map.getCenter(),
			);

		// Tab from the figure switch goes through the map and its zoom buttons into the list.
		await page.getByLabel('Kleur de kaart met een cijfer').focus();
		const names: string[] = [];
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Tab');
			names.push(
				await page.evaluate(
					() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '',
				),
			);
		}
		const first = [...wijken].sort((a, b) => a.properties.naam.localeCompare(b.properties.naam, 'nl'))[0]!.properties
			.naam;
		expect(names.slice(0, 4)).toEqual(['Kaart', 'Inzoomen', 'Uitzoomen', first]);
		await expect(page.getByRole('button', { name: 'Inzoomen' })).toHaveCount(1);
		await expect(page.getByRole('button', { name: 'Uitzoomen' })).toHaveCount(1);

		const z0 = await zoom();
		await page.getByRole('button', { name: 'Inzoomen' }).focus();
		await page.keyboard.press('Enter');
		await idle(page);
		expect(await zoom()).toBeGreaterThan(z0 + 0.5);
		// MapLibre's own keys on the focused map.
		await page.getByRole('region', { name: 'Kaart', exact: true }).focus();
		const c0 = await center();
		await page.keyboard.press('ArrowRight');
		await idle(page);
		expect((await center()).lng).toBeGreaterThan(c0.lng);
		const z1 = await zoom();
		await page.keyboard.press('-');
		await idle(page);
		expect(await zoom()).toBeLessThan(z1);

		// A wijk in the list: Enter moves the map, opens the popup and puts the focus on its link.
		const wijk = wijken[0]!;
		const button = island(page).getByRole('button', { name: wijk.properties.naam, exact: true });
		await button.focus();
		expect(await button.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
		await page.keyboard.press('Enter');
		const popup = island(page).locator('.maplibregl-popup');
		await expect(popup).toHaveCount(1);
		const link = popup.getByRole('link');
		await expect(link).toBeFocused();
		await expect(link).toHaveAttribute('href', wijk.properties.href);
		await idle(page);
		expect(
			await page.evaluate(
				(id) =>
					(
						document.querySelector('wijk-kaart') as unknown as {
							map: { getFeatureState(f: object): { gekozen?: boolean } };
						}
					).map.getFeatureState({ source: 'wijken', id }).gekozen,
				wijk.id,
			),
		).toBe(true);
		await page.keyboard.press('Escape');
		await expect(popup).toHaveCount(0);
		await expect(button).toBeFocused();

		// A point: the link goes to its page.
		const point = punten[punten.length - 1]!;
		// Its button in the page's list, below the map: the map comes into view.
		const pointButton = page.locator(`#kaart-plekken-lijst > li[value="${point.properties.n}"]`).getByRole('button');
		await pointButton.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('region', { name: 'Kaart', exact: true })).toBeInViewport();
		await expect(popup.getByRole('link')).toBeFocused();
		await expect(popup.getByRole('link')).toHaveAttribute('href', point.properties.href);
		await expect(popup).toContainText(point.properties.titel);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${point.properties.href}$`));
		await r.expectClean();
	});

	test('no axe violations with the map, a choropleth and an open popup', async ({ page, context, baseURL }) => {
		const r = await record(page, context, new URL(baseURL!).origin);
		await page.goto('/kaart/');
		await waitForMap(page);
		await expectNoAxeViolations(page);
		await page.getByLabel('Kleur de kaart met een cijfer').selectOption({ index: 1 });
		await island(page).getByRole('button', { name: wijken[0]!.properties.naam, exact: false }).first().click();
		await expect(island(page).locator('.maplibregl-popup')).toHaveCount(1);
		await idle(page);
		await expectNoAxeViolations(page);
		await r.expectClean();
	});
});

test.describe('/kaart/ on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('nothing of MapLibre before the press; then a failure, a retry and the loading announced', async ({
		page,
		context,
		baseURL,
	}) => {
		const r = await record(page, context, new URL(baseURL!).origin);
		let attempt = 0;
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/kaart/gebieden.json', async (route) => {
			attempt++;
			if (attempt === 1) return route.abort();
			await released;
			return route.continue();
		});
		await page.goto('/kaart/');
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1500);
		expect(r.urls.filter(isIslandFile)).toEqual([]);
		expect(r.urls.filter(isMapData)).toEqual([]);
		// What every map page runs before the press stays small: the loader and the search field's runtime.
		const scripts = r.urls.filter((u) => /\.m?js$/.test(u));
		expect(scripts).toHaveLength(2);
		const gzipped = scripts.reduce((n, u) => n + gzipSync(readFileSync(join(DIST, new URL(u).pathname))).length, 0);
		expect(gzipped, 'compressed JavaScript before the press').toBeLessThanOrEqual(5 * 1024);
		await expect(island(page)).toHaveAttribute('data-status', 'wacht');
		await expect(page.locator('.kaart-figuur').first()).toBeVisible();
		await expectListOnce(page, 0);

		// The first attempt fails: said so, the button offers a retry and keeps the focus; the static map stays.
		const button = island(page).getByRole('button', { name: OPEN });
		await button.focus();
		await page.keyboard.press('Enter');
		const status = island(page).getByRole('status').first();
		await expect(island(page)).toHaveAttribute('data-status', 'fout', { timeout: 30_000 });
		await expect(status).toHaveText(
			'De kaart kon niet worden geladen. Probeer het opnieuw, of gebruik de lijst hieronder.',
		);
		const retry = island(page).getByRole('button', { name: 'Probeer het opnieuw' });
		await expect(retry).toBeFocused();
		await expect(island(page)).toHaveAttribute('aria-busy', 'false');
		await expect(page.locator('.kaart-figuur').first()).toBeVisible();
		await expectListOnce(page, 0);

		// The retry: announced while it loads, the static map visible until the interactive one has drawn.
		await page.keyboard.press('Enter');
		await expect(status).toHaveText(LOADING);
		await expect(island(page)).toHaveAttribute('aria-busy', 'true');
		await expect(page.locator('.kaart-figuur').first()).toBeVisible();
		await expect(retry).toBeFocused();
		release();
		await waitForMap(page);
		await expect(status).toHaveText(READY);
		await expect(island(page)).toHaveAttribute('aria-busy', 'false');
		await expect(page.locator('.kaart-figuur').first()).toBeHidden();
		await expect(island(page).getByRole('button', { name: /Probeer|Open de/ })).toHaveCount(0);
		await expect(page.getByRole('region', { name: 'Kaart', exact: true })).toBeFocused();
		for (const file of [MAP_CHUNK, WORKER, MAPLIBRE_CSS])
			expect(r.urls.some((u) => u.endsWith(`/assets/${file}`))).toBe(true);
		await expectListOnce(page, punten.length);
		await r.expectClean();
	});
});

test.describe('/kaart/ with Save-Data', () => {
	test('a wide screen waits for the button too', async ({ page, context, baseURL }) => {
		const r = await record(page, context, new URL(baseURL!).origin);
		await page.addInitScript(() =>
			Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true } }),
		);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/kaart/');
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(2000);
		await expect(island(page)).toBeInViewport();
		await expect(island(page)).toHaveAttribute('data-status', 'wacht');
		await expect(island(page).getByRole('button', { name: OPEN })).toBeVisible();
		expect(r.urls.filter(isIslandFile)).toEqual([]);
		expect(r.urls.filter(isMapData)).toEqual([]);
		await r.expectClean();
	});
});

/** Activates a point's list button and reports, in the same task, whether the map is moving. */
async function jumpToPoint(page: Page, n: number) {
	return page.evaluate((n) => {
		const m = (
			document.querySelector('wijk-kaart') as unknown as {
				map: { isMoving(): boolean; getCenter(): { lng: number; lat: number } };
			}
		).map;
		const button = document.querySelector<HTMLButtonElement>(`#kaart-plekken-lijst > li[value="${n}"] button`)!;
		button.click();
		const c = m.getCenter();
		return { moving: m.isMoving(), lng: c.lng, lat: c.lat };
	}, n);
}

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('a list item moves the map at once', async ({ page }) => {
		await page.goto('/kaart/');
		await waitForMap(page);
		const point = punten[0]!;
		const after = await jumpToPoint(page, point.properties.n);
		expect(after.moving).toBe(false);
		expect(after.lng).toBeCloseTo(point.geometry.coordinates[0], 5);
		expect(after.lat).toBeCloseTo(point.geometry.coordinates[1], 5);
	});
});

test.describe('without a preference for reduced motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('a list item moves the map with an animation', async ({ page }) => {
		await page.goto('/kaart/');
		await waitForMap(page);
		const point = punten[0]!;
		const after = await jumpToPoint(page, point.properties.n);
		expect(after.moving).toBe(true);
		await idle(page);
		const c = await page.evaluate(() =>
			(
				document.querySelector('wijk-kaart') as unknown as { map: { getCenter(): { lng: number; lat: number } } }
			).map.getCenter(),
		);
		expect(c.lng).toBeCloseTo(point.geometry.coordinates[0], 5);
	});
});

test.describe('a wijk page', () => {
	const wijk = wijken[0]!;
	const slug = wijk.properties.href.split('/')[2]!;

	test('loads MapLibre only after the button press, focused on the wijk', async ({ page, context, baseURL }) => {
		const r = await record(page, context, new URL(baseURL!).origin);
		await page.goto(wijk.properties.href);
		const button = island(page).getByRole('button', { name: OPEN });
		await expect(button).toBeVisible();
		await button.scrollIntoViewIfNeeded();
		await page.waitForTimeout(1000);
		expect(r.urls.filter(isIslandFile)).toEqual([]);
		expect(r.urls.filter((u) => u.includes('/kaart/') && u.endsWith('.json'))).toEqual([]);

		await button.focus();
		await page.keyboard.press('Enter');
		await waitForMap(page);
		for (const file of [MAP_CHUNK, WORKER, MAPLIBRE_CSS])
			expect(r.urls.some((u) => u.endsWith(`/assets/${file}`))).toBe(true);
		await expect(page.getByRole('region', { name: 'Kaart', exact: true })).toBeFocused();

		// The wijk is outlined and its buurten show at once; its own points, numbered from 1.
		expect(
			await page.evaluate(
				() =>
					!!(
						document.querySelector('wijk-kaart') as unknown as { map: { getLayer(id: string): unknown } }
					).map.getLayer('focus-lijn'),
			),
		).toBe(true);
		const own = buurten
			.filter((b) => b.properties.href.startsWith(wijk.properties.href))
			.map((b) => b.id)
			.sort();
		expect(own.length).toBeGreaterThan(0);
		expect(await rendered(page, ['buurten-lijn'], 'code')).toEqual(expect.arrayContaining(own));
		const ownPoints = punten.filter((p) => p.properties.wijk === slug);
		// One list of points on the page: the page's own, numbered as on the map, with a button per point.
		await expect(page.locator('main .kaart-lijst')).toHaveCount(1);
		const items = page.locator('#plekken-lijst > li');
		await expect(items).toHaveCount(ownPoints.length);
		for (const [i, p] of ownPoints.entries()) {
			await expect(items.nth(i)).toHaveAttribute('value', String(i + 1));
			await expect(items.nth(i).getByRole('link')).toHaveText(p.properties.titel);
			await expect(items.nth(i).getByRole('button')).toHaveAccessibleName(`Toon op de kaart: ${p.properties.titel}`);
		}
		await expect(
			island(page).locator('.kaart-interactief__gebieden > li').first().getByRole('button').first(),
		).toHaveText(wijk.properties.naam);
		await expectNoAxeViolations(page);
		await r.expectClean();
	});
});

test('a page without a map loads no map code: only the small runtime of the search field', async ({
	page,
	context,
	baseURL,
}) => {
	const r = await record(page, context, new URL(baseURL!).origin);
	await page.goto('/nieuws/');
	await page.waitForLoadState('networkidle');
	expect(await page.locator('script').count()).toBe(1);
	const scripts = r.urls.filter((u) => u.endsWith('.js') || u.endsWith('.mjs'));
	expect(scripts).toHaveLength(1);
	expect(scripts[0]).not.toContain(MAP_CHUNK);
	expect(scripts[0]).not.toContain(WORKER);
	await r.expectClean();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/kaart/ shows the static map and the list once, with no dead button', async ({ page }) => {
		await page.goto('/kaart/');
		await expect(page.locator('.kaart-figuur').first()).toBeVisible();
		await expect(island(page).locator('.kaart-interactief__start')).toBeHidden();
		await expect(page.locator('main').getByRole('button')).toHaveCount(0);
		await expectListOnce(page, 0);
	});
});
