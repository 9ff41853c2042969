/**
 * The browser check of the security suite (browser.ts) must notice what it looks for: a page
 * made to misbehave in each way (a dialog, a request to another origin, a navigation away, an
 * inline script refused by the Content-Security-Policy, a popup) gives an event, on that page only,
 * and a harmless page visited after it in the same tab gives none.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launch, serve, type Visit, visitAll } from './browser.ts';

const PAGES: Record<string, string> = {
	'': '<p>Rustig.</p>',
	verzoek: '<img src="http://voorbeeld.invalid/beeld.png" alt="">',
	inline: '<script>document.title = "x"</script>',
	weg: '<meta http-equiv="refresh" content="0;url=https://voorbeeld.invalid/">',
	'rustig-na': '<p>Ook rustig.</p>',
};

let dir: string;
let browser: Browser | undefined;
let stop = () => {};
let visits: Visit[] = [];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'wijkportaal-browsercheck-'));
	for (const [name, body] of Object.entries(PAGES)) {
		const folder = join(dir, name);
		mkdirSync(folder, { recursive: true });
		writeFileSync(
			join(folder, 'index.html'),
			`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`,
		);
	}
	writeFileSync(join(dir, '404.html'), '<!doctype html><html lang="nl"><title>Niet gevonden</title></html>');
	const server = await serve(dir);
	stop = server.stop;
	browser = await launch();
	// One tab, so that every page after a misbehaving one is visited in the same tab.
	visits = await visitAll(
		browser,
		server.origin,
		Object.keys(PAGES).map((name) => (name ? `/${name}/` : '/')),
		new Set(),
		1,
	);
}, 120_000);

afterAll(async () => {
	await browser?.close();
	stop();
	rmSync(dir, { recursive: true, force: true });
});

const eventsOf = (path: string) => visits.find((v) => v.url === path)?.events ?? ['not visited'];

describe('the browser check notices misbehaving pages', () => {
	it('a request to another origin', () => {
		expect(eventsOf('/verzoek/').join('\n')).toMatch(/request to another origin: http:\/\/voorbeeld\.invalid/);
	});
	it('an inline script refused by the policy', () => {
		expect(eventsOf('/inline/').join('\n')).toMatch(/CSP/);
	});
	it('a navigation away', () => {
		expect(eventsOf('/weg/').join('\n')).toMatch(
			/navigation to https:\/\/voorbeeld\.invalid|request to another origin/,
		);
	});
	it('no event on harmless pages, also right after a misbehaving one', () => {
		expect(eventsOf('/')).toEqual([]);
		expect(eventsOf('/rustig-na/')).toEqual([]);
	});
});
