/**
 * Keyboard, no JavaScript and print on one page of every page type of initiatives, the
 * wijkbudget, the verhalenboek and successes: every link can get focus in document order,
 * the page reads the same without JavaScript, and a printout has no menu but all content
 * (the verhalenboek, printed without the site's footer, is checked in verhalen.spec.ts).
 */
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { loadContent } from '#lib/content/load.ts';
import { urls } from '#lib/site/urls.ts';
import { REPO } from '#tests/support/fixtures.ts';

const { content } = loadContent(join(REPO, 'content'));
const initiatief = content.initiatieven.find((i) => i.data.stap === 'uitgevoerd' && i.data.fotos.length > 0)!;
const wijk = initiatief.data.wijk;
const verhaal = content.verhalen.find((v) => v.data.wijk === wijk && !v.data.toestemming.tot) ?? content.verhalen[0]!;

const PAGES = [
	urls.initiatieven(),
	urls.initiatief(initiatief.file.file.id),
	urls.initiatievenStap('uitgevoerd'),
	urls.initiatievenBijdrage(initiatief.data.bijdrage[0]!),
	urls.wijkInitiatieven(wijk),
	urls.wijkBudget(wijk),
	urls.wijkbudget(),
	urls.verhalen(),
	urls.verhaal(verhaal.file.file.id),
	urls.verhalenboek(verhaal.data.wijk),
	urls.successen(),
	urls.wijkSuccessen(wijk),
];

for (const path of PAGES) {
	test.describe(path, () => {
		test('keyboard: every link gets focus, in document order', async ({ page }) => {
			await page.goto(path);
			const all = await page
				.locator('a[href]')
				.evaluateAll((as) => as.map((a) => `${a.getAttribute('href')}|${a.textContent?.trim()}`));
			const reached: string[] = [];
			// Scroll boxes of wide tables (tabindex=0) and form controls (the search fields and their buttons,
			// folded sections) are stops too, so allow for them and a few more.
			const stops =
				all.length + (await page.locator('[tabindex="0"], input, button, select, textarea, summary').count()) + 2;
			for (let i = 0; i < stops; i++) {
				await page.keyboard.press('Tab');
				const key = await page.evaluate(() => {
					const el = document.activeElement;
					return el?.tagName.toUpperCase() === 'A' ? `${el.getAttribute('href')}|${el.textContent?.trim()}` : '';
				});
				if (key && reached.at(-1) !== key) reached.push(key);
			}
			expect([...new Set(reached)].sort()).toEqual([...new Set(all)].sort());
			const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
			expect(outline).not.toBe('none');
		});

		test('print: no menu or breadcrumbs, the content stays', async ({ page }) => {
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
			await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toBeHidden();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// A book prints as a book: without the site's footer.
			if (path.endsWith('/verhalenboek/')) await expect(page.getByRole('contentinfo')).toBeHidden();
			else await expect(page.getByRole('contentinfo')).toBeVisible();
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every page type shows its heading and its content', async ({ page }) => {
		for (const path of PAGES) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
			expect(await page.locator('main').innerText(), path).not.toBe('');
		}
	});
});
