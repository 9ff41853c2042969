/**
 * Every page the build produced: zero axe-core WCAG 2.2 AA violations, no scripts, no
 * request to another origin, no cookie, no CSP violation, one h1, a main landmark, and no
 * sideways scrolling at 320 pixels wide.
 */
import { expect, test } from '@playwright/test';
import { builtPages, expectNoAxeViolations, watch } from './support.ts';

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
		expect(await page.locator('script').count()).toBe(0);
		// The page carries its own strict policy, also on a host that sends no header.
		await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'; style-src 'self'/);
		expect(await page.locator('[style]').count()).toBe(0);
		await expectNoAxeViolations(page);
		expect(seen.foreign).toEqual([]);
		expect(seen.cspViolations).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		// Reflow (WCAG 1.4.10): at 320 CSS pixels wide nothing needs scrolling sideways.
		await page.setViewportSize({ width: 320, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});
}
