/**
 * The history of agenda items in the built demo: every item page has a "Geschiedenis" with
 * dated lines (from Git, or the file's dates with one sentence why), readable without
 * JavaScript, in print and at 320 px; the wijk's agenda page links its changes feed, which
 * lists events that point at lines on the item pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { REPO } from '#tests/support/fixtures.ts';

import { DIST, expectNoAxeViolations } from './support.ts';

const WIJKEN = join(REPO, 'content', 'wijken');
const items = readdirSync(WIJKEN).flatMap((wijk) => {
	const dir = join(WIJKEN, wijk, 'agenda');
	return existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(f)) // not the translations (x.en.md)
				.map((f) => ({ wijk, slug: f.slice(0, -3) }))
		: [];
});
const first = items[0]!;
const itemPath = (i: { wijk: string; slug: string }) => `/wijken/${i.wijk}/agenda/${i.slug}/`;

/** Each line of the history: one day in Dutch words, with its date in `datetime`. */
async function expectHistory(page: Page) {
	const section = page.locator('section.agenda-history');
	await expect(section.getByRole('heading', { level: 2, name: 'Geschiedenis' })).toBeVisible();
	const lines = section.locator('ol > li');
	expect(await lines.count()).toBeGreaterThan(0);
	for (const time of await section.locator('time').all()) {
		expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await expect(time).toHaveText(/^\d{1,2} [a-z]+ \d{4}$/);
	}
	await expect(section.locator('p').first()).toHaveText(/\S/);
}

test('every agenda item page shows its history, with dated lines', async ({ page }) => {
	expect(items.length).toBeGreaterThan(0);
	for (const item of items) {
		await page.goto(itemPath(item));
		await expectHistory(page);
	}
});

test('the history passes axe, and fits a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto(itemPath(first));
	await expectNoAxeViolations(page);
	const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
	expect(sideways).toBe(false);
});

test('print keeps the history', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(itemPath(first));
	await expect(page.locator('section.agenda-history ol > li').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the history is there', async ({ page }) => {
		await page.goto(itemPath(first));
		await expectHistory(page);
	});
});

test('keyboard: the wijk agenda page reaches the feed link, which names the changes feed', async ({ page }) => {
	const feed = `/wijken/${first.wijk}/agenda.xml`; // the demo has a webadres, so feeds
	await page.goto(`/wijken/${first.wijk}/agenda/`);
	await expect(page.locator(`head link[rel="alternate"][href="${feed}"]`)).toHaveCount(1);
	const link = page.getByRole('link', { name: 'Wijzigingen in de wijkagenda volgen met RSS' });
	await link.focus();
	await expect(link).toBeFocused();
	expect(await link.getAttribute('href')).toBe(feed);

	const xml = readFileSync(join(DIST, ...feed.split('/')), 'utf8');
	const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!).slice(1);
	expect(links.length).toBeGreaterThan(0);
	const url = new URL(links[0]!);
	await page.goto(url.pathname);
	await expect(page.locator(`section.agenda-history li${url.hash}`)).toHaveCount(1);
});
