import { describe, expect, it } from 'vitest';

import { CATALOGUES } from '#i18n/catalogue.ts';
import { i18n } from '#i18n/index.ts';
import { compareCatalogue } from '#lib/i18n/translator.ts';
import { fill, plural, zoekTeksten } from '#lib/zoeken/island-texts.ts';
import { notIndexed } from '#lib/zoeken/page-info.ts';

describe('the texts of the search islands', () => {
	it('keep their placeholders for the browser, in the page language', () => {
		const en = zoekTeksten(i18n('en'), 'pagina', true);
		expect(fill(en.alleResultaten, { q: 'park' })).toBe('All results for ‘park’');
		expect(fill(en.adres!.ligtIn, { adres: 'Kadestraat 4', buurt: 'Kadebuurt', wijk: 'Havenkwartier' })).toBe(
			'Kadestraat 4 is in the neighbourhood Kadebuurt, in the district Havenkwartier.',
		);
		expect(en.filters?.namen.soort).toBe('Type of page');
		expect(zoekTeksten(i18n('nl'), 'kop', false).adres).toBeUndefined();
	});

	it('choose the plural form of the language and write the number in its locale', () => {
		const nl = zoekTeksten(i18n('nl'), 'kop', false);
		expect(plural(nl.resultaten, nl.locale, 1, { q: 'x' })).toBe('1 resultaat voor ‘x’.');
		expect(plural(nl.resultaten, nl.locale, 1234, { q: 'x' })).toBe('1.234 resultaten voor ‘x’.');
		const pl = zoekTeksten(i18n('pl'), 'kop', false);
		expect(plural(pl.resultaten, pl.locale, 3, { q: 'x' })).toBe('3 wyniki dla „x”.');
		expect(plural(pl.resultaten, pl.locale, 5, { q: 'x' })).toBe('5 wyników dla „x”.');
		const ar = zoekTeksten(i18n('ar'), 'kop', false);
		expect(Object.keys(ar.resultaten).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
		expect(plural(ar.resultaten, ar.locale, 17, { q: 'x' })).toBe('17 نتيجة عن «x».');
	});

	it('never read a value as a placeholder', () => {
		expect(fill('Zoek {q}', { q: '{q} {tal}' })).toBe('Zoek {q} {tal}');
	});
});

describe('site and search catalogues', () => {
	it('exist in every language with the placeholders of the Dutch source', () => {
		for (const taal of ['en', 'pl', 'tr', 'ar'] as const) {
			const wrong = compareCatalogue(
				Object.fromEntries(Object.entries(CATALOGUES.nl).filter(([key]) => /^(site|zoeken)\./.test(key))),
				Object.fromEntries(Object.entries(CATALOGUES[taal]).filter(([key]) => /^(site|zoeken)\./.test(key))),
			);
			expect(wrong, taal).toEqual({ ontbreekt: [], teveel: [], anders: [] });
		}
	});
});

describe('notIndexed', () => {
	it('knows the pages left out of the index in every language', () => {
		expect(notIndexed('/en/')).toBe(true);
		expect(notIndexed('/ar/zoeken/')).toBe(true);
		expect(notIndexed('/en/wijken/')).toBe(false);
	});
});
