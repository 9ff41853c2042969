/** Feed items: news and successes, each once, newest first, with absolute links and Dutch calendar days. */
import { describe, expect, it } from 'vitest';

import { feedText } from '#lib/feeds/feed-text.ts';
import { dayStart, feedItems, type FeedNews, type FeedSucces } from '#lib/feeds/items.ts';
import { inSitemap, noWebadresNotice } from '#lib/feeds/webadres.ts';
import type { Succes } from '#lib/successen/successes.ts';

const W = 'https://wijken.example.nl';
const names = new Map([
	['noord', 'Noord'],
	['zuid', 'Zuid'],
]);
const news = (id: string, datum: string, extra: Partial<FeedNews> = {}): FeedNews => ({
	id,
	titel: `Bericht ${id}`,
	datum,
	samenvatting: `Over ${id} & <meer>`,
	wijken: ['noord'],
	succes: false,
	...extra,
});

describe('feedItems', () => {
	const successen: Succes[] = [
		{
			soort: 'nieuws',
			id: 'feest',
			titel: 'Bericht feest',
			datum: '2026-05-01',
			href: '/nieuws/feest/',
			wijken: ['noord'],
		},
		{
			soort: 'agenda',
			id: 'noord/bankjes',
			titel: 'Bankjes',
			datum: '2026-06-01',
			href: '/wijken/noord/agenda/bankjes/',
			wijken: ['noord'],
		},
		{
			soort: 'initiatieven',
			id: 'moestuin',
			titel: 'Moestuin',
			datum: '2026-03-10',
			samenvatting: 'Er groeit veel.',
			href: '/initiatieven/moestuin/',
			wijken: ['noord'],
		},
	];
	const items = feedItems(
		{ nieuws: [news('feest', '2026-05-01', { succes: true }), news('oud', '2025-01-02')], successen, wijkNames: names },
		W,
	);

	it('lists a news item that is also a success once, as news with the category Succes', () => {
		expect(items.map((i) => i.link)).toEqual([
			`${W}/wijken/noord/agenda/bankjes/`,
			`${W}/nieuws/feest/`,
			`${W}/initiatieven/moestuin/`,
			`${W}/nieuws/oud/`,
		]);
		expect(items[1]!.categories).toEqual(['Nieuws', 'Succes', 'Noord']);
	});

	it('describes successes in Dutch and keeps summaries as plain text (the feed writer escapes them)', () => {
		expect(items[0]!.description).toBe('Wijkagenda: gerealiseerd in Noord.');
		expect(items[0]!.categories).toEqual(['Succes', 'Wijkagenda: gerealiseerd', 'Noord']);
		expect(items[2]!.description).toBe('Er groeit veel.');
		expect(items[3]!.description).toBe('Over oud & <meer>');
	});

	it('dates items at the start of their day in the Netherlands, summer and winter', () => {
		expect(dayStart('2026-06-01').toISOString()).toBe('2026-05-31T22:00:00.000Z');
		expect(dayStart('2025-01-02').toISOString()).toBe('2025-01-01T23:00:00.000Z');
		expect(items[0]!.pubDate.toUTCString()).toBe('Sun, 31 May 2026 22:00:00 GMT');
	});

	it('in another language: links to the pages in it, translated categories, and Dutch texts marked as Dutch', () => {
		const translated: FeedSucces[] = [
			{
				...successen[2]!,
				titel: 'Vegetable garden',
				samenvatting: 'A lot grows.',
				vertaald: { titel: true, samenvatting: true },
			},
			{ ...successen[1]!, vertaald: { titel: false, samenvatting: false } },
			{
				...successen[1]!,
				id: 'zuid/plein',
				href: '/wijken/zuid/agenda/plein/',
				samenvatting: 'Het plein is klaar.',
				wijken: ['zuid'],
			},
		];
		const en = feedItems({ nieuws: [news('oud', '2025-01-02')], successen: translated, wijkNames: names }, W, 50, 'en');
		const byLink = new Map(en.map((i) => [i.link, i]));
		expect([...byLink.keys()].sort()).toEqual([
			`${W}/en/initiatieven/moestuin/`,
			`${W}/en/nieuws/oud/`,
			`${W}/en/wijken/noord/agenda/bankjes/`,
			`${W}/en/wijken/zuid/agenda/plein/`,
		]);
		expect(byLink.get(`${W}/en/initiatieven/moestuin/`)).toMatchObject({
			title: 'Vegetable garden',
			description: 'A lot grows.',
			categories: ['Success', "Residents' initiative: carried out", 'Noord'],
		});
		// Without a summary the description is made in the feed's language.
		expect(byLink.get(`${W}/en/wijken/noord/agenda/bankjes/`)!.description).toBe(
			'District agenda: completed in Noord.',
		);
		// A Dutch text says it is only in Dutch: news, and a summary nobody translated.
		expect(byLink.get(`${W}/en/nieuws/oud/`)).toMatchObject({
			description: 'This text is only available in Dutch. Over oud & <meer>',
			categories: ['News', 'Noord'],
		});
		expect(byLink.get(`${W}/en/wijken/zuid/agenda/plein/`)!.description).toBe(
			'This text is only available in Dutch. Het plein is klaar.',
		);
		// The Dutch feed has no such note.
		expect(feedItems({ nieuws: [news('oud', '2025-01-02')], successen: [], wijkNames: names }, W)[0]!.description).toBe(
			'Over oud & <meer>',
		);
	});

	it('keeps the newest items up to the limit', () => {
		const many = Array.from({ length: 60 }, (_, i) =>
			news(`n${i}`, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`),
		);
		const limited = feedItems({ nieuws: many, successen: [], wijkNames: names }, W);
		expect(limited).toHaveLength(50);
		const times = limited.map((i) => i.pubDate.getTime());
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(feedItems({ nieuws: many, successen: [], wijkNames: names }, W, 5)).toHaveLength(5);
	});
});

describe('sitemap and the missing webadres', () => {
	it('lists HTML pages only, not the 404 page or files', () => {
		expect(inSitemap(`${W}/wijken/noord/`)).toBe(true);
		expect(inSitemap(`${W}/`)).toBe(true);
		expect(inSitemap(`${W}/404/`)).toBe(false);
		expect(inSitemap(`${W}/rss.xml`)).toBe(false);
	});

	it('names the file and the fix in one Dutch line', () => {
		const line = noWebadresNotice('content/portaal.yaml');
		expect(line).not.toContain('\n');
		expect(line).toMatch(/^Let op: content\/portaal\.yaml heeft geen webadres\./);
		expect(line).toContain('webadres: https://');
	});
});

describe('text in a feed', () => {
	it('reaches a reader that renders HTML as the characters typed, never as markup', () => {
		expect(feedText('Tom & Jerry <script>alert(1)</script>')).toBe(
			'Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;',
		);
		expect(feedText("[klik](javascript:alert(1)) ' onfocus='x' JaVaScRiPt :x")).toBe(
			"[klik](javascript&#58;alert(1)) ' onfocus&#61;'x' JaVaScRiPt &#58;x",
		);
		expect(feedText("De foto's van de zomer: 12 mei")).toBe("De foto's van de zomer: 12 mei");
	});
});
