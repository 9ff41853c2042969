/**
 * The linked chain and the successes, on the built demo: every link named under `verbanden`
 * shows on both pages (in "Hoort bij" or "Hierover verteld"), and the successes pages list
 * exactly what counts as a success, newest first. Expected values come from the content
 * files, read by the test itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { loadContent } from '#lib/content/load.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { urls } from '#lib/site/urls.ts';
import { testBuildTime } from '#tests/support/build-time.ts';
import { REPO } from '#tests/support/fixtures.ts';

import { DIST } from './support.ts';

const loaded = loadContent(join(REPO, 'content'));
if (loaded.problems.length) throw new Error(`De demo-inhoud heeft fouten: ${loaded.problems[0]!.message}`);
const { content } = loaded;
const today = amsterdamDay(testBuildTime());
const published = (v: (typeof content.verhalen)[number]) => !v.data.toestemming.tot || today <= v.data.toestemming.tot;

type Soort = 'agenda' | 'initiatieven' | 'verhalen' | 'nieuws';
interface Node {
	soort: Soort;
	id: string;
	titel: string;
	href: string;
	verbanden: Record<Soort, string[]>;
}
const nodes: Node[] = [
	...content.agenda.map((i) => ({
		soort: 'agenda' as const,
		id: i.file.file.id,
		titel: i.data.titel,
		href: urls.agendaItem(i.file.file.id),
		verbanden: i.data.verbanden,
	})),
	...content.initiatieven.map((i) => ({
		soort: 'initiatieven' as const,
		id: i.file.file.id,
		titel: i.data.titel,
		href: urls.initiatief(i.file.file.id),
		verbanden: i.data.verbanden,
	})),
	...content.verhalen.filter(published).map((i) => ({
		soort: 'verhalen' as const,
		id: i.file.file.id,
		titel: i.data.titel,
		href: urls.verhaal(i.file.file.id),
		verbanden: i.data.verbanden,
	})),
	...content.nieuws.map((i) => ({
		soort: 'nieuws' as const,
		id: i.file.file.id,
		titel: i.data.titel,
		href: urls.nieuwsItem(i.file.file.id),
		verbanden: i.data.verbanden,
	})),
];
const byKey = new Map(nodes.map((n) => [`${n.soort}:${n.id}`, n]));
const pairs = nodes.flatMap((from) =>
	(Object.keys(from.verbanden) as Soort[]).flatMap((soort) =>
		from.verbanden[soort]
			.map((id) => byKey.get(`${soort}:${id}`))
			.filter((to): to is Node => !!to && to !== from)
			.map((to) => ({ from, to })),
	),
);
const group = (n: Node) => (n.soort === 'agenda' || n.soort === 'initiatieven' ? 'Hoort bij' : 'Hierover verteld');

/** The links under a heading of the chain section of a built page. */
function chainLinks(path: string, heading: string): string[] {
	const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
	const section = /<section class="chain-links"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
	const part = section.split(/<h2[^>]*>/).find((p) => p.startsWith(`${heading}</h2>`)) ?? '';
	return [...part.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
}

test.describe('the linked chain', () => {
	test('the demo links plans, initiatives, stories and news', () => {
		expect(pairs.length).toBeGreaterThanOrEqual(6);
		expect(new Set(pairs.flatMap((p) => [p.from.soort, p.to.soort]))).toEqual(
			new Set(['agenda', 'initiatieven', 'verhalen', 'nieuws']),
		);
	});

	test('every link shows on both pages, under the right heading', () => {
		for (const { from, to } of pairs) {
			expect(chainLinks(from.href, group(to)), `${from.href} → ${to.href}`).toContain(to.href);
			expect(chainLinks(to.href, group(from)), `${to.href} ← ${from.href}`).toContain(from.href);
		}
	});

	test('a reader goes from a plan to what came of it and back, by keyboard', async ({ page }) => {
		const pair = pairs.find((p) => p.from.soort === 'nieuws' && p.to.soort === 'agenda') ?? pairs[0]!;
		await page.goto(pair.from.href);
		const link = page.locator('.chain-links a', { hasText: pair.to.titel });
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${pair.to.href}$`));
		await expect(page.locator('.chain-links a', { hasText: pair.from.titel })).toHaveAttribute('href', pair.from.href);
	});
});

const wijkSlugs = content.wijken.map((w) => w.file.file.id);
const successes = [
	...content.agenda
		.filter((i) => i.data.status === 'gerealiseerd')
		.map((i) => ({ href: urls.agendaItem(i.file.file.id), datum: i.data.gerealiseerd!, wijken: [i.file.file.wijk!] })),
	...content.initiatieven
		.filter((i) => i.data.stap === 'uitgevoerd')
		.map((i) => ({ href: urls.initiatief(i.file.file.id), datum: i.data.datums.uitgevoerd!, wijken: [i.data.wijk] })),
	...content.verhalen
		.filter(published)
		.map((i) => ({ href: urls.verhaal(i.file.file.id), datum: i.data.verteld, wijken: [i.data.wijk] })),
	...content.nieuws
		.filter((i) => i.data.succes)
		.map((i) => ({ href: urls.nieuwsItem(i.file.file.id), datum: i.data.datum, wijken: i.data.wijken })),
];

async function listed(page: Page) {
	const cards = page.locator('main .cards > li');
	return {
		hrefs: await cards.locator('h2 a, h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
		dates: await cards.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!)),
	};
}

test.describe('successes', () => {
	test('the gemeente page lists every success exactly once, newest first', async ({ page }) => {
		await page.goto(urls.successen());
		const { hrefs, dates } = await listed(page);
		expect([...hrefs].sort()).toEqual(successes.map((s) => s.href).sort());
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('every wijk has successes, and its page lists only its own', async ({ page }) => {
		for (const wijk of wijkSlugs) {
			const own = successes.filter((s) => s.wijken.includes(wijk));
			expect(own.length, `successen in ${wijk}`).toBeGreaterThan(0);
			await page.goto(urls.wijkSuccessen(wijk));
			const { hrefs, dates } = await listed(page);
			expect([...hrefs].sort()).toEqual(own.map((s) => s.href).sort());
			expect(dates).toEqual([...dates].sort().reverse());
		}
	});

	test('a story whose consent has ended is no success and no link', () => {
		const ended = content.verhalen.filter((v) => !published(v));
		expect(ended.length).toBeGreaterThan(0);
		for (const v of ended) {
			for (const path of [urls.successen(), urls.wijkSuccessen(v.data.wijk)])
				expect(readFileSync(join(DIST, path, 'index.html'), 'utf8')).not.toContain(urls.verhaal(v.file.file.id));
		}
	});
});
