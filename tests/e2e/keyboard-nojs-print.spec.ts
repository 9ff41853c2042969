/** Keyboard-only use, pages without JavaScript, and printing. */
import { expect, test } from '@playwright/test';

test('keyboard: the first Tab reaches a visible skip link that moves focus to the content', async ({ page }) => {
	await page.goto('/wijken/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
	await expect(skip).toBeFocused();
	const box = await skip.boundingBox();
	expect(box && box.y >= 0 && box.height > 0).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#inhoud$/);
	await expect(page.locator('main#inhoud')).toBeFocused();
	// The next Tab goes into the content, not back to the menu.
	await page.keyboard.press('Tab');
	const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
	expect(inMain).toBe(true);
});

test('keyboard: the menu is reachable, focus is visible and Enter follows a link', async ({ page }) => {
	await page.goto('/');
	let found = false;
	for (let i = 0; i < 15 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Activiteiten');
	}
	expect(found).toBe(true);
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/activiteiten\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activiteiten en vergaderingen');
});

test('keyboard: every link on a wijk page can get focus in document order', async ({ page }) => {
	await page.goto('/wijken/havenkwartier/');
	// Links (also those in the map's SVG, whose tag name is lower case) and buttons such as the map's.
	const stops = await page.locator('a[href], button:not([hidden])').count();
	const reached = new Set<string>();
	for (let i = 0; i < stops + 2; i++) {
		await page.keyboard.press('Tab');
		const key = await page.evaluate(() => {
			const el = document.activeElement;
			return el?.tagName.toUpperCase() === 'A' ? `${el.getAttribute('href')}|${el.textContent?.trim()}` : '';
		});
		if (key) reached.add(key);
	}
	const all = await page
		.locator('a[href]')
		.evaluateAll((as) => as.map((a) => `${a.getAttribute('href')}|${a.textContent?.trim()}`));
	expect([...reached].sort()).toEqual([...new Set(all)].sort());
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('pages show all their content and links work', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Wijken en dorpen' })).toBeVisible();
		await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wijken' }).click();
		await expect(page).toHaveURL(/\/wijken\/$/);
		await page.getByRole('link', { name: 'Havenkwartier', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Waarvoor bij wie' })).toBeVisible();
		await page.getByRole('link', { name: /De hele wijkagenda/ }).click();
		await expect(page.getByRole('heading', { name: 'Archief' })).toBeVisible();
	});
});

test('print: menu and skip link are hidden, content and contact details stay', async ({ page }) => {
	await page.goto('/wijken/havenkwartier/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Waarvoor bij wie' })).toBeVisible();
	await expect(page.getByRole('contentinfo')).toBeVisible();
	const band = await page.locator('.wijk-band').evaluate((el) => getComputedStyle(el).color);
	expect(band).toBe('rgb(0, 0, 0)');
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
