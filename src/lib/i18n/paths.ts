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

/** Files and folders that exist once for every language (data, pictures, scripts, the sitemap). */
const SHARED_PATH = /^\/(assets|pagefind|beelden|deelbeelden|admin|adressen)(\/|$)|\.[a-z0-9]+$/i;

/** Feeds and calendars: made once per language, like pages (`/en/wijken/noord/agenda.xml`). */
const FEED_PATH = /\/(?:rss|agenda)\.xml$|\.ics$/i;

const siteInternal = (path: string) => path.startsWith('/') && !path.startsWith('//');
const withoutQuery = (path: string) => path.replace(/[?#].*$/, '');

/** Does this site-internal address lead to a page that exists in every language? */
export function isPagePath(path: string): boolean {
	return siteInternal(path) && !SHARED_PATH.test(withoutQuery(path));
}

/** Is this site-internal address a feed or calendar file, which exists in every language too? */
export function isFeedPath(path: string): boolean {
	return siteInternal(path) && FEED_PATH.test(withoutQuery(path));
}

/**
 * A page or feed address in a language: `localizePath('/wijken/', 'en')` → `/en/wijken/`,
 * `/rss.xml` → `/en/rss.xml`. Other files stay as they are.
 */
export function localizePath(path: string, taal: Taal): string {
	if (!isPagePath(path) && !isFeedPath(path)) return path;
	const { pad } = splitTaal(path);
	return taal === BRONTAAL ? pad : `/${taal}${pad}`;
}

/** A start tag of a link or form, quoted attribute values read whole (they may hold ">"). */
const START_TAG = /<(?:a|form)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/** One attribute of a start tag: space before it, name, and `=` with its value when it has one. */
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * Every link (`<a href>`) and form (`<form action>`) in a built page to another page or a feed of
 * the site, in the page's language. Links that carry `hreflang` (the language switch, alternates), wherever
 * the attribute stands in the tag, are left as they are, and so are files, other sites and
 * addresses already in a language. Attributes are read one by one, so an address written inside
 * another attribute's text is never taken for the link's own.
 */
export function localizeLinks(html: string, taal: Taal): string {
	if (taal === BRONTAAL) return html;
	return html.replace(START_TAG, (tag) => {
		const names = [...tag.matchAll(ATTRIBUTE)].map((match) => match[2]!.toLowerCase());
		if (names.includes('hreflang')) return tag;
		return tag.replace(
			ATTRIBUTE,
			(whole, space: string, name: string, equals: string | undefined, value: string | undefined) => {
				if (!equals || !value || !/^(?:href|action)$/i.test(name)) return whole;
				const quote = value.startsWith('"') || value.startsWith("'") ? value[0]! : '';
				const path = quote ? value.slice(1, -1) : value;
				if ((!isPagePath(path) && !isFeedPath(path)) || splitTaal(path).taal !== BRONTAAL) return whole;
				return `${space}${name}${equals}${quote}${localizePath(path, taal)}${quote}`;
			},
		);
	});
}
