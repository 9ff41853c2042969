import { describe, expect, it } from 'vitest';

import {
	agendaFilters,
	countsPerWijk,
	filterName,
	filterPages,
	filterSentence,
	findOption,
	MAX_SLUG,
	OVERZICHT_FILTERS,
	uniqueSlugs,
	WIJK_FILTERS,
} from '#lib/agenda/filters.ts';
import { AGENDA_LABELS, nextStepText } from '#lib/agenda/labels.ts';
import { urls } from '#lib/site/urls.ts';
import { AGENDA_STATUSSEN, type AgendaStatus } from '#schemas/agenda.ts';

interface Item {
	id: string;
	data: { status: AgendaStatus; thema: string; buurt?: string; probleemeigenaar: string[] };
}

const item = (id: string, status: AgendaStatus, thema: string, owners: string[], buurt?: string): Item => ({
	id,
	data: { status, thema, probleemeigenaar: owners, ...(buurt ? { buurt } : {}) },
});

const ITEMS: Item[] = [
	item('noord/speeltuin', 'idee', 'sociaal leefbaar', ['Wijkplatform Noord'], 'BU01'),
	item('noord/bankjes', 'gepland', 'basis op orde', ['Gemeente Teststad', 'Wijkplatform Noord'], 'BU02'),
	item('noord/groen', 'gepland', 'toekomstbestendig', ['Gemeente Teststad'], 'BU01'),
	item('noord/klaar', 'gerealiseerd', 'basis op orde', ['R&B Bouw']),
	item('zuid/stoep', 'in uitvoering', 'basis op orde', ['R-B Bouw', ' Gemeente  Teststad ']),
];
const BUURTEN = [
	{ code: 'BU02', naam: 'Oude Haven' },
	{ code: 'BU01', naam: 'Kerkbuurt' },
];
const WIJKEN = [
	{ id: 'zuid', naam: 'Zuid' },
	{ id: 'noord', naam: 'Noord' },
	{ id: 'leeg', naam: 'Leeg' },
];
const THEMAS = ['basis op orde', 'vertrouwen', 'sociaal leefbaar', 'toekomstbestendig'];

const ids = (items: readonly Item[]) => items.map((i) => i.id).sort();
const group = (
	soort: string,
	groups = agendaFilters(ITEMS, [...WIJK_FILTERS, 'wijk'], { buurten: BUURTEN, wijken: WIJKEN, themas: THEMAS }),
) => groups.find((g) => g.soort === soort)!;

describe('agendaFilters', () => {
	it('lists every status in order, with zero counts, and the counts add up to the number of items', () => {
		const status = group('status');
		expect(status.label).toBe('Status');
		expect(status.options.map((o) => [o.value, o.label, o.count])).toEqual([
			['idee', 'Idee', 1],
			['gepland', 'Gepland', 2],
			['in-uitvoering', 'In uitvoering', 1],
			['gerealiseerd', 'Gerealiseerd', 1],
			['geschrapt', 'Geschrapt', 0],
		]);
		expect(status.options.reduce((sum, o) => sum + o.count, 0)).toBe(ITEMS.length);
	});

	it('lists only the themes that occur, in the gemeente order, each with exactly its items', () => {
		const thema = group('thema');
		expect(thema.options.map((o) => o.label)).toEqual(['Basis op orde', 'Sociaal leefbaar', 'Toekomstbestendig']);
		expect(ids(thema.options[0]!.items)).toEqual(['noord/bankjes', 'noord/klaar', 'zuid/stoep']);
		expect(thema.options[0]!.value).toBe('basis-op-orde');
	});

	it('names buurten by their name in the wijk order, and leaves items without a buurt out', () => {
		const buurt = group('buurt');
		expect(buurt.options.map((o) => [o.value, o.label, o.count])).toEqual([
			['oude-haven', 'Oude Haven', 1],
			['kerkbuurt', 'Kerkbuurt', 2],
		]);
	});

	it('counts an item under each of its owners, and gives owners whose slugs collide their own page', () => {
		const eigenaar = group('eigenaar');
		expect(eigenaar.label).toBe(AGENDA_LABELS.probleemeigenaar);
		expect(eigenaar.options.map((o) => [o.label, o.value, o.count])).toEqual([
			['Gemeente Teststad', 'gemeente-teststad', 3],
			['R-B Bouw', 'r-b-bouw', 1],
			['R&B Bouw', 'r-b-bouw-2', 1],
			['Wijkplatform Noord', 'wijkplatform-noord', 2],
		]);
		const values = eigenaar.options.map((o) => o.value);
		expect(new Set(values).size).toBe(values.length);
		// Extra spaces in a file do not make a second owner.
		expect(ids(eigenaar.options[0]!.items)).toEqual(['noord/bankjes', 'noord/groen', 'zuid/stoep']);
	});

	it('groups by wijk in the portal order and lists only wijken with items', () => {
		expect(group('wijk').options.map((o) => [o.value, o.label, o.count])).toEqual([
			['zuid', 'Zuid', 1],
			['noord', 'Noord', 4],
		]);
	});

	it('makes a filter page per value with items only, with addresses that differ', () => {
		const groups = agendaFilters(ITEMS, WIJK_FILTERS, { buurten: BUURTEN, themas: THEMAS });
		const pages = filterPages(groups);
		expect(pages.some((p) => p.soort === 'status' && p.value === 'geschrapt')).toBe(false);
		const addresses = pages.map((p) => urls.agendaFilter('noord', p.soort, p.value));
		expect(new Set(addresses).size).toBe(addresses.length);
		expect(addresses).toContain('/wijken/noord/agenda/eigenaar/r-b-bouw-2/');
		expect(findOption(groups, 'eigenaar', 'r-b-bouw-2')?.label).toBe('R&B Bouw');
		expect(findOption(groups, 'eigenaar', 'niemand')).toBeUndefined();
	});

	it('handles an empty agenda', () => {
		const groups = agendaFilters([], OVERZICHT_FILTERS, { wijken: WIJKEN });
		expect(filterPages(groups)).toEqual([]);
		expect(groups.find((g) => g.soort === 'status')!.options.every((o) => o.count === 0)).toBe(true);
	});

	it('stays linear: ten thousand items over a thousand wijken in well under a second', () => {
		const many = Array.from({ length: 10_000 }, (_, i) =>
			item(`w${i % 1000}/p${i}`, AGENDA_STATUSSEN[i % AGENDA_STATUSSEN.length]!, `thema ${i % 7}`, [
				`Eigenaar ${i % 500}`,
			]),
		);
		const wijken = Array.from({ length: 1000 }, (_, i) => ({ id: `w${i}`, naam: `Wijk ${i}` }));
		const start = performance.now();
		const groups = agendaFilters(many, OVERZICHT_FILTERS, { wijken });
		const rows = countsPerWijk(many, wijken);
		expect(performance.now() - start).toBeLessThan(1000);
		expect(groups.find((g) => g.soort === 'eigenaar')!.options).toHaveLength(500);
		expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(10_000);
	});
});

describe('uniqueSlugs', () => {
	it('numbers colliding slugs and never reuses a slug that exists already', () => {
		const slugs = uniqueSlugs(['A B', 'a-b', 'A b 2', 'a b'], 'eigenaar');
		expect([...slugs.values()]).toEqual(['a-b', 'a-b-2', 'a-b-2-2', 'a-b-3']);
	});
	it('cuts a very long label to a short address after a whole word, still unique', () => {
		const long = 'Lange naam '.repeat(40);
		const slugs = [...uniqueSlugs([long, `${long} twee`], 'eigenaar').values()];
		expect(slugs[0]!.length).toBeLessThanOrEqual(MAX_SLUG);
		expect(slugs[0]).toMatch(/^lange-naam(-lange-naam)*$/);
		expect(slugs[1]).toBe(`${slugs[0]}-2`);
	});
	it('makes the slug from the label when values and labels differ', () => {
		expect(uniqueSlugs([['BU01', 'Oude Haven']], 'buurt')).toEqual(new Map([['BU01', 'oude-haven']]));
	});
	it('gives a label without letters or digits the fallback', () => {
		expect(uniqueSlugs(['???', '!!!'], 'eigenaar')).toEqual(
			new Map([
				['???', 'eigenaar'],
				['!!!', 'eigenaar-2'],
			]),
		);
	});
});

describe('countsPerWijk', () => {
	it('counts per wijk and status, keeps wijken without items, and the rows add up', () => {
		const rows = countsPerWijk(ITEMS, WIJKEN);
		expect(rows.map((r) => [r.id, r.total])).toEqual([
			['zuid', 1],
			['noord', 4],
			['leeg', 0],
		]);
		expect(rows[1]!.counts).toEqual({ idee: 1, gepland: 2, 'in uitvoering': 0, gerealiseerd: 1, geschrapt: 0 });
		expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(ITEMS.length);
	});
});

describe('texts', () => {
	it('names a filter with the field label', () => {
		expect(filterName({ soort: 'eigenaar', label: 'Wijkplatform Noord' })).toBe('Eigenaar: Wijkplatform Noord');
		expect(filterSentence({ soort: 'status', label: 'Gepland', count: 2 })).toBe('2 punten met status Gepland');
		expect(filterSentence({ soort: 'wijk', label: 'Noord', count: 1 })).toBe('1 punt in Noord');
	});
	it('writes the next step on one line', () => {
		expect(nextStepText({ wat: ' De gemeente kiest een aannemer. ', wanneer: 'voorjaar 2027' })).toBe(
			'De gemeente kiest een aannemer. (voorjaar 2027)',
		);
	});
	it('has one label per field, and none of the old ones', () => {
		const labels = Object.values(AGENDA_LABELS);
		expect(new Set(labels).size).toBe(labels.length);
		expect(labels).not.toContain('Wie is eigenaar');
		expect(labels).not.toContain('Eigenaren');
		expect(AGENDA_LABELS.volgendeStap).toBe('Volgende stap');
		expect(AGENDA_LABELS.gewijzigd).toBe('Laatst gewijzigd');
	});
});
