/**
 * The map's words in the page's language. The island never imports the catalogue: the page
 * (src/components/kaart/InteractiveMap.astro) writes these texts, already in its language, as
 * JSON in `data-teksten` of <wijk-kaart>; the loader hands them over with the rest of the
 * configuration. Texts with a value carry `{name}` for it, filled in by `fill`. Links to pages
 * that come from the map data (/kaart/*.json, written once, in Dutch addresses) are moved into
 * the page's language with `pageHref`, and Dutch words from that data are marked `lang="nl"`.
 */
import { localizePath } from '#lib/i18n/paths.ts';
import type { Taal } from '#lib/i18n/talen.ts';

import type { PointKind } from './data.ts';

export type Level = 'wijken' | 'buurten';

export interface KaartTeksten {
	/** The page's language and its direction. */
	taal: Taal;
	dir: 'ltr' | 'rtl';
	laden: string;
	geladen: string;
	opnieuw: string;
	misluktLijst: string;
	misluktKaart: string;
	/** How to move the map (the canvas's description). */
	hulp: string;
	tonen: string;
	buurtgrenzen: string;
	/** "{laag} ({aantal})". */
	laagAantal: string;
	/** The layer switch of each kind of point. */
	lagen: Record<PointKind, string>;
	/** The kind of point in a popup's link. */
	soorten: Record<PointKind, string>;
	kleurMet: string;
	geenCijfers: string;
	kleurPer: string;
	niveau: Record<Level, string>;
	geenCijfersGetoond: string;
	/** "De kaart toont nu {indicator} per wijk." */
	toontNu: Record<Level, string>;
	/** With and without `{jaar}`. */
	legendaTitel: Record<Level, { jaar: string; geen: string }>;
	nietGetoond: string;
	geenCijfer: string;
	meerOver: string;
	cijferRegel: { jaar: string; geen: string };
	toonOpKaart: string;
	toonOpKaartVan: string;
	wijkenEnBuurten: string;
	plekken: string;
	meerOverPunt: string;
	popupWijk: string;
	popupBuurt: string;
	popupBuurtIn: string;
	naarStart: string;
	naarPagina: string;
	grenzen: string;
	/** MapLibre's own control texts (zoom buttons, popup close, attribution, gestures). */
	maplibre: Record<string, string>;
}

let current: KaartTeksten | undefined;

/** Set once by the map module from the page's texts. */
export function setTexts(texts: KaartTeksten): void {
	current = texts;
}

/** The texts of the page's map. */
export function texts(): KaartTeksten {
	if (!current) throw new Error('kaart: no texts (data-teksten)');
	return current;
}

/**
 * "{naam}" in `template` replaced by `values.naam`, for every value. On a right-to-left page
 * each value is isolated (U+2068 … U+2069), so a Dutch name keeps its own direction inside an
 * Arabic sentence and its parentheses stay where they belong.
 */
export function fill(template: string, values: Record<string, string | number>): string {
	const rtl = current?.dir === 'rtl';
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? (rtl ? `\u2068${values[name]}\u2069` : String(values[name])) : whole,
	);
}

/** A page address from the map data, in the page's language. */
export const pageHref = (href: string): string => localizePath(href, texts().taal);

/** `lang` for words from the map data (Dutch) on a page in another language. */
export const dataLang = (): string | undefined => (texts().taal === 'nl' ? undefined : 'nl');

/** `dir` for words from the map data on a right-to-left page: Dutch reads left to right. */
export const dataDir = (): string | undefined => (texts().dir === 'rtl' ? 'ltr' : undefined);
