/**
 * The sociale kaart per category: entries grouped in the order of the schema, each group
 * sorted by name, and the counts per category for the wijk page.
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { dutchCollator } from '#lib/site/collator.ts';
import { ORGANISATIE_CATEGORIEEN, type OrganisatieCategorie } from '#schemas/organisatie.ts';

/** The heading of each category, as residents read it. */
export const CATEGORIE_LABELS: Record<OrganisatieCategorie, string> = {
	onderwijs: 'Onderwijs',
	kinderopvang: 'Kinderopvang',
	'welzijn en zorg': 'Welzijn en zorg',
	sport: 'Sport',
	cultuur: 'Cultuur',
	ondernemers: 'Ondernemers',
	bewonersorganisaties: 'Bewonersorganisaties',
	geloofsgemeenschappen: 'Geloofsgemeenschappen',
	overig: 'Overig',
};

const CATEGORIE_KEYS: Record<OrganisatieCategorie, MessageKey> = {
	onderwijs: 'socialekaart.categorie.onderwijs',
	kinderopvang: 'socialekaart.categorie.kinderopvang',
	'welzijn en zorg': 'socialekaart.categorie.welzijnEnZorg',
	sport: 'socialekaart.categorie.sport',
	cultuur: 'socialekaart.categorie.cultuur',
	ondernemers: 'socialekaart.categorie.ondernemers',
	bewonersorganisaties: 'socialekaart.categorie.bewonersorganisaties',
	geloofsgemeenschappen: 'socialekaart.categorie.geloofsgemeenschappen',
	overig: 'socialekaart.categorie.overig',
};

/** The heading of a category in a language (CATEGORIE_LABELS are the Dutch words). */
export const categorieLabel = (categorie: OrganisatieCategorie, taal: Taal = 'nl'): string =>
	i18n(taal).t(CATEGORIE_KEYS[categorie]);

/** The in-page anchor of a category: "welzijn-en-zorg". */
export const categorieAnchor = (categorie: OrganisatieCategorie) => categorie.replaceAll(' ', '-');

interface Entry {
	data: { naam: string; categorie: OrganisatieCategorie };
}

export interface CategorieGroup<T extends Entry> {
	categorie: OrganisatieCategorie;
	label: string;
	anchor: string;
	items: T[];
}

/**
 * Only the categories that have entries, in the schema's order; within one, by name (Dutch order:
 * the names are the organisations' own). Labels in the reader's language.
 */
export function groupByCategorie<T extends Entry>(entries: readonly T[], taal: Taal = 'nl'): CategorieGroup<T>[] {
	return ORGANISATIE_CATEGORIEEN.map((categorie) => ({
		categorie,
		label: categorieLabel(categorie, taal),
		anchor: categorieAnchor(categorie),
		items: entries
			.filter((e) => e.data.categorie === categorie)
			.sort((a, b) => dutchCollator.compare(a.data.naam, b.data.naam)),
	})).filter((g) => g.items.length > 0);
}

/** "1 organisatie", "3 organisaties" (in the reader's language). */
export const organisatiesCount = (n: number, taal: Taal = 'nl') => i18n(taal).t('socialekaart.aantal', { aantal: n });
