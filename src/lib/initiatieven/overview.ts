/**
 * What the initiative pages show besides the account itself: the filter options with their
 * counts, who a resident turns to to start an initiative, and the wijkbudget per 1.000
 * inwoners. Pure functions over checked content.
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { type Initiatief, STANDAARD_BIJDRAGEN, type Stap, STAPPEN } from '#schemas/initiatief.ts';
import type { Contact, ContactRol } from '#schemas/wijk.ts';

import { stapLabel } from './steps.ts';

export interface FilterOption {
	/** The value as written in the files (stap, bijdrage) or the wijk folder. */
	value: string;
	label: string;
	count: number;
	/** True when the label is still the Dutch word (a gemeente's own thema on a page in another language). */
	dutch?: boolean;
}

type Counted = Pick<Initiatief, 'wijk' | 'stap' | 'bijdrage'>;

/** Every step, in order, with the number of initiatives that are at it now. */
export function stepOptions(items: readonly Counted[], taal: Taal = 'nl'): FilterOption[] {
	return STAPPEN.map((stap: Stap) => ({
		value: stap,
		label: stapLabel(stap, taal),
		count: items.filter((i) => i.stap === stap).length,
	}));
}

const BIJDRAGE_KEYS: Record<(typeof STANDAARD_BIJDRAGEN)[number], MessageKey> = {
	verbinding: 'initiatieven.bijdrage.verbinding',
	leefbaarheid: 'initiatieven.bijdrage.leefbaarheid',
	'onderlinge hulp': 'initiatieven.bijdrage.onderlingeHulp',
};

const isStandaard = (bijdrage: string): bijdrage is (typeof STANDAARD_BIJDRAGEN)[number] =>
	(STANDAARD_BIJDRAGEN as readonly string[]).includes(bijdrage);

/**
 * A contribution as a word inside a sentence or list ("verbinding", "connection"). A gemeente's
 * own thema stays as the editors wrote it (`dutch: true` on a page in another language).
 */
export function bijdrageWord(bijdrage: string, taal: Taal = 'nl'): { text: string; dutch: boolean } {
	if (taal === 'nl') return { text: bijdrage, dutch: false };
	return isStandaard(bijdrage)
		? { text: i18n(taal).t(BIJDRAGE_KEYS[bijdrage]), dutch: false }
		: { text: bijdrage, dutch: true };
}

const capitalise = (text: string, taal: Taal) => text.charAt(0).toLocaleUpperCase(taal) + text.slice(1);

/** A contribution as a label ("Onderlinge hulp"). */
export function bijdrageLabel(bijdrage: string, taal: Taal = 'nl'): { text: string; dutch: boolean } {
	const word = bijdrageWord(bijdrage, taal);
	return { ...word, text: capitalise(word.text, taal) };
}

/** The standard contributions first, then the gemeente's own thema's that initiatives name. */
export function contributionOptions(items: readonly Counted[], taal: Taal = 'nl'): FilterOption[] {
	const collator = new Intl.Collator('nl-NL', { sensitivity: 'base' });
	const used = [...new Set(items.flatMap((i) => i.bijdrage))]
		.filter((b) => !(STANDAARD_BIJDRAGEN as readonly string[]).includes(b))
		.sort(collator.compare);
	return [...STANDAARD_BIJDRAGEN, ...used].map((b) => {
		const label = bijdrageLabel(b, taal);
		return {
			value: b,
			label: label.text,
			count: items.filter((i) => i.bijdrage.includes(b)).length,
			...(label.dutch ? { dutch: true } : {}),
		};
	});
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
