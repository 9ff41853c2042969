/**
 * The wijkambitie in the built demo: the goals tree of every wijk against its ambitie.md and the
 * agenda items that name the goals, goals without work marked, the target figures (suppressed
 * panel figures never as a number), the links from the figures pages and the agenda items,
 * keyboard, no JavaScript, print and axe.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

import { REPO } from '#tests/support/fixtures.ts';

import { expectNoAxeViolations } from './support.ts';

const CONTENT = join(REPO, 'content');

interface Goal {
	code: string;
	naam: string;
	thema?: string;
	onder?: string;
	indicatoren?: { indicator: string; streefwaarde?: number; jaar?: number }[];
}

function frontMatter(file: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`no front matter in ${file}`);
	return parse(match[1]!) as Record<string, unknown>;
}

const portaal = parse(readFileSync(join(CONTENT, 'portaal.yaml'), 'utf8')) as {
	gemeenten: { themas: string[]; themaUitleg?: Record<string, string> }[];
};
const THEMAS = portaal.gemeenten[0]!.themas;

const wijken = readdirSync(join(CONTENT, 'wijken'))
	.filter((id) => existsSync(join(CONTENT, 'wijken', id, 'ambitie.md')))
	.map((id) => {
		const wijk = frontMatter(join(CONTENT, 'wijken', id, 'wijk.md')) as { naam: string; code: string };
		const ambitie = frontMatter(join(CONTENT, 'wijken', id, 'ambitie.md')) as { titel?: string; doelen: Goal[] };
		const agendaDir = join(CONTENT, 'wijken', id, 'agenda');
		const items = readdirSync(agendaDir)
			.filter((f) => f.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(f)) // not the translations (x.en.md)
			.map((f) => {
				const data = frontMatter(join(agendaDir, f)) as { titel: string; doelen?: string[] };
				return { slug: f.slice(0, -3), titel: data.titel, doelen: data.doelen ?? [] };
			});
		return { id, ...wijk, ...ambitie, items };
	});

/** A goal and every goal under it. */
const family = (goals: Goal[], code: string): string[] => [
	code,
	...goals.filter((g) => g.onder === code).flatMap((g) => family(goals, g.code)),
];

test('every demo wijk has an ambitie with goals, and at least one indicator target', () => {
	expect(wijken.map((w) => w.id).sort()).toEqual(['centrum', 'de-esch', 'ellerhoek', 'havenkwartier', 'noordveld']);
	for (const w of wijken) {
		expect(w.doelen.some((g) => g.indicatoren?.some((t) => t.streefwaarde !== undefined))).toBe(true);
		expect(new Set(w.doelen.filter((g) => g.thema).map((g) => g.thema)).size).toBeGreaterThanOrEqual(3);
	}
});

test('the tree of every wijk: thema’s, goals, sub goals and the agenda items serving each goal', async ({ page }) => {
	let withoutWork = 0;
	let withoutGoals = 0;
	for (const w of wijken) {
		await page.goto(`/wijken/${w.id}/ambitie/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.titel ?? `Ambitie van ${w.naam}`);
		await expect(page.locator('h1')).toHaveCount(1);
		const themas = page.locator('section.ambitie-thema');
		await expect(themas).toHaveCount(THEMAS.length);
		for (const [i, thema] of THEMAS.entries()) {
			const section = themas.nth(i);
			await expect(section.locator('h3')).toContainText(thema);
			const uitleg = portaal.gemeenten[0]!.themaUitleg?.[thema];
			if (uitleg) await expect(section).toContainText(uitleg);
			const top = w.doelen.filter((g) => g.thema === thema);
			if (!top.length) {
				withoutGoals++;
				await expect(section).toContainText('Nog geen doelen');
			}
			await expect(section.locator(':scope > ul.doelen > li.doel')).toHaveCount(top.length);
		}
		for (const goal of w.doelen) {
			const li = page
				.locator('li.doel')
				.filter({ has: page.locator(`#doel-${goal.code}`) })
				.last();
			await expect(li.locator(`#doel-${goal.code}`)).toHaveText(goal.naam);
			if (goal.onder) {
				await expect(li.locator('xpath=ancestor::li[1]').locator(':scope > .doel__naam')).toHaveText(
					w.doelen.find((g) => g.code === goal.onder)!.naam,
				);
			}
			// The items naming this goal are listed under it, with their status.
			const own = w.items.filter((i) => i.doelen.includes(goal.code));
			const links = li.locator(':scope > ul.doel__punten > li > a');
			await expect(links).toHaveText(own.map((i) => i.titel));
			for (const item of own)
				await expect(links.filter({ hasText: item.titel })).toHaveAttribute(
					'href',
					`/wijken/${w.id}/agenda/${item.slug}/`,
				);
			// Work counts for a goal when any goal in its family has an item.
			const codes = family(w.doelen, goal.code);
			const all = w.items.filter((i) => i.doelen.some((d) => codes.includes(d)));
			if (all.length === 0) {
				withoutWork++;
				await expect(li).toHaveClass(/doel--zonder-werk/);
				await expect(li.locator(':scope > .doel__werk')).toContainText('Nog geen werk');
			} else {
				await expect(li).not.toHaveClass(/doel--zonder-werk/);
				await expect(li.locator(':scope > .doel__werk')).toContainText(
					all.length === 1 ? '1 punt' : `${all.length} punten`,
				);
			}
		}
	}
	// The demo shows both markers somewhere.
	expect(withoutWork).toBeGreaterThan(0);
	expect(withoutGoals).toBeGreaterThan(0);
});

test('a target shows the distance and the trend table, without suppressed panel figures as numbers', async ({
	page,
}) => {
	const panel = JSON.parse(readFileSync(join(CONTENT, 'indicatoren', 'waarden', 'brinkwoudepanel.json'), 'utf8')) as {
		waarden: { gebied: string; indicator: string; jaar: number; waarde: number | null; n?: number }[];
	};
	const ellerhoek = wijken.find((w) => w.id === 'ellerhoek')!;
	const goal = ellerhoek.doelen.find((g) => g.indicatoren?.some((t) => t.indicator === 'tevreden-bus'))!;
	const target = goal.indicatoren!.find((t) => t.indicator === 'tevreden-bus')!;
	const rows = panel.waarden
		.filter((v) => v.gebied === ellerhoek.code && v.indicator === 'tevreden-bus')
		.sort((a, b) => a.jaar - b.jaar);
	const shown = rows.filter((r) => (r.n ?? 0) >= 30);
	const latest = shown.at(-1)!;
	expect(rows.length).toBeGreaterThan(shown.length); // the demo has a suppressed year

	await page.goto('/wijken/ellerhoek/ambitie/');
	const block = page
		.locator('li.doel', { has: page.locator(`#doel-${goal.code}`) })
		.locator('.doel-cijfer')
		.first();
	await expect(block).toContainText(`streefwaarde ${target.streefwaarde}% in ${target.jaar}`);
	await expect(block).toContainText(
		`Nog ${target.streefwaarde! - latest.waarde!} procentpunt te gaan: het cijfer moet omhoog, van ${latest.waarde}% (${latest.jaar}) naar ${target.streefwaarde}%.`,
	);
	await block.locator('summary').click();
	const table = block.locator('table');
	for (const r of rows) {
		const cell = table
			.locator('tbody tr', { has: page.locator(`th:text-is("${r.jaar}")`) })
			.locator('td')
			.first();
		await expect(cell).toHaveText((r.n ?? 0) >= 30 ? `${r.waarde}%` : 'te weinig antwoorden');
	}
	await expect(block.locator('svg.wk-chart')).toHaveCount(1);

	// A target already reached says so.
	await page.goto('/wijken/noordveld/ambitie/');
	await expect(page.locator('.doel-cijfer--gehaald').first()).toContainText('Doel gehaald');
});

test('the figures page lists the goals and agenda items aiming at an indicator', async ({ page }) => {
	const centrum = wijken.find((w) => w.id === 'centrum')!;
	const goal = centrum.doelen.find((g) => g.indicatoren?.some((t) => t.indicator === 'eenzaamheid'))!;
	const items = centrum.items.filter((i) => family(centrum.doelen, goal.code).some((c) => i.doelen.includes(c)));
	// eenzaamheid and inwoners are figures of the thema 'Mensen en samenleven'.
	await page.goto('/wijken/centrum/cijfers/mensen-en-samenleven/');
	const aims = page.locator('article[data-indicator="eenzaamheid"] .indicator__doelen');
	await expect(aims).toContainText('Hier werkt de wijk aan:');
	await expect(aims.getByRole('link', { name: goal.naam })).toHaveAttribute(
		'href',
		`/wijken/centrum/ambitie/#doel-${goal.code}`,
	);
	for (const item of items) await expect(aims.getByRole('link', { name: item.titel })).toBeVisible();
	// Only where there are links: an indicator no goal names has none.
	await expect(page.locator('article[data-indicator="inwoners"] .indicator__doelen')).toHaveCount(0);
});

test('the map page of an indicator lists the wijken with a goal for it', async ({ page }) => {
	const aiming = wijken.filter((w) => w.doelen.some((g) => g.indicatoren?.some((t) => t.indicator === 'groen')));
	expect(aiming.length).toBeGreaterThan(1);
	await page.goto('/kaart/cijfers/groen/');
	const items = page.locator('section.indicator-doelen li');
	await expect(items).toHaveCount(aiming.length);
	for (const w of aiming) {
		const goal = w.doelen.find((g) => g.indicatoren?.some((t) => t.indicator === 'groen'))!;
		const li = items.filter({ hasText: `${w.naam}:` });
		await expect(li.getByRole('link', { name: goal.naam })).toHaveAttribute(
			'href',
			`/wijken/${w.id}/ambitie/#doel-${goal.code}`,
		);
	}
});

test('the agenda item and the wijk page link to the ambitie', async ({ page }) => {
	const w = wijken.find((x) => x.id === 'centrum')!;
	const item = w.items.find((i) => i.doelen.length > 1)!;
	await page.goto(`/wijken/centrum/agenda/${item.slug}/`);
	const section = page.locator('section.item-doelen');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText('Draagt bij aan');
	for (const code of item.doelen) {
		const goal = w.doelen.find((g) => g.code === code)!;
		await expect(section.getByRole('link', { name: goal.naam })).toHaveAttribute(
			'href',
			`/wijken/centrum/ambitie/#doel-${code}`,
		);
	}
	await page.goto('/wijken/centrum/');
	await expect(page.locator('.section-nav a[href="#ambitie"]')).toHaveText('Ambitie');
	await expect(page.locator('section#ambitie, section[aria-labelledby="ambitie"]').getByRole('link')).toHaveAttribute(
		'href',
		'/wijken/centrum/ambitie/',
	);
});

test('keyboard: Tab reaches an agenda item under a goal and Enter follows it', async ({ page }) => {
	const w = wijken.find((x) => x.id === 'de-esch')!;
	const item = w.items.find((i) => i.doelen.length)!;
	await page.goto('/wijken/de-esch/ambitie/');
	let found = false;
	for (let i = 0; i < 120 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await page.evaluate((text) => document.activeElement?.textContent?.trim() === text, item.titel);
	}
	expect(found).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/wijken/de-esch/agenda/${item.slug}/$`));
});

test('axe: the ambitie page has no WCAG violations', async ({ page }) => {
	await page.goto('/wijken/havenkwartier/ambitie/');
	await expectNoAxeViolations(page);
});

test('print: navigation left out, the tree and the table of figures stay', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto('/wijken/centrum/ambitie/');
	await expect(page.locator('main .section-nav')).toBeHidden();
	// The main menu and the language switch.
	for (const nav of await page.locator('.site-header nav').all()) await expect(nav).toBeHidden();
	await expect(page.locator('li.doel').first()).toBeVisible();
	await expect(page.locator('.doel-cijfer table').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the wijkanalyse and every goal are there', async ({ page }) => {
		const w = wijken.find((x) => x.id === 'havenkwartier')!;
		await page.goto('/wijken/havenkwartier/ambitie/');
		await expect(page.getByRole('heading', { level: 2, name: 'Wijkanalyse' })).toBeVisible();
		for (const goal of w.doelen) await expect(page.locator(`#doel-${goal.code}`)).toHaveText(goal.naam);
	});
});
