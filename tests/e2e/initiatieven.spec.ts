/**
 * Bewonersinitiatieven and the wijkbudget in the built demo: the list and its filters, the
 * progress of each initiative, keyboard and print, and the public account of every wijk,
 * checked against the content files with this test's own arithmetic (in whole cents).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Locator, test } from '@playwright/test';
import { parse } from 'yaml';

import { REPO } from '#tests/support/fixtures.ts';

const CONTENT = join(REPO, 'content');
const STAPPEN = ['idee opgehaald', 'plan uitgewerkt', 'budget toegekend', 'uitgevoerd', 'afgewezen', 'gestopt'];
const HOOFDSTAPPEN = STAPPEN.slice(0, 4);
const LABEL: Record<string, string> = Object.fromEntries(STAPPEN.map((s) => [s, s[0]!.toUpperCase() + s.slice(1)]));

interface Initiative {
	slug: string;
	titel: string;
	wijk: string;
	stap: string;
	datums: Record<string, string>;
	reden?: string;
	toegekend?: number;
	besteed?: number;
	budgetjaar?: number;
	bijdrage: string[];
	locatie?: string;
}

/** The YAML front matter of a Markdown file. */
function frontMatter(file: string): Record<string, unknown> {
	const text = readFileSync(file, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (!match) throw new Error(`no front matter in ${file}`);
	return parse(match[1]!) as Record<string, unknown>;
}

const INITIATIVES_DIR = join(CONTENT, 'initiatieven');
const initiatives: Initiative[] = existsSync(INITIATIVES_DIR)
	? readdirSync(INITIATIVES_DIR)
			.filter((f) => f.endsWith('.md'))
			.map((f) => ({ slug: f.slice(0, -3), ...(frontMatter(join(INITIATIVES_DIR, f)) as Omit<Initiative, 'slug'>) }))
	: [];

const wijken = readdirSync(join(CONTENT, 'wijken')).map((id) => {
	const data = frontMatter(join(CONTENT, 'wijken', id, 'wijk.md')) as { naam: string; code: string };
	const budgetFile = join(CONTENT, 'wijken', id, 'budget.yaml');
	const budget = existsSync(budgetFile)
		? (parse(readFileSync(budgetFile, 'utf8')) as { jaren: { jaar: number; beschikbaar: number }[] })
		: undefined;
	return { id, naam: data.naam, code: data.code, jaren: budget?.jaren ?? [] };
});

/** Whole cents of an amount in a file. */
const cents = (amount: number | undefined) => Math.round((amount ?? 0) * 100);

/** Whole cents of a Dutch euro amount on a page: "€ 2.750,25" or "€ 21.500". */
function parseEuro(text: string): number {
	const match = /€\s*([\d.]+)(?:,(\d{2}))?/.exec(text.replace(/\u00a0/g, ' '));
	if (!match) throw new Error(`no euro amount in "${text}"`);
	return Number(match[1]!.replace(/\./g, '')) * 100 + Number(match[2] ?? 0);
}

const cellOfRow = (table: Locator, header: string) =>
	table
		.locator('tr')
		.filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) })
		.locator('td');

test('the demo has initiatives at every step', () => {
	expect(initiatives.length).toBeGreaterThanOrEqual(12);
	for (const stap of STAPPEN)
		expect(
			initiatives.some((i) => i.stap === stap),
			stap,
		).toBe(true);
});

test('the list shows every initiative and the filters count them per wijk, step and contribution', async ({ page }) => {
	await page.goto('/initiatieven/');
	await expect(page.locator('main .initiatief-card')).toHaveCount(initiatives.length);
	await expect(page.locator('h2#lijst')).toHaveText(`${initiatives.length} initiatieven`);
	const nav = page.getByRole('navigation', { name: 'Initiatieven filteren' });
	await expect(nav.getByRole('link', { name: `Alle initiatieven (${initiatives.length})` })).toHaveAttribute(
		'aria-current',
		'page',
	);
	for (const stap of STAPPEN) {
		const n = initiatives.filter((i) => i.stap === stap).length;
		const link = nav.getByRole('link', { name: `${LABEL[stap]} (${n})`, exact: true });
		if (n === 0) await expect(link).toHaveCount(0);
		else await expect(link).toHaveAttribute('href', `/initiatieven/stap/${stap.replace(/ /g, '-')}/`);
	}
	for (const wijk of wijken) {
		const n = initiatives.filter((i) => i.wijk === wijk.id).length;
		const link = nav.getByRole('link', { name: `${wijk.naam} (${n})`, exact: true });
		if (n === 0) await expect(nav.getByText(`${wijk.naam} (0)`, { exact: true })).toHaveCount(1);
		else await expect(link).toHaveAttribute('href', `/wijken/${wijk.id}/initiatieven/`);
	}
	for (const bijdrage of new Set(initiatives.flatMap((i) => i.bijdrage))) {
		const n = initiatives.filter((i) => i.bijdrage.includes(bijdrage)).length;
		const label = bijdrage[0]!.toUpperCase() + bijdrage.slice(1);
		await expect(nav.getByRole('link', { name: `${label} (${n})`, exact: true })).toHaveCount(1);
	}
	// The most recent step first.
	const hrefs = await page
		.locator('main .initiatief-card h3 a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	const latest = (i: Initiative) => i.datums[i.stap] ?? i.datums['idee opgehaald']!;
	const expected = [...initiatives]
		.sort((a, b) => latest(b).localeCompare(latest(a)) || a.slug.localeCompare(b.slug))
		.map((i) => `/initiatieven/${i.slug}/`);
	expect(hrefs).toEqual(expected);
});

test('each step page says what it shows, marks its filter and links back to all', async ({ page }) => {
	for (const stap of STAPPEN) {
		const mine = initiatives.filter((i) => i.stap === stap);
		if (!mine.length) continue;
		await page.goto(`/initiatieven/stap/${stap.replace(/ /g, '-')}/`);
		const shows = `${mine.length === 1 ? '1 initiatief' : `${mine.length} initiatieven`} bij stap ${stap}`;
		await expect(page.locator('h2#lijst')).toHaveText(shows);
		await expect(page.locator('main .initiatief-card')).toHaveCount(mine.length);
		const nav = page.getByRole('navigation', { name: 'Initiatieven filteren' });
		await expect(nav.locator('[aria-current="page"]')).toHaveText(`${LABEL[stap]} (${mine.length})`);
		await expect(page.locator('.filter-uitleg').getByRole('link', { name: 'Toon alle initiatieven' })).toHaveAttribute(
			'href',
			'/initiatieven/',
		);
	}
});

test('each contribution page and wijk page shows exactly its initiatives', async ({ page }) => {
	for (const bijdrage of new Set(initiatives.flatMap((i) => i.bijdrage))) {
		const mine = initiatives.filter((i) => i.bijdrage.includes(bijdrage));
		await page.goto(`/initiatieven/bijdrage/${bijdrage.replace(/ /g, '-')}/`);
		await expect(page.locator('h2#lijst')).toHaveText(
			`${mine.length === 1 ? '1 initiatief' : `${mine.length} initiatieven`} die bijdragen aan ${bijdrage}`,
		);
		await expect(page.locator('main .initiatief-card')).toHaveCount(mine.length);
	}
	for (const wijk of wijken) {
		const mine = initiatives.filter((i) => i.wijk === wijk.id);
		await page.goto(`/wijken/${wijk.id}/initiatieven/`);
		await expect(page.locator('main .initiatief-card')).toHaveCount(mine.length);
		await expect(page.getByRole('heading', { level: 2, name: 'Zelf iets beginnen?' })).toBeVisible();
		await expect(page.getByRole('link', { name: new RegExp(`^Het wijkbudget van ${wijk.naam}`) })).toHaveAttribute(
			'href',
			`/wijken/${wijk.id}/budget/`,
		);
	}
});

test('every initiative page shows its progress through the steps', async ({ page }) => {
	for (const item of initiatives) {
		await page.goto(`/initiatieven/${item.slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.titel);
		const steps = page.locator('ol.stappen > li');
		const current = page.locator('ol.stappen > li[aria-current="step"]');
		await expect(current).toHaveCount(1);
		await expect(current).toContainText(LABEL[item.stap]!);
		const ended = item.stap === 'afgewezen' || item.stap === 'gestopt';
		// Four steps, plus the end step for a refused or stopped initiative.
		await expect(steps).toHaveCount(ended ? 5 : 4);
		for (const stap of [...HOOFDSTAPPEN, item.stap]) {
			const date = item.datums[stap];
			if (date)
				await expect(steps.filter({ hasText: LABEL[stap]! }).locator(`time[datetime="${date}"]`)).toHaveCount(1);
		}
		if (ended) {
			await expect(page.locator('.initiatief__reden')).toContainText(item.reden!.trim().replace(/\s+/g, ' '));
			await expect(page.locator('.initiatief__reden').getByRole('heading', { level: 2 })).toBeVisible();
		} else await expect(page.locator('.initiatief__reden')).toHaveCount(0);
		if (item.budgetjaar)
			await expect(page.getByRole('link', { name: new RegExp(`^Wijkbudget .* ${item.budgetjaar}$`) })).toHaveAttribute(
				'href',
				`/wijken/${item.wijk}/budget/`,
			);
		await expect(page.getByRole('heading', { level: 2, name: 'Zelf iets beginnen?' })).toBeVisible();
	}
});

test('keyboard: Tab reaches a filter and Enter follows it', async ({ page }) => {
	const stap = STAPPEN.find((s) => initiatives.some((i) => i.stap === s))!;
	const n = initiatives.filter((i) => i.stap === stap).length;
	await page.goto('/initiatieven/');
	let found = false;
	for (let i = 0; i < 80 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await page.evaluate(
			(text) => document.activeElement?.textContent?.trim() === text,
			`${LABEL[stap]} (${n})`,
		);
	}
	expect(found).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/initiatieven/stap/${stap.replace(/ /g, '-')}/$`));
	await expect(page.locator('main .initiatief-card')).toHaveCount(n);
});

test('print: the filters and the menu are left out, the list and the steps stay', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto('/initiatieven/');
	await expect(page.getByRole('navigation', { name: 'Initiatieven filteren' })).toBeHidden();
	// The main menu and the language switch.
	for (const nav of await page.locator('.site-header nav').all()) await expect(nav).toBeHidden();
	await expect(page.locator('main .initiatief-card').first()).toBeVisible();
	await page.goto(`/initiatieven/${initiatives[0]!.slug}/`);
	await expect(page.locator('ol.stappen')).toBeVisible();
});

test('the budget page of every wijk adds up to the files', async ({ page }) => {
	for (const wijk of wijken) {
		const mine = initiatives.filter((i) => i.wijk === wijk.id && i.toegekend !== undefined);
		const years = [...new Set([...wijk.jaren.map((j) => j.jaar), ...mine.map((i) => i.budgetjaar!)])].sort(
			(a, b) => b - a,
		);
		await page.goto(`/wijken/${wijk.id}/budget/`);
		if (!years.length) {
			await expect(page.locator('table')).toHaveCount(0);
			await expect(page.locator('main')).toContainText('nog geen wijkbudget');
			continue;
		}
		const shown = await page.locator('main section.budget-jaar > h2').allTextContents();
		expect(shown).toEqual(years.map(String));
		for (const jaar of years) {
			const behind = mine.filter((i) => i.budgetjaar === jaar);
			const available = wijk.jaren.find((j) => j.jaar === jaar);
			const granted = behind.reduce((sum, i) => sum + cents(i.toegekend), 0);
			const spent = behind.reduce((sum, i) => sum + cents(i.besteed), 0);
			const totals = page.locator(`#totalen-${jaar}`);
			const amount = async (row: string) => parseEuro((await cellOfRow(totals, row).textContent())!);
			if (available) {
				expect(await amount('Beschikbaar'), `${wijk.id} ${jaar} beschikbaar`).toBe(cents(available.beschikbaar));
				expect(await amount('Over'), `${wijk.id} ${jaar} over`).toBe(cents(available.beschikbaar) - granted);
			}
			expect(await amount('Toegekend'), `${wijk.id} ${jaar} toegekend`).toBe(granted);
			expect(await amount('Besteed'), `${wijk.id} ${jaar} besteed`).toBe(spent);

			const table = page.locator(`#initiatieven-${jaar}`);
			if (!behind.length) {
				await expect(table).toHaveCount(0);
				continue;
			}
			const rows = table.locator('tbody tr');
			await expect(rows).toHaveCount(behind.length);
			const links = await rows.locator('th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links.sort()).toEqual(behind.map((i) => `/initiatieven/${i.slug}/`).sort());
			for (const item of behind) {
				const cells = rows.filter({ has: page.locator(`a[href="/initiatieven/${item.slug}/"]`) }).locator('td');
				expect(parseEuro((await cells.nth(1).textContent())!)).toBe(cents(item.toegekend));
				expect(parseEuro((await cells.nth(2).textContent())!)).toBe(cents(item.besteed));
			}
			const foot = table.locator('tfoot td');
			expect(parseEuro((await foot.nth(1).textContent())!)).toBe(granted);
			expect(parseEuro((await foot.nth(2).textContent())!)).toBe(spent);
		}
	}
});

/** Inhabitants per area and year, from every values file. */
function inhabitants(): Map<string, Map<number, number>> {
	const byArea = new Map<string, Map<number, number>>();
	const dir = join(CONTENT, 'indicatoren', 'waarden');
	if (!existsSync(dir)) return byArea;
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
			waarden: { gebied: string; indicator: string; jaar: number; waarde: number | null }[];
		};
		for (const row of data.waarden) {
			if (row.indicator !== 'inwoners' || typeof row.waarde !== 'number') continue;
			if (!byArea.has(row.gebied)) byArea.set(row.gebied, new Map());
			byArea.get(row.gebied)!.set(row.jaar, row.waarde);
		}
	}
	return byArea;
}

test('the gemeente-wide overview shows every wijkbudget and the amount per 1.000 inwoners', async ({ page }) => {
	const people = inhabitants();
	await page.goto('/wijkbudget/');
	let checkedPerThousand = 0;
	for (const wijk of wijken) {
		for (const { jaar, beschikbaar } of wijk.jaren) {
			const row = page.locator(`table[id$="-${jaar}"] tr[data-wijk="${wijk.id}"]`);
			await expect(row, `${wijk.id} ${jaar}`).toHaveCount(1);
			const cells = row.locator('td');
			expect(parseEuro((await cells.nth(0).textContent())!)).toBe(cents(beschikbaar));
			const years = [...(people.get(wijk.code)?.keys() ?? [])].filter((y) => y <= jaar);
			if (!years.length) continue;
			const from = Math.max(...years);
			const count = people.get(wijk.code)!.get(from)!;
			const inhabitantsCell = (await cells.nth(4).textContent())!;
			expect(Number(inhabitantsCell.replace(/\s*\(.*\)$/, '').replace(/\./g, ''))).toBe(count);
			if (from !== jaar) expect(inhabitantsCell).toContain(`(cijfer van ${from})`);
			expect(parseEuro((await cells.nth(5).textContent())!)).toBe(Math.round((beschikbaar * 1000) / count) * 100);
			checkedPerThousand++;
		}
	}
	expect(checkedPerThousand).toBeGreaterThan(0);
});

test('located initiatives that go on are points of kind initiatief on the map', async ({ request }) => {
	const response = await request.get('/kaart/punten.json');
	expect(response.ok()).toBe(true);
	const { features } = (await response.json()) as {
		features: { properties: { soort: string; href: string; uitleg: string } }[];
	};
	const points = features.filter((f) => f.properties.soort === 'initiatief').map((f) => f.properties);
	const expected = initiatives.filter((i) => i.locatie && i.stap !== 'afgewezen' && i.stap !== 'gestopt');
	expect(points.map((p) => p.href).sort()).toEqual(expected.map((i) => `/initiatieven/${i.slug}/`).sort());
	for (const item of expected)
		expect(points.find((p) => p.href === `/initiatieven/${item.slug}/`)!.uitleg).toBe(
			`Bewonersinitiatief, ${item.stap}`,
		);
});
