/**
 * Interface text in the reader's language. Messages are ICU MessageFormat (FormatJS
 * `intl-messageformat`): `{aantal, plural, one {# wijk} other {# wijken}}`, `{naam}`, numbers
 * and dates formatted with the language's locale. Dutch is the source: a key that a language
 * lacks falls back to Dutch (never a broken page); the catalogue test makes that a failure
 * long before it reaches a site.
 */
import { IntlMessageFormat } from 'intl-messageformat';

import { BRONTAAL, intlLocale, type Taal } from './talen.ts';

export type Catalogue = Record<string, string>;
export type Values = Record<string, string | number | Date>;
export type Translate = (key: string, values?: Values) => string;

export function createTranslator(taal: Taal, catalogues: Record<Taal, Catalogue>): Translate {
	const locale = intlLocale(taal);
	const cache = new Map<string, IntlMessageFormat>();
	return (key, values) => {
		let format = cache.get(key);
		if (!format) {
			const own = catalogues[taal][key];
			const message = own ?? catalogues[BRONTAAL][key];
			if (message === undefined) throw new Error(`Onbekende tekstsleutel "${key}" (src/i18n/${BRONTAAL}/)`);
			format = new IntlMessageFormat(message, own === undefined ? intlLocale(BRONTAAL) : locale, undefined, {
				ignoreTag: true,
			});
			cache.set(key, format);
		}
		return String(format.format(values));
	};
}

/** `TYPE.literal` of the message parser (@formatjs/icu-messageformat-parser): plain text, no value. */
const LITERAL: number = 0;

/** The names of the values a message uses, to compare a translation with its Dutch source. */
export function placeholders(message: string): string[] {
	const names = new Set<string>();
	const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
		for (const element of elements) {
			if ('value' in element && typeof element.value === 'string' && (element.type as number) !== LITERAL)
				names.add(element.value);
			if ('options' in element)
				for (const option of Object.values(element.options as Record<string, { value: typeof elements }>))
					walk(option.value);
		}
	};
	walk(new IntlMessageFormat(message, 'nl', undefined, { ignoreTag: true }).getAst());
	return [...names].sort();
}

/** What a language's catalogue lacks or has too much against the Dutch source, key by key. */
export function compareCatalogue(
	source: Catalogue,
	target: Catalogue,
): { ontbreekt: string[]; teveel: string[]; anders: string[] } {
	const ontbreekt = Object.keys(source).filter((key) => !(key in target));
	const teveel = Object.keys(target).filter((key) => !(key in source));
	const anders = Object.keys(source).filter(
		(key) => key in target && placeholders(source[key]!).join() !== placeholders(target[key]!).join(),
	);
	return { ontbreekt, teveel, anders };
}
