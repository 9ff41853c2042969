/**
 * Search and "Zoek uw buurt" as residents use them, on the built demo: real queries land on the
 * right page among the first three results, filters narrow, the address lookup answers at the
 * edges of the address file's runs and explains unknown or malformed postcodes, everything is
 * keyboard operable and accessible, nothing is loaded before the field is used, no CSP violation,
 * and without JavaScript the forms lead to /zoeken/, which still gets the resident home.
 *
 * The addresses come from the demo's own address file (content/adressen/adressen.csv), so the test
 * follows the demo when it changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { expect, type Page, test } from '@playwright/test';

import { readAdressen } from '#lib/adressen/read.ts';
import type { AdresReeks } from '#lib/adressen/types.ts';
import { loadContent, type PortalContent } from '#lib/content/load.ts';
import { urls } from '#lib/site/urls.ts';
import { REPO } from '#tests/support/fixtures.ts';

import { DIST, expectNoAxeViolations, LOADED_ON_USE, watch } from './support.ts';

const CONTENT = join(REPO, 'content');
const content = loadContent(CONTENT).content as PortalContent;
const adressen = readAdressen(CONTENT)!;
const gemeente = content.portaal.data.gemeenten[0]!.naam;

/** Every buurt of the demo by CBS code: name, wijk name and page. */
const buurten = new Map(
	content.wijken.flatMap((w) =>
		w.data.buurten.map(
			(b) => [b.code, { naam: b.naam, wijk: w.data.naam, url: urls.buurt(w.file.file.id, b) }] as const,
		),
	),
);
const buurtOf = (run: AdresReeks) => buurten.get(run.buurt)!;
const covered = (pc6: string, n: number) =>
	adressen.reeksen.some((r) => r.postcode === pc6 && n >= r.van && n <= r.tot);
const shown = (pc6: string) => `${pc6.slice(0, 4)} ${pc6.slice(4)}`;

test('the demo has address data to test with', () => {
	expect(adressen.problems).toEqual([]);
	expect(adressen.reeksen.length).toBeGreaterThan(50);
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** Focuses a field of an island and waits until the island has woken up (hydrated). */
async function wake(field: ReturnType<Page['getByRole']>) {
	await field.focus();
	await expect(field.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr');
}

/** Opens /zoeken/ with a query and returns the result links in order, once the count is announced. */
async function searchPage(page: Page, query: string): Promise<string[]> {
	await page.goto(`/zoeken/?q=${encodeURIComponent(query)}`);
	await expect(page.getByRole('status').filter({ hasText: /resulta(at|ten) voor|Geen resultaten/ })).toBeVisible();
	return page.locator('.zoek-resultaat__titel').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

const buurtField = (page: Page) =>
	page.getByRole('main').getByRole('textbox', { name: 'Uw postcode en huisnummer, of uw straat' });

/** Asks "Zoek uw buurt" on the home page and returns the answer text and its links. */
async function askBuurt(page: Page, query: string) {
	const field = buurtField(page);
	const answer = page.locator('main .zoek-buurt__antwoord');
	// An empty field clears the previous answer, so the next one cannot be mistaken for it.
	await field.fill('');
	await expect(answer).toBeEmpty();
	await field.fill(query);
	await field.press('Enter');
	await expect(answer).not.toBeEmpty();
	await expect(answer).not.toHaveText(/^\s*$/);
	return {
		text: (await answer.innerText()).replace(/\s+/g, ' '),
		links: await answer.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
	};
}

// ---------------------------------------------------------------------------------------------
// Real queries

/** A street that lies in exactly one buurt, and one that runs through two. */
const streetBuurten = new Map<string, Set<string>>();
for (const r of adressen.reeksen)
	if (r.straat) (streetBuurten.get(r.straat) ?? streetBuurten.set(r.straat, new Set()).get(r.straat)!).add(r.buurt);
const oneBuurtStreet = [...streetBuurten].find(([name, codes]) => codes.size === 1 && name.length > 6)!;
const twoBuurtStreet = [...streetBuurten].find(([, codes]) => codes.size > 1)!;
const sampleRun = adressen.reeksen[Math.floor(adressen.reeksen.length / 2)]!;
const buurtWithCode = content.wijken[3]!.data.buurten[1]!;

/** [query, what it is, a page that must be among the first three results]. */
const QUERIES: [string, string, string | RegExp][] = [
	['speeltuin', 'a word', /speeltuin-merelplein\/$/],
	['speeltuinen', 'plural form', /speeltuin-merelplein\/$/],
	['dorpshuizen', 'plural form', '/wijken/ellerhoek/agenda/dorpshuis-de-linde/'],
	['parkeerplaatsen', 'compound, plural', '/wijken/ellerhoek/agenda/parkeerplaatsen-kerk/'],
	['fietspad', 'compound', '/wijken/ellerhoek/agenda/fietspad-ellerweg/'],
	['buurtmoestuin', 'compound', /\/initiatieven\/buurtmoestuin-veldhoeve\/$/],
	['Merelbuurt', 'a buurt name', '/wijken/de-esch/buurten/merelbuurt/'],
	[buurtWithCode.naam, 'another buurt name', urls.buurt(content.wijken[3]!.file.file.id, buurtWithCode)],
	['Havenkwartier', 'a wijk name', '/wijken/havenkwartier/'],
	[buurtWithCode.code, 'a buurt CBS code', urls.buurt(content.wijken[3]!.file.file.id, buurtWithCode)],
	[content.wijken[3]!.data.code, 'a wijk CBS code', urls.wijk(content.wijken[3]!.file.file.id)],
	[oneBuurtStreet[0], 'a street', buurten.get([...oneBuurtStreet[1]][0]!)!.url],
	[twoBuurtStreet[0], 'a street through two buurten', buurten.get([...twoBuurtStreet[1]][0]!)!.url],
	[`${shown(sampleRun.postcode)} ${sampleRun.van}`, 'a postcode with house number', buurtOf(sampleRun).url],
	[`${sampleRun.postcode.toLowerCase()}${sampleRun.tot}`, 'a postcode typed without spaces', buurtOf(sampleRun).url],
	['wijkschouw', 'an activity type', /\/activiteiten\/wijkschouw-/],
	['bijeenkomst', 'an activity type', /\/activiteiten\//],
	['wijkagent', 'a contact role', /^\/wijken\/[\w-]+\/$|\/activiteiten\/spreekuur-wijkagent\/$/],
	['opbouwwerker', 'a contact role', /^\/wijken\/[\w-]+\/$/],
	['spreekuur wethouder', 'a contact role and an activity', /\/activiteiten\/spreekuur-/],
	['eenzaamheid', 'a figure', /^\/wijken\/[\w-]+\/cijfers\/([\w-]+\/)?$|^\/kaart\/cijfers\/eenzaamheid\/$/],
	['buurtbus', 'an initiative', /\/initiatieven\/chauffeurs-buurtbus\/$|\/buurtbus/],
	['verhalenboek', 'the book of stories', /\/verhalen(boek)?\/$/],
	['wijkbudget', 'the wijkbudget', /\/budget\/$|\/wijkbudget\/$/],
];

test.describe('real queries find the right page among the first three results', () => {
	for (const [query, kind, expected] of QUERIES) {
		test(`${kind}: ‘${query}’`, async ({ page, baseURL }) => {
			const seen = watch(page, new URL(baseURL!).origin);
			const results = await searchPage(page, query);
			const top = results.slice(0, 3);
			if (typeof expected === 'string') expect(top, `results for ‘${query}’`).toContain(expected);
			else
				expect(
					top.some((url) => expected.test(url)),
					`results for ‘${query}’: ${top.join(', ')}`,
				).toBe(true);
			expect(seen.cspViolations).toEqual([]);
			expect(seen.foreign).toEqual([]);
		});
	}
});

test('a query with no result says so in Dutch and leads on to the wijken', async ({ page }) => {
	const results = await searchPage(page, 'xylofoonorkest');
	expect(results).toEqual([]);
	await expect(page.getByRole('status').filter({ hasText: 'Geen resultaten' })).toContainText('kies hieronder uw wijk');
	await expect(page.getByRole('heading', { name: 'Kies uw wijk' })).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// Filters

test('filter chips narrow the results, and switching them off brings them back', async ({ page }) => {
	const all = await searchPage(page, 'speeltuin');
	expect(all.length).toBeGreaterThan(3);
	await page.getByText('Resultaten verfijnen').click();
	const chip = page.getByRole('group', { name: 'Soort pagina' }).getByRole('checkbox', { name: /^Agendapunt/ });
	const label = await chip.locator('xpath=ancestor::label[1]').innerText();
	const expected = Number(/\((\d+)\)/.exec(label)![1]);
	await chip.check();
	await expect(
		page.getByRole('status').filter({ hasText: new RegExp(`^${expected} resulta(at|ten) voor`) }),
	).toBeVisible();
	const kinds = await page.locator('.zoek-resultaat__soort').allInnerTexts();
	expect(kinds.length).toBe(expected);
	for (const kind of kinds) expect(kind).toMatch(/^Agendapunt/);
	// A second filter of another kind narrows further (wijk De Esch).
	const wijk = page.getByRole('group', { name: 'Wijk' }).getByRole('checkbox').first();
	await wijk.check();
	const wijkName = (await wijk.getAttribute('value'))!;
	for (const kind of await page.locator('.zoek-resultaat__soort').allInnerTexts())
		expect(kind).toContain(`Agendapunt · ${wijkName}`);
	await page.getByRole('button', { name: 'Alle filters uit' }).click();
	await expect(page.locator('.zoek-resultaat')).toHaveCount(Math.min(all.length, 10));
	await expectNoAxeViolations(page);
});

// ---------------------------------------------------------------------------------------------
// "Zoek uw buurt": the edges of the address file's runs

test.describe('"Zoek uw buurt" answers from the address file', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/');
		await wake(buurtField(page));
	});

	// The first and last run of the file, the run in the middle, and every run of the two-buurt street.
	const runs = [
		adressen.reeksen[0]!,
		sampleRun,
		adressen.reeksen.at(-1)!,
		...adressen.reeksen.filter((r) => r.straat === twoBuurtStreet[0]),
	];
	for (const run of runs) {
		test(`${run.postcode} ${run.van}–${run.tot} (${run.straat || 'geen straat'}) lies in ${buurtOf(run).naam}`, async ({
			page,
		}) => {
			for (const number of new Set([run.van, run.tot])) {
				const answer = await askBuurt(page, `${shown(run.postcode)} ${number}`);
				expect(answer.text).toContain(`ligt in buurt ${buurtOf(run).naam}, in wijk ${buurtOf(run).wijk}.`);
				if (run.straat) expect(answer.text).toContain(`${run.straat} ${number}`);
				expect(answer.links).toEqual([buurtOf(run).url]);
			}
			// Just past the end of the run: unknown, unless another run of the postcode starts there.
			const after = run.tot + 1;
			if (!covered(run.postcode, after)) {
				const answer = await askBuurt(page, `${run.postcode}${after}`);
				expect(answer.text).toContain(`Huisnummer ${after} kennen wij niet bij postcode ${shown(run.postcode)}.`);
				expect(answer.links).toEqual([]);
			}
		});
	}

	test('a postcode shared by two streets gives each number its own street', async ({ page }) => {
		const shared = adressen.reeksen.find((r) =>
			adressen.reeksen.some((o) => o.postcode === r.postcode && o.straat !== r.straat && o.straat && r.straat),
		);
		expect(shared, 'the demo has a postcode shared by two streets').toBeDefined();
		const other = adressen.reeksen.find((o) => o.postcode === shared!.postcode && o.straat !== shared!.straat)!;
		for (const run of [shared!, other])
			expect((await askBuurt(page, `${shown(run.postcode)} ${run.van}`)).text).toContain(`${run.straat} ${run.van}`);
	});

	test('unknown and malformed postcodes get a clear Dutch message', async ({ page }) => {
		const unknown = await askBuurt(page, '1011 AB 5');
		expect(unknown.text).toContain(`Postcode 1011 AB ligt niet in ${gemeente}, of wij kennen hem niet.`);
		expect(unknown.links).toEqual([]);
		const known4 = adressen.reeksen[0]!.postcode.slice(0, 4);
		const unknownLetters = await askBuurt(page, `${known4} ZZ 1`);
		expect(unknownLetters.text).toContain(`Postcode ${known4} ZZ ligt niet in ${gemeente}`);
		for (const malformed of ['999 AB 1', '99911 AB', '9991 A 12'])
			expect((await askBuurt(page, malformed)).text).toContain(`‘${malformed}’ is geen postcode.`);
	});

	test('a street name finds its buurt, and a street through two buurten names both', async ({ page }) => {
		const one = await askBuurt(page, oneBuurtStreet[0].toLowerCase());
		expect(one.links).toEqual([buurten.get([...oneBuurtStreet[1]][0]!)!.url]);
		const two = await askBuurt(page, twoBuurtStreet[0]);
		expect(two.text).toContain('loopt door meer dan één buurt');
		expect(two.links.sort()).toEqual([...twoBuurtStreet[1]].map((code) => buurten.get(code)!.url).sort());
		// With a house number, the street through two buurten has one answer: the buurt of that number.
		let numbered = 0;
		for (const run of adressen.reeksen.filter((r) => r.straat === twoBuurtStreet[0])) {
			const owners = new Set(
				adressen.reeksen
					.filter((r) => r.straat === run.straat && run.van >= r.van && run.van <= r.tot)
					.map((r) => r.buurt),
			);
			if (owners.size !== 1) continue;
			const answer = await askBuurt(page, `${run.straat} ${run.van}`);
			expect(answer.text).toContain(`${run.straat} ${run.van} ligt in buurt ${buurtOf(run).naam}`);
			expect(answer.links).toEqual([buurtOf(run).url]);
			numbered++;
		}
		expect(numbered, 'house numbers of the two-buurt street with one buurt each').toBeGreaterThan(0);
		const none = await askBuurt(page, 'Nergensstraat');
		expect(none.text).toContain('Wij vinden geen straat ‘Nergensstraat’');
	});

	test('the answer is announced, and the page passes axe with an answer shown', async ({ page }) => {
		await askBuurt(page, `${shown(sampleRun.postcode)} ${sampleRun.van}`);
		await expect(page.locator('main .zoek-buurt__antwoord')).toHaveAttribute('role', 'status');
		await expectNoAxeViolations(page);
	});
});

// ---------------------------------------------------------------------------------------------
// Loading only on use; bytes; CSP

test('nothing of the search loads before the field is used; then only what the query needs', async ({
	page,
	baseURL,
}) => {
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/wijken/');
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	expect(seen.requests.filter((path) => LOADED_ON_USE.test(path))).toEqual([]);
	const beforeUse = seen.requests.length;

	// A search: React, the island and Pagefind's index, nothing of the address data except one
	// letter of the street index (the word could be a street).
	const header = page.getByRole('search', { name: 'Zoeken op deze site' }).getByRole('searchbox');
	await wake(header);
	await header.pressSequentially('speeltuin', { delay: 30 });
	await expect(page.locator('.zoek-kop__paneel .zoek-resultaat').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const searchRequests = seen.requests.slice(beforeUse);
	expect(searchRequests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
	expect(searchRequests.filter((p) => /^\/adressen\/\d{4}\.json/.test(p))).toEqual([]);
	const afterSearch = seen.requests.length;

	// An address: exactly one chunk of the address data, for its 4-digit postcode.
	const field = buurtField(page);
	await wake(field);
	await field.fill(`${shown(sampleRun.postcode)} ${sampleRun.van}`);
	await field.press('Enter');
	await expect(page.locator('main .zoek-buurt__antwoord')).toContainText('ligt in buurt');
	const addressRequests = seen.requests.slice(afterSearch).filter((p) => p.startsWith('/adressen/'));
	expect(addressRequests).toEqual([`/adressen/${sampleRun.postcode.slice(0, 4)}.json`]);
	expect(seen.cspViolations).toEqual([]);
	expect(seen.foreign).toEqual([]);

	// The cost, for the record (compressed as a web server would send it).
	const cost = (paths: string[]) => {
		const bodies = [...new Set(paths.map((p) => p.split('?')[0]!))].map((p) => readFileSync(join(DIST, p)));
		return {
			files: bodies.length,
			bytes: bodies.reduce((n, b) => n + b.length, 0),
			gzip: bodies.reduce((n, b) => n + gzipSync(b).length, 0),
		};
	};
	const island = cost(searchRequests.filter((p) => p.startsWith('/assets/')));
	const pagefind = cost(searchRequests.filter((p) => p.startsWith('/pagefind/')));
	const address = cost(addressRequests);
	console.log(
		`Search island when it loads: ${JSON.stringify(island)}; Pagefind for ‘speeltuin’: ${JSON.stringify(pagefind)}; address lookup: ${JSON.stringify(address)}`,
	);
	expect(address.bytes).toBeLessThan(20_000);
});

// ---------------------------------------------------------------------------------------------
// Keyboard, screen readers, axe

test('the header search works with the keyboard alone and announces the number of results', async ({ page }) => {
	await page.goto('/nieuws/');
	const field = page.getByRole('search', { name: 'Zoeken op deze site' }).getByRole('searchbox');
	// Skip link, the language switch (one link per other language), the portal's name, then the field.
	for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(field).toBeFocused();
	await expect(field.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr');
	await page.keyboard.type('buurtbus', { delay: 30 });
	const panel = page.locator('.zoek-kop__paneel');
	await expect(panel.locator('.zoek-resultaat').first()).toBeVisible();
	await expect(page.getByRole('search', { name: 'Zoeken op deze site' }).getByRole('status')).toHaveText(
		/\d+ resulta(at|ten) voor ‘buurtbus’\./,
	);
	await expectNoAxeViolations(page);
	// Escape closes the list and keeps the focus in the field.
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(field).toBeFocused();
	// Typing again opens it (Escape in a search field also empties it, as browsers do); Tab goes to
	// the button, then into the results; Enter follows the link.
	await field.fill('');
	await page.keyboard.type('buurtbus', { delay: 30 });
	await expect(panel.locator('.zoek-resultaat').first()).toBeVisible();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const first = panel.locator('.zoek-resultaat__titel').first();
	await expect(first).toBeFocused();
	const href = (await first.getAttribute('href'))!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('/zoeken/ passes axe before use and with results and filters shown', async ({ page }) => {
	await page.goto('/zoeken/');
	// The note for readers without JavaScript is hidden when it runs.
	await expect(page.getByText('Zoeken op woorden werkt alleen met JavaScript.')).toBeHidden();
	await expectNoAxeViolations(page);
	await searchPage(page, 'wijkagenda');
	await page.getByText('Resultaten verfijnen').click();
	await expectNoAxeViolations(page);
	// At 320 px nothing needs scrolling sideways with results and filters shown.
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('Enter in the search field before the island woke up still answers, on /zoeken/', async ({ page }) => {
	await page.goto('/activiteiten/');
	await page.route('**/assets/**', async (route) => {
		// Slow the island down, so the form is sent before it is ready.
		if (/KopZoeker|client\./.test(route.request().url())) await new Promise((r) => setTimeout(r, 1500));
		await route.continue();
	});
	const field = page.getByRole('search', { name: 'Zoeken op deze site' }).getByRole('searchbox');
	await field.fill('wijkschouw');
	await field.press('Enter');
	await expect(page).toHaveURL(/\/zoeken\/\?q=wijkschouw$/);
	await expect(page.locator('.zoek-resultaat__titel').first()).toHaveAttribute('href', /wijkschouw/);
});

// ---------------------------------------------------------------------------------------------
// Without JavaScript

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header field leads to /zoeken/, which offers every wijk, buurt and the street index', async ({ page }) => {
		await page.goto('/nieuws/');
		const field = page.getByRole('search', { name: 'Zoeken op deze site' }).getByRole('searchbox');
		await field.fill('speeltuin');
		await field.press('Enter');
		await expect(page).toHaveURL(/\/zoeken\/\?q=speeltuin$/);
		await expect(page.getByText('Zoeken op woorden werkt alleen met JavaScript.')).toBeVisible();
		for (const w of content.wijken) {
			await expect(page.getByRole('main').getByRole('link', { name: w.data.naam, exact: true })).toHaveAttribute(
				'href',
				urls.wijk(w.file.file.id),
			);
		}
		const streets = page.getByRole('link', { name: `Straten in ${content.wijken[0]!.data.naam}` });
		await streets.click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(content.wijken[0]!.data.naam);
	});

	test('"Zoek uw buurt" leads to the street index, where a street leads to its buurt', async ({ page }) => {
		await page.goto('/');
		const field = buurtField(page);
		await field.fill(oneBuurtStreet[0]);
		await field.press('Enter');
		await expect(page).toHaveURL(/\/zoeken\/\?adres=/);
		const wijk = content.wijken.find((w) => w.data.buurten.some((b) => oneBuurtStreet[1].has(b.code)))!;
		await page.getByRole('link', { name: `Straten in ${wijk.data.naam}` }).click();
		// Each street in the index names its buurt(en) as links: "Kerkstraat: Kerkbuurt".
		await page
			.getByRole('main')
			.getByRole('listitem')
			.filter({ hasText: new RegExp(`^\\s*${oneBuurtStreet[0]}:`) })
			.getByRole('link')
			.first()
			.click();
		await expect(page).toHaveURL(new RegExp(`${buurten.get([...oneBuurtStreet[1]][0]!)!.url}$`));
	});
});
