/**
 * The municipality's own areas (eigen gebieden) in the built demo: the overview with a map of
 * dissolved boundaries and its text alternative, each own area's page whose headings and
 * captions name the area the figures really describe, the sentence for figures published
 * without a number of answers, the links from wijk and buurt pages, no scripts of their own
 * and no axe violations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

import { REPO } from '#tests/support/fixtures.ts';

import { expectNoAxeViolations } from './support.ts';

interface Definition {
	naam: string;
	soort: string;
	gebieden: { naam: string; slug?: string; buurten: string[] }[];
}
const indeling = parse(readFileSync(join(REPO, 'content', 'gebieden', 'woongebieden.yaml'), 'utf8')) as Definition;
const oudeStad = indeling.gebieden.find((g) => g.naam === 'Oude stad')!;
const LABEL = 'Woongebied Oude stad (buurten Binnenstad, Kerkbuurt en Oude Haven)';
const PROTECTED = 'De bron heeft zelf kleine groepen afgeschermd; het aantal antwoorden is niet gepubliceerd.';

test.describe('eigen gebieden', () => {
	test('the overview lists every indeling with a map of the dissolved boundaries and the same list as text', async ({
		page,
	}) => {
		await page.goto('/gebieden/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebieden van de gemeente');
		await expect(page.getByRole('heading', { level: 2, name: indeling.naam })).toBeVisible();
		const map = page.getByRole('group', { name: /^Kaart van de woongebieden/ });
		await expect(map).toBeVisible();
		// One outline per own area, each a link with the area's name; the list below names the same.
		const outlines = map.getByRole('link');
		await expect(outlines).toHaveCount(indeling.gebieden.length);
		for (const g of indeling.gebieden) {
			await expect(map.getByRole('link', { name: g.naam, exact: true })).toHaveAttribute(
				'href',
				/^\/gebieden\/woongebieden\//,
			);
			await expect(page.getByRole('heading', { level: 3, name: g.naam, exact: true })).toBeVisible();
		}
		await expect(page.getByText(LABEL)).toBeVisible();
		// The indeling is partial: the page says which buurten belong to none of its areas.
		await expect(page.getByText(/Niet elke buurt hoort bij een gebied van deze indeling\..*Merelbuurt/)).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('an own area names itself and its buurten in every heading and caption, never as a wijk or buurt', async ({
		page,
	}) => {
		await page.goto('/gebieden/woongebieden/oude-stad/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Woongebied Oude stad');
		await expect(page.getByRole('heading', { level: 2, name: 'Cijfers van Woongebied Oude stad' })).toBeVisible();
		const buurten = page.getByRole('region', { name: 'Buurten in Oude stad' }).getByRole('listitem');
		await expect(buurten).toHaveCount(oudeStad.buurten.length);
		await expect(page.getByRole('link', { name: 'Oude Haven', exact: true }).first()).toHaveAttribute(
			'href',
			'/wijken/havenkwartier/buurten/oude-haven/',
		);
		const captions = page.locator('table caption');
		expect(await captions.count()).toBeGreaterThan(0);
		for (const caption of await captions.allTextContents()) expect(caption).toContain(LABEL);
		for (const header of await page.locator('thead th:nth-child(2)').allTextContents())
			expect(header).toBe('Woongebied Oude stad');
		// Survey figures without a number of answers: shown because the source declared its own protection.
		await expect(page.getByText(PROTECTED).first()).toBeVisible();
		await expect(page.locator('p.bron').first()).toContainText(
			/Bron Woongebied Oude stad: Bewonersenquête woongebieden/,
		);
		await expect(
			page.getByRole('navigation', { name: /kruimelpad/i }).getByRole('link', { name: 'Gebieden van de gemeente' }),
		).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('wijk and buurt pages link to the own areas that overlap them', async ({ page }) => {
		await page.goto('/wijken/centrum/');
		await expect(page.getByRole('link', { name: 'Ook cijfers voor Woongebied Oude stad' })).toHaveAttribute(
			'href',
			'/gebieden/woongebieden/oude-stad/',
		);
		await expect(page.getByRole('link', { name: 'Ook cijfers voor Woongebied Aan het water' })).toBeVisible();
		await page.goto('/wijken/havenkwartier/buurten/oude-haven/');
		await expect(page.getByRole('link', { name: /^Ook cijfers voor/ })).toHaveText(
			'Ook cijfers voor Woongebied Oude stad',
		);
		await page.goto('/wijken/de-esch/buurten/merelbuurt/');
		await expect(page.getByRole('link', { name: /^Ook cijfers voor/ })).toHaveCount(0);
	});

	test('the pages add no scripts of their own', async ({ page }) => {
		await page.goto('/privacy/');
		const layout = await page.locator('script').evaluateAll((s) => s.map((e) => e.outerHTML));
		for (const path of ['/gebieden/', '/gebieden/woongebieden/oude-stad/']) {
			await page.goto(path);
			expect(await page.locator('script').evaluateAll((s) => s.map((e) => e.outerHTML))).toEqual(layout);
		}
	});
});

test.describe('eigen gebieden without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the map and the figures are there without JavaScript', async ({ page }) => {
		await page.goto('/gebieden/woongebieden/ellerhoek/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Woongebied Dorp Ellerhoek');
		await expect(page.getByRole('group', { name: /^Kaart van Woongebied Dorp Ellerhoek/ })).toBeVisible();
		await expect(page.locator('table caption').first()).toContainText(
			'Woongebied Dorp Ellerhoek (buurten Dorpskern Ellerhoek en Lindebuurt)',
		);
	});
});
