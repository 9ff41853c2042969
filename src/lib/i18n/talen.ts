/**
 * The languages a portal can offer. Dutch is the source language: its pages have no prefix
 * (`/wijken/…`), every other language lives under its code (`/en/wijken/…`). The interface of
 * every language here is complete (tests/unit catalogue test); content is translated per file.
 */
export const TALEN = ['nl', 'en', 'pl', 'tr', 'ar'] as const;
export type Taal = (typeof TALEN)[number];
export const BRONTAAL: Taal = 'nl';

interface TaalInfo {
	/** The language's own name, as a reader of it looks for it in a language switch. */
	naam: string;
	/** Its name in Dutch (editors' messages and docs stay Dutch). */
	nederlands: string;
	dir: 'ltr' | 'rtl';
	/** The locale for Intl: numbers, dates and times (always Latin digits, so figures and charts match). */
	intl: string;
}

export const TAAL_INFO: Record<Taal, TaalInfo> = {
	nl: { naam: 'Nederlands', nederlands: 'Nederlands', dir: 'ltr', intl: 'nl-NL' },
	en: { naam: 'English', nederlands: 'Engels', dir: 'ltr', intl: 'en-GB' },
	pl: { naam: 'Polski', nederlands: 'Pools', dir: 'ltr', intl: 'pl-PL' },
	tr: { naam: 'Türkçe', nederlands: 'Turks', dir: 'ltr', intl: 'tr-TR' },
	ar: { naam: 'العربية', nederlands: 'Arabisch', dir: 'rtl', intl: 'ar-u-nu-latn' },
};

export const isTaal = (value: unknown): value is Taal =>
	typeof value === 'string' && (TALEN as readonly string[]).includes(value);

export const taalDir = (taal: Taal) => TAAL_INFO[taal].dir;
export const intlLocale = (taal: Taal) => TAAL_INFO[taal].intl;
