/**
 * Every page the build produced: zero axe-core WCAG 2.2 AA violations, scripts only as module
 * files of the site itself (the island runtime of the search field on every page; the map
 * island on pages with the interactive map), no inline scripts or styles, nothing of the search
 * (React, Pagefind, address data) loaded before it is used, no request to another origin, no
 * cookie, no CSP violation, one h1, a main landmark, and no sideways scrolling at 320 pixels wide.
 */
import { expect, test } from '@playwright/test';

import { builtPages, expectNoAxeViolations, LOADED_ON_USE, watch } from './support.ts';

const pages = builtPages();

test('the demo portal was built with all its pages', () => {
	expect(pages.length).toBeGreaterThanOrEqual(90);
});

for (const path of pages) {
	test(`page ${path}`, async ({ page, context, baseURL }) => {
		const seen = watch(page, new URL(baseURL!).origin);
		const response = await page.goto(path, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('main#inhoud')).toHaveCount(1);
		const scripts = await page
			.locator('script')
			.evaluateAll((ss) =>
				ss.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type'), inline: !!s.textContent?.trim() })),
			);
		// Islands: external module files from the site itself, nothing inline. The search field is on
		// every page, so every page has its one small runtime; the map island adds its loader.
		expect(scripts.length).toBe((await page.locator('wijk-kaart').count()) ? 2 : 1);
		for (const s of scripts)
			expect(s).toEqual({ src: expect.stringMatching(/^\/assets\/[\w.-]+\.js$/), type: 'module', inline: false });
		await expect(page.locator('astro-island')).not.toHaveCount(0);
		// The page carries its own strict policy, also on a host that sends no header.
		await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
			'content',
			/script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/,
		);
		// No style attributes in the published HTML (a script may set styles later, through the CSSOM).
		expect(await response!.text()).not.toMatch(/<[^>]+\sstyle=/);
		await expectNoAxeViolations(page);
		expect(seen.requests.filter((path) => LOADED_ON_USE.test(path))).toEqual([]);
		expect(seen.foreign).toEqual([]);
		expect(seen.cspViolations).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		// Reflow (WCAG 1.4.10): at 320 CSS pixels wide nothing needs scrolling sideways.
		await page.setViewportSize({ width: 320, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});
}
