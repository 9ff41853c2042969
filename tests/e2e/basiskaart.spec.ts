/**
 * The optional basemap: a copy of the demo portal with `kaart.basiskaart` set and a tiny
 * vector PMTiles file (layers water and roads over the demo town, written by
 * tests/support/pmtiles.ts) is built and served on its own port. The map must read the
 * file from the portal's own origin with HTTP Range requests (206) and draw its features.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import type { Feature, LineString, Polygon } from 'geojson';

import { TEST_BUILD_TIME } from '#tests/support/build-time.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { writePmtiles } from '#tests/support/pmtiles.ts';
import { runCliAsync, type Running, startNode } from '#tests/support/run.ts';

import { watch } from './support.ts';

// Its own port, beside the one of the demo portal (playwright.config.ts).
const PORT = Number(process.env.WIJKPORTAAL_TEST_PORT ?? 4321) + 8;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIR = join(TMP, 'basiskaart');
const FILE = 'basiskaart.pmtiles';

let server: Running | undefined;

test.describe.configure({ mode: 'serial' });

/** Made-up water and roads over the demo town, so the basemap has something to draw everywhere. */
function basemapLayers(bounds: [number, number, number, number]) {
	const [w, s, e, n] = bounds;
	const x = (f: number) => w + (e - w) * f;
	const y = (f: number) => s + (n - s) * f;
	const lake: Feature<Polygon> = {
		type: 'Feature',
		properties: { kind: 'lake' },
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[x(0.3), y(0.3)],
					[x(0.7), y(0.3)],
					[x(0.7), y(0.7)],
					[x(0.3), y(0.7)],
					[x(0.3), y(0.3)],
				],
			],
		},
	};
	const road = (kind: string, coordinates: [number, number][]): Feature<LineString> => ({
		type: 'Feature',
		properties: { kind },
		geometry: { type: 'LineString', coordinates },
	});
	return {
		water: { type: 'FeatureCollection' as const, features: [lake] },
		roads: {
			type: 'FeatureCollection' as const,
			features: [
				road('highway', [
					[x(0), y(0.1)],
					[x(1), y(0.9)],
				]),
				road('major_road', [
					[x(0), y(0.5)],
					[x(1), y(0.5)],
				]),
				road('minor_road', [
					[x(0.5), y(0)],
					[x(0.5), y(1)],
				]),
			],
		},
	};
}

test.beforeAll(async () => {
	test.setTimeout(300_000);
	rmSync(DIR, { recursive: true, force: true });
	const content = join(DIR, 'content');
	cpSync(join(REPO, 'content'), content, { recursive: true });
	appendFileSync(join(content, 'portaal.yaml'), `\nkaart:\n  basiskaart: ${FILE}\n`);
	const topology = JSON.parse(readFileSync(join(content, 'geo', 'gebieden.topojson'), 'utf8')) as {
		bbox?: [number, number, number, number];
	};
	if (!topology.bbox) throw new Error('the demo geometry has no bbox');
	mkdirSync(join(content, 'geo'), { recursive: true });
	writeFileSync(
		join(content, 'geo', FILE),
		writePmtiles({ bounds: topology.bbox, layers: basemapLayers(topology.bbox) }),
	);
	const build = await runCliAsync('build', ['--content', content, '--out', join(DIR, 'dist')], {
		env: { CI: '1', WIJKPORTAAL_NU: TEST_BUILD_TIME },
	});
	if (build.status !== 0) throw new Error(`the build failed (${build.status}):\n${build.stdout}${build.stderr}`);

	server = startNode([join('scripts', 'serve.ts'), join(DIR, 'dist'), String(PORT)]);
	const { child } = server;
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('the test server did not start')), 20_000);
		child.stdout!.on('data', (d: Buffer) => {
			if (String(d).includes('http://127.0.0.1:')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.on('exit', (code) => reject(new Error(`the test server stopped (${code})`)));
	});
});

test.afterAll(() => {
	server?.child.kill();
	rmSync(DIR, { recursive: true, force: true });
});

test('the basemap file is published on the site itself', async ({ request }) => {
	const built = readFileSync(join(DIR, 'dist', 'kaart', FILE));
	expect(built.subarray(0, 7).toString()).toBe('PMTiles');
	const response = await request.get(`${ORIGIN}/kaart/${FILE}`, { headers: { Range: 'bytes=0-126' } });
	expect(response.status()).toBe(206);
	expect(response.headers()['content-range']).toBe(`bytes 0-126/${built.length}`);
	expect((await response.body()).subarray(0, 7).toString()).toBe('PMTiles');
	const html = readFileSync(join(DIR, 'dist', 'kaart', 'index.html'), 'utf8');
	expect(html).toContain(`data-basiskaart="/kaart/${FILE}"`);
});

test('the map reads the basemap with Range requests from its own origin and draws it', async ({ page, context }) => {
	const seen = watch(page, ORIGIN);
	const foreign: string[] = [];
	context.on('request', (r) => {
		if (new URL(r.url()).origin !== ORIGIN && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	const basemapResponses: { range?: string; status: number }[] = [];
	page.on('response', async (response) => {
		if (!response.url().endsWith(`/kaart/${FILE}`)) return;
		basemapResponses.push({ range: (await response.request().allHeaders())['range'], status: response.status() });
	});

	await page.goto(`${ORIGIN}/kaart/`);
	await expect(page.locator('wijk-kaart')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
	await page.waitForFunction(() => {
		const m = (
			document.querySelector('wijk-kaart') as unknown as {
				map?: { loaded(): boolean; areTilesLoaded(): boolean; isMoving(): boolean };
			}
		).map;
		return !!m && m.loaded() && m.areTilesLoaded() && !m.isMoving();
	});
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

	expect(basemapResponses.length).toBeGreaterThan(0);
	for (const r of basemapResponses) {
		expect(r.range).toMatch(/^bytes=\d+-\d+$/);
		expect(r.status).toBe(206);
	}
	const drawn = await page.evaluate(() => {
		const m = (
			document.querySelector('wijk-kaart') as unknown as {
				map: { queryRenderedFeatures(o: object): { layer: { id: string } }[] };
			}
		).map;
		const count = (id: string) => m.queryRenderedFeatures({ layers: [id] }).length;
		return { water: count('basis-water'), wegen: count('basis-wegen') };
	});
	expect(drawn.water).toBeGreaterThan(0);
	expect(drawn.wegen).toBeGreaterThan(0);
	// The archive's own attribution is shown with the source of the boundaries.
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Testbasiskaart');
	expect(foreign).toEqual([]);
	expect(seen.foreign).toEqual([]);
	expect(seen.cspViolations).toEqual([]);
});
