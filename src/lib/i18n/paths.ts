/**
 * Language prefixes of page addresses: Dutch pages have none, other languages their code.
 * Pure string functions, shared by routes, the middleware and tests.
 */
import { BRONTAAL, isTaal, type Taal } from './talen.ts';

/** The route parameter `taal` of `src/pages/[...taal]/`: undefined for Dutch. */
export const taalParam = (taal: Taal): string | undefined => (taal === BRONTAAL ? undefined : taal);

/** The language of an address and the address without its prefix: `/en/wijken/` → en, `/wijken/`. */
export function splitTaal(pathname: string): { taal: Taal; pad: string } {
	const match = /^\/([a-z]{2})(\/.*|$)/.exec(pathname);
	if (match && isTaal(match[1]) && match[1] !== BRONTAAL) return { taal: match[1], pad: match[2] || '/' };
	return { taal: BRONTAAL, pad: pathname };
}

/** Files and folders that exist once for every language (feeds, data, pictures, scripts). */
const SHARED_PATH = /^\/(assets|pagefind|beelden|deelbeelden|admin|adressen)(\/|$)|\.[a-z0-9]+$/i;

/** Does this site-internal address lead to a page that exists in every language? */
export function isPagePath(path: string): boolean {
	if (!path.startsWith('/') || path.startsWith('//')) return false;
	return !SHARED_PATH.test(path.replace(/[?#].*$/, ''));
}

/** A page address in a language: `localizePath('/wijken/', 'en')` → `/en/wijken/`. Files stay as they are. */
export function localizePath(path: string, taal: Taal): string {
	if (!isPagePath(path)) return path;
	const { pad } = splitTaal(path);
	return taal === BRONTAAL ? pad : `/${taal}${pad}`;
}

const HREF = /(<(?:a|form)\b[^>]*?\s(?:href|action)=)(["'])(\/[^"']*)\2/gi;

/**
 * Every link in a built page to another page of the site, in the page's language. Links that
 * carry `hreflang` (the language switch, alternates) are left as they are.
 */
export function localizeLinks(html: string, taal: Taal): string {
	if (taal === BRONTAAL) return html;
	return html.replace(HREF, (whole, start: string, quote: string, path: string) => {
		if (/\shreflang=/i.test(start) || !isPagePath(path) || splitTaal(path).taal !== BRONTAAL) return whole;
		return `${start}${quote}${localizePath(path, taal)}${quote}`;
	});
}
