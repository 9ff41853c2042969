/**
 * The CSS the built site ships, read from the files in dist/ (no browser, a few seconds for the
 * demo's 2,317 pages in five languages: every language, since right-to-left pages and longer words
 * may use classes of their own), so it cannot silently grow back (src/lib/site/css-prune.ts):
 * - every design token (custom property) declared in the site's stylesheets is used by a
 *   stylesheet, a page or a script;
 * - no page loads more CSS than the budget below;
 * - every class of a page that some shipped stylesheet styles is styled by a stylesheet that
 *   page loads: feature styles are imported by the components that use them, so a page only
 *   loads its own, and none may miss one.
 * MapLibre's stylesheet is its own and is left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

import { expect, test } from '@playwright/test';
import { parse } from 'parse5';
import postcss from 'postcss';

import { attr, elements } from '#tests/support/html-elements.ts';
import { builtPages } from '#tests/support/page-kind.ts';

import { DIST } from './support.ts';

/** CSS per page at most, in bytes: measured 12.4 kB brotli and 110 kB raw for the biggest, plus headroom. */
const BUDGET_BROTLI = 14_500;
const BUDGET_RAW = 125_000;

const THEIRS = /maplibre-gl/;
const isOurs = (href: string) => href.startsWith('/') && href.endsWith('.css') && !THEIRS.test(href);

interface Sheet {
	css: string;
	/** The classes its selectors name. */
	classes: Set<string>;
	/** Custom properties declared, and the ones referred to with var(). */
	declared: Set<string>;
	used: Set<string>;
}

const sheets = new Map<string, Sheet>();
function sheet(href: string): Sheet {
	let found = sheets.get(href);
	if (!found) {
		const css = readFileSync(join(DIST, href), 'utf8');
		found = { css, classes: new Set(), declared: new Set(), used: new Set() };
		const { classes, declared, used } = found;
		const root = postcss.parse(css);
		root.walkRules((rule) => {
			for (const [, name] of rule.selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) if (name) classes.add(name);
		});
		root.walkDecls((decl) => {
			if (decl.prop.startsWith('--')) declared.add(decl.prop);
			for (const [, name] of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) if (name) used.add(name);
		});
		sheets.set(href, found);
	}
	return found;
}

interface PageCss {
	path: string;
	hrefs: string[];
	classes: Set<string>;
	html: string;
}

function pageCss(file: string, path: string): PageCss {
	const html = readFileSync(file, 'utf8');
	const all = elements(parse(html));
	const hrefs = all
		.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'stylesheet')
		.map((e) => attr(e, 'href') ?? '')
		.filter(isOurs);
	const classes = new Set(all.flatMap((e) => (attr(e, 'class') ?? '').split(/\s+/).filter(Boolean)));
	return { path, hrefs, classes, html };
}

const pages = builtPages(DIST)
	.filter((page) => !page.path.startsWith('/admin/'))
	.map((page) => pageCss(page.file, page.path));

test('every design token in the shipped CSS is used', () => {
	const assets = readdirSync(join(DIST, 'assets'))
		.filter((name) => name.endsWith('.css') && !THEIRS.test(name))
		.map((name) => `/assets/${name}`);
	const linked = new Set(pages.flatMap((page) => page.hrefs));
	const all = [...new Set([...assets, ...linked])].map(sheet);
	const scripts = readdirSync(join(DIST, 'assets'))
		.filter((name) => name.endsWith('.js'))
		.map((name) => readFileSync(join(DIST, 'assets', name), 'utf8'));
	const named = new Set<string>();
	for (const text of [...scripts, ...pages.map((page) => page.html)]) {
		for (const [name] of text.matchAll(/--[\w-]+/g)) named.add(name);
	}
	const used = new Set([...all.flatMap((s) => [...s.used]), ...named]);
	const declared = new Set(all.flatMap((s) => [...s.declared]));
	expect(declared.size).toBeGreaterThan(50);
	expect([...declared].filter((name) => !used.has(name))).toEqual([]);
});

test(`no page loads more than ${BUDGET_BROTLI / 1000} kB of CSS (brotli)`, () => {
	const brotli = new Map<string, number>();
	const size = (href: string) => {
		if (!brotli.has(href)) brotli.set(href, brotliCompressSync(sheet(href).css).length);
		return brotli.get(href) ?? 0;
	};
	const over = pages
		.map((page) => ({
			path: page.path,
			brotli: page.hrefs.reduce((sum, href) => sum + size(href), 0),
			raw: page.hrefs.reduce((sum, href) => sum + Buffer.byteLength(sheet(href).css), 0),
		}))
		.filter((page) => page.brotli > BUDGET_BROTLI || page.raw > BUDGET_RAW);
	expect(over).toEqual([]);
});

test('every styled class of a page is styled by a stylesheet the page loads', () => {
	const styled = new Set(pages.flatMap((page) => page.hrefs.flatMap((href) => [...sheet(href).classes])));
	const missing = pages.flatMap((page) => {
		const loaded = new Set(page.hrefs.flatMap((href) => [...sheet(href).classes]));
		return [...page.classes]
			.filter((name) => styled.has(name) && !loaded.has(name))
			.map((name) => `${page.path} .${name}`);
	});
	expect(missing).toEqual([]);
});
