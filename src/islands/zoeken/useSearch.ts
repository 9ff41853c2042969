/**
 * Searching as the resident types: Pagefind for pages, the address lookup for postcodes and
 * streets, merged into one list (address answers first, no page twice). Waits a moment after
 * the last key, and drops answers to questions that were overtaken by newer ones.
 */
import { useEffect, useRef, useState } from 'react';

import { parseAdresVraag } from '#lib/adressen/query.ts';

import { type AdresUitkomst, lookUp } from './address.ts';
import { loadPagefind, type PagefindFilters, type PagefindResultData } from './pagefind.ts';
import { fill, type ZoekTeksten } from './texts.ts';

export interface Hit {
	url: string;
	title: string;
	/** Kind of page and wijk, for the line under the title. */
	soort?: string;
	wijk?: string;
	datum?: string;
	/** Pagefind's excerpt (text with <mark>, split safely when shown). */
	excerpt?: string;
	/** A plain sentence instead of an excerpt (address answers). */
	note?: string;
	image?: string;
	imageAlt?: string;
}

export interface SearchState {
	query: string;
	busy: boolean;
	hits: Hit[];
	/** Number of results (pages found and address answers). */
	total: number;
	/** Pagefind has more results than shown. */
	more: boolean;
	/** Filter values with their counts for this search. */
	filterCounts: Record<string, Record<string, number>>;
	adres: AdresUitkomst | null;
	error: 'index' | 'adressen' | null;
}

const EMPTY: SearchState = {
	query: '',
	busy: false,
	hits: [],
	total: 0,
	more: false,
	filterCounts: {},
	adres: null,
	error: null,
};

export function useSearch(
	query: string,
	options: {
		gemeente: string;
		/** The portal has address data: postcodes and streets are looked up too. */
		adressen: boolean;
		/** The texts in the page's language (they stay the same while the page is open). */
		teksten: ZoekTeksten;
		filters?: Record<string, string[]>;
		limit: number;
		delay?: number;
	},
): SearchState {
	const [state, setState] = useState<SearchState>(EMPTY);
	const latest = useRef(0);
	const filterKey = JSON.stringify(options.filters ?? {});
	useEffect(() => {
		const q = query.trim();
		const ticket = ++latest.current;
		if (!q) {
			setState(EMPTY);
			return;
		}
		setState((s) => ({ ...s, query: q, busy: true }));
		const timer = setTimeout(() => {
			void run(
				q,
				options.teksten,
				options.adressen ? options.gemeente : null,
				JSON.parse(filterKey) as Record<string, string[]>,
				options.limit,
			).then((next) => {
				if (ticket === latest.current) setState(next);
			});
		}, options.delay ?? 200);
		return () => clearTimeout(timer);
		// options.teksten is left out: the texts never change while the page is open.
	}, [query, filterKey, options.limit, options.gemeente, options.adressen, options.delay]);
	return state;
}

/** `gemeente` null: the portal has no address data, so no address lookup. */
async function run(
	q: string,
	teksten: ZoekTeksten,
	gemeente: string | null,
	filters: Record<string, string[]>,
	limit: number,
): Promise<SearchState> {
	const [found0, pages] = await Promise.all([
		gemeente === null || !teksten.adres
			? null
			: lookUp(q, gemeente, teksten.adres, teksten.taal).catch(() => 'adressen' as const),
		searchPages(q, filters, limit).catch(() => 'index' as const),
	]);
	let adres = found0;
	// A word that is no street is simply a search word: no "street not found" message then.
	if (adres && adres !== 'adressen' && !adres.gevonden && parseAdresVraag(q).soort === 'straat') adres = null;
	const addressHits: Hit[] = [];
	if (adres && adres !== 'adressen') {
		if (adres.gevonden) {
			for (const buurt of adres.buurten)
				addressHits.push({
					url: buurt.url,
					title: buurt.naam,
					soort: teksten.soortBuurt,
					wijk: buurt.wijk,
					note: adres.tekst,
				});
			for (const straat of adres.straten)
				for (const buurt of straat.buurten)
					addressHits.push({
						url: buurt.url,
						title: fill(teksten.straatBuurt, { straat: straat.straat, buurt: buurt.naam }),
						soort: teksten.soortStraat,
						wijk: buurt.wijk,
					});
		}
	}
	const found = pages === 'index' ? { hits: [], total: 0, filterCounts: {} } : pages;
	const more = found.total > found.hits.length;
	const seen = new Set<string>();
	const hits = [...addressHits, ...found.hits].filter((hit) => (seen.has(hit.url) ? false : (seen.add(hit.url), true)));
	return {
		query: q,
		busy: false,
		hits,
		total: found.total + addressHits.length,
		more,
		filterCounts: found.filterCounts,
		adres: adres === 'adressen' ? null : adres,
		error: pages === 'index' ? 'index' : adres === 'adressen' ? 'adressen' : null,
	};
}

async function searchPages(q: string, filters: Record<string, string[]>, limit: number) {
	const pagefind = await loadPagefind();
	const wanted: PagefindFilters = {};
	for (const [name, values] of Object.entries(filters)) if (values.length) wanted[name] = { any: values };
	const search = await pagefind.search(q, { filters: wanted });
	if (!search) return { hits: [], total: 0, filterCounts: {} };
	const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
	return { hits: data.map(toHit), total: search.results.length, filterCounts: search.totalFilters };
}

function toHit(data: PagefindResultData): Hit {
	const url = data.url.startsWith('/') && !data.url.startsWith('//') ? data.url : '/';
	return {
		url,
		title: data.meta.title ?? url,
		soort: data.filters.soort?.[0],
		wijk: data.filters.wijk?.[0],
		datum: data.meta.datum,
		excerpt: data.excerpt,
		image: data.meta.image?.startsWith('/') ? data.meta.image : undefined,
		imageAlt: data.meta.image_alt,
	};
}
