/**
 * An HTTP server for a built portal, as a host would serve it: static files, the portal's own
 * 404 page for unknown addresses, and a strict Content-Security-Policy header. Used by
 * `npm run preview` (scripts/serve.ts) and by the build to print the verhalenboeken.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';

import sirv from 'sirv';

import { ADMIN_CSP_HEADER, ADMIN_PATH, CSP_HEADER } from '#lib/site/csp.ts';

export function siteServer(dir: string): Server {
	// Precompressed .br/.gz files beside a file (written by the build) are sent to browsers that accept them.
	const files = sirv(dir, { dev: true, etag: true, brotli: true, gzip: true });
	const notFound = join(dir, '404.html');
	return createServer((req, res) => {
		// The editor at /admin/ carries its own, wider policy in its page (src/lib/site/csp.ts).
		const admin = (req.url ?? '').startsWith(ADMIN_PATH);
		res.setHeader('Content-Security-Policy', admin ? ADMIN_CSP_HEADER : CSP_HEADER);
		res.setHeader('X-Content-Type-Options', 'nosniff');
		res.setHeader('Referrer-Policy', 'same-origin');
		if (/\.ics(?:\?|$)/.test(req.url ?? '')) {
			// sirv sends text/calendar without a charset; calendar files are UTF-8.
			const writeHead = res.writeHead.bind(res) as (code: number, headers?: OutgoingHttpHeaders) => ServerResponse;
			res.writeHead = ((code: number, headers?: OutgoingHttpHeaders) =>
				writeHead(code, { ...headers, 'Content-Type': 'text/calendar; charset=utf-8' })) as typeof res.writeHead;
		}
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(existsSync(notFound) ? readFileSync(notFound) : '');
		});
	});
}
