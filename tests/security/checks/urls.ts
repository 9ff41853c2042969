/** How a browser reads the start of a URL: its scheme, and whether it stays on the site. */

/** Browsers drop leading and trailing C0 controls and spaces, and tabs and newlines anywhere. */
const clean = (url: string) => url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/** The scheme in lower case ("javascript"), or undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
	return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(clean(url))?.[1]!.toLowerCase();
}

/** A path on the same site: no scheme, and not "//host" (nor "/\host", which browsers read the same way). */
export function isSameOrigin(url: string): boolean {
	const c = clean(url);
	return !schemeOf(c) && !/^[\\/]{2}/.test(c);
}

export const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** A link a visitor may follow: on the site, or web, mail or phone. */
export function isSafeLink(url: string): boolean {
	const scheme = schemeOf(url);
	return scheme === undefined || LINK_SCHEMES.has(scheme);
}

/** The URLs in a srcset ("a.png 1x, b.png 2x"). */
export function srcsetUrls(value: string): string[] {
	return value
		.split(',')
		.map((part) => part.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}
