/** Initiatives and wijkbudgets as pages need them, read once. */
import { type CollectionEntry, getCollection } from 'astro:content';

import { budgetAccount, type BudgetYear } from '#lib/initiatieven/budget.ts';
import { type Inhabitants, inhabitantsFor } from '#lib/initiatieven/overview.ts';
import { currentStepDate } from '#lib/initiatieven/steps.ts';
import { gemeenteOf } from '#lib/wijkkompas/value-index.ts';

import { getPortaal, getWijken, once, type WijkEntry } from './portal.ts';
import { getKompasContext } from './wijkkompas.ts';

export type InitiatiefEntry = CollectionEntry<'initiatieven'>;

/** Every initiative, the most recent step first. */
export const getInitiatieven = once(async (): Promise<InitiatiefEntry[]> =>
	(await getCollection('initiatieven')).sort(
		(a, b) => currentStepDate(b.data).localeCompare(currentStepDate(a.data)) || a.id.localeCompare(b.id),
	),
);

export async function getInitiatievenOfWijk(wijk: string): Promise<InitiatiefEntry[]> {
	return (await getInitiatieven()).filter((i) => i.data.wijk === wijk);
}

const allBudgetten = once(() => getCollection('budgetten'));

/** The public account of a wijk's budget, newest year first (empty without budget.yaml and grants). */
export async function getBudgetAccount(wijk: string): Promise<BudgetYear[]> {
	const budget = (await allBudgetten()).find((b) => b.id === wijk);
	const initiatives = (await getInitiatievenOfWijk(wijk)).map((i) => ({ slug: i.id, data: i.data }));
	return budgetAccount(budget?.data.jaren ?? [], initiatives);
}

export interface WijkbudgetRow {
	wijk: WijkEntry;
	year: BudgetYear;
	/** Inhabitants in the budget year, or the latest year before it (wijkkompas indicator `inwoners`). */
	inwoners?: Inhabitants;
}

/**
 * The gemeente-wide overview: per gemeente, per budget year (newest first), one row per wijk
 * with a budget that year; the wijken without any budget are named apart.
 */
export const getWijkbudgetOverview = once(async () => {
	const [portaal, wijken, kompas] = await Promise.all([getPortaal(), getWijken(), getKompasContext()]);
	const accounts = await Promise.all(wijken.map(async (w) => ({ wijk: w, account: await getBudgetAccount(w.id) })));
	return portaal.gemeenten.map((gemeente) => {
		const mine = accounts.filter((a) => gemeenteOf(a.wijk.data.code) === gemeente.code);
		const jaren = [...new Set(mine.flatMap((a) => a.account.map((y) => y.jaar)))].sort((a, b) => b - a);
		return {
			gemeente,
			zonder: mine.filter((a) => a.account.length === 0).map((a) => a.wijk.data.naam),
			jaren: jaren.map((jaar) => {
				const rows: WijkbudgetRow[] = mine.flatMap(({ wijk, account }) => {
					const year = account.find((y) => y.jaar === jaar);
					if (!year) return [];
					const series = kompas?.kompas.input.values.series('inwoners', wijk.data.code);
					return [{ wijk, year, inwoners: inhabitantsFor(series, jaar) }];
				});
				const missing = mine
					.filter((a) => a.account.length > 0 && !a.account.some((y) => y.jaar === jaar))
					.map((a) => a.wijk.data.naam);
				return { jaar, rows, missing, perInwoners: rows.some((r) => r.inwoners) };
			}),
		};
	});
});
