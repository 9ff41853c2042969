/**
 * The verhalenboek of the demo portal: the book (cover, contents that land on the chapters,
 * chapters in order), each story showing the storyteller and the photo exactly as the consent
 * in its file allows, stories whose consent has ended nowhere in the site, the print layout,
 * and keyboard use. Everything expected is read from content/verhalen/ by the test itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

import { TEST_BUILD_TIME } from '#tests/support/build-time.ts';
import { listFiles, REPO } from '#tests/support/fixtures.ts';

import { DIST } from './support.ts';

interface Story {
	slug: string;
	titel: string;
	wijk: string;
	verteller?: string;
	foto?: { bestand: string; alt: string };
	verteld: string;
	toestemming: { publiceren: 'naam' | 'foto' | 'naam en foto' | 'anoniem'; tot?: string; jonger_dan_16?: boolean };
}

const FOLDER = join(REPO, 'content', 'verhalen');
/** The day of the test build in Europe/Amsterdam, as YYYY-MM-DD. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(TEST_BUILD_TIME));

const stories: Story[] = readdirSync(FOLDER)
	.filter((f) => f.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(f)) // translations (x.en.md) are no stories of their own
	.map((f) => {
		const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(FOLDER, f), 'utf8'))![1]!;
		const data = parse(front, { schema: 'core' }) as Omit<Story, 'slug'>;
		// The schema reads dates as text; YAML's core schema leaves them as strings too.
		return { ...data, slug: f.replace(/\.md$/, ''), verteld: String(data.verteld) };
	});
const holds = (s: Story) => !s.toestemming.tot || TODAY <= String(s.toestemming.tot);
const published = stories.filter(holds);
const ended = stories.filter((s) => !holds(s));
const wijken = [...new Set(published.map((s) => s.wijk))].sort();
/** A book's chapters: oldest told first, then by file name. */
const chaptersOf = (wijk: string) =>
	published
		.filter((s) => s.wijk === wijk)
		.sort((a, b) => a.verteld.localeCompare(b.verteld) || a.slug.localeCompare(b.slug));
const wijkName = (wijk: string) =>
	/^naam:\s*(.+)$/m.exec(readFileSync(join(REPO, 'content', 'wijken', wijk, 'wijk.md'), 'utf8'))![1]!.trim();

test('the demo has stories of every consent variant, one ended and one of a minor', () => {
	const variants = new Set(stories.map((s) => s.toestemming.publiceren));
	expect([...variants].sort()).toEqual(['anoniem', 'foto', 'naam', 'naam en foto']);
	expect(ended.length).toBeGreaterThanOrEqual(1);
	expect(published.some((s) => s.toestemming.jonger_dan_16)).toBe(true);
});

test('/verhalen/ links to every book and every published story', async ({ page }) => {
	await page.goto('/verhalen/');
	for (const wijk of wijken)
		await expect(page.locator(`main a[href="/wijken/${wijk}/verhalenboek/"]`)).toHaveText(
			`Verhalenboek ${wijkName(wijk)}`,
		);
	const storyLinks = await page
		.locator('main .story-list a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(storyLinks.sort()).toEqual(published.map((s) => `/verhalen/${s.slug}/`).sort());
});

for (const wijk of wijken) {
	test(`book of ${wijk}: cover, contents that land on the chapters, chapters in order`, async ({ page }) => {
		const chapters = chaptersOf(wijk);
		await page.goto(`/wijken/${wijk}/verhalenboek/`);
		const cover = page.locator('.book-cover');
		await expect(cover.getByRole('heading', { level: 1 })).toHaveText(`Verhalenboek ${wijkName(wijk)}`);
		await expect(cover).toContainText(chapters.length === 1 ? '1 verhaal' : `${chapters.length} verhalen`);
		const years = [...new Set(chapters.map((c) => c.verteld.slice(0, 4)))].sort();
		await expect(cover).toContainText(years.length === 1 ? years[0]! : `${years[0]}–${years.at(-1)}`);

		const contents = page.getByRole('navigation', { name: 'Inhoud' }).locator('a');
		await expect(contents).toHaveCount(chapters.length + 1);
		const articles = page.locator('article.chapter');
		expect(await articles.evaluateAll((as) => as.map((a) => a.id))).toEqual(chapters.map((c) => c.slug));
		for (const [i, chapter] of chapters.entries()) {
			await expect(contents.nth(i)).toHaveText(chapter.titel);
			await expect(articles.nth(i).getByRole('heading', { level: 2 })).toContainText(chapter.titel);
		}
		// A link in the contents lands on its chapter.
		const last = chapters.at(-1)!;
		await contents.nth(chapters.length - 1).click();
		await expect(page).toHaveURL(new RegExp(`#${last.slug}$`));
		await expect(page.locator(`article#${last.slug} h2`)).toBeInViewport();
	});
}

for (const story of published) {
	test(`story ${story.slug} (${story.toestemming.publiceren}) shows what the consent allows`, async ({ page }) => {
		for (const path of [`/verhalen/${story.slug}/`, `/wijken/${story.wijk}/verhalenboek/`]) {
			await page.goto(path);
			const scope = path.startsWith('/verhalen/') ? page.locator('main') : page.locator(`article#${story.slug}`);
			const text = (await scope.innerText()).replace(/\s+/g, ' ');
			const { publiceren } = story.toestemming;
			const mayName = publiceren === 'naam' || publiceren === 'naam en foto';
			const mayPhoto = publiceren === 'foto' || publiceren === 'naam en foto';
			if (story.verteller) expect(text.includes(story.verteller), `${path}: name`).toBe(mayName);
			if (!mayName) expect(text).toMatch(/Verteld door een bewoner van /);
			const images = scope.locator('img');
			if (mayPhoto && story.foto) {
				await expect(images).toHaveCount(1);
				await expect(images).toHaveAttribute('alt', story.foto.alt);
			} else await expect(images).toHaveCount(0);
		}
		// The whole page never names a storyteller who did not consent to it.
		if (story.verteller && !['naam', 'naam en foto'].includes(story.toestemming.publiceren)) {
			await page.goto(`/verhalen/${story.slug}/`);
			expect(await page.content()).not.toContain(story.verteller);
		}
	});
}

test('stories whose consent has ended appear nowhere in the built site', () => {
	const files = listFiles(DIST).filter((f) => /\.(html|xml|json|txt|csv)$/.test(f));
	expect(files.length).toBeGreaterThan(20);
	for (const story of ended) {
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			expect(text.includes(story.titel), `${story.titel} in ${file}`).toBe(false);
			expect(text.includes(`/verhalen/${story.slug}/`), `${story.slug} in ${file}`).toBe(false);
			expect(text.includes(`id="${story.slug}"`), `${story.slug} in ${file}`).toBe(false);
		}
	}
});

test('print: a book without the site around it, each chapter on a new page, link targets printed', async ({ page }) => {
	const wijk = wijken[0]!;
	await page.goto(`/wijken/${wijk}/verhalenboek/`);
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.pdf-link'])
		expect(
			await page
				.locator(selector)
				.first()
				.evaluate((el) => getComputedStyle(el).display),
		).toBe('none');
	const breaks = await page
		.locator('article.chapter h2, #colofon-kop')
		.evaluateAll((hs) => hs.map((h) => getComputedStyle(h).breakBefore));
	expect(breaks).toEqual(Array.from({ length: chaptersOf(wijk).length + 1 }, () => 'page'));
	expect(await page.locator('.book-cover').evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
	expect(
		await page
			.locator('article.chapter h2')
			.first()
			.evaluate((h) => getComputedStyle(h).breakAfter),
	).toBe('avoid');
	const printed = await page
		.locator('article.chapter .chapter__link a')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(printed).toContain(`/verhalen/${chaptersOf(wijk)[0]!.slug}/`);
	// The contents' links stay plain text.
	expect(
		await page
			.locator('.book-contents a')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content),
	).toBe('none');
});

test('keyboard: the contents are reached with Tab, and Enter opens the chapter', async ({ page }) => {
	const wijk = wijken[0]!;
	const first = chaptersOf(wijk)[0]!;
	await page.goto(`/wijken/${wijk}/verhalenboek/`);
	let found = false;
	for (let i = 0; i < 40 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, `#${first.slug}`);
	}
	expect(found).toBe(true);
	expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`#${first.slug}$`));
	await expect(page.locator(`article#${first.slug} h2`)).toBeInViewport();
});

test('a wijk page links to its book only when the wijk has stories', async ({ page }) => {
	for (const wijk of wijken) {
		await page.goto(`/wijken/${wijk}/`);
		await expect(page.locator(`main a[href="/wijken/${wijk}/verhalenboek/"]`)).toHaveCount(1);
	}
	const all = readdirSync(join(REPO, 'content', 'wijken'));
	for (const wijk of all.filter((w) => !wijken.includes(w))) {
		expect(listFiles(join(DIST, 'wijken', wijk, 'verhalenboek'))).toEqual([]);
		await page.goto(`/wijken/${wijk}/`);
		await expect(page.locator(`a[href="/wijken/${wijk}/verhalenboek/"]`)).toHaveCount(0);
	}
});
