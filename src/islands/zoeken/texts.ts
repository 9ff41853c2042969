/**
 * The texts of the search and address lookup island come in as props, in the page's language
 * (made from the catalogue by src/lib/zoeken/island-texts.ts); here only what fills them in.
 */
import { localizePath } from '#lib/i18n/paths.ts';
import { fill, plural, type ZoekTeksten } from '#lib/zoeken/island-texts.ts';

export type { AdresTeksten, BuurtTeksten, ZoekTeksten } from '#lib/zoeken/island-texts.ts';
export { fill } from '#lib/zoeken/island-texts.ts';

/** The announcement after a search: how many results, for which words. */
export function resultCount(texts: ZoekTeksten, count: number, query: string): string {
	if (count === 0) return fill(texts.geenResultaten, { q: query });
	return plural(texts.resultaten, texts.locale, count, { q: query });
}

/** A page of the site (from the address data) in the page's language; other addresses stay as they are. */
export const inTaal = (url: string, taal: ZoekTeksten['taal']) => localizePath(url, taal);
