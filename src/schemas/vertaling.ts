/**
 * Translations of content: a file beside the original with the language code before the
 * extension (`wijk.en.md` beside `wijk.md`, `agenda/speeltuin.pl.md` beside `speeltuin.md`).
 * A translation holds only the text fields of its kind (listed beside each schema, collected
 * here) and the text under the front matter; everything else (dates, status, codes, references)
 * comes from the original. Names (of wijken, buurten, organisations) are never translated.
 * The loader and the check: src/lib/content/translations.ts; pages: src/data/vertaling.ts.
 */
import { type Taal, TAAL_INFO, TALEN } from '#lib/i18n/talen.ts';

import { activiteitVertaalbaar } from './activiteit.ts';
import { agendaVertaalbaar } from './agenda.ts';
import { ambitieVertaalbaar } from './ambitie.ts';
import type { ContentKind } from './index.ts';
import { initiatiefVertaalbaar } from './initiatief.ts';
import { organisatieVertaalbaar } from './organisatie.ts';
import { verhaalVertaalbaar } from './verhaal.ts';
import { wijkVertaalbaar } from './wijk.ts';

/**
 * The translatable fields of each kind that can be translated, as dotted paths ("volgendeStap.wat").
 * A path ends in a text, or in a list of texts that the translation replaces as a whole.
 * Kinds not named here (news, budgets, the portal's settings, the wijkkompas) are Dutch only.
 */
export const VERTAALBAAR = {
	wijk: wijkVertaalbaar,
	ambitie: ambitieVertaalbaar,
	agenda: agendaVertaalbaar,
	activiteit: activiteitVertaalbaar,
	organisatie: organisatieVertaalbaar,
	initiatief: initiatiefVertaalbaar,
	verhaal: verhaalVertaalbaar,
} as const satisfies Partial<Record<ContentKind, readonly string[]>>;

export type VertaalbareSoort = keyof typeof VERTAALBAAR;

export const isVertaalbareSoort = (kind: ContentKind): kind is VertaalbareSoort => kind in VERTAALBAAR;

/** The translatable fields of a kind (none for a kind that is not translated). */
export function vertaalbareVelden(kind: ContentKind): readonly string[] {
	return isVertaalbareSoort(kind) ? VERTAALBAAR[kind] : [];
}

/** The languages a translation can be in: every language of the portal but Dutch, the source. */
export const VERTAALTALEN = TALEN.filter((taal) => taal !== 'nl');

/** "en (Engels), pl (Pools), tr (Turks) of ar (Arabisch)": the codes an editor can choose from, in Dutch. */
export function taalKeuzeTekst(talen: readonly Taal[] = VERTAALTALEN): string {
	const named = talen.map((taal) => `${taal} (${TAAL_INFO[taal].nederlands})`);
	return named.length > 1 ? `${named.slice(0, -1).join(', ')} of ${named.at(-1)}` : (named[0] ?? '');
}
