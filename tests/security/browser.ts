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

export function launch(): Promise<Browser> {
	// No name resolves except the loopback addresses: a request to another origin is still seen
	// (the request event) but cannot leave the machine, without routing every request through
	// Playwright, which made each page visit several times slower.
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
	});
}

interface Tab {
	page: Page;
	/** The visit under way: events go to it. */
	current?: { url: string; path: string; events: string[] };
}

async function openTab(context: BrowserContext, origin: string): Promise<Tab> {
	const page = await context.newPage();
	const tab: Tab = { page };
	const record = (event: string) => tab.current?.events.push(event);
	page.on('dialog', (dialog) => {
		record(`dialog (${dialog.type()}): ${dialog.message().slice(0, 80)}`);
		void dialog.dismiss().catch(() => {});
	});
	page.on('request', (request) => {
		const target = new URL(request.url());
		// The editor at /admin/ asks the local editing server whether it runs (src/lib/cms/decap-config.ts).
		const localEditor =
			!!tab.current?.path.startsWith(ADMIN_PATH) && target.origin === new URL(LOCAL_BACKEND_URL).origin;
		if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== origin && !localEditor)
			record(`request to another origin: ${request.url().slice(0, 120)}`);
	});
	page.on('framenavigated', (frame) => {
		const to = frame.url().split('#')[0]!;
		if (
			frame === page.mainFrame()
				? to !== tab.current?.url && to !== 'about:blank'
				: new URL(to, origin).origin !== origin && to !== 'about:blank' && !to.startsWith('about:srcdoc')
		) {
			record(`navigation to ${to.slice(0, 120)}`);
		}
	});
	page.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy/i.test(message.text())) record(`CSP (console): ${message.text().slice(0, 160)}`);
	});
	page.on('popup', (popup) => record(`popup: ${popup.url().slice(0, 120)}`));
	return tab;
}

async function visit(tab: Tab, origin: string, path: string, openMap: boolean): Promise<Visit> {
	const url = new URL(path, origin).href;
	const events: string[] = [];
	tab.current = { url, path, events };
	const { page } = tab;
	try {
		await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
		if (openMap && (await page.locator('wijk-kaart').count())) {
			// The button "Open de interactieve kaart" (a click event: on a wide screen it may be hidden while the map
			// loads by itself once in view); a map without one loads when it is in view.
			const button = page.locator('wijk-kaart button.kaart-interactief__knop');
			if (await button.count()) await button.first().dispatchEvent('click');
			await page.locator('wijk-kaart').first().scrollIntoViewIfNeeded();
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
		tab.current = undefined;
	}
	return { url: path, events: [...new Set(events)] };
}

/**
 * Visits every path (a few at a time, one reused tab each) in one fresh context; requests to
 * other origins are recorded and cannot leave the machine (see launch). The interactive map is opened on the pages in `openMapOn` (it reads
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
	await context.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	const visits: Visit[] = [];
	const queue = [...paths];
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			let tab = await openTab(context, origin);
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				visits.push(await visit(tab, origin, path, openMapOn.has(path)));
				// A page that opened a dialog or a popup, or hangs, is not reused.
				if (visits.at(-1)!.events.length) {
					await tab.page.close().catch(() => {});
					tab = await openTab(context, origin);
				}
			}
			await tab.page.close().catch(() => {});
		}),
	);
	await context.close();
	return visits;
}
