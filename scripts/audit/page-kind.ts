/**
 * The kind of a built page: its path with every name (a wijk, an item, a step) as "*", e.g.
 * /wijken/noord/agenda/speeltuin/ → /wijken/* /agenda/* / (without the spaces). The fixed words
 * are read from the routes in src/pages, so a new route needs no list kept by hand. A page in
 * another language is the same kind as its Dutch page: /en/wijken/noord/ is /wijken/* / too, and
 * `pageTaal` gives its language (src/lib/i18n/paths.ts).
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { splitTaal } from '#lib/i18n/paths.ts';
import { BRONTAAL, type Taal } from '#lib/i18n/talen.ts';

const REPO = resolve(import.meta.dirname, '..', '..');

function routeWords(dir: string, words = new Set<string>()): Set<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('[')) {
			if (entry.isDirectory()) routeWords(join(dir, entry.name), words);
			continue;
		}
		const word = entry.isDirectory() ? entry.name : entry.name.replace(/\.(astro|ts)$/, '');
		if (word !== 'index') words.add(word);
		if (entry.isDirectory()) routeWords(join(dir, entry.name), words);
	}
	return words;
}

const FIXED = routeWords(join(REPO, 'src', 'pages'));

export function pageKind(path: string): string {
	return splitTaal(path)
		.pad.split('/')
		.map((segment) => (segment === '' || FIXED.has(segment) || segment.includes('.') ? segment : '*'))
		.join('/');
}

/** The language of a built page, from its address: /en/wijken/ → en, /wijken/ → nl. */
export const pageTaal = (path: string): Taal => splitTaal(path).taal;

/** A built page: its address and its HTML file. */
export interface PageFile {
	path: string;
	file: string;
}

/** Every HTML page under a built site, by address (/wijken/noord/ for wijken/noord/index.html), sorted. */
export function builtPages(dist: string): PageFile[] {
	const pages: PageFile[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const file = join(dir, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (entry.name.endsWith('.html'))
				pages.push({ path: `/${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, ''), file });
		}
	};
	walk(dist);
	return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A sample page: its kind, its language and how many pages the kind has (in that language with `perTaal`). */
export type SamplePage = PageFile & { kind: string; taal: Taal; count: number };

/**
 * One page of every kind (the first by address), e.g. for Lighthouse or a server test: the Dutch
 * page of the kind when there is one. With `perTaal`, one page of every kind in every language
 * built (in Dutch first, then by address).
 */
export function samplePages(dist: string, options: { perTaal?: boolean } = {}): SamplePage[] {
	const byKind = new Map<string, PageFile[]>();
	for (const page of builtPages(dist)) {
		const key = options.perTaal ? `${pageTaal(page.path)} ${pageKind(page.path)}` : pageKind(page.path);
		byKind.set(key, [...(byKind.get(key) ?? []), page]);
	}
	const samples = [...byKind.values()].flatMap((pages) => {
		// Every group in the map has at least one page.
		const first = pages.find((page) => pageTaal(page.path) === BRONTAAL) ?? pages[0];
		return first ? [{ kind: pageKind(first.path), taal: pageTaal(first.path), count: pages.length, ...first }] : [];
	});
	const order = (s: SamplePage) => (s.taal === BRONTAAL ? 0 : 1);
	return samples.sort((a, b) => order(a) - order(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
