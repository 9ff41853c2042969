/**
 * The search index of a built site: Pagefind's Node API reads every HTML page in `dir` and
 * writes the index and its browser code into `<dir>/pagefind/`. Only pages whose `<main>`
 * carries `data-pagefind-body` are indexed (see src/lib/zoeken/page-info.ts). The language
 * comes from `<html lang>` of each page; nothing is forced, so a portal with pages in more
 * languages gets one index per language. Every error Pagefind reports throws, and so does an
 * index without pages: a broken index must fail the build, not publish a search that finds
 * nothing.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import * as pagefind from 'pagefind';

/** Where the index goes, inside the site. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

export interface SearchIndexResult {
	/** Pages in the index. */
	pages: number;
	/** Total size of `<dir>/pagefind/` in bytes. */
	bytes: number;
	seconds: number;
}

export class SearchIndexError extends Error {
	readonly errors: readonly string[];
	constructor(errors: readonly string[]) {
		super(`Pagefind: ${errors.join('; ')}`);
		this.name = 'SearchIndexError';
		this.errors = errors;
	}
}

function check(step: string, errors: readonly string[]): void {
	if (errors.length) throw new SearchIndexError(errors.map((e) => `${step}: ${e}`));
}

export interface SearchIndexOptions {
	/** Called when the index is written, before Pagefind's service stops (the benchmark reads its memory). */
	beforeClose?: () => void;
}

export async function makeSearchIndex(dir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
	const started = performance.now();
	const outputPath = join(dir, SEARCH_INDEX_FOLDER);
	if (!existsSync(dir)) throw new SearchIndexError([`${dir} does not exist`]);
	try {
		const created = await pagefind.createIndex({});
		check('createIndex', created.errors);
		if (!created.index) throw new SearchIndexError(['createIndex: no index']);
		const added = await created.index.addDirectory({ path: dir });
		check('addDirectory', added.errors);
		const written = await created.index.writeFiles({ outputPath });
		check('writeFiles', written.errors);
		removeUnusedUi(outputPath);
		const pages = indexedPages(outputPath);
		// Nothing to find (no HTML pages at all): a search that finds nothing is a broken site.
		if (pages === 0) throw new SearchIndexError(['no pages to index']);
		options.beforeClose?.();
		return {
			pages,
			bytes: folderSize(outputPath),
			seconds: (performance.now() - started) / 1000,
		};
	} finally {
		await pagefind.close();
	}
}

/**
 * Pagefind also writes its own search interfaces (default, modular and component UI, and a
 * highlighter). The portal has its own (src/islands/zoeken/, on pagefind.js alone): the unused
 * files are not published.
 */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
function removeUnusedUi(outputPath: string): void {
	for (const name of readdirSync(outputPath)) if (UNUSED_UI.test(name)) rmSync(join(outputPath, name));
}

/**
 * The pages in the index, from the index's own entry file: `addDirectory` counts every HTML
 * file it read, also those without `data-pagefind-body`.
 */
function indexedPages(outputPath: string): number {
	const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
}

function folderSize(dir: string): number {
	let bytes = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const stat = statSync(path);
		bytes += stat.isDirectory() ? folderSize(path) : stat.size;
	}
	return bytes;
}

/** "1,2 MB", "840 kB": the size for the build's progress line. */
export function formatSize(bytes: number): string {
	if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
	return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

/** The build's Dutch progress line. */
export function searchIndexLine({ pages, bytes }: SearchIndexResult): string {
	return `Zoekindex gemaakt: ${pages === 1 ? '1 pagina' : `${pages} pagina's`}, ${formatSize(bytes)}.`;
}
