/**
 * The sociale kaart in the built demo: the page of each wijk lists exactly the entries of its
 * folder per category, an entry's own page, a buurt page with only its own entries, the
 * buurten index, the wijk page section, the map points and search; keyboard, no JavaScript,
 * print, a small screen and axe. Expected values come from the content files and the test's
 * own arithmetic with TEST_BUILD_TIME.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';

import { slugify } from '#lib/site/slug.ts';
import { ORGANISATIE_CATEGORIEEN } from '#schemas/organisatie.ts';
import { TEST_BUILD_TIME } from '#tests/support/build-time.ts';
import { REPO } from '#tests/support/fixtures.ts';

import { expectNoAxeViolations, watch } from './support.ts';

const CONTENT = join(REPO, 'content');
const CATEGORIES = ORGANISATIE_CATEGORIEEN;
const label = (c: string) => c[0]!.toUpperCase() + c.slice(1);
const slug = slugify;

function frontMatter(file: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`no front matter in ${file}`);
	return parse(match[1]!) as Record<string, unknown>;
}

interface Entry {
	slug: string;
	wijk: string;
	naam: string;
	categorie: string;
	voorWie: string;
	contact: { telefoon?: string; email?: string; website?: string };
	adres?: string;
	locatie?: string;
	buurt?: string;
	gecontroleerd: string;
}

const wijken = readdirSync(join(CONTENT, 'wijken')).map((id) => {
	const data = frontMatter(join(CONTENT, 'wijken', id, 'wijk.md')) as {
		naam: string;
		buurten: { naam: string; code: string }[];
	};
	const folder = join(CONTENT, 'wijken', id, 'sociale-kaart');
	const entries: Entry[] = existsSync(folder)
		? readdirSync(folder)
				.filter((f) => f.endsWith('.md'))
				.map((f) => ({
					slug: f.slice(0, -3),
					wijk: id,
					...(frontMatter(join(folder, f)) as Omit<Entry, 'slug' | 'wijk'>),
				}))
		: [];
	return { id, ...data, entries };
});
const allEntries = wijken.flatMap((w) => w.entries);
const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });
const byName = (a: Entry, b: Entry) => collator.compare(a.naam, b.naam);

/** Old: checked before the same day twelve months before the build day (the demo sets no controleerNa). */
const buildDay = TEST_BUILD_TIME.slice(0, 10);
const cutoff = `${Number(buildDay.slice(0, 4)) - 1}${buildDay.slice(4)}`;
const isOld = (e: Entry) => e.gecontroleerd < cutoff;
const longDate = (day: string) =>
	new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00Z`),
	);
const OLD_TEXT = 'Deze gegevens zijn al lang niet gecontroleerd.';

const entryUrl = (e: Entry) => `/wijken/${e.wijk}/sociale-kaart/${e.slug}/`;
const text = async (page: Page, selector: string) =>
	(await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

test('the demo has at least 8 entries per wijk, every category, most located in a buurt, a few old', () => {
	for (const w of wijken) expect(w.entries.length, w.id).toBeGreaterThanOrEqual(8);
	for (const c of CATEGORIES)
		expect(
			allEntries.some((e) => e.categorie === c),
			c,
		).toBe(true);
	expect(allEntries.filter((e) => e.buurt && e.locatie).length).toBeGreaterThan(allEntries.length / 2);
	const old = allEntries.filter(isOld).length;
	expect(old).toBeGreaterThanOrEqual(2);
	expect(old).toBeLessThanOrEqual(3);
});

test('the sociale kaart of every wijk lists exactly its entries, per category in order', async ({ page }) => {
	for (const w of wijken) {
		await page.goto(`/wijken/${w.id}/sociale-kaart/`);
		await expect(page.locator('h1')).toHaveText(`Sociale kaart van ${w.naam}`);
		const used = CATEGORIES.filter((c) => w.entries.some((e) => e.categorie === c));
		expect(await text(page, 'main section[aria-labelledby] > h2:not(#kaart):not(#klopt-het)')).toEqual(used.map(label));
		const index = page.getByRole('navigation', { name: 'Soorten organisaties op deze pagina' });
		expect(await index.getByRole('link').allInnerTexts()).toEqual(
			used.map((c) => `${label(c)} (${w.entries.filter((e) => e.categorie === c).length})`),
		);
		for (const c of used) {
			const section = page.locator(`main section:has(> h2#${c.replaceAll(' ', '-')})`);
			const expected = w.entries.filter((e) => e.categorie === c).sort(byName);
			expect(await section.locator('.organisatie-card h3 a').allInnerTexts(), `${w.id} ${c}`).toEqual(
				expected.map((e) => e.naam),
			);
			expect(
				await section.locator('.organisatie-card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
			).toEqual(expected.map(entryUrl));
		}
		await expect(page.locator('main .organisatie-card')).toHaveCount(w.entries.length);
		await expect(page.locator('main .organisatie-oud')).toHaveCount(w.entries.filter(isOld).length);
	}
});

test('an entry page shows every field with one label, working contact links and the check date', async ({ page }) => {
	const entry = allEntries.find((e) => e.contact.telefoon && e.contact.email && e.contact.website && e.locatie)!;
	const wijk = wijken.find((w) => w.id === entry.wijk)!;
	await page.goto(entryUrl(entry));
	await expect(page.locator('h1')).toHaveText(entry.naam);
	const crumbs = page.getByRole('navigation', { name: /kruimelpad/i });
	await expect(crumbs.getByRole('link', { name: 'Sociale kaart' })).toHaveAttribute(
		'href',
		`/wijken/${wijk.id}/sociale-kaart/`,
	);
	const facts = (term: string) =>
		page.locator('main dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
	await expect(facts('Soort')).toHaveText(label(entry.categorie));
	await expect(facts('Voor wie')).toHaveText(entry.voorWie);
	await expect(facts('Telefoon').getByRole('link')).toHaveAttribute(
		'href',
		`tel:${entry.contact.telefoon!.replace(/[^\d+]/g, '')}`,
	);
	await expect(facts('E-mail').getByRole('link')).toHaveAttribute('href', `mailto:${entry.contact.email}`);
	await expect(facts('Website').getByRole('link')).toHaveAttribute('href', entry.contact.website!);
	await expect(facts('Laatst gecontroleerd')).toContainText(longDate(entry.gecontroleerd));
	await expect(page.locator('main')).not.toContainText(OLD_TEXT);
	const buurt = wijk.buurten.find((b) => b.code === entry.buurt)!;
	await expect(facts('Buurt').getByRole('link')).toHaveText(buurt.naam);
	for (const term of ['Soort', 'Voor wie', 'Telefoon', 'Laatst gecontroleerd'])
		await expect(page.locator('main dt', { hasText: new RegExp(`^${term}$`) })).toHaveCount(1);
	// The static map with this one point, in its buurt.
	await expect(page.locator('main svg a.kaart-punt-organisatie')).toHaveCount(1);
	await expect(page.locator('main svg a.kaart-punt-organisatie')).toHaveAttribute('href', entryUrl(entry));
	await expectNoAxeViolations(page);

	const old = allEntries.find(isOld)!;
	await page.goto(entryUrl(old));
	await expect(page.locator('main')).toContainText(`Laatst gecontroleerd`);
	await expect(page.locator('main')).toContainText(longDate(old.gecontroleerd));
	await expect(page.locator('main .organisatie-oud')).toContainText(OLD_TEXT);
});

test('a buurt page shows its own entries only, and its breadcrumb leads to the buurten index', async ({ page }) => {
	for (const w of wijken) {
		for (const b of w.buurten) {
			await page.goto(`/wijken/${w.id}/buurten/${slug(b.naam)}/`);
			const section = page.locator('main section:has(> h2#sociale-kaart)');
			await expect(section.locator('h2')).toHaveText(`Organisaties in ${b.naam}`);
			const own = w.entries.filter((e) => e.buurt === b.code).sort(byName);
			expect(await section.locator('.organisatie-card h3 a').allInnerTexts(), `${w.id} ${b.naam}`).toEqual(
				own.map((e) => e.naam),
			);
			if (!own.length) await expect(section).toContainText('Er staan geen organisaties uit');
		}
	}
	const w = wijken[0]!;
	await page.goto(`/wijken/${w.id}/buurten/${slug(w.buurten[0]!.naam)}/`);
	const crumbs = page.getByRole('navigation', { name: /kruimelpad/i });
	await crumbs.getByRole('link', { name: 'Buurten' }).click();
	await expect(page).toHaveURL(new RegExp(`/wijken/${w.id}/buurten/$`));
	await expect(page.locator('h1')).toHaveText(`Buurten van ${w.naam}`);
});

test('the buurten index lists every buurt with its counts and the map of the wijk', async ({ page }) => {
	for (const w of wijken) {
		await page.goto(`/wijken/${w.id}/buurten/`);
		const cards = page.locator('main .buurten-lijst > li');
		await expect(cards).toHaveCount(w.buurten.length);
		expect(await cards.locator('h2 a').allInnerTexts()).toEqual(w.buurten.map((b) => b.naam));
		for (const b of w.buurten) {
			const card = cards.filter({ has: page.getByRole('link', { name: b.naam, exact: true }) });
			const n = w.entries.filter((e) => e.buurt === b.code).length;
			await expect(card).toContainText(n === 1 ? '1 organisatie' : `${n} organisaties`);
			await expect(card).toContainText(b.code);
		}
		await expect(page.locator('main figure.kaart-figuur svg')).toHaveCount(1);
	}
	await expectNoAxeViolations(page);
});

test('the wijk page counts the entries per category and links to the sociale kaart and the buurten', async ({
	page,
}) => {
	for (const w of wijken) {
		await page.goto(`/wijken/${w.id}/`);
		const section = page.locator('main section:has(> h2#sociale-kaart)');
		const used = CATEGORIES.filter((c) => w.entries.some((e) => e.categorie === c));
		expect(await section.locator('ul.counts li').allInnerTexts()).toEqual(
			used.map((c) => `${label(c)}: ${w.entries.filter((e) => e.categorie === c).length}`),
		);
		await expect(section.getByRole('link', { name: /De sociale kaart van/ })).toHaveAttribute(
			'href',
			`/wijken/${w.id}/sociale-kaart/`,
		);
		await expect(
			page.getByRole('navigation', { name: /Op deze pagina/ }).getByRole('link', { name: 'Sociale kaart' }),
		).toHaveAttribute('href', '#sociale-kaart');
		await expect(
			page.locator('main section:has(> h2#buurten)').getByRole('link', { name: /^Alle buurten/ }),
		).toHaveAttribute('href', `/wijken/${w.id}/buurten/`);
	}
});

test('located entries are points of kind organisatie on the maps', async ({ page, request }) => {
	const response = await request.get('/kaart/punten.json');
	expect(response.ok()).toBe(true);
	const { features } = (await response.json()) as {
		features: { properties: { soort: string; href: string; uitleg: string } }[];
	};
	const points = features.filter((f) => f.properties.soort === 'organisatie').map((f) => f.properties);
	const located = allEntries.filter((e) => e.locatie);
	expect(points.map((p) => p.href).sort()).toEqual(located.map(entryUrl).sort());
	for (const e of located)
		expect(points.find((p) => p.href === entryUrl(e))!.uitleg).toBe(`Sociale kaart: ${e.categorie}`);

	const w = wijken.find((x) => x.entries.some((e) => e.locatie))!;
	await page.goto(`/wijken/${w.id}/`);
	const shown = w.entries.filter((e) => e.locatie).length;
	await expect(page.locator('main section:has(> h2#buurten) svg a.kaart-punt-organisatie')).toHaveCount(shown);
	await expect(page.locator('main ol.kaart-lijst li.kaart-lijst-organisatie')).toHaveCount(shown);
});

test('search finds an organisation by its name', async ({ page, baseURL }) => {
	const seen = watch(page, new URL(baseURL!).origin);
	const entry = allEntries.find((e) => e.slug === 'voedselbank-uitgifte-zuiderdok') ?? allEntries[0]!;
	await page.goto(`/zoeken/?q=${encodeURIComponent(entry.naam)}`);
	await expect(page.getByRole('status').filter({ hasText: /resulta(at|ten) voor|Geen resultaten/ })).toBeVisible();
	const results = await page
		.locator('.zoek-resultaat__titel')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(results.slice(0, 3)).toContain(entryUrl(entry));
	expect(seen.cspViolations).toEqual([]);
	expect(seen.foreign).toEqual([]);
});

test('keyboard: Tab reaches a category and an organisation, Enter follows them', async ({ page }) => {
	const w = wijken[0]!;
	const first = CATEGORIES.find((c) => w.entries.some((e) => e.categorie === c))!;
	await page.goto(`/wijken/${w.id}/sociale-kaart/`);
	const reach = async (name: string) => {
		for (let i = 0; i < 120; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate((t) => document.activeElement?.textContent?.trim() === t, name)) return true;
		}
		return false;
	};
	const n = w.entries.filter((e) => e.categorie === first).length;
	expect(await reach(`${label(first)} (${n})`)).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`#${first.replaceAll(' ', '-')}$`));
	const entry = w.entries.filter((e) => e.categorie === first).sort(byName)[0]!;
	expect(await reach(entry.naam)).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${entryUrl(entry)}$`));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the sociale kaart, an entry and the buurten index show everything', async ({ page }) => {
		const w = wijken[1]!;
		await page.goto(`/wijken/${w.id}/sociale-kaart/`);
		await expect(page.locator('main .organisatie-card')).toHaveCount(w.entries.length);
		await page.goto(entryUrl(w.entries[0]!));
		await expect(page.locator('h1')).toHaveText(w.entries[0]!.naam);
		await page.goto(`/wijken/${w.id}/buurten/`);
		await expect(page.locator('main .buurten-lijst > li')).toHaveCount(w.buurten.length);
	});
});

test('print: the menu and the in-page index are left out, the entries stay', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	const w = wijken[0]!;
	await page.goto(`/wijken/${w.id}/sociale-kaart/`);
	// The main menu and the language switch.
	for (const nav of await page.locator('.site-header nav').all()) await expect(nav).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Soorten organisaties op deze pagina' })).toBeHidden();
	await expect(page.locator('main .organisatie-card').first()).toBeVisible();
	await expect(page.locator('main .organisatie-card').last()).toBeVisible();
});

test('no sideways scroll at 320 px and no axe violations on the sociale kaart of every wijk', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	for (const path of [
		...wijken.map((w) => `/wijken/${w.id}/sociale-kaart/`),
		`/wijken/${wijken[0]!.id}/buurten/`,
		entryUrl(allEntries.find(isOld)!),
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await page.setViewportSize({ width: 1280, height: 900 });
	for (const w of wijken) {
		await page.goto(`/wijken/${w.id}/sociale-kaart/`);
		await expectNoAxeViolations(page);
	}
});
