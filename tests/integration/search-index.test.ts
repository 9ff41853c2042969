/**
 * The Pagefind search index of the demo, made by the build (scripts/build/search-index.ts):
 * the index and its browser code exist, for Dutch; every built page is either indexed (one
 * `data-pagefind-body`, on `<main>`, with a `soort` filter) or on the list of pages left out
 * on purpose (NOT_INDEXED in src/lib/zoeken/page-info.ts); each kind of page carries its
 * filters and meta. What the index holds is read from its fragment files (gzip, JSON); real
 * queries are tested in the browser.
 */
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { STATUS_LABELS } from '#lib/agenda/agenda.ts';
import { STAP_LABELS } from '#lib/initiatieven/steps.ts';
import { notIndexed, ZOEK_SOORTEN } from '#lib/zoeken/page-info.ts';
import { makeSearchIndex, SearchIndexError, searchIndexLine } from '#scripts/build/search-index.ts';
import { TEST_BUILD_TIME } from '#tests/support/build-time.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { buildPortal, type RunResult } from '#tests/support/run.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

mkdirSync(TMP, { recursive: true });
const root = mkdtempSync(join(TMP, 'search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dist = join(root, 'dist');

interface Page {
	url: string;
	/** Elements with data-pagefind-body. */
	bodies: Element[];
	filters: Record<string, string[]>;
	meta: Record<string, string>;
	sort: Record<string, string>;
	document: DefaultTreeAdapterTypes.Document;
}

interface Fragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function walk(node: Node, visit: (element: Element) => void): void {
	if (isElement(node)) visit(node);
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) walk(child, visit);
}

/** The text of an element as the index reads it: without parts marked data-pagefind-ignore. */
function indexedText(node: Node): string {
	if (isElement(node) && attr(node, 'data-pagefind-ignore') !== undefined) return '';
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
	const children = 'childNodes' in node ? node.childNodes : [];
	return children.map((child) => indexedText(child as Node)).join(' ');
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

function readPage(file: string): Page {
	const path = relative(dist, file).split('\\').join('/');
	const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
	const document = parse(readFileSync(file, 'utf8'));
	const page: Page = { url, bodies: [], filters: {}, meta: {}, sort: {}, document };
	walk(document, (element) => {
		if (attr(element, 'data-pagefind-body') !== undefined) page.bodies.push(element);
		for (const [name, into] of [
			['data-pagefind-filter', 'filters'],
			['data-pagefind-meta', 'meta'],
			['data-pagefind-sort', 'sort'],
		] as const) {
			const value = attr(element, name);
			if (value === undefined) continue;
			const key = /^([a-z_]+)\[content\]$/.exec(value)?.[1];
			expect(key, `${url}: ${name}="${value}"`).toBeDefined();
			const content = attr(element, 'content') ?? '';
			if (into === 'filters') (page.filters[key!] ??= []).push(content);
			else page[into][key!] = content;
		}
	});
	return page;
}

function readFragments(): Fragment[] {
	const folder = join(dist, 'pagefind', 'fragment');
	return readdirSync(folder).map((name) => {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
	});
}

let build: RunResult;
let pages: Page[];
let fragments: Map<string, Fragment>;
const byUrl = (pattern: RegExp) => pages.filter((p) => pattern.test(p.url));

beforeAll(() => {
	build = buildPortal(join(REPO, 'content'), { out: dist, now: TEST_BUILD_TIME, cwd: REPO });
	if (build.status !== 0) return;
	pages = htmlFiles(dist).map(readPage);
	fragments = new Map(readFragments().map((f) => [f.url, f]));
}, 300_000);

describe('the search index of the demo', () => {
	it('is made by the build, which says so in one Dutch line', () => {
		expect(build.status, build.stdout + build.stderr).toBe(0);
		const line = build.stdout.split('\n').find((l) => l.startsWith('Zoekindex'));
		expect(line).toMatch(/^Zoekindex gemaakt: \d+ pagina's, \d+(,\d)? (kB|MB)\.$/);
		const indexed = pages.filter((p) => p.bodies.length > 0).length;
		expect(line).toContain(` ${indexed} pagina's`);
		const lines = build.stdout.trimEnd().split('\n');
		// Then only the compression of the output and the closing line.
		expect(lines.at(-3)).toBe(line);
		expect(lines.at(-2)).toMatch(/^Gecomprimeerd: /);
		expect(lines.at(-1)).toMatch(/^Klaar: /);
	});

	it('has the browser code and one index per language with every indexed page of that language', () => {
		expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { hash: string; page_count: number }>;
		};
		const indexed = pages.filter((p) => p.bodies.length > 0);
		const languageOf = (url: string) => /^\/(en|pl|tr|ar)\//.exec(url)?.[1] ?? 'nl';
		const perLanguage = Map.groupBy(indexed, (p) => languageOf(p.url));
		// The tests build Dutch and Arabic (tests/support/run.ts): Pagefind splits by <html lang>.
		expect(Object.keys(entry.languages).sort()).toEqual([...perLanguage.keys()].sort());
		expect([...perLanguage.keys()]).toContain('nl');
		for (const [taal, members] of perLanguage) {
			expect(existsSync(join(dist, 'pagefind', `pagefind.${entry.languages[taal]!.hash}.pf_meta`)), taal).toBe(true);
			expect(entry.languages[taal]!.page_count, taal).toBe(members.length);
		}
		expect(existsSync(join(dist, 'pagefind', 'wasm.nl.pagefind'))).toBe(true);
		// Pagefind's own search interfaces are not published: the portal has its own.
		expect(readdirSync(join(dist, 'pagefind')).filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
		expect([...fragments.keys()].sort()).toEqual(indexed.map((p) => p.url).sort());
	});

	it('indexes every page once, on its <main> with a soort, or leaves it out on purpose', () => {
		expect(pages.length).toBeGreaterThan(100);
		for (const page of pages) {
			if (notIndexed(page.url)) {
				expect(page.bodies, page.url).toHaveLength(0);
				expect(page.filters, page.url).toEqual({});
				continue;
			}
			expect(
				page.bodies.map((b) => b.tagName),
				page.url,
			).toEqual(['main']);
			expect(page.filters.soort, page.url).toHaveLength(1);
			// Dutch pages use the Dutch kinds; other languages' pages their translation (src/i18n/<taal>/zoeken.json).
			if (!/^\/(en|pl|tr|ar)\//.test(page.url)) expect(ZOEK_SOORTEN, page.url).toContain(page.filters.soort![0]);
			expect(page.meta.title, page.url).toBeTruthy();
			expect(page.meta.title, page.url).not.toContain(' - ');
		}
		// The list is not a way around the rule: these are the pages it leaves out of the demo
		// (besides the search pages under /zoeken/, which the demo may or may not have).
		const left = pages
			.filter((p) => notIndexed(p.url))
			.map((p) => p.url.replace(/^\/(en|pl|tr|ar)(?=\/)/, ''))
			.filter((url) => !url.startsWith('/zoeken/'))
			.map((url) =>
				url
					.replace(/^\/(wijken|initiatieven\/\w+)\/[^/]+\//, '/$1/*/')
					.replace(/\/agenda\/(\w+)\/[^/]+\/$/, '/agenda/$1/*/'),
			);
		expect([...new Set(left)].sort()).toEqual(
			[
				'/',
				'/404.html',
				'/activiteiten/archief/',
				'/admin/',
				'/initiatieven/bijdrage/*/',
				'/initiatieven/stap/*/',
				'/wijken/*/verhalenboek/',
				...['status', 'thema', 'wijk', 'eigenaar'].map((soort) => `/agenda/${soort}/*/`),
				...['status', 'thema', 'buurt', 'eigenaar'].map((soort) => `/wijken/*/agenda/${soort}/*/`),
			].sort(),
		);
	});

	it('gives the index the filters and meta of each page, and none of the header or footer', () => {
		for (const page of pages.filter((p) => p.bodies.length)) {
			const fragment = fragments.get(page.url)!;
			expect(fragment.filters, page.url).toEqual(page.filters);
			expect(fragment.meta.title, page.url).toBe(page.meta.title);
		}
		const wijk = fragments.get('/wijken/centrum/')!;
		expect(wijk.content).not.toMatch(/Toegankelijkheid|Privacy/);
	});
});

describe('what each kind of page gives the index', () => {
	it('wijk: its name, its CBS code, the wijk filter; not the lists of other pages', () => {
		const wijken = byUrl(/^\/wijken\/[^/]+\/$/);
		expect(wijken.length).toBe(5);
		for (const page of wijken) {
			expect(page.filters.soort).toEqual(['Wijk']);
			expect(page.filters.wijk).toEqual([page.meta.title]);
			const text = fragments.get(page.url)!.content;
			expect(text).toContain(page.meta.title);
			expect(text).toMatch(/\bWK\d{6}\b/);
		}
	});

	it('buurt: its name and CBS code, its wijk; its figures stay out of the index', () => {
		const buurten = byUrl(/^\/wijken\/[^/]+\/buurten\/[^/]+\/$/);
		expect(buurten.length).toBeGreaterThan(10);
		for (const page of buurten) {
			expect(page.filters.soort).toEqual(['Buurt']);
			expect(page.filters.wijk).toHaveLength(1);
			const text = fragments.get(page.url)!.content;
			expect(text).toContain(page.meta.title!);
			expect(text).toMatch(/\bBU\d{8}\b/);
			// The compact profile (headline figures, theme cards) is not indexed.
			for (const name of figureNames(page)) expect(text, page.url).not.toContain(name);
			expect(text, page.url).not.toMatch(/Thema-index|dan de hele gemeente/);
		}
		expect(buurten.some((p) => figureNames(p).length > 0)).toBe(true);
		// The buurt's full figures are found by the buurt's name; the figures themselves on the wijk's theme pages.
		const cijfers = byUrl(/^\/wijken\/[^/]+\/buurten\/[^/]+\/cijfers\/$/);
		expect(cijfers.length).toBeGreaterThan(10);
		for (const page of cijfers) {
			const buurt = pages.find((p) => p.url === page.url.replace(/cijfers\/$/, ''))!;
			expect(page.filters.soort, page.url).toEqual(['Cijfers']);
			expect(page.filters.wijk, page.url).toEqual(buurt.filters.wijk);
			expect(page.meta.title, page.url).toBe(`Cijfers van ${buurt.meta.title}`);
			const text = fragments.get(page.url)!.content;
			expect(text, page.url).toContain(`Cijfers van ${buurt.meta.title}`);
			const names = indicatorNames(page);
			expect(names.length, page.url).toBeGreaterThan(0);
			for (const name of names) expect(text, page.url).not.toContain(name);
		}
	});

	it('cijfers: the wijk profile with its themes; on each theme page the indicator names as weighted headings', () => {
		const profiles = byUrl(/^\/wijken\/[^/]+\/cijfers\/$/);
		expect(profiles.length).toBe(5);
		for (const profile of profiles) {
			expect(profile.filters.soort).toEqual(['Cijfers']);
			const themas = profile.filters.thema ?? [];
			expect(themas.length).toBeGreaterThan(0);
			const themePages = byUrl(new RegExp(`^${profile.url}[^/]+/$`));
			expect(themePages.map((p) => p.filters.thema?.[0]).sort(), profile.url).toEqual([...themas].sort());
			let weighted = 0;
			for (const page of themePages) {
				expect(page.filters.soort, page.url).toEqual(['Cijfers']);
				expect(page.filters.thema, page.url).toHaveLength(1);
				expect(page.filters.wijk, page.url).toEqual(profile.filters.wijk);
				const names: string[] = [];
				walk(page.bodies[0]!, (e) => {
					if (/^h[2-4]$/.test(e.tagName) && Number(attr(e, 'data-pagefind-weight')) > 7)
						names.push(indexedText(e).trim());
				});
				// Every figure of the thema is found by its name, and weighs more than the rest of the page.
				expect(names.length, page.url).toBeGreaterThan(0);
				expect([...names].sort(), page.url).toEqual(indicatorNames(page).sort());
				for (const name of names) expect(fragments.get(page.url)!.content, page.url).toContain(name);
				weighted += names.length;
			}
			expect(weighted, profile.url).toBeGreaterThan(5);
		}
	});

	it('agendapunt: wijk, thema, status as residents read it, and the date twice', () => {
		const items = byUrl(/^\/wijken\/[^/]+\/agenda\/[^/]+\/$/);
		expect(items.length).toBeGreaterThan(5);
		for (const page of items) {
			expect(page.filters.soort).toEqual(['Agendapunt']);
			expect(page.filters.wijk).toHaveLength(1);
			expect(page.filters.thema).toHaveLength(1);
			expect(Object.values(STATUS_LABELS)).toContain(page.filters.status?.[0]);
			expectDates(page);
		}
		expect(byUrl(/^\/wijken\/[^/]+\/agenda\/$/).every((p) => p.filters.soort?.[0] === 'Overzicht')).toBe(true);
	});

	it('activiteit, nieuws, verhaal: a date; initiatief: its step; photos with their alt text', () => {
		const kinds: [RegExp, string][] = [
			[/^\/wijken\/[^/]+\/activiteiten\/[^/]+\/$/, 'Activiteit'],
			[/^\/nieuws\/[^/]+\/$/, 'Nieuws'],
			[/^\/verhalen\/[^/]+\/$/, 'Verhaal'],
			[/^\/initiatieven\/[^/]+\/$/, 'Initiatief'],
		];
		for (const [pattern, soort] of kinds) {
			const found = byUrl(pattern);
			expect(found.length, soort).toBeGreaterThan(0);
			for (const page of found) {
				expect(page.filters.soort, page.url).toEqual([soort]);
				expectDates(page);
			}
		}
		for (const page of byUrl(/^\/initiatieven\/[^/]+\/$/)) {
			expect(Object.values(STAP_LABELS)).toContain(page.filters.status?.[0]);
			expect(page.filters.wijk).toHaveLength(1);
			expect(page.filters.thema?.length).toBeGreaterThan(0);
		}
		for (const page of byUrl(/^\/verhalen\/[^/]+\/$/)) expect(page.filters.thema).toHaveLength(1);
		const withImage = pages.filter((p) => p.meta.image);
		expect(withImage.length).toBeGreaterThan(0);
		for (const page of withImage) {
			expect(page.meta.image_alt, page.url).toBeTruthy();
			expect(existsSync(join(dist, decodeURIComponent(page.meta.image!))), page.meta.image).toBe(true);
			expect(fragments.get(page.url)!.meta.image).toBe(page.meta.image);
		}
	});

	it('overview pages are Overzicht; the chain and "zelf beginnen" stay out of the text', () => {
		for (const url of ['/wijken/', '/nieuws/', '/activiteiten/', '/initiatieven/', '/verhalen/'])
			expect(byUrl(new RegExp(`^${url}$`))[0]?.filters.soort, url).toEqual(['Overzicht']);
		let repeated = 0;
		for (const page of pages.filter((p) => p.bodies.length)) {
			walk(page.bodies[0]!, (e) => {
				if (!/\b(chain-links|zelf-beginnen)\b/.test(attr(e, 'class') ?? '')) return;
				repeated++;
				expect(attr(e, 'data-pagefind-ignore'), page.url).toBeDefined();
			});
			expect(fragments.get(page.url)!.content, page.url).not.toMatch(/Hoort bij\.|Hierover verteld\./);
		}
		expect(repeated).toBeGreaterThan(5);
	});
});

describe('makeSearchIndex', () => {
	const site = (name: string, main: string) => {
		const dir = join(root, name);
		mkdirSync(join(dir, 'a'), { recursive: true });
		writeFileSync(
			join(dir, 'a', 'index.html'),
			`<!doctype html><html lang="nl"><head><title>A</title></head><body><nav>Menu</nav>${main}</body></html>`,
		);
		return dir;
	};

	it('indexes only the pages with data-pagefind-body and reports them', async () => {
		const dir = site('klein', '<main data-pagefind-body><h1>Speeltuinen in het park</h1></main>');
		writeFileSync(join(dir, 'niet.html'), '<!doctype html><html lang="nl"><body><main>Niet</main></body></html>');
		const result = await makeSearchIndex(dir);
		expect(result.pages).toBe(1);
		expect(result.bytes).toBeGreaterThan(10_000);
		expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(searchIndexLine({ ...result, bytes: 1_234_567 })).toBe('Zoekindex gemaakt: 1 pagina, 1,2 MB.');
		expect(searchIndexLine({ pages: 201, bytes: 840_200, seconds: 1 })).toBe(
			"Zoekindex gemaakt: 201 pagina's, 840 kB.",
		);
	});

	it('fails for a site without any page, or a folder that is not there', async () => {
		const empty = join(root, 'leeg');
		mkdirSync(join(empty, 'beelden'), { recursive: true });
		writeFileSync(join(empty, 'beelden', 'kaart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
		await expect(makeSearchIndex(empty)).rejects.toThrow(SearchIndexError);
		await expect(makeSearchIndex(join(root, 'bestaat-niet'))).rejects.toThrow(SearchIndexError);
	});
});

function expectDates(page: Page): void {
	expect(page.meta.date, page.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	expect(page.sort.date, page.url).toBe(page.meta.date);
	expect(page.meta.datum, page.url).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
}

/** The names of the figures shown on a page: indicator headings and the headline figures of a profile. */
function figureNames(page: Page): string[] {
	const names = indicatorNames(page);
	walk(page.document, (e) => {
		if (attr(e, 'class') === 'kern__naam') names.push(indexedText(e).trim());
	});
	return names;
}

/** The names of the indicators shown on a page (headings of `.indicator` articles). */
function indicatorNames(page: Page): string[] {
	const names: string[] = [];
	walk(page.document, (e) => {
		if (e.tagName === 'article' && attr(e, 'class') === 'indicator') {
			const heading = e.childNodes.find(
				(c): c is Element => isElement(c as Node) && /^h\d$/.test((c as Element).tagName),
			);
			if (heading) names.push(indexedText(heading).trim());
		}
	});
	return names;
}
