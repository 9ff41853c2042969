import { describe, expect, it } from 'vitest';

import { notIndexed, searchDate, searchTags, thumbnailWidth, ZOEK_SOORTEN } from '#lib/zoeken/page-info.ts';

const pick = (tags: ReturnType<typeof searchTags>, attribute: string, key: string) =>
	tags.filter((t) => t.attribute === attribute && t.value === `${key}[content]`).map((t) => t.content);

describe('searchTags', () => {
	it('gives an agenda item its filters, a clean title and both dates', () => {
		const tags = searchTags(
			{
				soort: 'Agendapunt',
				title: 'Speeltuin Lindeplein',
				wijk: 'De Esch',
				thema: 'Openbare ruimte',
				status: 'In uitvoering',
				date: '2026-03-14',
			},
			'Speeltuin Lindeplein - wijkagenda De Esch',
		);
		expect(pick(tags, 'data-pagefind-filter', 'soort')).toEqual(['Agendapunt']);
		expect(pick(tags, 'data-pagefind-filter', 'wijk')).toEqual(['De Esch']);
		expect(pick(tags, 'data-pagefind-filter', 'thema')).toEqual(['Openbare ruimte']);
		expect(pick(tags, 'data-pagefind-filter', 'status')).toEqual(['In uitvoering']);
		expect(pick(tags, 'data-pagefind-meta', 'title')).toEqual(['Speeltuin Lindeplein']);
		expect(pick(tags, 'data-pagefind-meta', 'date')).toEqual(['2026-03-14']);
		expect(pick(tags, 'data-pagefind-meta', 'datum')).toEqual(['14 maart 2026']);
		expect(pick(tags, 'data-pagefind-sort', 'date')).toEqual(['2026-03-14']);
		expect(pick(tags, 'data-pagefind-meta', 'image')).toEqual([]);
	});

	it('takes the page title when there is no own title, and leaves out what the page does not have', () => {
		const tags = searchTags({ soort: 'Overzicht' }, 'Bewonersinitiatieven');
		expect(tags).toEqual([
			{ attribute: 'data-pagefind-filter', value: 'soort[content]', content: 'Overzicht' },
			{ attribute: 'data-pagefind-meta', value: 'title[content]', content: 'Bewonersinitiatieven' },
		]);
	});

	it('gives every wijk and thema once, without empty values or stray spaces', () => {
		const tags = searchTags(
			{ soort: 'Nieuws', wijk: ['Centrum', undefined, ' De  Esch ', 'Centrum'], thema: ['', 'Groen'] },
			'Bericht',
		);
		expect(pick(tags, 'data-pagefind-filter', 'wijk')).toEqual(['Centrum', 'De Esch']);
		expect(pick(tags, 'data-pagefind-filter', 'thema')).toEqual(['Groen']);
	});

	it('uses the day of a local date-time and drops a date that does not exist', () => {
		const activity = searchTags({ soort: 'Activiteit', date: '2026-12-08T19:30' }, 'Wijkschouw');
		expect(pick(activity, 'data-pagefind-meta', 'date')).toEqual(['2026-12-08']);
		expect(pick(activity, 'data-pagefind-meta', 'datum')).toEqual(['8 december 2026']);
		expect(pick(searchTags({ soort: 'Nieuws', date: '2026-02-30' }, 'X'), 'data-pagefind-meta', 'date')).toEqual([]);
	});

	it('adds the photo with its alt text only when its address is known', () => {
		const info = {
			soort: 'Verhaal',
			image: { pad: 'verhalen/beelden/bank.jpg', alt: 'Een bank in het park' },
		} as const;
		const tags = searchTags(info, 'Het bankje', '/beelden/verhalen/beelden/bank-640.jpg');
		expect(pick(tags, 'data-pagefind-meta', 'image')).toEqual(['/beelden/verhalen/beelden/bank-640.jpg']);
		expect(pick(tags, 'data-pagefind-meta', 'image_alt')).toEqual(['Een bank in het park']);
		expect(pick(searchTags(info, 'Het bankje'), 'data-pagefind-meta', 'image')).toEqual([]);
	});

	it('knows the kinds of pages by their Dutch singular names', () => {
		expect(ZOEK_SOORTEN).toEqual(expect.arrayContaining(['Wijk', 'Buurt', 'Agendapunt', 'Cijfers', 'Overzicht']));
		for (const soort of ZOEK_SOORTEN) expect(soort).toMatch(/^[A-Z][a-z]+$/);
	});
});

describe('searchDate', () => {
	it('keeps real days only', () => {
		expect(searchDate('2026-06-15')).toBe('2026-06-15');
		expect(searchDate('2026-06-15T10:00')).toBe('2026-06-15');
		expect(searchDate('2026-13-01')).toBeUndefined();
		expect(searchDate(undefined)).toBeUndefined();
	});
});

describe('thumbnailWidth', () => {
	it('takes the widest variant up to 640 pixels, or the narrowest when all are wider', () => {
		expect(thumbnailWidth([1920, 320, 960, 640, 1280])).toBe(640);
		expect(thumbnailWidth([320])).toBe(320);
		expect(thumbnailWidth([960, 1280])).toBe(960);
		expect(thumbnailWidth([])).toBeUndefined();
	});
});

describe('notIndexed', () => {
	it('leaves out the home page, the 404, the style guide, the search pages and the verhalenboek', () => {
		for (const url of [
			'/',
			'/404.html',
			'/stijl/',
			'/zoeken/',
			'/zoeken/straten/centrum/',
			'/wijken/centrum/verhalenboek/',
			'/activiteiten/archief/',
		])
			expect(notIndexed(url), url).toBe(true);
	});

	it('keeps the pages worth finding', () => {
		for (const url of [
			'/wijken/',
			'/wijken/centrum/',
			'/wijken/centrum/buurten/oude-markt/',
			'/wijken/centrum/cijfers/',
			'/initiatieven/',
			'/kaart/',
		])
			expect(notIndexed(url), url).toBe(false);
	});
});
