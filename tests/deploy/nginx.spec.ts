/**
 * The built demo served by a real nginx with the shipped deploy/nginx/wijkportaal.conf: the
 * headers of src/lib/site/headers.ts on one page of every kind, no Content-Security-Policy
 * violation in the browser (also with the map opened and a search done), the portal's own 404
 * page, the precompressed .br/.gz files and the caching of each kind of file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { CACHE_IMMUTABLE, CACHE_REVALIDATE, securityHeaders } from '#lib/site/headers.ts';
import { REPO } from '#tests/support/fixtures.ts';
import { samplePages } from '#tests/support/page-kind.ts';

const DIST = join(REPO, 'dist');
const samples = samplePages(DIST);

interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** A plain GET with exactly this Accept-Encoding (the browser's own request would choose for us). */
function fetchRaw(baseURL: string, path: string, acceptEncoding: string): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
		get(new URL(path, baseURL), { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		}).on('error', reject);
	});
}

function expectSecurityHeaders(answer: Answer, path: string): void {
	for (const [name, value] of securityHeaders(path))
		expect(answer.headers[name.toLowerCase()], `${name} of ${path}`).toBe(value);
}

const firstFile = (folder: string, suffix: string) =>
	readdirSync(join(DIST, folder)).find((name) => name.endsWith(suffix))!;

test('every kind of page has the security headers, UTF-8 HTML and no caching', async ({ baseURL }) => {
	expect(samples.length).toBeGreaterThan(20);
	for (const { path } of samples) {
		const answer = await fetchRaw(baseURL!, path, 'br');
		expect(answer.status, path).toBe(200);
		expectSecurityHeaders(answer, path);
		expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
		expect(answer.headers['cache-control'], path).toBe(CACHE_REVALIDATE);
	}
});

/** Records CSP violations (the page's own event) and the browser's console lines about policies. */
async function watchPolicies(page: Page): Promise<() => Promise<string[]>> {
	const consoleLines: string[] = [];
	page.on('console', (message) => {
		if (/content.security.policy|permissions.policy|refused to/i.test(message.text()))
			consoleLines.push(`${message.type()}: ${message.text()}`);
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
		);
	});
	return async () => [
		...consoleLines.splice(0),
		...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
	];
}

test('no page breaks its Content-Security-Policy', async ({ page }) => {
	test.setTimeout(90_000);
	const violations = await watchPolicies(page);
	// The watch itself: an image from elsewhere is blocked and reported.
	await page.goto('/');
	await page.evaluate(() => {
		const img = document.createElement('img');
		img.src = 'https://elders.invalid/beeld.png';
		document.body.append(img);
	});
	await expect.poll(async () => (await violations()).join('\n')).toContain('img-src blocked https://elders.invalid');
	for (const { path } of samples) {
		await page.goto(path, { waitUntil: 'load' });
		expect(await violations(), path).toEqual([]);
	}
});

test('the interactive map and the search work within the policy', async ({ page }) => {
	const violations = await watchPolicies(page);
	await page.goto('/kaart/');
	const map = page.locator('wijk-kaart');
	const open = map.getByRole('button', { name: 'Open de interactieve kaart' });
	await expect(open).toBeVisible();
	// A click event without scrolling first: in view, the map may start loading on its own.
	await open.dispatchEvent('click');
	await expect(map).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
	await expect(map.locator('canvas')).toBeVisible();
	expect(await violations(), '/kaart/').toEqual([]);

	await page.goto('/zoeken/');
	const field = page.getByRole('search', { name: 'Zoeken op deze site' }).getByRole('searchbox');
	await field.fill('speeltuin');
	await field.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: /\d+ resulta(at|ten) voor/ })).toBeVisible();
	await expect(page.locator('.zoek-resultaat').first()).toBeVisible();
	expect(await violations(), '/zoeken/').toEqual([]);
});

test('an unknown address gets status 404 and the portal’s own 404 page', async ({ page, baseURL }) => {
	const response = await page.goto('/bestaat-niet/');
	expect(response?.status()).toBe(404);
	await expect(page).toHaveTitle(/./);
	const answer = await fetchRaw(baseURL!, '/wijken/bestaat-niet/', '');
	expect(answer.status).toBe(404);
	expect(answer.body.equals(readFileSync(join(DIST, '404.html')))).toBe(true);
	expectSecurityHeaders(answer, '/wijken/bestaat-niet/');
	expect(answer.headers['cache-control']).toBe(CACHE_REVALIDATE);
	// A missing file in a fingerprinted folder is not kept for a year.
	const asset = await fetchRaw(baseURL!, '/assets/bestaat-niet.js', 'br');
	expect(asset.status).toBe(404);
	expect(asset.headers['cache-control']).toBe(CACHE_REVALIDATE);
});

test('HTML, CSS and JavaScript come as brotli or gzip, as the browser accepts, with the same bytes', async ({
	baseURL,
}) => {
	const files: [path: string, file: string][] = [
		['/wijken/centrum/', 'wijken/centrum/index.html'],
		[`/assets/${firstFile('assets', '.css')}`, `assets/${firstFile('assets', '.css')}`],
		['/pagefind/pagefind.js', 'pagefind/pagefind.js'],
	];
	for (const [path, file] of files) {
		const plain = readFileSync(join(DIST, file));
		expect(plain.length, path).toBeGreaterThan(1024);
		const br = await fetchRaw(baseURL!, path, 'gzip, deflate, br');
		expect(br.headers['content-encoding'], path).toBe('br');
		expect(br.headers.vary, path).toMatch(/Accept-Encoding/i);
		expect(br.body.equals(readFileSync(join(DIST, `${file}.br`))), path).toBe(true);
		const gzip = await fetchRaw(baseURL!, path, 'gzip');
		expect(gzip.headers['content-encoding'], path).toBe('gzip');
		expect(gzip.body.equals(readFileSync(join(DIST, `${file}.gz`))), path).toBe(true);
		const none = await fetchRaw(baseURL!, path, '');
		expect(none.headers['content-encoding'], path).toBeUndefined();
		expect(none.body.equals(plain), path).toBe(true);
	}
});

test('each kind of file has its type and caching', async ({ baseURL }) => {
	const fragment = firstFile('pagefind/fragment', '.pf_fragment');
	const cases: [path: string, type: RegExp, cache: string][] = [
		[`/assets/${firstFile('assets', '.css')}`, /^text\/css; charset=utf-8$/, CACHE_IMMUTABLE],
		[`/assets/${firstFile('assets', '.js')}`, /^text\/javascript; charset=utf-8$/, CACHE_IMMUTABLE],
		[`/pagefind/fragment/${fragment}`, /^application\/octet-stream$/, CACHE_IMMUTABLE],
		['/pagefind/pagefind.js', /^text\/javascript; charset=utf-8$/, CACHE_REVALIDATE],
		['/pagefind/pagefind-entry.json', /^application\/json; charset=utf-8$/, CACHE_REVALIDATE],
		['/activiteiten.ics', /^text\/calendar; charset=utf-8$/, CACHE_REVALIDATE],
		['/wijken/centrum/cijfers.csv', /^text\/csv; charset=utf-8$/, CACHE_REVALIDATE],
		['/rss.xml', /^application\/xml; charset=utf-8$/, CACHE_REVALIDATE],
		['/sitemap-index.xml', /^application\/xml; charset=utf-8$/, CACHE_REVALIDATE],
		['/stijl/wijkkleuren.css', /^text\/css; charset=utf-8$/, CACHE_REVALIDATE],
		['/kaart/gebieden.json', /^application\/json; charset=utf-8$/, CACHE_REVALIDATE],
	];
	for (const [path, type, cache] of cases) {
		const answer = await fetchRaw(baseURL!, path, 'br');
		expect(answer.status, path).toBe(200);
		expect(answer.headers['content-type'], path).toMatch(type);
		expect(answer.headers['cache-control'], path).toBe(cache);
		expectSecurityHeaders(answer, path);
	}
	// The rules for other hosts are no page of the site.
	expect((await fetchRaw(baseURL!, '/_headers', '')).status).toBe(404);
});
