/**
 * Share metadata on a page of every type: OpenGraph and Twitter-card data, absolute
 * addresses on the portal's own site, and a share image of 1200×630 that exists (its size
 * read from the file's own header), plus the RSS links in the head.
 */
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { loadContent, type PortalContent } from '#lib/content/load.ts';
import { REPO } from '#tests/support/fixtures.ts';

import { builtPages } from './support.ts';

const { portaal } = loadContent(join(REPO, 'content')).content as PortalContent;
const webadres = portaal.data.webadres;

/** Words of the portal's addresses; every other segment is a name (a wijk, an item). */
const FIXED = new Set(
	'wijken agenda activiteiten buurten cijfers nieuws initiatieven stap bijdrage budget wijkbudget verhalen verhalenboek successen kaart open-data privacy toegankelijkheid'.split(
		' ',
	),
);
const typeOf = (path: string) =>
	path
		.split('/')
		.map((segment) => (segment === '' || FIXED.has(segment) ? segment : '*'))
		.join('/');
/** The first and the last page of every type (of articles: often one with its own picture, one without). */
const byType = Map.groupBy(builtPages(), typeOf);
const samples = [...new Set([...byType.values()].flatMap((pages) => [pages[0]!, pages.at(-1)!]))];
const isArticle = (path: string) => /^\/(nieuws|initiatieven|verhalen)\/[^/]+\/$/.test(path);

/** Width and height from a PNG (IHDR) or JPEG (SOF marker) header. */
function imageSize(bytes: Buffer): { type: string; width: number; height: number } {
	if (bytes.subarray(1, 4).toString('latin1') === 'PNG') {
		return { type: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xd8) {
		let at = 2;
		while (at < bytes.length) {
			const marker = bytes[at + 1]!;
			const length = bytes.readUInt16BE(at + 2);
			if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
				return { type: 'jpeg', height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
			}
			at += 2 + length;
		}
	}
	throw new Error('not a PNG or JPEG file');
}

const meta = (page: Page, attr: 'property' | 'name', key: string) =>
	page.locator(`head meta[${attr}="${key}"]`).getAttribute('content');

test('the demo has a webadres and the sample covers articles and other pages', () => {
	expect(webadres).toMatch(/^https:\/\//);
	expect(samples.filter(isArticle).length).toBeGreaterThan(0);
	expect(samples.length).toBeGreaterThan(10);
});

for (const path of samples) {
	test(`share data on ${path}`, async ({ page, request }) => {
		await page.goto(path);
		const title = await meta(page, 'property', 'og:title');
		expect(title).toBeTruthy();
		expect(await page.title()).toContain(title!);
		const description = await meta(page, 'property', 'og:description');
		expect(description).toBeTruthy();
		expect(await meta(page, 'property', 'og:type')).toBe(isArticle(path) ? 'article' : 'website');
		expect(await meta(page, 'property', 'og:locale')).toBe('nl_NL');
		expect(await meta(page, 'property', 'og:site_name')).toBe(portaal.data.naam);
		if (path !== '/404.html') expect(await meta(page, 'property', 'og:url')).toBe(webadres + path);

		const image = (await meta(page, 'property', 'og:image'))!;
		expect(image.startsWith(`${webadres}/`), image).toBe(true);
		if (isArticle(path)) expect(image).toContain(`/deelbeelden${path.replace(/\/$/, '.')}`);
		const response = await request.get(new URL(image).pathname);
		expect(response.status(), image).toBe(200);
		const size = imageSize(await response.body());
		expect([size.width, size.height]).toEqual([1200, 630]);
		expect(await meta(page, 'property', 'og:image:type')).toBe(`image/${size.type}`);
		expect(await meta(page, 'property', 'og:image:width')).toBe('1200');
		expect(await meta(page, 'property', 'og:image:height')).toBe('630');
		expect(await meta(page, 'property', 'og:image:alt')).toBeTruthy();

		expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
		expect(await meta(page, 'name', 'twitter:title')).toBe(title);
		expect(await meta(page, 'name', 'twitter:description')).toBe(description);
		expect(await meta(page, 'name', 'twitter:image')).toBe(image);

		const feeds = await page
			.locator('head link[rel="alternate"][type="application/rss+xml"]')
			.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
		expect(feeds).toContain('/rss.xml');
		const wijk = /^\/wijken\/([^/]+)\//.exec(path)?.[1];
		if (wijk) expect(feeds).toContain(`/wijken/${wijk}/rss.xml`);
		for (const feed of feeds) expect((await request.get(feed!)).status(), feed!).toBe(200);
	});
}
