/**
 * The wijkkompas's words in the reader's language: the message catalogue
 * (src/i18n/<taal>/wijkkompas.json), how an area is named inside a sentence, lists of years,
 * and an indicator's or thema's name and explanation from its `vertalingen` in
 * indicatoren.yaml. Pure: every function takes the language, Dutch by default, so callers
 * outside the pages (tests, open data) keep the Dutch text.
 */
import { type I18n, i18n, type MessageKey } from '#i18n/index.ts';
import { intlLocale, type Taal } from '#lib/i18n/talen.ts';
import type { Indicator, IndicatorThema } from '#schemas/indicatoren.ts';

export type { Taal } from '#lib/i18n/talen.ts';

/** The catalogue of a language (memoised by i18n). */
export const kompasText = (taal: Taal = 'nl'): I18n => i18n(taal);

/** What kind of area a sentence is about: "deze wijk", "dit dorp", "deze buurt", "dit gebied", "de gemeente". */
export type AreaKind = 'gemeente' | 'wijk' | 'dorp' | 'buurt' | 'eigen';
/**
 * Where the area's name stands in a sentence: as its subject, after "voor" (for) or after "in".
 * Dutch writes "deze wijk" in all three; other languages need their own case (Polish "ta
 * dzielnica", "dla tej dzielnicy", "w tej dzielnicy").
 */
export type NounForm = 'onderwerp' | 'voor' | 'in';

export function areaKind(area: { level: string }, soort?: 'wijk' | 'dorp'): AreaKind {
	if (area.level === 'gemeente' || area.level === 'buurt' || area.level === 'eigen') return area.level;
	return soort === 'dorp' ? 'dorp' : 'wijk';
}

/** "deze wijk" in the form the sentence needs. */
export const areaNounIn = (kind: AreaKind, form: NounForm, taal: Taal = 'nl'): string =>
	i18n(taal).t(`wijkkompas.gebied.${kind}.${form}` satisfies MessageKey);

/**
 * A list in the language's words: "2019, 2021 en 2025", "2019, 2021 and 2025".
 * (Intl.ListFormat: Dutch writes exactly what the portal wrote before.)
 */
const lists = new Map<Taal, Intl.ListFormat>();
export function joinList(items: readonly string[], taal: Taal = 'nl'): string {
	if (items.length <= 1) return items[0] ?? '';
	let list = lists.get(taal);
	if (!list) lists.set(taal, (list = new Intl.ListFormat(intlLocale(taal), { type: 'conjunction' })));
	return list.format(items);
}

export interface IndicatorText {
	naam: string;
	/** How the indicator reads inside a sentence; only when it is in `taal` (a Dutch phrase in an English sentence reads badly). */
	inZin?: string;
	omschrijving: string;
	/** The language the name and explanation are in: the reader's when translated, else nl. */
	taal: Taal;
	vertaald: boolean;
}

/**
 * An indicator's name and explanation in the reader's language, from its `vertalingen` in
 * indicatoren.yaml; without a translation the Dutch text (`taal: 'nl'`, so pages mark it with
 * `lang="nl"`).
 */
export function indicatorText(
	ind: Pick<Indicator, 'naam' | 'inZin' | 'omschrijving' | 'vertalingen'>,
	taal: Taal = 'nl',
): IndicatorText {
	const own = taal === 'nl' ? undefined : ind.vertalingen?.[taal];
	if (!own) {
		return {
			naam: ind.naam,
			...(taal === 'nl' && ind.inZin !== undefined && { inZin: ind.inZin }),
			omschrijving: ind.omschrijving,
			taal: 'nl',
			vertaald: taal === 'nl',
		};
	}
	return {
		naam: own.naam,
		...(own.inZin !== undefined && { inZin: own.inZin }),
		omschrijving: own.omschrijving,
		taal,
		vertaald: true,
	};
}

/** The indicator with its name, inZin and omschrijving in the reader's language, for the text builders. */
export function localIndicator<I extends Indicator>(ind: I, taal: Taal): I {
	if (taal === 'nl') return ind;
	const text = indicatorText(ind, taal);
	return { ...ind, naam: text.naam, inZin: text.inZin, omschrijving: text.omschrijving };
}

export interface ThemaText {
	naam: string;
	/** The language the name is in: the reader's when translated, else nl. */
	naamTaal: Taal;
	omschrijving?: string;
	omschrijvingTaal: Taal;
}

/** A thema's name and description in the reader's language (its address stays the Dutch name's slug). */
export function themaText(thema: IndicatorThema, taal: Taal = 'nl'): ThemaText {
	const own = taal === 'nl' ? undefined : thema.vertalingen?.[taal];
	const omschrijving = own?.omschrijving ?? thema.omschrijving;
	return {
		naam: own?.naam ?? thema.naam,
		naamTaal: own ? taal : 'nl',
		...(omschrijving !== undefined && { omschrijving }),
		omschrijvingTaal: own?.omschrijving !== undefined ? taal : 'nl',
	};
}

/** The `lang` attribute of text in `textTaal` on a page in `pageTaal`: only when they differ. */
export const langOf = (textTaal: Taal, pageTaal: Taal): Taal | undefined =>
	textTaal === pageTaal ? undefined : textTaal;

/** A thema's name inside a sentence or heading: "Thema-index wonen", "Theme index housing". */
export const themaInZin = (naam: string, taal: Taal = 'nl') => naam.toLocaleLowerCase(intlLocale(taal));
