/**
 * What the initiative pages show besides the account itself: the filter options with their
 * counts, who a resident turns to to start an initiative, and the wijkbudget per 1.000
 * inwoners. Pure functions over checked content.
 */
import { type Initiatief, STANDAARD_BIJDRAGEN, type Stap, STAPPEN } from '#schemas/initiatief.ts';
import type { Contact, ContactRol } from '#schemas/wijk.ts';

import { STAP_LABELS } from './steps.ts';

export interface FilterOption {
	/** The value as written in the files (stap, bijdrage) or the wijk folder. */
	value: string;
	label: string;
	count: number;
}

type Counted = Pick<Initiatief, 'wijk' | 'stap' | 'bijdrage'>;

/** Every step, in order, with the number of initiatives that are at it now. */
export function stepOptions(items: readonly Counted[]): FilterOption[] {
	return STAPPEN.map((stap: Stap) => ({
		value: stap,
		label: STAP_LABELS[stap],
		count: items.filter((i) => i.stap === stap).length,
	}));
}

/** The standard contributions first, then the gemeente's own thema's that initiatives name. */
export function contributionOptions(items: readonly Counted[]): FilterOption[] {
	const collator = new Intl.Collator('nl-NL', { sensitivity: 'base' });
	const used = [...new Set(items.flatMap((i) => i.bijdrage))]
		.filter((b) => !(STANDAARD_BIJDRAGEN as readonly string[]).includes(b))
		.sort(collator.compare);
	return [...STANDAARD_BIJDRAGEN, ...used].map((b) => ({
		value: b,
		label: b.charAt(0).toUpperCase() + b.slice(1),
		count: items.filter((i) => i.bijdrage.includes(b)).length,
	}));
}

/** Every wijk in content order, with its number of initiatives. */
export function wijkOptions(
	items: readonly Counted[],
	wijken: readonly { id: string; naam: string }[],
): FilterOption[] {
	return wijken.map((w) => ({ value: w.id, label: w.naam, count: items.filter((i) => i.wijk === w.id).length }));
}

/** Roles that help residents start an initiative, best first. */
export const STARTER_ROLES: readonly (readonly ContactRol[])[] = [['opbouwwerker'], ['wijkregisseur', 'wijkteam']];

/** The contacts of a wijk who help start an initiative: the opbouwwerker, else the wijkregisseur or wijkteam. */
export function starterContacts(contacts: readonly Contact[]): Contact[] {
	for (const roles of STARTER_ROLES) {
		const found = contacts.filter((c) => roles.includes(c.rol));
		if (found.length) return found;
	}
	return [];
}

export interface Inhabitants {
	aantal: number;
	/** The year the number is from: the budget year itself or the latest year before it. */
	jaar: number;
}

/**
 * The number of inhabitants for a budget year: that year's figure, or the latest known
 * figure before it. Unknown values (null) are skipped; no figure gives undefined.
 */
export function inhabitantsFor(
	series: ReadonlyMap<number, { waarde: number | null }> | undefined,
	jaar: number,
): Inhabitants | undefined {
	if (!series) return undefined;
	const years = [...series.keys()].filter((y) => y <= jaar && typeof series.get(y)!.waarde === 'number');
	if (!years.length) return undefined;
	const best = Math.max(...years);
	const aantal = series.get(best)!.waarde!;
	return aantal > 0 ? { aantal, jaar: best } : undefined;
}

/** An amount per 1.000 inhabitants, rounded to whole euros. */
export function perThousand(amount: number, inhabitants: number): number {
	return Math.round((amount * 1000) / inhabitants);
}
