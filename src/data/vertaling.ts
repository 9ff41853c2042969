/**
 * Content in the reader's language: an entry with the fields of its translation file
 * (`<naam>.<taal>.md` beside the original) laid over the Dutch ones. Without a translation the
 * Dutch entry, with `taal: 'nl'` so the page marks it (`lang="nl"`, src/components/site/AlleenNederlands.astro).
 *
 * CONTRACT: pages call only `inTaal(entry, taal)` and `<Inhoud entry={…}/>` (the body). The loader
 * keeps the translations on the entry (src/loaders/wijkportaal-loader.ts,
 * src/lib/content/translation-store.ts); which fields a translation may hold is in src/schemas/vertaling.ts.
 */
import { storedTranslation, translatedLanguages } from '#lib/content/translation-store.ts';
import type { Taal } from '#lib/i18n/talen.ts';

export interface InTaal<D> {
	/** The entry's data, with the translated fields where a translation has them. */
	data: D;
	/** The language the text is in: the reader's when translated, else nl. */
	taal: Taal;
	/**
	 * True when a translation in the reader's language was laid over the Dutch text; always false
	 * on Dutch pages (the text is the original there, and needs no mark either).
	 */
	vertaald: boolean;
	/**
	 * The fields the translation holds, as dotted paths ("titel", "volgendeStap.wat"): a field not
	 * named here is still Dutch (names, and fields the translator left out). Empty without translation.
	 */
	velden: readonly string[];
	/** The translated body (Markdown) when the translation has one, for excerpts; pages show it with `<Inhoud>`. */
	body?: string;
}

/**
 * The entry's data in the reader's language. `entry` is a collection entry as the data accessors
 * return it (anything with the entry's `data`, and its `rendered` where the translations are kept).
 */
export function inTaal<D>(entry: { data: D }, taal: Taal): InTaal<D> {
	const translation = storedTranslation(entry, taal);
	if (!translation) return { data: entry.data, taal: 'nl', vertaald: false, velden: [] };
	return {
		data: translation.data as D,
		taal,
		vertaald: true,
		velden: translation.velden,
		...(translation.body && { body: translation.body }),
	};
}

/** True when this field (dotted path) of the entry is shown in the reader's language. */
export function isVertaald(inTaalResult: InTaal<unknown>, veld: string): boolean {
	return inTaalResult.vertaald && inTaalResult.velden.includes(veld);
}

/** The languages besides Dutch this entry has a translation in (e.g. for a note on the Dutch page). */
export function vertaaldIn(entry: { data: unknown }): Taal[] {
	return translatedLanguages(entry);
}
