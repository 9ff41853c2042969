/** Initiatives and wijkbudgets as pages need them, read once. */
import { type CollectionEntry, getCollection } from 'astro:content';

import { budgetAccount, type BudgetYear } from '#lib/initiatieven/budget.ts';
import { currentStepDate } from '#lib/initiatieven/steps.ts';

import { once } from './portal.ts';

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
