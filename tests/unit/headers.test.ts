/**
 * The response headers (src/lib/site/headers.ts) and the two configurations made from them
 * (scripts/deploy/config-text.ts): the committed public/_headers and deploy/nginx/wijkportaal.conf
 * are exactly what `npm run deploy:config` writes, so they never drift from the one source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ADMIN_CSP_HEADER, CSP_HEADER } from '#lib/site/csp.ts';
import {
	CACHE_IMMUTABLE,
	CACHE_REVALIDATE,
	cacheControl,
	MIME_TYPES,
	PERMISSIONS_POLICY,
	responseHeaders,
	SECURITY_HEADERS,
} from '#lib/site/headers.ts';
import { HEADERS_FILE, headersFileText, NGINX_FILE, nginxConfigText } from '#scripts/deploy/config-text.ts';
import { REPO } from '#tests/support/fixtures.ts';

const header = (path: string, name: string) => responseHeaders(path).find(([n]) => n === name)?.[1];

describe('response headers', () => {
	it('give every page the strict policy and the security headers', () => {
		expect(header('/wijken/noord/', 'Content-Security-Policy')).toBe(CSP_HEADER);
		expect(header('/', 'Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
		expect(header('/', 'X-Content-Type-Options')).toBe('nosniff');
		expect(header('/', 'Referrer-Policy')).toBe('same-origin');
		expect(header('/', 'Cross-Origin-Opener-Policy')).toBe('same-origin');
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
			expect(PERMISSIONS_POLICY.split(', ')).toContain(`${feature}=()`);
	});

	it('give the editor its own policy and let its login window report back', () => {
		expect(header('/admin/', 'Content-Security-Policy')).toBe(ADMIN_CSP_HEADER);
		expect(header('/admin/config.yml', 'Cross-Origin-Opener-Policy')).toBe('same-origin-allow-popups');
		expect(header('/administratie/', 'Content-Security-Policy')).toBe(CSP_HEADER);
	});

	it('keep fingerprinted files a year and check everything else each time', () => {
		expect(cacheControl('/assets/Page.DpWRAWYr.css')).toBe(CACHE_IMMUTABLE);
		expect(cacheControl('/pagefind/fragment/nl_108916b.pf_fragment')).toBe(CACHE_IMMUTABLE);
		expect(cacheControl('/pagefind/index/nl_80b8df1.pf_index')).toBe(CACHE_IMMUTABLE);
		for (const path of [
			'/',
			'/wijken/noord/',
			'/rss.xml',
			'/activiteiten.ics',
			'/wijken/noord/cijfers.csv',
			'/sitemap-index.xml',
			'/stijl/wijkkleuren.css',
			'/pagefind/pagefind.js',
			'/pagefind/pagefind-entry.json',
			'/pagefind/wasm.nl.pagefind',
			'/assets/',
		])
			expect(cacheControl(path), path).toBe(CACHE_REVALIDATE);
	});

	it('deny geolocation only while no island asks for the location', () => {
		// If the map gets a "my location" button, allow `geolocation=(self)` in PERMISSIONS_POLICY.
		const islandFiles = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory() ? islandFiles(join(dir, entry.name)) : [join(dir, entry.name)],
			);
		const asking = islandFiles(join(REPO, 'src', 'islands')).filter((file) =>
			readFileSync(file, 'utf8').includes('geolocation'),
		);
		expect(asking).toEqual([]);
	});
});

describe('the committed configurations', () => {
	it(`${HEADERS_FILE} is what npm run deploy:config writes`, () => {
		expect(readFileSync(join(REPO, HEADERS_FILE), 'utf8')).toBe(headersFileText());
	});

	it(`${NGINX_FILE} is what npm run deploy:config writes`, () => {
		expect(readFileSync(join(REPO, NGINX_FILE), 'utf8')).toBe(nginxConfigText());
	});

	it('nginx names every security header in every location, always, and never keeps a 404 for a year', () => {
		const locations = nginxConfigText()
			.split(/^location /m)
			.slice(1);
		expect(locations.length).toBeGreaterThanOrEqual(4);
		for (const location of locations.filter((l) => l.includes('add_header'))) {
			for (const [name] of SECURITY_HEADERS) expect(location).toMatch(new RegExp(`add_header ${name} ".+" always;`));
			expect(location).toMatch(
				new RegExp(`add_header Cache-Control "(?:${CACHE_REVALIDATE}" always|${CACHE_IMMUTABLE}");`),
			);
		}
		expect(nginxConfigText()).toMatch(/^error_page 404 \/404\.html;$/m);
		expect(nginxConfigText()).toMatch(/^gzip_static on;$/m);
		expect(nginxConfigText()).toMatch(/^brotli_static on;$/m);
	});

	it('nginx knows the type of every kind of file in the site', () => {
		const types = nginxConfigText().match(/^types \{\n([^}]*)\}/m)?.[1] ?? '';
		for (const [extension, type] of Object.entries(MIME_TYPES))
			expect(types).toMatch(new RegExp(`^ {4}${type.replace('+', '\\+')} (?:\\S+ )*${extension}[ ;]`, 'm'));
		expect(MIME_TYPES.ics).toBe('text/calendar');
		expect(MIME_TYPES.webmanifest).toBe('application/manifest+json');
	});
});
