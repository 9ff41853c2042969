/**
 * The portal's Content-Security-Policy: everything from its own origin, no inline scripts
 * or styles. Pages carry it as a <meta>; a host sends it as a header, where
 * `frame-ancestors` (not allowed in a <meta>) is added. `'wasm-unsafe-eval'` lets the search
 * (Pagefind, from the site's own /pagefind/ folder) compile its WebAssembly; it allows no
 * `eval()` of JavaScript and no inline script.
 */
const DIRECTIVES = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

export const CSP_META = DIRECTIVES.join('; ');
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The folder of the editor (Decap CMS, src/integrations/cms.ts): the one place with its own policy. */
export const ADMIN_PATH = '/admin/';

/**
 * The policy of the editor at /admin/ only. Decap CMS compiles its configuration check with
 * `new Function` ('unsafe-eval') and sets its styles from script ('unsafe-inline' styles);
 * scripts still come only from the site itself. It talks to the forge's API (`forgeOrigins`)
 * and, on a computer of an editor, to the local editing server (`npm run redactie`).
 */
export function adminCsp(forgeOrigins: readonly string[], localBackend: string): string {
	const connect = ["'self'", ...forgeOrigins, new URL(localBackend).origin].join(' ');
	return [
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		`img-src 'self' data: blob: ${forgeOrigins.join(' ')}`.trim(),
		"font-src 'self'",
		`connect-src ${connect}`,
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** The header a host sends with /admin/: its meta policy holds the rest; no page may frame it. */
export const ADMIN_CSP_HEADER = "frame-ancestors 'none'";
