/**
 * The sociale kaart per category: entries grouped in the order of the schema, each group
 * sorted by name, and the counts per category for the wijk page.
 */
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

/** Only the categories that have entries, in the schema's order; within one, by name (Dutch order). */
export function groupByCategorie<T extends Entry>(entries: readonly T[]): CategorieGroup<T>[] {
	return ORGANISATIE_CATEGORIEEN.map((categorie) => ({
		categorie,
		label: CATEGORIE_LABELS[categorie],
		anchor: categorieAnchor(categorie),
		items: entries
			.filter((e) => e.data.categorie === categorie)
			.sort((a, b) => dutchCollator.compare(a.data.naam, b.data.naam)),
	})).filter((g) => g.items.length > 0);
}

/** "1 organisatie", "3 organisaties". */
export const organisatiesCount = (n: number) => (n === 1 ? '1 organisatie' : `${n} organisaties`);
