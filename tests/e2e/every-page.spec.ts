/**
 * Every page the build produced, in two passes.
 *
 * 1. Read from dist/, every page in every language: lang of its address (/en/… en, Dutch without
 *    prefix), one h1, a main landmark, scripts only as module files of
 *    the site itself (the island runtime of the search field on every page; the map island on pages
 *    with the interactive map), nothing inline, no style attributes, the strict CSP in a meta tag,
 *    and nothing loaded from another origin (links to other sites are plain `<a href>`).
 * 2. In Chromium, every page kind in Dutch (see tests/support/page-kind.ts: /wijken/<w>/agenda/<item>/ is
 *    one kind, and /en/wijken/<w>/agenda/<item>/ the same kind in English; tests/e2e/talen.spec.ts opens
 *    one page of every kind in each other language):
 *    all pages of a kind with few pages, and for a kind with many pages (agenda items, filter pages,
 *    sociale-kaart entries) a spread of them by size, always with the smallest and the largest.
 *    There: zero axe-core WCAG 2.2 AA violations, nothing of the search (React, Pagefind, address data)
 *    loaded before it is used, no request to another origin, no cookie, no CSP violation, and no
 *    sideways scrolling at 320 pixels wide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

import { BRONTAAL } from '#lib/i18n/talen.ts';
import { pageKind, pageTaal } from '#tests/support/page-kind.ts';

import { builtPages, DIST, expectNoAxeViolations, LOADED_ON_USE, watch } from './support.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * The portal's pages. The editor at /admin/ is not one: it is a JavaScript application for the
 * wijkplatforms' editors (Decap CMS), not read by residents, with its own CSP, scripts and
 * requests to the editing server; tests/e2e/admin.spec.ts checks it.
 */
const pages = builtPages().filter((path) => !path.startsWith('/admin/'));
/** The Dutch pages, which the browser pass samples (other languages: tests/e2e/talen.spec.ts). */
const dutch = pages.filter((path) => pageTaal(path) === BRONTAAL);

/** Pages of one kind checked in the browser when the kind has more. */
const PER_KIND = 5;

const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

/** All pages of a small kind; of a larger kind the smallest, the largest and a spread between them. */
function browserSample(paths: readonly string[], size: (path: string) => number): string[] {
	const kinds = new Map<string, string[]>();
	for (const path of paths) kinds.set(pageKind(path), [...(kinds.get(pageKind(path)) ?? []), path]);
	const chosen: string[] = [];
	for (const members of kinds.values()) {
		if (members.length <= PER_KIND) {
			chosen.push(...members);
			continue;
		}
		const bySize = [...members].sort((a, b) => size(a) - size(b) || a.localeCompare(b));
		const picks = new Set<string>();
		for (let i = 0; i < PER_KIND; i++) picks.add(bySize[Math.round((i * (bySize.length - 1)) / (PER_KIND - 1))]!);
		chosen.push(...picks);
	}
	return chosen.sort();
}

function walk(node: Node, visit: (element: Element) => void): void {
	if ('tagName' in node) visit(node);
	const children = 'content' in node && node.content ? node.content.childNodes : [];
	for (const child of [...('childNodes' in node ? node.childNodes : []), ...children]) walk(child, visit);
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const textOf = (element: Element): string =>
	element.childNodes.map((c) => ('value' in c ? c.value : 'tagName' in c ? textOf(c) : '')).join('');

/** Attributes that make the browser load something (a plain link `<a href>` does not). */
const LOADS: Record<string, string[]> = {
	script: ['src'],
	link: ['href'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	object: ['data'],
	embed: ['src'],
	form: ['action'],
};

/** What is wrong with one built page, read from its HTML; empty when it is right. */
function staticProblems(html: string, taal: string): string[] {
	const problems: string[] = [];
	const found = { h1: 0, main: 0, islands: 0, maps: 0, scripts: [] as string[], csp: '', lang: '' };
	walk(parse(html), (element) => {
		const tag = element.tagName;
		if (tag === 'html') found.lang = attr(element, 'lang') ?? '';
		if (tag === 'h1') found.h1++;
		if (tag === 'main' && attr(element, 'id') === 'inhoud') found.main++;
		if (tag === 'astro-island') found.islands++;
		if (tag === 'wijk-kaart') found.maps++;
		if (tag === 'style') problems.push('een <style>-element in de pagina');
		if (element.attrs.some((a) => a.name === 'style')) problems.push(`een style-attribuut op <${tag}>`);
		if (element.attrs.some((a) => /^on/i.test(a.name))) problems.push(`een on…-attribuut op <${tag}>`);
		if (tag === 'script') {
			const src = attr(element, 'src');
			found.scripts.push(`${attr(element, 'type')} ${src ?? ''}`);
			if (textOf(element).trim()) problems.push('een script met code in de pagina');
			if (!src || !/^\/assets\/[\w.-]+\.js$/.test(src) || attr(element, 'type') !== 'module')
				problems.push(`een script dat geen module van de site zelf is: ${src ?? '(inline)'}`);
		}
		if (tag === 'meta' && attr(element, 'http-equiv') === 'Content-Security-Policy')
			found.csp = attr(element, 'content') ?? '';
		for (const name of LOADS[tag] ?? []) {
			const value = attr(element, name);
			if (tag === 'link' && !/\b(stylesheet|icon|preload|modulepreload|manifest)\b/.test(attr(element, 'rel') ?? ''))
				continue;
			for (const url of (value ?? '').split(',').map((v) => v.trim().split(/\s+/)[0] ?? '')) {
				if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url) && !url.startsWith('data:'))
					problems.push(`<${tag} ${name}> laadt iets van een andere website: ${url}`);
			}
		}
	});
	if (found.lang !== taal) problems.push(`lang is '${found.lang}', niet '${taal}'`);
	if (found.h1 !== 1) problems.push(`${found.h1} h1-koppen`);
	if (found.main !== 1) problems.push(`${found.main} <main id="inhoud">`);
	if (found.islands === 0) problems.push('geen astro-island (het zoekveld ontbreekt)');
	if (found.scripts.length !== (found.maps ? 2 : 1))
		problems.push(`${found.scripts.length} scripts: ${found.scripts.join(', ')}`);
	if (!/script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/.test(found.csp))
		problems.push(`geen strikte CSP in een meta-tag: '${found.csp}'`);
	return problems;
}

test('the demo portal was built with all its pages', () => {
	expect(dutch.length).toBeGreaterThanOrEqual(90);
});

test('every built page, read from its HTML: one h1, main, lang, CSP, only the site’s own module scripts', () => {
	test.setTimeout(120_000);
	const problems = pages.flatMap((path) =>
		staticProblems(readFileSync(fileOf(path), 'utf8'), pageTaal(path)).map((p) => `${path}: ${p}`),
	);
	expect(problems).toEqual([]);
});

test('the browser pass covers every page kind in Dutch, each with its smallest and largest page', () => {
	const size = (path: string) => readFileSync(fileOf(path)).length;
	const sample = browserSample(dutch, size);
	const kinds = new Set(pages.map(pageKind));
	expect(new Set(sample.map(pageKind))).toEqual(kinds);
	for (const kind of kinds) {
		const members = dutch.filter((p) => pageKind(p) === kind).sort((a, b) => size(a) - size(b));
		expect(sample).toContain(members[0]);
		expect(sample).toContain(members.at(-1));
	}
});

for (const path of browserSample(dutch, (p) => readFileSync(fileOf(p)).length)) {
	test(`page ${path}`, async ({ page, context, baseURL }) => {
		const seen = watch(page, new URL(baseURL!).origin);
		const response = await page.goto(path, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await expectNoAxeViolations(page);
		expect(seen.requests.filter((path) => LOADED_ON_USE.test(path))).toEqual([]);
		expect(seen.foreign).toEqual([]);
		expect(seen.cspViolations).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		// Reflow (WCAG 1.4.10): at 320 CSS pixels wide nothing needs scrolling sideways.
		await page.setViewportSize({ width: 320, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});
}
