/**
 * The texts of the search and address lookup islands (src/islands/zoeken/) in the page's language.
 * The islands never import the catalogue: the Astro component that renders an island makes these
 * texts with `i18n(taal)` and passes them in as props. Messages keep `{name}` placeholders that the
 * island fills in the browser (`fill`); a count gets one text per plural category of the language,
 * chosen with `Intl.PluralRules` (`plural`). Pure: shared by build time and browser.
 */
import type { MessageKey } from '#i18n/index.ts';
import { BRONTAAL, intlLocale, type Taal } from '#lib/i18n/talen.ts';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** One text per plural category of the language (`one`, `few`, `other`, …); `{tal}` is the number. */
export type PluralTexts = Partial<Record<Intl.LDMLPluralRule, string>>;

/** What the address lookup says (src/islands/zoeken/address.ts and AdresAntwoord.tsx). */
export interface AdresTeksten {
	geenPostcode: string;
	onbekendePostcode: string;
	onbekendNummer: string;
	meerBuurten: string;
	vierCijfers: string;
	geenStraat: string;
	kortStraat: string;
	straatInMeer: string;
	nummerNietInStraat: string;
	kiesStraat: string;
	ligtIn: string;
	postcode: string;
	buurtLink: string;
	wijkVan: string;
	buurtKlein: string;
	of: string;
	geenAdresData: string;
}

/** Texts every search field needs (header and /zoeken/). */
export interface ZoekTeksten {
	/** The page's language: links into the site follow it, numbers and plurals use its locale. */
	taal: Taal;
	locale: string;
	label: string;
	hint?: string;
	knop: string;
	bezig: string;
	geenIndex: string;
	alleResultaten: string;
	geenResultaten: string;
	resultaten: PluralTexts;
	soortBuurt: string;
	soortStraat: string;
	straatBuurt: string;
	adres?: AdresTeksten;
	/** Only /zoeken/: more results and the filters. */
	meer?: string;
	filters?: {
		titel: string;
		aan: string;
		wissen: string;
		namen: Record<string, string>;
	};
}

/** Texts of "Zoek uw buurt". */
export interface BuurtTeksten {
	taal: Taal;
	label: string;
	hint: string;
	knop: string;
	adres: AdresTeksten;
}

/** Placeholders are kept as they are, for the browser to fill. */
const keep = (...names: string[]) => Object.fromEntries(names.map((name) => [name, `{${name}}`]));

/** A number that the language's plural rules put in each category, for making one text per category. */
function samples(taal: Taal): [Intl.LDMLPluralRule, number][] {
	const rules = new Intl.PluralRules(intlLocale(taal));
	const found = new Map<Intl.LDMLPluralRule, number>();
	for (let n = 0; n <= 200 && found.size < rules.resolvedOptions().pluralCategories.length; n++) {
		const category = rules.select(n);
		if (!found.has(category)) found.set(category, n);
	}
	return [...found];
}

function pluralTexts(t: Translate, taal: Taal, key: MessageKey, values: Record<string, string>): PluralTexts {
	return Object.fromEntries(samples(taal).map(([category, n]) => [category, t(key, { ...values, aantal: n })]));
}

export function adresTeksten(t: Translate): AdresTeksten {
	return {
		geenPostcode: t('zoeken.adres.geenPostcode', keep('tekst')),
		onbekendePostcode: t('zoeken.adres.onbekendePostcode', keep('postcode', 'gemeente')),
		onbekendNummer: t('zoeken.adres.onbekendNummer', keep('nummer', 'postcode', 'van', 'tot')),
		meerBuurten: t('zoeken.adres.meerBuurten', keep('postcode')),
		vierCijfers: t('zoeken.adres.vierCijfers', keep('postcode')),
		geenStraat: t('zoeken.adres.geenStraat', keep('straat')),
		kortStraat: t('zoeken.adres.kortStraat'),
		straatInMeer: t('zoeken.adres.straatInMeer', keep('straat')),
		nummerNietInStraat: t('zoeken.adres.nummerNietInStraat', keep('straat', 'nummer')),
		kiesStraat: t('zoeken.adres.kiesStraat', keep('straat')),
		ligtIn: t('zoeken.adres.ligtIn', keep('adres', 'buurt', 'wijk')),
		postcode: t('zoeken.adres.postcode', keep('postcode')),
		buurtLink: t('zoeken.adres.buurtLink', keep('buurt')),
		wijkVan: t('zoeken.adres.wijkVan', keep('wijk')),
		buurtKlein: t('zoeken.adres.buurtKlein', keep('buurt')),
		of: t('zoeken.adres.of'),
		geenAdresData: t('zoeken.adres.geenAdresData'),
	};
}

/** The texts of a search field: the header's (`kop`) or the one on /zoeken/ (`pagina`, with filters). */
export function zoekTeksten(
	{ t, taal }: { t: Translate; taal: Taal },
	plek: 'kop' | 'pagina',
	adressen: boolean,
): ZoekTeksten {
	const pagina = plek === 'pagina';
	return {
		taal,
		locale: intlLocale(taal),
		label: pagina ? t('zoeken.pagina.label') : t('zoeken.kop.label'),
		...(pagina ? { hint: t('zoeken.pagina.hint') } : {}),
		knop: pagina ? t('zoeken.pagina.knop') : t('zoeken.kop.knop'),
		bezig: t('zoeken.bezig'),
		geenIndex: t('zoeken.geenIndex'),
		alleResultaten: t('zoeken.alleResultaten', keep('q')),
		geenResultaten: t('zoeken.geenResultaten', keep('q')),
		resultaten: pluralTexts(t, taal, 'zoeken.resultaten', keep('tal', 'q')),
		soortBuurt: t('zoeken.soort.Buurt'),
		soortStraat: t('zoeken.soort.Straat'),
		straatBuurt: t('zoeken.straatBuurt', keep('straat', 'buurt')),
		...(adressen ? { adres: adresTeksten(t) } : {}),
		...(pagina
			? {
					meer: t('zoeken.meer'),
					filters: {
						titel: t('zoeken.filters.titel'),
						aan: t('zoeken.filters.aan', keep('aantal')),
						wissen: t('zoeken.filters.wissen'),
						namen: {
							soort: t('zoeken.filters.soort'),
							wijk: t('zoeken.filters.wijk'),
							thema: t('zoeken.filters.thema'),
							status: t('zoeken.filters.status'),
						},
					},
				}
			: {}),
	};
}

export function buurtTeksten({ t, taal }: { t: Translate; taal: Taal }): BuurtTeksten {
	return {
		taal,
		label: t('zoeken.buurt.label'),
		hint: t('zoeken.buurt.hint'),
		knop: t('zoeken.buurt.knop'),
		adres: adresTeksten(t),
	};
}

/** A text with its `{name}` placeholders filled in; a value is never read as a placeholder itself. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The text of a count in the language's plural category, the number written in its locale. */
export function plural(texts: PluralTexts, locale: string, count: number, values: Record<string, string> = {}): string {
	const category = new Intl.PluralRules(locale).select(count);
	const text = texts[category] ?? texts.other ?? '';
	return fill(text, { ...values, tal: new Intl.NumberFormat(locale).format(count) });
}

/** The portal's gemeenten in one phrase ("Almelo of Twenterand"); Dutch as src/lib/adressen/gemeente-naam.ts. */
export function gemeentenIn(
	gemeenten: readonly { naam: string }[],
	{ t, taal }: { t: Translate; taal: Taal },
	dutch: (gemeenten: readonly { naam: string }[]) => string,
): string {
	if (taal === BRONTAAL) return dutch(gemeenten);
	if (!gemeenten.length) return t('zoeken.dezeGemeente');
	return new Intl.ListFormat(intlLocale(taal), { type: 'disjunction' }).format(gemeenten.map((g) => g.naam));
}
