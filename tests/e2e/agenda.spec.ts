/**
 * The wijkagenda that residents can follow: cards with summary and next step, one label per
 * field on every page, filter pages without JavaScript whose lists and counts match the content
 * files, the overview of all wijken, long owner names, keyboard, no JavaScript and print.
 * Expectations come from the content folder, read with the same library as the build.
 */
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { countByStatus, isOpen, STATUS_LABELS } from '#lib/agenda/agenda.ts';
import { agendaFilters, filterPages, OVERZICHT_FILTERS, WIJK_FILTERS } from '#lib/agenda/filters.ts';
import { AGENDA_LABELS, nextStepText } from '#lib/agenda/labels.ts';
import { loadContent, type PortalContent } from '#lib/content/load.ts';
import { urls, wijkSlugOf } from '#lib/site/urls.ts';
import { AGENDA_STATUSSEN } from '#schemas/agenda.ts';
import { REPO } from '#tests/support/fixtures.ts';

import { expectNoAxeViolations } from './support.ts';

const content = loadContent(join(REPO, 'content')).content as PortalContent;
const items = content.agenda.map((a) => ({ id: a.file.file.id, data: a.data }));
const wijken = content.wijken.map((w) => ({ id: w.file.file.id, naam: w.data.naam, buurten: w.data.buurten }));
const themas = content.portaal.data.gemeenten.flatMap((g) => g.themas);
const agendaOf = (wijk: string) => items.filter((i) => wijkSlugOf(i.id) === wijk);
const byTitle = (list: readonly { data: { titel: string } }[]) => list.map((i) => i.data.titel).sort();
const busiest = [...wijken].sort((a, b) => agendaOf(b.id).length - agendaOf(a.id).length)[0]!;
const LABELS = new Set<string>(Object.values(AGENDA_LABELS));
const OLD_LABELS = ['Wie is eigenaar', 'Eigenaren', 'Klaar op'];

/** The titles of the cards in the list of a page. */
const cardTitles = async (page: Page) =>
	(await page.locator('main .agenda-card :is(h2, h3, h4) a').allTextContents()).map((t) => t.trim()).sort();

/** Every label (dt) on the page's agenda facts, and no old wording anywhere in main. */
async function expectOneLabelPerField(page: Page) {
	const dts = (await page.locator('main .agenda-facts dt').allTextContents()).map((t) => t.trim());
	expect(dts.length).toBeGreaterThan(0);
	for (const dt of dts) expect(LABELS, `label "${dt}"`).toContain(dt);
	const text = await page.locator('main').innerText();
	for (const old of OLD_LABELS) expect(text, old).not.toContain(old);
	await expect(page.locator('main dl:not(.agenda-facts) dt', { hasText: /eigenaar/i })).toHaveCount(0);
}

test('the demo has open and closed items with a summary and, when open, a next step', () => {
	expect(items.length).toBeGreaterThan(10);
	for (const item of items) {
		expect(item.data.samenvatting.length, item.id).toBeGreaterThan(10);
		if (isOpen(item.data)) expect(item.data.volgendeStap, item.id).toBeDefined();
	}
	expect(items.some((i) => i.data.probleemeigenaar.length > 1)).toBe(true);
});

test('cards show the summary, the next step of open items, and one label per field', async ({ page }) => {
	for (const wijk of wijken) {
		await page.goto(urls.agenda(wijk.id));
		for (const item of agendaOf(wijk.id)) {
			const card = page
				.locator('main .agenda-card')
				.filter({ has: page.getByRole('link', { name: item.data.titel, exact: true }) });
			await expect(card).toHaveCount(1);
			await expect(card.locator('.agenda-card__samenvatting')).toHaveText(item.data.samenvatting);
			if (isOpen(item.data))
				await expect(card.locator('.agenda-card__stap')).toHaveText(
					`${AGENDA_LABELS.volgendeStap}: ${nextStepText(item.data.volgendeStap!)}`,
				);
			else await expect(card.locator('.agenda-card__stap')).toHaveCount(0);
			const owners = card.locator('dt', { hasText: AGENDA_LABELS.probleemeigenaar }).locator('xpath=..').locator('dd');
			await expect(owners).toHaveText(item.data.probleemeigenaar);
		}
		await expectOneLabelPerField(page);
	}
});

test('item page: summary as lead, next step, facts with the same labels', async ({ page }) => {
	const open =
		items.find((i) => isOpen(i.data) && i.data.probleemeigenaar.length > 1) ?? items.find((i) => isOpen(i.data))!;
	const done = items.find((i) => i.data.status === 'gerealiseerd')!;
	for (const item of [open, done]) {
		await page.goto(urls.agendaItem(item.id));
		await expect(page.locator('main .lead')).toHaveText(item.data.samenvatting);
		if (isOpen(item.data))
			await expect(page.locator('main .agenda-stap')).toHaveText(
				`${AGENDA_LABELS.volgendeStap}: ${nextStepText(item.data.volgendeStap!)}`,
			);
		else await expect(page.locator('main .agenda-stap')).toHaveCount(0);
		const dts = (await page.locator('main .agenda-facts dt').allTextContents()).map((t) => t.trim());
		expect(dts).toContain(AGENDA_LABELS.probleemeigenaar);
		expect(dts).toContain(AGENDA_LABELS.gewijzigd);
		if (item.data.gerealiseerd) expect(dts).toContain(AGENDA_LABELS.gerealiseerd);
		await expectOneLabelPerField(page);
	}
	await expectNoAxeViolations(page);
});

test('wijk page: the agenda section uses the same cards and labels', async ({ page }) => {
	await page.goto(urls.wijk(busiest.id));
	await expect(
		page.locator('#wijkagenda ~ ul.cards .agenda-card, section:has(#wijkagenda) .agenda-card').first(),
	).toBeVisible();
	await expectOneLabelPerField(page);
	await expect(
		page.locator('section:has(#wijkagenda)').getByRole('link', { name: "Wijkagenda's van alle wijken" }),
	).toHaveAttribute('href', urls.agendaOverzicht());
});

for (const wijk of wijken) {
	test(`wijkagenda ${wijk.id}: counts per status add up, and every filter page lists exactly its items`, async ({
		page,
	}) => {
		const agenda = agendaOf(wijk.id);
		await page.goto(urls.agenda(wijk.id));
		const counts = countByStatus(agenda);
		const shown = await page.locator('main .agenda-counts li').allTextContents();
		expect(shown).toEqual([
			...AGENDA_STATUSSEN.map((s) => `${STATUS_LABELS[s]}: ${counts[s]}`),
			`Totaal: ${agenda.length}`,
		]);
		await expect(page.getByRole('link', { name: "Wijkagenda's van alle wijken" })).toHaveAttribute(
			'href',
			urls.agendaOverzicht(),
		);
		const groups = agendaFilters(agenda, WIJK_FILTERS, { buurten: wijk.buurten, themas });
		const nav = page.getByRole('navigation', { name: 'Punten filteren' });
		await expect(nav.getByRole('link', { name: `Alle punten (${agenda.length})` })).toHaveAttribute(
			'aria-current',
			'page',
		);
		const pages = filterPages(groups);
		const links = await nav
			.locator('ul a')
			.evaluateAll((as) => as.map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`));
		expect(links.sort()).toEqual(
			pages.map((o) => `${urls.agendaFilter(wijk.id, o.soort, o.value)} ${o.label} (${o.count})`).sort(),
		);
		const status = groups.find((g) => g.soort === 'status')!;
		expect(status.options.reduce((sum, o) => sum + o.count, 0)).toBe(agenda.length);
		for (const option of pages) {
			const href = urls.agendaFilter(wijk.id, option.soort, option.value);
			await page.goto(href);
			expect(await cardTitles(page), href).toEqual(byTitle(option.items));
			await expect(page.locator('main h2#punten')).toContainText(String(option.count));
			await expect(
				page.getByRole('navigation', { name: 'Punten filteren' }).locator('a[aria-current="page"]'),
			).toHaveAttribute('href', href);
			await expect(page.locator('main[data-pagefind-body]')).toHaveCount(0);
		}
	});
}

test('a filter page by owner lists the items of an owner that shares items with others', async ({ page }) => {
	const shared = items.find((i) => i.data.probleemeigenaar.length > 1)!;
	const wijk = wijkSlugOf(shared.id);
	const owner = shared.data.probleemeigenaar[1]!;
	const expected = agendaOf(wijk).filter((i) => i.data.probleemeigenaar.map((o) => o.trim()).includes(owner.trim()));
	await page.goto(urls.agenda(wijk));
	await page
		.getByRole('navigation', { name: 'Punten filteren' })
		.getByRole('list', { name: AGENDA_LABELS.probleemeigenaar })
		.getByRole('link', { name: `${owner} (${expected.length})`, exact: true })
		.click();
	expect(await cardTitles(page)).toEqual(byTitle(expected));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`${AGENDA_LABELS.probleemeigenaar}: ${owner}`);
	await expectNoAxeViolations(page);
});

test('overview: the table adds up to every item, per wijk and per status', async ({ page }) => {
	await page.goto(urls.agendaOverzicht());
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Wijkagenda's van alle wijken");
	const table = page.getByRole('table', { name: 'Aantal punten per wijk en per status' });
	const header = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
	expect(header).toEqual(['Wijk', ...AGENDA_STATUSSEN.map((s) => STATUS_LABELS[s]), 'Totaal']);
	const number = (t: string) => Number(t.replace(/\./g, ''));
	let sum = 0;
	for (const wijk of wijken) {
		const row = table
			.locator('tbody tr')
			.filter({ has: page.getByRole('rowheader', { name: wijk.naam, exact: true }) });
		await expect(row.getByRole('link', { name: wijk.naam })).toHaveAttribute('href', urls.agenda(wijk.id));
		const cells = (await row.locator('td').allTextContents()).map(number);
		const counts = countByStatus(agendaOf(wijk.id));
		expect(cells, wijk.id).toEqual([...AGENDA_STATUSSEN.map((s) => counts[s]), agendaOf(wijk.id).length]);
		expect(cells.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(cells.at(-1));
		sum += cells.at(-1)!;
	}
	expect(sum).toBe(items.length);
	const totals = (await table.locator('tfoot td').allTextContents()).map(number);
	const all = countByStatus(items);
	expect(totals).toEqual([...AGENDA_STATUSSEN.map((s) => all[s]), items.length]);
	await expectNoAxeViolations(page);
});

test('overview: filter pages across wijken by status, thema, wijk and owner', async ({ page }) => {
	const groups = agendaFilters(items, OVERZICHT_FILTERS, { wijken, themas });
	await page.goto(urls.agendaOverzicht());
	const nav = page.getByRole('navigation', { name: 'Punten filteren' });
	for (const group of groups)
		await expect(nav.getByRole('list', { name: group.label }).getByRole('link')).toHaveCount(
			group.options.filter((o) => o.count > 0).length,
		);
	for (const soort of OVERZICHT_FILTERS) {
		const option = filterPages(groups)
			.filter((o) => o.soort === soort)
			.sort((a, b) => b.count - a.count)[0]!;
		await page.goto(urls.agendaFilter(undefined, soort, option.value));
		expect(await cardTitles(page), `${soort} ${option.value}`).toEqual(byTitle(option.items));
		await expect(page.locator('main h2#punten')).toContainText(String(option.count));
		await expect(page.locator('main a[aria-current="page"]')).toHaveText(`${option.label} (${option.count})`);
		await expect(page.getByRole('link', { name: `Alle punten (${items.length})` })).toHaveAttribute(
			'href',
			urls.agendaOverzicht(),
		);
	}
	await expectNoAxeViolations(page);
	// The overview is linked from the list of wijken.
	await page.goto(urls.wijken());
	await expect(page.getByRole('link', { name: /Wijkagenda's van alle wijken/ })).toHaveAttribute(
		'href',
		urls.agendaOverzicht(),
	);
});

const LONG_OWNER =
	'Stichting Samenwerkende Woningcorporaties Brinkwoude en Omstreken, afdeling Leefbaarheid en Wijkbeheer Noordoost';

for (const width of [320, 390, 1280]) {
	test(`a long owner name at ${width} px: no sideways scroll, no word broken in the middle`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(urls.agenda(busiest.id));
		// A test fixture: the first card's owner gets a very long name.
		const owner = page
			.locator('main .agenda-card')
			.first()
			.locator('dt', { hasText: AGENDA_LABELS.probleemeigenaar })
			.locator('xpath=../dd[1]');
		await owner.evaluate((dd, name) => (dd.textContent = name), LONG_OWNER);
		const result = await owner.evaluate((dd) => {
			const card = dd.closest('.agenda-card')!.getBoundingClientRect();
			const box = dd.getBoundingClientRect();
			const text = dd.firstChild!;
			const broken: string[] = [];
			let at = 0;
			for (const word of text.textContent!.split(' ')) {
				const range = document.createRange();
				range.setStart(text, at);
				range.setEnd(text, at + word.length);
				const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
				if (lines.size > 1) broken.push(word);
				at += word.length + 1;
			}
			const style = getComputedStyle(dd);
			return {
				broken,
				inside: box.left >= card.left - 0.5 && box.right <= card.right + 0.5,
				overflowWrap: style.overflowWrap,
				wordBreak: style.wordBreak,
				pageWidth: document.documentElement.scrollWidth,
			};
		});
		expect(result.broken).toEqual([]);
		expect(result.inside).toBe(true);
		expect(result.overflowWrap).toBe('break-word');
		expect(result.wordBreak).toBe('normal');
		expect(result.pageWidth).toBeLessThanOrEqual(width);
	});
}

test('no sideways scroll at 320 px on the overview and a filter page', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	const option = filterPages(agendaFilters(agendaOf(busiest.id), ['eigenaar'], {}))[0]!;
	for (const path of [urls.agendaOverzicht(), urls.agendaFilter(busiest.id, 'eigenaar', option.value)]) {
		await page.goto(path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
	}
});

test('keyboard: Tab reaches a status filter, Enter follows it, and it is marked current', async ({ page }) => {
	const agenda = agendaOf(busiest.id);
	const counts = countByStatus(agenda);
	const status = AGENDA_STATUSSEN.find((s) => counts[s] > 0)!;
	const text = `${STATUS_LABELS[status]} (${counts[status]})`;
	await page.goto(urls.agenda(busiest.id));
	let found = false;
	for (let i = 0; i < 80 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await page.evaluate(
			(t) =>
				document.activeElement?.closest('nav')?.getAttribute('aria-label') === 'Punten filteren' &&
				document.activeElement.textContent?.trim() === t,
			text,
		);
	}
	expect(found).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${urls.agendaFilter(busiest.id, 'status', status)}$`));
	await expect(page.locator('main .agenda-card')).toHaveCount(counts[status]);
	const current = page.locator('main nav a[aria-current="page"]');
	await expect(current).toHaveText(text);
	await current.focus();
	await expect(current).toBeFocused();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the overview, its filters and the wijk filters work', async ({ page }) => {
		await page.goto(urls.agendaOverzicht());
		const thema = agendaFilters(items, ['thema'], { themas })[0]!.options.find((o) => o.count > 0)!;
		await page.getByRole('link', { name: `${thema.label} (${thema.count})`, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${urls.agendaFilter(undefined, 'thema', thema.value)}$`));
		expect(await cardTitles(page)).toEqual(byTitle(thema.items));
		await page.getByRole('link', { name: `Alle punten (${items.length})` }).click();
		await expect(page).toHaveURL(new RegExp(`${urls.agendaOverzicht()}$`));
		await page.getByRole('rowheader', { name: busiest.naam }).getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`${urls.agenda(busiest.id)}$`));
		await expect(page.locator('main .agenda-card')).toHaveCount(agendaOf(busiest.id).length);
	});
});

test('print: the filters are left out, the cards, counts and table stay', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(urls.agenda(busiest.id));
	await expect(page.getByRole('navigation', { name: 'Punten filteren' })).toBeHidden();
	await expect(page.locator('main .agenda-counts')).toBeVisible();
	await expect(page.locator('main .agenda-card').first()).toBeVisible();
	await page.goto(urls.agendaOverzicht());
	await expect(page.getByRole('navigation', { name: 'Punten filteren' })).toBeHidden();
	await expect(page.getByRole('table')).toBeVisible();
	const table = await page.getByRole('table').boundingBox();
	expect(table!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});
