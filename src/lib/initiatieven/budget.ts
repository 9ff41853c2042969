/**
 * The public account of a wijkbudget: per year what was available (budget.yaml), granted and
 * spent (added up from the initiatives, never typed twice) and what remains.
 */
import type { BudgetJaar } from '#schemas/budget.ts';
import type { Initiatief } from '#schemas/initiatief.ts';

import { sumEuro } from './money.ts';

export interface InitiativeRef {
	/** File name without .md. */
	slug: string;
	data: Initiatief;
}

export interface BudgetYear {
	jaar: number;
	/** Undefined when budget.yaml has no line for this year (only initiatives refer to it). */
	beschikbaar?: number;
	toelichting?: string;
	toegekend: number;
	besteed: number;
	/** beschikbaar − toegekend; undefined without beschikbaar. */
	resterend?: number;
	/** The initiatives behind the totals: every one with money granted from this year, by grant date. */
	initiatieven: InitiativeRef[];
}

/** Granted initiatives in the order the money was granted (then by slug). */
export function byGrantDate(a: InitiativeRef, b: InitiativeRef): number {
	const da = a.data.datums['budget toegekend'] ?? '';
	const db = b.data.datums['budget toegekend'] ?? '';
	return da.localeCompare(db) || a.slug.localeCompare(b.slug);
}

/**
 * @param jaren the lines of the wijk's budget.yaml (empty when it has none)
 * @param initiatives the wijk's initiatives (all steps; only those with money granted count)
 * @returns one entry per year, newest first
 */
export function budgetAccount(jaren: readonly BudgetJaar[], initiatives: readonly InitiativeRef[]): BudgetYear[] {
	const granted = initiatives.filter((i) => i.data.toegekend !== undefined && i.data.budgetjaar !== undefined);
	const years = new Set([...jaren.map((j) => j.jaar), ...granted.map((i) => i.data.budgetjaar!)]);
	return [...years]
		.sort((a, b) => b - a)
		.map((jaar) => {
			const line = jaren.find((j) => j.jaar === jaar);
			const behind = granted.filter((i) => i.data.budgetjaar === jaar).sort(byGrantDate);
			const toegekend = sumEuro(behind.map((i) => i.data.toegekend));
			const besteed = sumEuro(behind.map((i) => i.data.besteed));
			return {
				jaar,
				beschikbaar: line?.beschikbaar,
				toelichting: line?.toelichting,
				toegekend,
				besteed,
				resterend: line ? sumEuro([line.beschikbaar, -toegekend]) : undefined,
				initiatieven: behind,
			};
		});
}

export interface OverGrant {
	initiative: InitiativeRef;
	jaar: number;
	beschikbaar: number;
	/** What was left before this grant. */
	remaining: number;
}

/**
 * The grants that do not fit: walking the grants of a year in the order they were made, each
 * one that is more than what remained. Years without a line in budget.yaml are reported by
 * the rule itself.
 */
export function overGrants(jaren: readonly BudgetJaar[], initiatives: readonly InitiativeRef[]): OverGrant[] {
	const over: OverGrant[] = [];
	for (const year of budgetAccount(jaren, initiatives)) {
		if (year.beschikbaar === undefined) continue;
		let remaining = year.beschikbaar;
		for (const initiative of year.initiatieven) {
			const amount = initiative.data.toegekend!;
			if (Math.round(amount * 100) > Math.round(remaining * 100)) {
				over.push({ initiative, jaar: year.jaar, beschikbaar: year.beschikbaar, remaining });
			} else remaining = sumEuro([remaining, -amount]);
		}
	}
	return over;
}
