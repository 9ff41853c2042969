/**
 * Share metadata on a page of every type: OpenGraph and Twitter-card data, absolute
 * addresses on the portal's own site, and a share image of 1200×630 that exists (its size
 * read from the file's own header), plus the RSS links in the head.
 */
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import { parse } from 'parse5';

import { loadContent, type PortalContent } from '#lib/content/load.ts';
import { REPO } from '#tests/support/fixtures.ts';
import { pageKind } from '#tests/support/page-kind.ts';

import { builtPages } from './support.ts';

const { portaal } = loadContent(join(REPO, 'content')).content as PortalContent;
const webadres = portaal.data.webadres;

/** The first and the last page of every type (of articles: often one with its own picture, one without). */
// The editor at /admin/ is not shared and has no share data (tests/e2e/admin.spec.ts checks it).
const byType = Map.groupBy(
	builtPages().filter((path) => !path.startsWith('/admin/')),
	pageKind,
);
const samples = [...new Set([...byType.values()].flatMap((pages) => [pages[0]!, pages.at(-1)!]))];
/** The address without its language prefix: /en/nieuws/x/ is the same article as /nieuws/x/, with the same share image. */
const bare = (path: string) => path.replace(/^\/(en|pl|tr|ar)(?=\/)/, '');
const isArticle = (path: string) => /^\/(nieuws|initiatieven|verhalen)\/[^/]+\/$/.test(bare(path));

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

interface Head {
	title: string;
	meta: (attr: 'property' | 'name', key: string) => string | null;
	feeds: string[];
}

/** The head of a served page, read with an HTML parser (no rendering needed for metadata). */
function headOf(html: string): Head {
	type El = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: El[]; value?: string };
	const elements: El[] = [];
	const walk = (node: El) => {
		elements.push(node);
		node.childNodes?.forEach(walk);
	};
	walk(parse(html));
	const attr = (el: El, name: string) => el.attrs?.find((a) => a.name === name)?.value ?? null;
	const title = elements.find((e) => e.nodeName === 'title')?.childNodes?.[0]?.value ?? '';
	return {
		title,
		meta: (kind, key) => {
			const el = elements.find((e) => e.nodeName === 'meta' && attr(e, kind) === key);
			return el ? attr(el, 'content') : null;
		},
		feeds: elements
			.filter(
				(e) => e.nodeName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'type') === 'application/rss+xml',
			)
			.map((e) => attr(e, 'href')!),
	};
}

test('the demo has a webadres and the sample covers articles and other pages', () => {
	expect(webadres).toMatch(/^https:\/\//);
	expect(samples.filter(isArticle).length).toBeGreaterThan(0);
	expect(samples.length).toBeGreaterThan(10);
});

const OG_LOCALES: Record<string, string> = { nl: 'nl_NL', en: 'en_GB', pl: 'pl_PL', tr: 'tr_TR', ar: 'ar' };

for (const path of samples) {
	test(`share data on ${path}`, async ({ request }) => {
		const served = await request.get(path);
		expect(served.status() === 200 || path === '/404.html', path).toBe(true);
		const head = headOf(await served.text());
		const meta = head.meta;
		const title = meta('property', 'og:title');
		expect(title).toBeTruthy();
		expect(head.title).toContain(title!);
		const description = meta('property', 'og:description');
		expect(description).toBeTruthy();
		expect(meta('property', 'og:type')).toBe(isArticle(path) ? 'article' : 'website');
		// The page's language as Facebook writes locales: nl_NL on Dutch pages, en_GB under /en/, ar under /ar/ …
		const taal = /^\/(en|pl|tr|ar)\//.exec(path)?.[1] ?? 'nl';
		expect(meta('property', 'og:locale')).toBe(OG_LOCALES[taal]);
		expect(meta('property', 'og:site_name')).toBe(portaal.data.naam);
		if (path !== '/404.html') expect(meta('property', 'og:url')).toBe(webadres + path);

		const image = meta('property', 'og:image')!;
		expect(image.startsWith(`${webadres}/`), image).toBe(true);
		if (isArticle(path)) expect(image).toContain(`/deelbeelden${bare(path).replace(/\/$/, '.')}`);
		const response = await request.get(new URL(image).pathname);
		expect(response.status(), image).toBe(200);
		const size = imageSize(await response.body());
		expect([size.width, size.height]).toEqual([1200, 630]);
		expect(meta('property', 'og:image:type')).toBe(`image/${size.type}`);
		expect(meta('property', 'og:image:width')).toBe('1200');
		expect(meta('property', 'og:image:height')).toBe('630');
		expect(meta('property', 'og:image:alt')).toBeTruthy();

		expect(meta('name', 'twitter:card')).toBe('summary_large_image');
		expect(meta('name', 'twitter:title')).toBe(title);
		expect(meta('name', 'twitter:description')).toBe(description);
		expect(meta('name', 'twitter:image')).toBe(image);

		// The feeds in the page's language: /rss.xml on Dutch pages, /tr/rss.xml under /tr/ …
		const feeds = head.feeds;
		const prefix = taal === 'nl' ? '' : `/${taal}`;
		expect(feeds).toContain(`${prefix}/rss.xml`);
		const wijk = /^\/wijken\/([^/]+)\//.exec(bare(path))?.[1];
		if (wijk) expect(feeds).toContain(`${prefix}/wijken/${wijk}/rss.xml`);
		for (const feed of feeds) {
			expect(feed.startsWith(`${prefix}/`), feed).toBe(true);
			const response = await request.get(feed);
			expect(response.status(), feed).toBe(200);
			expect(await response.text(), feed).toContain(`<language>${taal === 'nl' ? 'nl-NL' : taal}</language>`);
		}
	});
}
