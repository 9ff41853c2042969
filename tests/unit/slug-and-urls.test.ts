import { describe, expect, it } from 'vitest';

import { slugify } from '#lib/site/slug.ts';
import { buurtSlug, itemSlugOf, urls, wijkSlugOf } from '#lib/site/urls.ts';

describe('slugify', () => {
	it('lower-cases and joins words with a hyphen', () => {
		expect(slugify('Oude Haven')).toBe('oude-haven');
		expect(slugify('Vergadering december 2026')).toBe('vergadering-december-2026');
	});

	it('drops brackets and keeps existing hyphens single', () => {
		expect(slugify('Sint-Jansbuurt (Noord)')).toBe('sint-jansbuurt-noord');
	});

	it('removes diacritics and apostrophes', () => {
		expect(slugify('Café ’t Hoekje')).toBe('cafe-t-hoekje');
		expect(slugify("Café 't Hoekje")).toBe('cafe-t-hoekje');
		expect(slugify('Tiendweg-Oost Ëlst')).toBe('tiendweg-oost-elst');
		expect(slugify('Groenoord à la Crème')).toBe('groenoord-a-la-creme');
	});

	it('removes diacritics also when the text arrives decomposed (NFD)', () => {
		expect(slugify('Cafe\u0301 Ree\u0308n')).toBe('cafe-reen');
	});

	it('collapses runs of spaces and punctuation into one hyphen', () => {
		expect(slugify('Kerk  &  Molen')).toBe('kerk-molen');
		expect(slugify('Hoofdstraat – Oost')).toBe('hoofdstraat-oost');
		expect(slugify('a_b.c/d')).toBe('a-b-c-d');
	});

	it('trims hyphens at the start and the end', () => {
		expect(slugify("  's-Hertogenbosch!  ")).toBe('s-hertogenbosch');
		expect(slugify('(Zuid)')).toBe('zuid');
	});

	it('keeps digits', () => {
		expect(slugify('Buurt 12')).toBe('buurt-12');
	});

	it('gives names that differ only in case or accents the same slug', () => {
		expect(slugify('De Kade')).toBe(slugify('de kade'));
		expect(slugify('Reën')).toBe(slugify('Reen'));
	});

	it('only produces lower-case letters, digits and single inner hyphens', () => {
		for (const name of [
			'Oude Haven',
			'Sint-Jansbuurt (Noord)',
			'Café ’t Hoekje',
			"  's-Hertogenbosch!  ",
			'Buurt 12',
		]) {
			expect(slugify(name), name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		}
	});
});

describe('wijkSlugOf and itemSlugOf', () => {
	it('split a collection id into the wijk and the item', () => {
		expect(wijkSlugOf('havenkwartier/speeltuin-merelplein')).toBe('havenkwartier');
		expect(itemSlugOf('havenkwartier/speeltuin-merelplein')).toBe('speeltuin-merelplein');
	});

	it('treat a plain wijk id as the wijk', () => {
		expect(wijkSlugOf('havenkwartier')).toBe('havenkwartier');
	});
});

describe('buurtSlug', () => {
	it('is the slug of the buurt name', () => {
		expect(buurtSlug({ naam: 'Oude Haven' })).toBe('oude-haven');
		expect(buurtSlug({ naam: 'Sint-Jansbuurt (Noord)' })).toBe('sint-jansbuurt-noord');
	});
});

describe('urls', () => {
	it('gives the fixed pages, each ending in a slash', () => {
		expect(urls.home()).toBe('/');
		expect(urls.wijken()).toBe('/wijken/');
		expect(urls.activiteiten()).toBe('/activiteiten/');
		expect(urls.nieuws()).toBe('/nieuws/');
		expect(urls.toegankelijkheid()).toBe('/toegankelijkheid/');
		expect(urls.privacy()).toBe('/privacy/');
	});

	it('gives the pages of a wijk', () => {
		expect(urls.wijk('havenkwartier')).toBe('/wijken/havenkwartier/');
		expect(urls.agenda('havenkwartier')).toBe('/wijken/havenkwartier/agenda/');
	});

	it('gives agenda items and activities from their collection id', () => {
		expect(urls.agendaItem('havenkwartier/speeltuin-merelplein')).toBe(
			'/wijken/havenkwartier/agenda/speeltuin-merelplein/',
		);
		expect(urls.activiteit('havenkwartier/vergadering-december')).toBe(
			'/wijken/havenkwartier/activiteiten/vergadering-december/',
		);
	});

	it('gives a buurt page from the buurt name, slugified', () => {
		expect(urls.buurt('havenkwartier', { naam: 'Oude Haven' })).toBe('/wijken/havenkwartier/buurten/oude-haven/');
		expect(urls.buurt('centrum', { naam: 'Café ’t Hoekje' })).toBe('/wijken/centrum/buurten/cafe-t-hoekje/');
	});

	it('gives a news item', () => {
		expect(urls.nieuwsItem('speeltuin-merelplein-open')).toBe('/nieuws/speeltuin-merelplein-open/');
	});

	it('gives files without a trailing slash', () => {
		expect(urls.beeld('nieuws/beelden/speeltuin.svg')).toBe('/beelden/nieuws/beelden/speeltuin.svg');
		expect(urls.wijkkleuren()).toBe('/stijl/wijkkleuren.css');
	});
});

describe('slugify with the Dutch ij ligature', () => {
	it('turns the single characters Ĳ and ĳ into ij', () => {
		expect(slugify('Ĳsselmonde')).toBe('ijsselmonde');
		expect(slugify('Boĳmans')).toBe('boijmans');
	});
});
