/**
 * `npm run preview`: serves the built portal on localhost, as a host would: static files,
 * the portal's own 404 page for unknown addresses, and a strict Content-Security-Policy header.
 * Also used by the browser tests. Usage: node scripts/serve.ts [dist] [port]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';

import sirv from 'sirv';

import { CSP_HEADER } from '#lib/site/csp.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const files = sirv(dir, { dev: true, etag: true });

createServer((req, res) => {
	res.setHeader('Content-Security-Policy', CSP_HEADER);
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'same-origin');
	files(req, res, () => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.end(readFileSync(join(dir, '404.html')));
	});
}).listen(port, '127.0.0.1', () => console.log(`Serving ${dir} on http://127.0.0.1:${port}/`));
