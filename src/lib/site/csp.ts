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
