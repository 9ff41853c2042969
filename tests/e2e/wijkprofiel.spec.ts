/**
 * The wijkprofiel on a phone and a desktop: the profile of a wijk, a thema page, a buurt
 * page and a buurt's figures page at 320, 390 and 1280 px. No word is broken inside a line
 * (every word of every table, card and fact keeps its letters on one line), nothing
 * scrolls sideways, the first "Meer over …" link comes within 8 phone screens (the page
 * heights are reported as annotations), zero axe violations, and no client JavaScript
 * besides the search field's island runtime that every page has.
 *
 * A phone screen is the viewport height used here: 844 px at 390 (iPhone 12-15), 568 px at
 * 320 (iPhone SE, first generation), 800 px at 1280.
 */
import { expect, type Page, test } from '@playwright/test';

import { expectNoAxeViolations } from './support.ts';

const VIEWPORTS = [
	{ width: 320, height: 568 },
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
];
const SCREENS = 8;

const PAGES = [
	{ path: '/wijken/ellerhoek/cijfers/', more: /^Meer over /, label: 'wijk profile' },
	{ path: '/wijken/ellerhoek/cijfers/veiligheid/', label: 'thema page' },
	{ path: '/wijken/ellerhoek/buurten/lindebuurt/', more: /^Alle cijfers van .*, per thema$/, label: 'buurt page' },
	{ path: '/wijken/ellerhoek/buurten/lindebuurt/cijfers/', label: 'buurt figures page' },
];

/** Words (of the figures' tables, cards and facts) whose letters are spread over two lines. */
function brokenWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const broken: string[] = [];
		const scopes = document.querySelectorAll(
			'main :is(table, .kern__cijfer, .thema-kaart, .indicator__facts, .inhoud, .begrippen)',
		);
		for (const scope of scopes) {
			// Closed <details>: their tables are not rendered; open them to check them too.
			for (const d of scope.closest('details') ? [] : scope.querySelectorAll('details')) d.open = true;
			const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const match of text.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const rects = [...range.getClientRects()].filter((r) => r.width > 0);
					const tops = new Set(rects.map((r) => Math.round(r.top)));
					if (tops.size > 1) broken.push(match[0]);
				}
			}
		}
		return broken;
	});
}

for (const viewport of VIEWPORTS) {
	for (const p of PAGES) {
		test(`${p.label} at ${viewport.width} px: whole words, within ${SCREENS} screens, accessible, no scripts`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto(p.path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			test.info().annotations.push({
				type: 'page height',
				description: `${p.path} at ${viewport.width} px: ${height} px (${(height / viewport.height).toFixed(1)} screens of ${viewport.height} px)`,
			});
			if (p.more) {
				const more = page.locator('main a').filter({ hasText: p.more }).first();
				await expect(more).toBeVisible();
				const y = await more.evaluate((a) => a.getBoundingClientRect().top + window.scrollY);
				test.info().annotations.push({
					type: 'first more link',
					description: `${p.path} at ${viewport.width} px: at ${Math.round(y)} px`,
				});
				expect(y, 'the first "more" link comes within 8 screens').toBeLessThan(SCREENS * viewport.height);
			}
			// Nothing scrolls sideways.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
			expect(await brokenWords(page), 'words broken inside').toEqual([]);
			// Only the search field's island runtime, as on every page.
			expect(await page.locator('script').count()).toBe(1);
			await expectNoAxeViolations(page);
		});
	}
}

test('the wijk profile: headline figures, a card per thema with its index in words, links to each thema', async ({
	page,
}) => {
	await page.goto('/wijken/ellerhoek/cijfers/');
	const kern = page.locator('.kern__cijfer');
	expect(await kern.count()).toBeGreaterThanOrEqual(4);
	expect(await kern.count()).toBeLessThanOrEqual(6);
	await expect(kern.first()).toContainText('Inwoners');
	const cards = page.locator('.thema-kaart');
	expect(await cards.count()).toBe(6);
	for (const card of await cards.all()) {
		await expect(card.locator('.thema-kaart__index')).toContainText(
			/Thema-index.*(gemiddelde|te weinig gegevens|geen index)/,
		);
		const link = card.getByRole('link', { name: /^Meer over / });
		const href = await link.getAttribute('href');
		expect(href).toMatch(/^\/wijken\/ellerhoek\/cijfers\/[a-z-]+\/$/);
	}
	// The words are explained on the page, and percentages are compared in procentpunt.
	await expect(page.locator('#begrippen')).toBeVisible();
	await expect(page.locator('main')).toContainText('procentpunt');
	await expect(page.locator('main')).not.toContainText('Bij dit cijfer is');
	await expect(page.locator('main')).not.toContainText(/objectief|subjectief/i);
});

test('a thema page holds every figure of the thema, with a contents list that links to each', async ({ page }) => {
	await page.goto('/wijken/ellerhoek/cijfers/veiligheid/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veiligheid in Ellerhoek');
	const articles = page.locator('article.indicator');
	expect(await articles.count()).toBeGreaterThan(0);
	for (const id of await articles.locator('h2').evaluateAll((hs) => hs.map((h) => h.id))) {
		await expect(page.locator(`nav.inhoud a[href="#${id}"]`)).toHaveCount(1);
	}
	await expect(page.getByRole('link', { name: /Alle thema's van Ellerhoek/ })).toHaveAttribute(
		'href',
		'/wijken/ellerhoek/cijfers/',
	);
});

test('a buurt page: compact profile, waarvoor bij wie and activities', async ({ page }) => {
	await page.goto('/wijken/ellerhoek/buurten/lindebuurt/');
	await expect(page.locator('.thema-kaart').first()).toBeVisible();
	await expect(page.locator('article.indicator')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Waarvoor bij wie' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Activiteiten in / })).toBeVisible();
	await page.getByRole('link', { name: 'Alle cijfers van Lindebuurt, per thema' }).click();
	await expect(page).toHaveURL(/\/wijken\/ellerhoek\/buurten\/lindebuurt\/cijfers\/$/);
	expect(await page.locator('article.indicator').count()).toBeGreaterThan(10);
});
