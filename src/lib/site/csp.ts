/**
 * The portal's Content-Security-Policy: everything from its own origin, no inline scripts
 * or styles. Pages carry it as a <meta>; a host sends it as a header, where
 * `frame-ancestors` (not allowed in a <meta>) is added.
 */
const DIRECTIVES = [
	"default-src 'self'",
	"script-src 'self'",
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
