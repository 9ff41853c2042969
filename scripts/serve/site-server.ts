/**
 * An HTTP server for a built portal, as a host would serve it: static files, the portal's own
 * 404 page for unknown addresses, and the response headers of src/lib/site/headers.ts (the
 * same as public/_headers and deploy/nginx/wijkportaal.conf). Used by `npm run preview`
 * (scripts/serve.ts), the browser tests and by the build to print the verhalenboeken.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';

import sirv from 'sirv';

import { CACHE_REVALIDATE, cacheControl, securityHeaders } from '#lib/site/headers.ts';

export function siteServer(dir: string): Server {
	// Precompressed .br/.gz files beside a file (written by the build) are sent to browsers that accept them.
	const files = sirv(dir, { dev: true, etag: true, brotli: true, gzip: true });
	const notFound = join(dir, '404.html');
	return createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0] ?? '/';
		for (const [name, value] of securityHeaders(path)) res.setHeader(name, value);
		// sirv passes its own Cache-Control to writeHead; the site's rule replaces it. sirv also sends
		// text/calendar without a charset; calendar files are UTF-8.
		const ics = /\.ics$/.test(path);
		const writeHead = res.writeHead.bind(res) as (code: number, headers?: OutgoingHttpHeaders) => ServerResponse;
		res.writeHead = ((code: number, headers?: OutgoingHttpHeaders) =>
			writeHead(code, {
				...headers,
				// A missing file is never kept for a year (the 404 page is sent through here too).
				'Cache-Control': code < 400 ? cacheControl(path) : CACHE_REVALIDATE,
				...(ics && code < 400 && { 'Content-Type': 'text/calendar; charset=utf-8' }),
			})) as typeof res.writeHead;
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(existsSync(notFound) ? readFileSync(notFound) : '');
		});
	});
}
