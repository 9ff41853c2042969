/**
 * Visits built pages in Chromium, served as a host would serve them (scripts/serve.ts,
 * with its Content-Security-Policy header), and records what content must never cause:
 * a dialog, a navigation away from the page, a request to another origin, a violation
 * of the Content-Security-Policy. Pages with the interactive map also open the map, so
 * that content shown by the map's own code is covered too.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';

import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';

import { LOCAL_BACKEND_URL } from '#lib/cms/decap-config.ts';
import { ADMIN_PATH } from '#lib/site/csp.ts';
import { CHROMIUM_ARGS, chromiumPath } from '#tests/support/chromium.ts';
import { startNode } from '#tests/support/run.ts';

export interface Visit {
	url: string;
	events: string[];
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export async function serve(dist: string): Promise<{ origin: string; stop: () => void }> {
	const port = await freePort();
	const { child } = startNode([join('scripts', 'serve.ts'), dist, String(port)]);
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${origin}/`)).status) break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return { origin, stop: () => child.kill() };
}

const RASTER = /\.(?:avif|webp|jpe?g|png|gif)$/i;

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

async function visit(context: BrowserContext, origin: string, path: string, openMap: boolean): Promise<Visit> {
	const url = new URL(path, origin).href;
	const events: string[] = [];
	const page: Page = await context.newPage();
	page.on('dialog', (dialog) => {
		events.push(`dialog (${dialog.type()}): ${dialog.message().slice(0, 80)}`);
		void dialog.dismiss().catch(() => {});
	});
	page.on('request', (request) => {
		const target = new URL(request.url());
		// The editor at /admin/ asks the local editing server whether it runs (src/lib/cms/decap-config.ts).
		const localEditor = path.startsWith(ADMIN_PATH) && target.origin === new URL(LOCAL_BACKEND_URL).origin;
		if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== origin && !localEditor)
			events.push(`request to another origin: ${request.url().slice(0, 120)}`);
	});
	page.on('framenavigated', (frame) => {
		const to = frame.url().split('#')[0]!;
		if (
			frame === page.mainFrame()
				? to !== url && to !== 'about:blank'
				: new URL(to, origin).origin !== origin && to !== 'about:blank' && !to.startsWith('about:srcdoc')
		) {
			events.push(`navigation to ${to.slice(0, 120)}`);
		}
	});
	page.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy/i.test(message.text()))
			events.push(`CSP (console): ${message.text().slice(0, 160)}`);
	});
	page.on('popup', (popup) => events.push(`popup: ${popup.url().slice(0, 120)}`));
	try {
		await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
		if (openMap && (await page.locator('wijk-kaart').count())) {
			const button = page.locator('wijk-kaart button');
			if (await button.count()) await button.first().click();
			else await page.locator('wijk-kaart').first().scrollIntoViewIfNeeded();
			await page
				.waitForFunction(
					() => ['klaar', 'fout'].includes(document.querySelector('wijk-kaart')?.getAttribute('data-status') ?? ''),
					undefined,
					{ timeout: 20_000 },
				)
				.catch(() => events.push('the interactive map did not finish loading'));
		}
		await page.waitForTimeout(50);
		const violations = await page
			.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
			.catch(() => []);
		events.push(...violations.map((v) => `CSP violation: ${v}`));
	} catch (error) {
		events.push(`could not visit: ${(error as Error).message.split('\n')[0]}`);
	} finally {
		await page.close();
	}
	return { url: path, events: [...new Set(events)] };
}

/**
 * Visits every path (a few at a time) in one fresh context; requests to other origins are
 * recorded and blocked. The interactive map is opened on the pages in `openMapOn` (it reads
 * the same data files on every page, so one or two pages suffice).
 */
export async function visitAll(
	browser: Browser,
	origin: string,
	paths: string[],
	openMapOn: Set<string> = new Set(),
	parallel = 4,
): Promise<Visit[]> {
	const context = await browser.newContext();
	// Raster pictures are checked as files (checks/assets.ts) and cannot run anything: they are not
	// fetched, which keeps the many page visits fast. Requests to other origins are still recorded
	// (the request event comes first) and blocked.
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== origin) return route.abort();
		if (route.request().resourceType() === 'image' && RASTER.test(url.pathname)) return route.abort();
		return route.continue();
	});
	await context.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	const visits: Visit[] = [];
	const queue = [...paths];
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			for (let path = queue.shift(); path !== undefined; path = queue.shift())
				visits.push(await visit(context, origin, path, openMapOn.has(path)));
		}),
	);
	await context.close();
	return visits;
}
