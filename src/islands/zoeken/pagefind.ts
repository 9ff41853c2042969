/**
 * Pagefind's browser API, loaded from the site's own /pagefind/ folder on first use (never
 * before: the island itself hydrates only on use). Only the parts the island uses are typed.
 */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface PagefindResult {
	id: string;
	data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}

export type PagefindFilters = Record<string, { any: string[] }>;

interface PagefindModule {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (query: string, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>;
}

let loading: Promise<PagefindModule> | undefined;

/** The Pagefind module, loaded once. Rejects when the site has no index (e.g. `astro dev`). */
export function loadPagefind(): Promise<PagefindModule> {
	const url = '/pagefind/pagefind.js';
	loading ??= (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then(async (pagefind) => {
		await pagefind.options({ excerptLength: 22 });
		await pagefind.init();
		// Loads the filter index: only after this do searches report how many results each filter value has.
		await pagefind.filters();
		return pagefind;
	});
	loading.catch(() => (loading = undefined));
	return loading;
}

/**
 * Pagefind's excerpt is text with `<mark>` around the words found. It is split into plain text
 * parts here, so nothing from the index is ever put into the page as HTML.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
	const decode = (s: string) =>
		s
			.replace(/<[^>]*>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#0?39;/g, "'")
			.replace(/&amp;/g, '&');
	return excerpt
		.split(/(<mark>.*?<\/mark>)/g)
		.filter(Boolean)
		.map((part) =>
			part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), mark: true } : { text: decode(part), mark: false },
		);
}
