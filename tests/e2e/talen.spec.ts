/**
 * The portal in every language it offers (`talen` in content/portaal.yaml; the demo: nl, en, pl, tr, ar).
 *
 * 1. Read from dist/, every page of every language (no browser, a few seconds): each page exists in
 *    every language (Dutch without prefix, the others under /<taal>/); `<html lang>` is the prefix's
 *    language and `dir="rtl"` is only on Arabic pages; the hreflang alternates name every language
 *    and x-default, lead to pages that exist and link back; the language switch links to the same
 *    page in each other language and marks the current one; a page's links stay in its language
 *    (files and the language switch excepted); the current page in menus and breadcrumbs is the
 *    same as on the Dutch page; the sitemap lists the alternates.
 * 2. In Chromium, one page of every kind (tests/support/page-kind.ts) in every language but Dutch
 *    (tests/e2e/every-page.spec.ts does Dutch): zero axe-core WCAG 2.2 AA violations, and on the
 *    Arabic pages at 320 pixels wide no sideways scrolling and no element beyond the screen's edges,
 *    except inside a container meant to scroll (a wide table in its region). Of a kind with more
 *    pages, each language takes another one by size: English the smallest, Arabic the largest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'parse5';

import { readTalen, readWebadres } from '#lib/feeds/webadres.ts';
import { isFeedPath, isPagePath, localizePath, splitTaal } from '#lib/i18n/paths.ts';
import { BRONTAAL, type Taal, TAAL_INFO } from '#lib/i18n/talen.ts';
import { attr, type Element as Parsed, elements } from '#tests/support/html-elements.ts';
import { builtPages, pageKind, pageTaal } from '#tests/support/page-kind.ts';

import { DIST, expectNoAxeViolations } from './support.ts';

const talen = readTalen('content');
const andere = talen.filter((taal) => taal !== BRONTAAL);
const webadres = readWebadres('content') ?? '';

/** Pages of the portal in a language: the 404 page and the editor at /admin/ exist once, in Dutch. */
const ONCE = (path: string) => path === '/404.html' || path.startsWith('/admin/');
const pages = builtPages(DIST).filter((page) => !ONCE(page.path));
const byPath = new Map(pages.map((page) => [page.path, page]));

interface PageLinks {
	path: string;
	taal: Taal;
	lang?: string;
	dir?: string;
	/** hreflang → href of `<link rel="alternate" hreflang>`. */
	alternates: Map<string, string>;
	/** The language switch: hreflang → href, and the language marked as current. */
	keuze: Map<string, string>;
	huidig: string[];
	/** Site-internal links and form actions, without hreflang. */
	links: string[];
	/** Addresses of what menus and breadcrumbs mark as the current page, without prefix. */
	current: string[];
}

const cache = new Map<string, PageLinks>();
function read(path: string): PageLinks {
	let found = cache.get(path);
	if (found) return found;
	const page = byPath.get(path);
	if (!page) throw new Error(`no built page ${path}`);
	const all = elements(parse(readFileSync(page.file, 'utf8')));
	const html = all.find((e) => e.tagName === 'html');
	const keuze = all.find((e) => e.tagName === 'nav' && /\btaalkeuze\b/.test(attr(e, 'class') ?? ''));
	const inKeuze = keuze ? new Set(elements(keuze)) : new Set<Parsed>();
	found = {
		path,
		taal: pageTaal(path),
		lang: html && attr(html, 'lang'),
		dir: html && attr(html, 'dir'),
		alternates: new Map(
			all
				.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang'))
				.map((e) => [attr(e, 'hreflang')!, attr(e, 'href') ?? '']),
		),
		keuze: new Map(
			[...inKeuze]
				.filter((e) => e.tagName === 'a' && attr(e, 'hreflang'))
				.map((e) => [attr(e, 'hreflang')!, attr(e, 'href') ?? '']),
		),
		huidig: [...inKeuze].filter((e) => attr(e, 'aria-current') === 'true').map((e) => attr(e, 'lang') ?? ''),
		links: all
			.filter((e) => (e.tagName === 'a' || e.tagName === 'form') && attr(e, 'hreflang') === undefined)
			.map((e) => attr(e, e.tagName === 'a' ? 'href' : 'action') ?? '')
			.filter((href) => href.startsWith('/') && !href.startsWith('//')),
		current: all
			.filter((e) => e.tagName === 'a' && attr(e, 'aria-current') === 'page')
			.map((e) => splitTaal(attr(e, 'href') ?? '').pad),
	};
	cache.set(path, found);
	return found;
}

/** The same page in another language. */
const counterpart = (path: string, taal: Taal) => localizePath(splitTaal(path).pad, taal);

/** Collects problems and reports them all at once, at most 40 lines. */
function expectNone(problems: string[]): void {
	expect(problems.slice(0, 40), `${problems.length} problems:\n${problems.slice(0, 40).join('\n')}`).toEqual([]);
}

test('the demo offers five languages, and every page exists in each of them', () => {
	expect(talen).toEqual(['nl', 'en', 'pl', 'tr', 'ar']);
	const dutch = pages.filter((page) => pageTaal(page.path) === BRONTAAL);
	expect(dutch.length).toBeGreaterThan(400);
	const problems: string[] = [];
	for (const taal of andere) {
		const own = pages.filter((page) => pageTaal(page.path) === taal);
		expect(own.length, taal).toBe(dutch.length);
		for (const { path } of dutch) if (!byPath.has(counterpart(path, taal))) problems.push(`${path}: no ${taal} page`);
	}
	expectNone(problems);
});

test('every page says its language: lang of its prefix, dir="rtl" only in Arabic', () => {
	const problems = pages.flatMap(({ path }) => {
		const page = read(path);
		return [
			...(page.lang === page.taal ? [] : [`${path}: lang="${page.lang}"`]),
			...(page.dir === TAAL_INFO[page.taal].dir ? [] : [`${path}: dir="${page.dir}"`]),
		];
	});
	expectNone(problems);
	expect(read('/ar/').dir).toBe('rtl');
	expect(read('/').dir).toBe('ltr');
});

test('every page names its versions in every language (hreflang), which exist and name it back', () => {
	const problems: string[] = [];
	for (const { path } of pages) {
		const page = read(path);
		const want = [...talen, 'x-default'].sort();
		if ([...page.alternates.keys()].sort().join() !== want.join())
			problems.push(`${path}: alternates ${[...page.alternates.keys()].join(', ')}`);
		if (page.alternates.get('x-default') !== webadres + counterpart(path, BRONTAAL))
			problems.push(`${path}: x-default ${page.alternates.get('x-default')}`);
		for (const taal of talen) {
			const href = page.alternates.get(taal);
			const expected = webadres + counterpart(path, taal);
			if (href !== expected) {
				problems.push(`${path}: hreflang ${taal} → ${href}, not ${expected}`);
				continue;
			}
			const other = counterpart(path, taal);
			if (!byPath.has(other)) problems.push(`${path}: hreflang ${taal} → ${other}, which does not exist`);
			else if (read(other).alternates.get(page.taal) !== webadres + path)
				problems.push(`${other} does not name ${path} back as hreflang ${page.taal}`);
		}
	}
	expectNone(problems);
});

test('the language switch leads to the same page in every other language and marks the current one', () => {
	const problems: string[] = [];
	for (const { path } of pages) {
		const page = read(path);
		const others = talen.filter((taal) => taal !== page.taal);
		if ([...page.keuze.keys()].sort().join() !== [...others].sort().join())
			problems.push(`${path}: the switch offers ${[...page.keuze.keys()].join(', ') || 'nothing'}`);
		for (const [taal, href] of page.keuze) {
			if (href !== counterpart(path, taal as Taal)) problems.push(`${path}: ${taal} → ${href}`);
			else if (!byPath.has(href)) problems.push(`${path}: ${taal} → ${href}, which does not exist`);
		}
		if (page.huidig.join() !== page.taal) problems.push(`${path}: current language ${page.huidig.join()}`);
	}
	expectNone(problems);
});

test('links to pages, feeds and calendars stay in the page’s language; other files are shared', () => {
	const problems: string[] = [];
	for (const { path } of pages) {
		const page = read(path);
		for (const href of page.links) {
			const target = href.replace(/[?#].*$/, '');
			if (!isPagePath(href) && !isFeedPath(href)) continue;
			if (pageTaal(target) !== page.taal) problems.push(`${path}: link to ${href}`);
		}
	}
	expectNone(problems);
});

test('the English home page shows the translated stories: their title and the start of their text', () => {
	const dutch = readFileSync(join(DIST, 'index.html'), 'utf8');
	const english = readFileSync(join(DIST, 'en', 'index.html'), 'utf8');
	const folder = join('content', 'verhalen');
	const shown = readdirSync(folder)
		.filter((name) => name.endsWith('.en.md'))
		.map((name) => name.replace(/\.en\.md$/, ''))
		.filter((slug) => dutch.includes(`href="/verhalen/${slug}/"`));
	expect(shown.length, 'stories with an English translation on the home page').toBeGreaterThan(0);
	for (const slug of shown) {
		const text = readFileSync(join(folder, `${slug}.en.md`), 'utf8');
		const titel = /^titel:\s*(.+)$/m.exec(text)![1]!.trim();
		const body = text.split(/^---$/m)[2]!.trim();
		expect(english, slug).toContain(`href="/en/verhalen/${slug}/"`);
		expect(english, slug).toContain(titel);
		expect(english, slug).toContain(body.slice(0, 40));
	}
});

test('menus and breadcrumbs mark the same current page in every language', () => {
	const problems: string[] = [];
	for (const { path } of pages) {
		const page = read(path);
		if (page.taal === BRONTAAL) continue;
		const dutch = read(counterpart(path, BRONTAAL));
		if (page.current.join() !== dutch.current.join())
			problems.push(`${path}: current ${page.current.join(', ') || 'none'}, in Dutch ${dutch.current.join(', ')}`);
	}
	expectNone(problems);
});

test('the sitemap names every page’s versions in the other languages', () => {
	const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link'].includes(name) });
	const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
	const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
	const urls = files.flatMap((file) => {
		const xml = parser.parse(readFileSync(join(DIST, file), 'utf8')) as {
			urlset: { url: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] };
		};
		return xml.urlset.url;
	});
	expect(urls.length).toBe(pages.length);
	const problems: string[] = [];
	for (const url of urls) {
		const path = new URL(url.loc).pathname;
		const links = new Map((url['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], link['@_href']]));
		for (const taal of talen)
			if (links.get(taal) !== webadres + counterpart(path, taal))
				problems.push(`${path}: ${taal} → ${links.get(taal) ?? 'none'}`);
	}
	expectNone(problems);
});

/**
 * One page of every kind in every language but Dutch: of the kind's pages in that language sorted
 * by size, English takes the smallest, Arabic the largest and the others evenly between, so that
 * together they cover the spread.
 */
function browserSample(): { path: string; taal: Taal; kind: string }[] {
	const size = (path: string) => readFileSync(byPath.get(path)!.file).length;
	const groups = Map.groupBy(
		pages.filter((page) => pageTaal(page.path) !== BRONTAAL),
		(page) => `${pageKind(page.path)} ${pageTaal(page.path)}`,
	);
	return [...groups.values()].map((members) => {
		const taal = pageTaal(members[0]!.path);
		const bySize = members.map((m) => m.path).sort((a, b) => size(a) - size(b) || a.localeCompare(b));
		const at = andere.length > 1 ? andere.indexOf(taal) / (andere.length - 1) : 1;
		const path = bySize[Math.round(at * (bySize.length - 1))]!;
		return { path, taal, kind: pageKind(path) };
	});
}

const sample = existsSync(DIST) ? browserSample() : [];

test('the browser pass covers every kind of page in every language but Dutch', () => {
	const kinds = new Set(pages.map((page) => pageKind(page.path)));
	for (const taal of andere)
		expect(new Set(sample.filter((s) => s.taal === taal).map((s) => s.kind)), taal).toEqual(kinds);
	// Arabic pages at 320 px: the largest of each kind.
	const size = (path: string) => readFileSync(byPath.get(path)!.file).length;
	for (const kind of kinds) {
		const arabic = pages.filter((p) => pageTaal(p.path) === 'ar' && pageKind(p.path) === kind).map((p) => p.path);
		const largest = Math.max(...arabic.map(size));
		expect(size(sample.find((s) => s.taal === 'ar' && s.kind === kind)!.path), kind).toBe(largest);
	}
});

/**
 * What sticks out beyond the left or right edge of a 320 px screen: every visible element whose box
 * does, except inside a container that clips or scrolls sideways (overflow-x other than visible: a
 * wide table in its scrolling region, a map's SVG; the container itself is checked) and visually
 * hidden text (1 px boxes, clipped), such as the skip link until it has focus. Text of a chart that
 * runs out of its picture in right-to-left pages is caught here: a chart's SVG does not clip.
 */
function offScreen(): string[] {
	const width = document.documentElement.clientWidth;
	const clipped = (element: Element) => {
		for (let e: Element | null = element; e && e !== document.body; e = e.parentElement) {
			const style = getComputedStyle(e);
			if (style.position === 'absolute' && style.clip !== 'auto' && style.clip !== '') return true;
			if (/inset\(|rect\(/.test(style.clipPath)) return true;
			if (e !== element && style.overflowX !== 'visible') return true;
		}
		return false;
	};
	const name = (element: Element) =>
		`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
	const found: string[] = [];
	for (const element of document.body.querySelectorAll('*')) {
		const box = element.getBoundingClientRect();
		if (box.width <= 1 || box.height <= 1) continue;
		if (box.left >= -1 && box.right <= width + 1) continue;
		if (getComputedStyle(element).visibility === 'hidden' || clipped(element)) continue;
		found.push(`${name(element)} from ${Math.round(box.left)} to ${Math.round(box.right)}`);
	}
	return [...new Set(found)].slice(0, 20);
}

for (const { path, taal, kind } of sample) {
	test(`${taal} ${kind}: ${path}`, async ({ page }) => {
		const response = await page.goto(path, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', taal);
		await expect(page.locator('html')).toHaveAttribute('dir', TAAL_INFO[taal].dir);
		await expectNoAxeViolations(page);
		if (TAAL_INFO[taal].dir !== 'rtl') return;
		// Right to left at 320 CSS pixels (WCAG 1.4.10 reflow): nothing off the screen, no sideways scroll.
		await page.setViewportSize({ width: 320, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		expect(await page.evaluate(offScreen)).toEqual([]);
	});
}

test('the language switch takes a reader to the same page in the other language, by keyboard too', async ({ page }) => {
	const wijk = pages.find((p) => pageKind(p.path) === '/wijken/*/' && pageTaal(p.path) === 'ar')!.path;
	await page.goto(wijk);
	const english = page.locator('nav.taalkeuze a[hreflang="en"]');
	await expect(english).toHaveText('English');
	await english.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(counterpart(wijk, 'en'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.locator('nav.taalkeuze a[hreflang="nl"]').click();
	await expect(page).toHaveURL(counterpart(wijk, 'nl'));
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
