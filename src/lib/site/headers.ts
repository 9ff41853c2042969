/**
 * The HTTP response headers of a published portal, in one place: the security headers every
 * response gets and how long a browser may keep each kind of file. The preview server
 * (scripts/serve/site-server.ts), `public/_headers` and `deploy/nginx/wijkportaal.conf`
 * (both written by `npm run deploy:config`, scripts/deploy/write-config.ts) all follow it.
 */
import { ADMIN_CSP_HEADER, ADMIN_PATH, CSP_HEADER } from './csp.ts';

/** Header name and value, in the order they are sent. */
export type HeaderList = readonly (readonly [name: string, value: string])[];

/** One year, and the file never changes under its name: for files with a content hash in their name. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** May be stored, but the browser asks the server each time whether it changed (ETag / Last-Modified). */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Folders whose file names carry a hash of their content, so a new version always has a new
 * name: Astro's scripts and styles, and the chunks of the Pagefind search index. Pagefind's
 * own pagefind.js, pagefind-entry.json, its .pf_meta and wasm files keep their names between builds.
 */
export const FINGERPRINTED_FOLDERS = [
	'/assets/',
	'/pagefind/fragment/',
	'/pagefind/index/',
	'/pagefind/filter/',
] as const;

/**
 * Powerful browser features no page of the portal uses, switched off for the page and anything
 * it embeds. The map has no "my location" (no island asks for the location), so geolocation is
 * off too. `interest-cohort` (retired) and `browsing-topics` keep the visits out of advertising
 * profiles; a browser that does not know a name ignores it without a console message.
 */
export const PERMISSIONS_POLICY = [
	'accelerometer=()',
	'browsing-topics=()',
	'camera=()',
	'display-capture=()',
	'geolocation=()',
	'gyroscope=()',
	'interest-cohort=()',
	'magnetometer=()',
	'microphone=()',
	'midi=()',
	'payment=()',
	'usb=()',
].join(', ');

/** Sent with every response of the site (`/admin/` aside, see ADMIN_HEADERS). */
export const SECURITY_HEADERS: HeaderList = [
	['Content-Security-Policy', CSP_HEADER],
	['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
	['X-Content-Type-Options', 'nosniff'],
	// The same as the pages' <meta name="referrer">.
	['Referrer-Policy', 'same-origin'],
	['Permissions-Policy', PERMISSIONS_POLICY],
	['Cross-Origin-Opener-Policy', 'same-origin'],
];

/**
 * The editor at /admin/ carries its own, wider policy in its page (src/lib/site/csp.ts); the header
 * only forbids framing it. Logging in with the forge opens a window of the forge that reports
 * back to the editor, so the opener stays reachable from windows the editor opens itself.
 */
export const ADMIN_HEADERS: HeaderList = SECURITY_HEADERS.map(([name, value]) => {
	if (name === 'Content-Security-Policy') return [name, ADMIN_CSP_HEADER] as const;
	if (name === 'Cross-Origin-Opener-Policy') return [name, 'same-origin-allow-popups'] as const;
	return [name, value] as const;
});

export { ADMIN_PATH };

/** The security headers for an address (a path such as /wijken/noord/, without query). */
export function securityHeaders(path: string): HeaderList {
	return path.startsWith(ADMIN_PATH) ? ADMIN_HEADERS : SECURITY_HEADERS;
}

/** Whether the file at this address has a content hash in its name (see FINGERPRINTED_FOLDERS). */
export function isFingerprinted(path: string): boolean {
	return FINGERPRINTED_FOLDERS.some((folder) => path.startsWith(folder) && path.length > folder.length);
}

/**
 * Cache-Control for a file that exists: a year for fingerprinted files; everything else (pages,
 * feeds, calendars, CSV and JSON, sitemaps, /stijl/, photos, Pagefind's fixed names) is checked each time.
 * A missing file (404) is always CACHE_REVALIDATE.
 */
export function cacheControl(path: string): string {
	return isFingerprinted(path) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** All headers this project adds to a successful response for an address. */
export function responseHeaders(path: string): HeaderList {
	return [...securityHeaders(path), ['Cache-Control', cacheControl(path)]];
}

/**
 * The content type of every kind of file a built portal has, by extension (the web server's
 * own list may lack some, e.g. .ics, .avif or .webmanifest). Pagefind's index files are
 * compressed by Pagefind itself and unpacked by its script: sent as plain bytes.
 */
export const MIME_TYPES: Readonly<Record<string, string>> = {
	html: 'text/html',
	css: 'text/css',
	js: 'text/javascript',
	mjs: 'text/javascript',
	json: 'application/json',
	xml: 'application/xml',
	txt: 'text/plain',
	ics: 'text/calendar',
	csv: 'text/csv',
	yml: 'text/yaml',
	webmanifest: 'application/manifest+json',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	avif: 'image/avif',
	gif: 'image/gif',
	ico: 'image/x-icon',
	woff2: 'font/woff2',
	pdf: 'application/pdf',
	wasm: 'application/wasm',
	pmtiles: 'application/vnd.pmtiles',
	pagefind: 'application/octet-stream',
	pf_meta: 'application/octet-stream',
	pf_index: 'application/octet-stream',
	pf_fragment: 'application/octet-stream',
	pf_filter: 'application/octet-stream',
};

/** Text types whose files are UTF-8: the server names the charset. */
export const UTF8_TYPES = [
	'text/html',
	'text/css',
	'text/javascript',
	'text/plain',
	'text/calendar',
	'text/csv',
	'text/yaml',
	'application/json',
	'application/xml',
	'application/manifest+json',
	'image/svg+xml',
] as const;
