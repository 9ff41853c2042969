import { describe, expect, it } from 'vitest';

import { budgetAccount, byGrantDate, type InitiativeRef, overGrants } from '#lib/initiatieven/budget.ts';
import { formatEuro, sumEuro } from '#lib/initiatieven/money.ts';
import type { BudgetJaar } from '#schemas/budget.ts';
import type { Initiatief } from '#schemas/initiatief.ts';

/** An initiative with money granted (or not, without `toegekend`). */
function initiative(
	slug: string,
	money: { toegekend?: number; besteed?: number; budgetjaar?: number; op?: string; stap?: Initiatief['stap'] },
): InitiativeRef {
	const granted = money.toegekend !== undefined;
	return {
		slug,
		data: {
			titel: slug,
			samenvatting: 'x',
			wijk: 'noord',
			stap: money.stap ?? (granted ? 'budget toegekend' : 'idee opgehaald'),
			datums: {
				'idee opgehaald': '2026-01-01',
				...(granted ? { 'plan uitgewerkt': '2026-01-10', 'budget toegekend': money.op ?? '2026-02-01' } : {}),
			},
			toegekend: money.toegekend,
			besteed: money.besteed,
			budgetjaar: money.budgetjaar,
			partners: [],
			bijdrage: ['verbinding'],
			fotos: [],
			verbanden: { agenda: [], initiatieven: [], verhalen: [], nieuws: [] },
		},
	};
}

const jaren: BudgetJaar[] = [
	{ jaar: 2025, beschikbaar: 1000 },
	{ jaar: 2026, beschikbaar: 0.3, toelichting: 'Een klein budget.' },
];

describe('sumEuro and formatEuro', () => {
	it('adds in whole cents, so 0.1 + 0.2 is exactly 0.3', () => {
		expect(sumEuro([0.1, 0.2])).toBe(0.3);
		expect(sumEuro([1000, -999.99])).toBe(0.01);
		expect(sumEuro([19.99, 19.99, 19.99, undefined])).toBe(59.97);
	});
	it('writes Dutch amounts with cents only when there are any', () => {
		expect(formatEuro(21500)).toBe('€ 21.500');
		expect(formatEuro(2750.25)).toBe('€ 2.750,25');
		expect(formatEuro(0.3)).toBe('€ 0,30');
	});
});

describe('budgetAccount', () => {
	it('adds up granted and spent per year from the initiatives, cent-exact, newest year first', () => {
		const account = budgetAccount(jaren, [
			initiative('a', { toegekend: 333.33, besteed: 100.1, budgetjaar: 2025 }),
			initiative('b', { toegekend: 333.33, besteed: 0.2, budgetjaar: 2025 }),
			initiative('c', { toegekend: 0.1, besteed: 0.1, budgetjaar: 2026 }),
			initiative('d', { toegekend: 0.2, budgetjaar: 2026 }),
			initiative('idee', {}),
		]);
		expect(account.map((y) => y.jaar)).toEqual([2026, 2025]);
		const [y2026, y2025] = account;
		expect(y2025).toMatchObject({ beschikbaar: 1000, toegekend: 666.66, besteed: 100.3, resterend: 333.34 });
		expect(y2026).toMatchObject({
			beschikbaar: 0.3,
			toegekend: 0.3,
			besteed: 0.1,
			resterend: 0,
			toelichting: 'Een klein budget.',
		});
		expect(y2025!.initiatieven.map((i) => i.slug)).toEqual(['a', 'b']);
	});

	it('lists a year that only initiatives name, without an available amount or what remains', () => {
		const [year] = budgetAccount([], [initiative('a', { toegekend: 50, budgetjaar: 2024 })]);
		expect(year).toMatchObject({ jaar: 2024, toegekend: 50, besteed: 0 });
		expect(year!.beschikbaar).toBeUndefined();
		expect(year!.resterend).toBeUndefined();
	});

	it('has a year of budget.yaml without grants, and nothing at all for a wijk without budget or grants', () => {
		expect(budgetAccount([{ jaar: 2027, beschikbaar: 500 }], [])).toEqual([
			{
				jaar: 2027,
				beschikbaar: 500,
				toelichting: undefined,
				toegekend: 0,
				besteed: 0,
				resterend: 500,
				initiatieven: [],
			},
		]);
		expect(budgetAccount([], [initiative('idee', {})])).toEqual([]);
	});

	it('lists the initiatives behind a year in the order the money was granted, then by slug', () => {
		const items = [
			initiative('laat', { toegekend: 1, budgetjaar: 2025, op: '2025-09-01' }),
			initiative('b-vroeg', { toegekend: 1, budgetjaar: 2025, op: '2025-03-01' }),
			initiative('a-vroeg', { toegekend: 1, budgetjaar: 2025, op: '2025-03-01' }),
		];
		expect(
			budgetAccount(jaren, items)
				.find((y) => y.jaar === 2025)!
				.initiatieven.map((i) => i.slug),
		).toEqual(['a-vroeg', 'b-vroeg', 'laat']);
		expect([...items].sort(byGrantDate).map((i) => i.slug)).toEqual(['a-vroeg', 'b-vroeg', 'laat']);
	});
});

describe('overGrants', () => {
	it('finds nothing when every grant fits, also when the budget is used to the last cent', () => {
		const items = [
			initiative('a', { toegekend: 999.99, budgetjaar: 2025 }),
			initiative('b', { toegekend: 0.01, budgetjaar: 2025 }),
			initiative('c', { toegekend: 0.1, budgetjaar: 2026 }),
			initiative('d', { toegekend: 0.2, budgetjaar: 2026 }),
		];
		expect(overGrants(jaren, items)).toEqual([]);
	});

	it('blames the grant that came later, with what remained before it, and keeps counting after it', () => {
		const items = [
			initiative('derde', { toegekend: 300, budgetjaar: 2025, op: '2025-06-01' }),
			initiative('eerste', { toegekend: 600, budgetjaar: 2025, op: '2025-02-01' }),
			initiative('tweede', { toegekend: 500, budgetjaar: 2025, op: '2025-04-01' }),
			initiative('vierde', { toegekend: 100.01, budgetjaar: 2025, op: '2025-08-01' }),
		];
		const over = overGrants(jaren, items);
		// 1000 - 600 = 400 left: 500 does not fit; 300 does (100 left); 100.01 does not.
		expect(over.map((o) => [o.initiative.slug, o.jaar, o.beschikbaar, o.remaining])).toEqual([
			['tweede', 2025, 1000, 400],
			['vierde', 2025, 1000, 100],
		]);
	});

	it('leaves years without a line in budget.yaml to the rule that reports them', () => {
		expect(overGrants([], [initiative('a', { toegekend: 10, budgetjaar: 2026 })])).toEqual([]);
	});
});
