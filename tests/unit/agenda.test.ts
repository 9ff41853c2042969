import { describe, expect, it } from 'vitest';

import { countByStatus, groupByStatus, isOpen, OPEN_STATUSSEN, recentlyRealised } from '#lib/agenda/agenda.ts';
import type { AgendaStatus } from '#schemas/agenda.ts';

interface Item {
	id: string;
	data: { status: AgendaStatus; gewijzigd: string; gerealiseerd?: string };
}

const item = (id: string, status: AgendaStatus, gewijzigd: string, gerealiseerd?: string): Item => ({
	id,
	data: { status, gewijzigd, ...(gerealiseerd ? { gerealiseerd } : {}) },
});

const ids = (items: readonly Item[]) => items.map((i) => i.id);

describe('groupByStatus', () => {
	it('orders groups idee, gepland, in uitvoering, gerealiseerd, geschrapt whatever the input order', () => {
		const items = [
			item('weg', 'geschrapt', '2026-01-10'),
			item('klaar', 'gerealiseerd', '2026-02-10', '2026-02-01'),
			item('bezig', 'in uitvoering', '2026-03-10'),
			item('plan', 'gepland', '2026-04-10'),
			item('idee', 'idee', '2026-05-10'),
		];
		const groups = groupByStatus(items);
		expect(groups.map((g) => g.status)).toEqual(['idee', 'gepland', 'in uitvoering', 'gerealiseerd', 'geschrapt']);
		expect(groups.map((g) => ids(g.items))).toEqual([['idee'], ['plan'], ['bezig'], ['klaar'], ['weg']]);
	});

	it('leaves out statuses without items', () => {
		const items = [item('a', 'geschrapt', '2026-01-10'), item('b', 'idee', '2026-01-11')];
		expect(groupByStatus(items).map((g) => g.status)).toEqual(['idee', 'geschrapt']);
	});

	it('returns no groups for an empty agenda', () => {
		expect(groupByStatus([])).toEqual([]);
	});

	it('puts the most recently changed item first within a group', () => {
		const items = [
			item('maart', 'gepland', '2026-03-01'),
			item('december-vorig-jaar', 'gepland', '2025-12-31'),
			item('september', 'gepland', '2026-09-02'),
			item('januari', 'gepland', '2026-01-15'),
		];
		const [group] = groupByStatus(items);
		expect(group?.status).toBe('gepland');
		expect(ids(group!.items)).toEqual(['september', 'maart', 'januari', 'december-vorig-jaar']);
	});

	it('does not change the order of the array it is given', () => {
		const items = [item('oud', 'idee', '2026-01-01'), item('nieuw', 'idee', '2026-06-01')];
		groupByStatus(items);
		expect(ids(items)).toEqual(['oud', 'nieuw']);
	});

	it('keeps only the statuses asked for, in the order asked', () => {
		const items = [
			item('klaar', 'gerealiseerd', '2026-02-10', '2026-02-01'),
			item('weg', 'geschrapt', '2026-03-10'),
			item('bezig', 'in uitvoering', '2026-04-10'),
			item('idee', 'idee', '2026-05-10'),
		];
		expect(groupByStatus(items, OPEN_STATUSSEN).map((g) => g.status)).toEqual(['idee', 'in uitvoering']);
		expect(groupByStatus(items, ['gerealiseerd', 'geschrapt']).map((g) => ids(g.items))).toEqual([['klaar'], ['weg']]);
	});
});

describe('countByStatus', () => {
	it('counts every status and includes statuses with zero items', () => {
		const items = [
			item('a', 'idee', '2026-01-01'),
			item('b', 'idee', '2026-01-02'),
			item('c', 'gepland', '2026-01-03'),
			item('d', 'geschrapt', '2026-01-04'),
			item('e', 'idee', '2026-01-05'),
		];
		expect(countByStatus(items)).toEqual({
			idee: 3,
			gepland: 1,
			'in uitvoering': 0,
			gerealiseerd: 0,
			geschrapt: 1,
		});
	});

	it('gives all zeros for an empty agenda', () => {
		expect(countByStatus([])).toEqual({ idee: 0, gepland: 0, 'in uitvoering': 0, gerealiseerd: 0, geschrapt: 0 });
	});
});

describe('recentlyRealised', () => {
	const items = [
		item('bankjes', 'gerealiseerd', '2026-05-01', '2026-04-20'),
		item('idee', 'idee', '2026-09-30'),
		item('speeltuin', 'gerealiseerd', '2026-10-02', '2026-10-01'),
		item('lantaarns', 'gerealiseerd', '2025-12-01', '2025-11-30'),
		item('bomen', 'gerealiseerd', '2026-08-01', '2026-07-15'),
		item('weg', 'geschrapt', '2026-10-05'),
	];

	it('returns only realised items, most recently realised first, three by default', () => {
		expect(ids(recentlyRealised(items))).toEqual(['speeltuin', 'bomen', 'bankjes']);
	});

	it('respects the limit', () => {
		expect(ids(recentlyRealised(items, 1))).toEqual(['speeltuin']);
		expect(ids(recentlyRealised(items, 10))).toEqual(['speeltuin', 'bomen', 'bankjes', 'lantaarns']);
	});

	it('orders by the date realised, not by the date last changed', () => {
		const twisted = [
			item('eerder-klaar-later-gewijzigd', 'gerealiseerd', '2026-12-01', '2026-03-01'),
			item('later-klaar', 'gerealiseerd', '2026-06-01', '2026-05-31'),
		];
		expect(ids(recentlyRealised(twisted))).toEqual(['later-klaar', 'eerder-klaar-later-gewijzigd']);
	});

	it('returns nothing when no item is realised', () => {
		expect(recentlyRealised([item('a', 'gepland', '2026-01-01')])).toEqual([]);
	});
});

describe('isOpen', () => {
	it('is true for items that still need work', () => {
		expect(isOpen({ status: 'idee' })).toBe(true);
		expect(isOpen({ status: 'gepland' })).toBe(true);
		expect(isOpen({ status: 'in uitvoering' })).toBe(true);
	});

	it('is false for realised and cancelled items', () => {
		expect(isOpen({ status: 'gerealiseerd' })).toBe(false);
		expect(isOpen({ status: 'geschrapt' })).toBe(false);
	});
});
