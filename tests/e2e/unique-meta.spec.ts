/**
 * What search engines read of every built page, from the files in dist/ (no browser, a few
 * seconds for the demo's 2,317 pages in five languages): exactly one non-empty `<title>` and one
 * `<meta name="description">` with text, no two pages of one language with the same title or the
 * same description (a page and its translation may share them while the content is untranslated),
 * `<html lang>` of the page's address on every page, and, when portaal.yaml has a webadres, one
 * canonical link to the page's own address (not on the 404 page). The editor at /admin/ is a JavaScript
 * application, not a page for residents; it has a title, a description and a language too.
 */
import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

import { readWebadres } from '#lib/feeds/webadres.ts';
import { attr, elements, type Node } from '#tests/support/html-elements.ts';
import { builtPages, pageTaal } from '#tests/support/page-kind.ts';

import { DIST } from './support.ts';

function text(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
	return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}

interface PageMeta {
	path: string;
	taal: string;
	titles: string[];
	descriptions: string[];
	lang?: string;
	h1: number;
	canonicals: string[];
}

function readMeta(path: string, file: string): PageMeta {
	const all = elements(parse(readFileSync(file, 'utf8')));
	const of = (tag: string) => all.filter((e) => e.tagName === tag);
	return {
		path,
		taal: pageTaal(path),
		titles: of('title')
			.filter((t) => !of('svg').some((svg) => elements(svg).includes(t)))
			.map((t) => text(t).trim()),
		descriptions: of('meta')
			.filter((m) => attr(m, 'name') === 'description')
			.map((m) => (attr(m, 'content') ?? '').trim()),
		lang: of('html').map((h) => attr(h, 'lang'))[0],
		h1: of('h1').length,
		canonicals: of('link')
			.filter((l) => attr(l, 'rel') === 'canonical')
			.map((l) => attr(l, 'href') ?? ''),
	};
}

/** Values shared by more than one page of the same language, with those pages. */
function shared(pages: readonly PageMeta[], value: (p: PageMeta) => string | undefined): string[] {
	const byValue = new Map<string, string[]>();
	for (const page of pages) {
		const v = value(page);
		if (v) byValue.set(`${page.taal}: ${v}`, [...(byValue.get(`${page.taal}: ${v}`) ?? []), page.path]);
	}
	return [...byValue].filter(([, paths]) => paths.length > 1).map(([v, paths]) => `"${v}" on ${paths.join(', ')}`);
}

const pages = builtPages(DIST).map(({ path, file }) => readMeta(path, file));
const webadres = readWebadres('content');

test('every page has one title and one description, with text', () => {
	expect(pages.filter((p) => p.taal === 'nl').length).toBeGreaterThan(400);
	const problems = pages.flatMap((p) => [
		...(p.titles.length === 1 && p.titles[0]
			? []
			: [`${p.path}: ${p.titles.length} titles ${JSON.stringify(p.titles)}`]),
		...(p.descriptions.length === 1 && p.descriptions[0]
			? []
			: [`${p.path}: ${p.descriptions.length} descriptions ${JSON.stringify(p.descriptions)}`]),
	]);
	expect(problems, problems.join('\n')).toEqual([]);
});

test('no two pages of one language share a title or a description', () => {
	expect(new Set(pages.map((p) => p.taal)).size, 'pages in more than one language').toBeGreaterThan(1);
	expect(
		shared(pages, (p) => p.titles[0]),
		'the same title',
	).toEqual([]);
	expect(
		shared(pages, (p) => p.descriptions[0]),
		'the same description',
	).toEqual([]);
});

test('every page says the language of its address; every page of the portal has one h1', () => {
	const problems = pages.flatMap((p) => [
		...(p.lang === p.taal ? [] : [`${p.path}: lang ${JSON.stringify(p.lang)}`]),
		...(p.path.startsWith('/admin/') || p.h1 === 1 ? [] : [`${p.path}: ${p.h1} h1 elements`]),
	]);
	expect(problems, problems.join('\n')).toEqual([]);
});

test('with a webadres, every page but the 404 page and the editor links to its own address as canonical', () => {
	expect(webadres, 'the demo portal has a webadres in content/portaal.yaml').toBeTruthy();
	const problems = pages
		.filter((p) => p.path !== '/404.html' && !p.path.startsWith('/admin/'))
		.filter((p) => p.canonicals.length !== 1 || p.canonicals[0] !== `${webadres}${p.path}`)
		.map((p) => `${p.path}: ${JSON.stringify(p.canonicals)}`);
	expect(problems, problems.join('\n')).toEqual([]);
	expect(pages.find((p) => p.path === '/404.html')?.canonicals).toEqual([]);
});
