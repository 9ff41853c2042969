/**
 * The kind of a built page: its path with every name (a wijk, an item, a step) as "*", e.g.
 * /wijken/noord/agenda/speeltuin/ → /wijken/* /agenda/* / (without the spaces). The fixed words
 * are read from the routes in src/pages, so a new route needs no list kept by hand.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

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
	return path
		.split('/')
		.map((segment) => (segment === '' || FIXED.has(segment) || segment.includes('.') ? segment : '*'))
		.join('/');
}

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

/** One page of every kind (the first by address), e.g. for Lighthouse or a server test. */
export function samplePages(dist: string): (PageFile & { kind: string; count: number })[] {
	const byKind = new Map<string, PageFile[]>();
	for (const page of builtPages(dist)) {
		const kind = pageKind(page.path);
		byKind.set(kind, [...(byKind.get(kind) ?? []), page]);
	}
	// Every kind in the map has at least one page.
	return [...byKind].flatMap(([kind, [first, ...rest]]) => (first ? [{ kind, count: rest.length + 1, ...first }] : []));
}
