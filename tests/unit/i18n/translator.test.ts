/** The translator: ICU MessageFormat per language, Dutch as the fallback, typed keys elsewhere. */
import { describe, expect, it } from 'vitest';

import { CATALOGUES } from '#i18n/catalogue.ts';
import { i18n } from '#i18n/index.ts';
import { type TALEN } from '#lib/i18n/talen.ts';
import { type Catalogue, compareCatalogue, createTranslator, placeholders } from '#lib/i18n/translator.ts';

const catalogues = {
	nl: {
		'x.wijken': '{aantal, plural, one {# wijk} other {# wijken}}',
		'x.kop': 'Wijkagenda van {wijk}',
		'x.alleen': 'Alleen in het Nederlands: {n, number}',
		'x.bedrag': '{bedrag, number} euro',
	},
	en: { 'x.wijken': '{aantal, plural, one {# district} other {# districts}}', 'x.kop': 'District agenda of {wijk}' },
	pl: {
		'x.wijken': '{aantal, plural, one {# dzielnica} few {# dzielnice} many {# dzielnic} other {# dzielnicy}}',
	},
	tr: {},
	ar: {
		'x.wijken': '{aantal, plural, zero {لا أحياء} one {حي واحد} two {حيّان} few {# أحياء} many {# حيًا} other {# حي}}',
		'x.bedrag': '{bedrag, number} يورو',
	},
} satisfies Record<(typeof TALEN)[number], Catalogue>;

describe('createTranslator', () => {
	it('fills in values and chooses the plural form of the language', () => {
		const nl = createTranslator('nl', catalogues);
		expect(nl('x.wijken', { aantal: 1 })).toBe('1 wijk');
		expect(nl('x.wijken', { aantal: 3 })).toBe('3 wijken');
		expect(nl('x.kop', { wijk: 'Noord' })).toBe('Wijkagenda van Noord');
		const pl = createTranslator('pl', catalogues);
		expect([1, 2, 5, 22, 25].map((aantal) => pl('x.wijken', { aantal }))).toEqual([
			'1 dzielnica',
			'2 dzielnice',
			'5 dzielnic',
			'22 dzielnice',
			'25 dzielnic',
		]);
		const ar = createTranslator('ar', catalogues);
		expect([0, 1, 2, 3, 11, 100].map((aantal) => ar('x.wijken', { aantal }))).toEqual([
			'لا أحياء',
			'حي واحد',
			'حيّان',
			'3 أحياء',
			'11 حيًا',
			'100 حي',
		]);
	});

	it('writes numbers in the notation of the language, Arabic with Latin digits', () => {
		expect(createTranslator('nl', catalogues)('x.bedrag', { bedrag: 1234.5 })).toBe('1.234,5 euro');
		expect(createTranslator('ar', catalogues)('x.bedrag', { bedrag: 1234.5 })).toMatch(/^1,234\.5 يورو$/);
		expect(createTranslator('en', catalogues)('x.wijken', { aantal: 1200 })).toBe('1,200 districts');
	});

	it('falls back to the Dutch text, with Dutch number notation, when a language lacks a key', () => {
		const en = createTranslator('en', catalogues);
		expect(en('x.alleen', { n: 1500 })).toBe('Alleen in het Nederlands: 1.500');
		expect(createTranslator('tr', catalogues)('x.kop', { wijk: 'Noord' })).toBe('Wijkagenda van Noord');
	});

	it('throws, naming the key, for a key that not even Dutch has', () => {
		const en = createTranslator('en', catalogues);
		expect(() => en('x.bestaat-niet')).toThrow(/Onbekende tekstsleutel "x\.bestaat-niet"/);
	});

	it('leaves tags and HTML-like text as text (no markup from messages)', () => {
		const t = createTranslator('nl', { ...catalogues, nl: { 'x.tag': 'Lees <b>{naam}</b>' } });
		expect(t('x.tag', { naam: '<script>' })).toBe('Lees <b><script></b>');
	});
});

describe('placeholders and compareCatalogue', () => {
	it('names every value a message uses, in plurals and selects too', () => {
		expect(placeholders('Wijkagenda van {wijk}')).toEqual(['wijk']);
		expect(placeholders('{aantal, plural, one {# plan in {wijk}} other {# plannen}}')).toEqual(['aantal', 'wijk']);
		expect(placeholders('{soort, select, a {A {x}} other {B}} op {datum, date}')).toEqual(['datum', 'soort', 'x']);
		expect(placeholders('Geen waarden')).toEqual([]);
	});

	it('lists what a catalogue lacks, has too much and fills in differently', () => {
		expect(
			compareCatalogue(
				{ 'a.een': '{x}', 'a.twee': 'Twee', 'a.drie': '{n, number}' },
				{ 'a.een': '{y}', 'a.drie': '{n}', 'a.vier': 'Vier' },
			),
		).toEqual({ ontbreekt: ['a.twee'], teveel: ['a.vier'], anders: ['a.een'] });
	});
});

describe('i18n(taal)', () => {
	it('gives the text, direction and formats of the language', () => {
		const key = Object.keys(CATALOGUES.nl).find((k) => !/[{}]/.test(CATALOGUES.nl[k]!)) as never;
		expect(i18n('nl').t(key)).toBe(CATALOGUES.nl[key]);
		expect(i18n('ar').dir).toBe('rtl');
		expect(i18n('en').dir).toBe('ltr');
		expect(i18n('en').number(1234.5)).toBe('1,234.5');
		expect(i18n('nl').date('2026-03-14')).toBe('14 maart 2026');
		expect(i18n('en').date('2026-03-14')).toBe('14 March 2026');
		expect(i18n('tr').taal).toBe('tr');
	});

	it('gives the same object for a language twice (formats made once)', () => {
		expect(i18n('pl')).toBe(i18n('pl'));
	});
});
