/**
 * The kind of a built page: its path with every name (a wijk, an item, a step) as "*", e.g.
 * /wijken/noord/agenda/speeltuin/ → /wijken/* /agenda/* / (without the spaces). The fixed words
 * are read from the routes in src/pages, so a new route needs no list kept by hand.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { REPO } from './fixtures.ts';

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
