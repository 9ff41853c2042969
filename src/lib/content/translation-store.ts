/**
 * How the Astro loader keeps an entry's translations, so that pages find them on the entry itself
 * (src/data/vertaling.ts, src/components/site/Inhoud.astro): beside the rendered body, in
 * `rendered.metadata.vertalingen`, one record per language. The entry's `data` stays exactly as
 * the schema made it, so code that reads an entry's fields never meets a translation by surprise.
 */
import { isTaal, type Taal } from '#lib/i18n/talen.ts';

export interface StoredTranslation {
	/** The original's data with the translated fields laid over it (the collection's schema applied). */
	data: Record<string, unknown>;
	/** The translated body, rendered by the one safe Markdown renderer ('' without a translated body). */
	html: string;
	/** The translated body as the translator wrote it (Markdown; '' without one), for plain-text excerpts. */
	body: string;
	/** The dotted paths of the translated fields. */
	velden: string[];
}

export type StoredTranslations = Partial<Record<Exclude<Taal, 'nl'>, StoredTranslation>>;

/** The key in `rendered.metadata`. */
export const TRANSLATIONS_KEY = 'vertalingen';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** The translation of an entry (as getCollection returns it) in one language, if it has one. */
export function storedTranslation(entry: unknown, taal: Taal): StoredTranslation | undefined {
	if (taal === 'nl' || !isRecord(entry) || !isRecord(entry.rendered)) return undefined;
	const metadata = entry.rendered.metadata;
	if (!isRecord(metadata) || !isRecord(metadata[TRANSLATIONS_KEY])) return undefined;
	const stored = metadata[TRANSLATIONS_KEY][taal];
	if (!isRecord(stored) || !isRecord(stored.data) || typeof stored.html !== 'string') return undefined;
	return {
		data: stored.data,
		html: stored.html,
		body: typeof stored.body === 'string' ? stored.body : '',
		velden: Array.isArray(stored.velden) ? stored.velden.filter((v): v is string => typeof v === 'string') : [],
	};
}

/** The languages an entry has a translation in. */
export function translatedLanguages(entry: unknown): Taal[] {
	if (!isRecord(entry) || !isRecord(entry.rendered) || !isRecord(entry.rendered.metadata)) return [];
	const stored = entry.rendered.metadata[TRANSLATIONS_KEY];
	return isRecord(stored) ? Object.keys(stored).filter(isTaal) : [];
}
