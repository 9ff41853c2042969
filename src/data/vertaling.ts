/**
 * Content in the reader's language: an entry with the fields of its translation file
 * (`<naam>.<taal>.md` beside the original) laid over the Dutch ones. Without a translation the
 * Dutch entry, with `taal: 'nl'` so the page marks it (`lang="nl"`, src/components/site/AlleenNederlands.astro).
 *
 * CONTRACT (implemented by the content-translation work): pages call only these two functions.
 */
import type { Taal } from '#lib/i18n/talen.ts';

export interface InTaal<D> {
	/** The entry's data, with the translated fields where a translation has them. */
	data: D;
	/** The language the text is in: the reader's when translated, else nl. */
	taal: Taal;
	vertaald: boolean;
}

export function inTaal<D>(entry: { data: D }, taal: Taal): InTaal<D> {
	void taal;
	return { data: entry.data, taal: 'nl', vertaald: false };
}
