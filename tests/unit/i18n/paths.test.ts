/** Language prefixes of addresses (src/lib/i18n/paths.ts): what the middleware does to every built page. */
import { describe, expect, it } from 'vitest';

import { isPagePath, localizeLinks, localizePath, splitTaal, taalParam } from '#lib/i18n/paths.ts';

describe('splitTaal', () => {
	it('reads the language and the address without prefix', () => {
		expect(splitTaal('/en/wijken/')).toEqual({ taal: 'en', pad: '/wijken/' });
		expect(splitTaal('/ar/wijken/noord/agenda/')).toEqual({ taal: 'ar', pad: '/wijken/noord/agenda/' });
		expect(splitTaal('/en/')).toEqual({ taal: 'en', pad: '/' });
		expect(splitTaal('/en')).toEqual({ taal: 'en', pad: '/' });
	});

	it('takes an address without a known prefix as Dutch, as it is', () => {
		expect(splitTaal('/wijken/')).toEqual({ taal: 'nl', pad: '/wijken/' });
		expect(splitTaal('/')).toEqual({ taal: 'nl', pad: '/' });
		// Dutch has no prefix of its own; other two-letter words are not languages.
		expect(splitTaal('/nl/wijken/')).toEqual({ taal: 'nl', pad: '/nl/wijken/' });
		expect(splitTaal('/de/wijken/')).toEqual({ taal: 'nl', pad: '/de/wijken/' });
		expect(splitTaal('/english/')).toEqual({ taal: 'nl', pad: '/english/' });
		expect(splitTaal('/engels/')).toEqual({ taal: 'nl', pad: '/engels/' });
	});

	it('gives the route parameter: none for Dutch', () => {
		expect(taalParam('nl')).toBeUndefined();
		expect(taalParam('tr')).toBe('tr');
	});
});

describe('isPagePath', () => {
	it('is true for pages of the site, with a query or a hash too', () => {
		for (const path of [
			'/',
			'/wijken/',
			'/wijken/noord/agenda/',
			'/zoeken/?q=speeltuin',
			'/kaart/#lijst',
			'/en/wijken/',
		])
			expect(isPagePath(path), path).toBe(true);
	});

	it('is false for files, shared folders, other sites and relative addresses', () => {
		for (const path of [
			'/rss.xml',
			'/wijken/noord/rss.xml',
			'/wijken/noord/cijfers.csv',
			'/activiteiten.ics',
			'/kaart/wijken.json',
			'/404.html',
			'/assets/app.css',
			'/pagefind/pagefind.js',
			'/beelden/foto-640.webp',
			'/deelbeelden/wijken/noord.png',
			'/admin/',
			'/adressen/9991.json',
			'/wijken/noord/cijfers.csv?x=1',
			'//example.org/',
			'https://example.org/',
			'wijken/',
			'#inhoud',
			'mailto:a@b.nl',
		])
			expect(isPagePath(path), path).toBe(false);
	});
});

describe('localizePath', () => {
	it('puts a page in a language, Dutch without prefix', () => {
		expect(localizePath('/wijken/', 'en')).toBe('/en/wijken/');
		expect(localizePath('/', 'ar')).toBe('/ar/');
		expect(localizePath('/en/wijken/', 'nl')).toBe('/wijken/');
		expect(localizePath('/en/wijken/', 'pl')).toBe('/pl/wijken/');
		expect(localizePath('/wijken/', 'nl')).toBe('/wijken/');
	});

	it('keeps the query and the hash', () => {
		expect(localizePath('/zoeken/?q=park', 'tr')).toBe('/tr/zoeken/?q=park');
		expect(localizePath('/kaart/#lijst', 'en')).toBe('/en/kaart/#lijst');
	});

	it('leaves files as they are: they exist once, for all languages', () => {
		expect(localizePath('/wijken/noord/cijfers.csv', 'ar')).toBe('/wijken/noord/cijfers.csv');
		expect(localizePath('/beelden/x.jpg', 'en')).toBe('/beelden/x.jpg');
		expect(localizePath('/sitemap-index.xml', 'en')).toBe('/sitemap-index.xml');
		expect(localizePath('/open-data/catalogus.xml', 'en')).toBe('/open-data/catalogus.xml');
	});

	it('puts feeds and calendars in the language: they exist once per language, like pages', () => {
		expect(localizePath('/rss.xml', 'en')).toBe('/en/rss.xml');
		expect(localizePath('/wijken/noord/agenda.xml', 'pl')).toBe('/pl/wijken/noord/agenda.xml');
		expect(localizePath('/wijken/noord/activiteiten/markt.ics', 'ar')).toBe('/ar/wijken/noord/activiteiten/markt.ics');
		expect(localizePath('/en/activiteiten.ics', 'tr')).toBe('/tr/activiteiten.ics');
		expect(localizePath('/en/rss.xml', 'nl')).toBe('/rss.xml');
	});
});

describe('localizeLinks', () => {
	it('leaves a Dutch page as it is', () => {
		const html = '<a href="/wijken/">Wijken</a>';
		expect(localizeLinks(html, 'nl')).toBe(html);
	});

	it('points links and forms to pages at the same page in the language', () => {
		expect(localizeLinks('<a href="/wijken/noord/">Noord</a>', 'en')).toBe('<a href="/en/wijken/noord/">Noord</a>');
		expect(localizeLinks('<a class="x" href=\'/\'>Home</a>', 'ar')).toBe('<a class="x" href=\'/ar/\'>Home</a>');
		expect(localizeLinks('<form role="search" action="/zoeken/" method="get">', 'tr')).toBe(
			'<form role="search" action="/tr/zoeken/" method="get">',
		);
		expect(localizeLinks('<a\n  href="/kaart/"\n>Kaart</a>', 'pl')).toBe('<a\n  href="/pl/kaart/"\n>Kaart</a>');
	});

	it('keeps the query and the hash of a link', () => {
		expect(localizeLinks('<a href="/zoeken/?q=speeltuin&amp;x=1#r">Zoek</a>', 'en')).toBe(
			'<a href="/en/zoeken/?q=speeltuin&amp;x=1#r">Zoek</a>',
		);
		expect(localizeLinks('<a href="#inhoud">Naar de inhoud</a>', 'en')).toBe('<a href="#inhoud">Naar de inhoud</a>');
	});

	it('leaves links with hreflang as they are, wherever the attribute stands', () => {
		const before = '<a hreflang="nl" lang="nl" href="/wijken/">Nederlands</a>';
		const after = '<a href="/wijken/" hreflang="nl" lang="nl">Nederlands</a>';
		expect(localizeLinks(before, 'en')).toBe(before);
		expect(localizeLinks(after, 'en')).toBe(after);
		const alternate = '<link rel="alternate" hreflang="nl" href="/wijken/">';
		expect(localizeLinks(alternate, 'ar')).toBe(alternate);
	});

	it('points links to feeds and calendars at the ones in the language', () => {
		expect(localizeLinks('<a href="/rss.xml">RSS</a>', 'en')).toBe('<a href="/en/rss.xml">RSS</a>');
		expect(localizeLinks('<a download href="/activiteiten.ics">Agenda</a>', 'ar')).toBe(
			'<a download href="/ar/activiteiten.ics">Agenda</a>',
		);
	});

	it('leaves files, other sites and links already in a language as they are', () => {
		for (const html of [
			'<a href="/wijken/noord/cijfers.csv" download>CSV</a>',
			'<a href="/en/rss.xml">RSS</a>',
			'<a href="/beelden/foto.jpg">Foto</a>',
			'<a href="/pagefind/x">x</a>',
			'<a href="/assets/x.css">x</a>',
			'<a href="https://example.org/wijken/">Elders</a>',
			'<a href="//example.org/">Elders</a>',
			'<a href="/en/wijken/">English</a>',
			'<a href="mailto:wijk@gemeente.nl">Mail</a>',
		])
			expect(localizeLinks(html, 'en'), html).toBe(html);
	});

	it('touches only the href or action of a link or form, not other elements or attributes', () => {
		for (const html of [
			'<link rel="stylesheet" href="/wijken/">',
			'<img src="/wijken/" alt="">',
			'<abbr title="x" data-href="/wijken/">x</abbr>',
			'<area href="/wijken/" alt="x">',
			'<a data-href="/wijken/">x</a>',
		])
			expect(localizeLinks(html, 'en'), html).toBe(html);
	});

	it('reads attributes whole: an address or ">" inside another attribute’s text changes nothing', () => {
		expect(localizeLinks(`<a title="it's href='/x/' > here" href="/wijken/">x</a>`, 'en')).toBe(
			`<a title="it's href='/x/' > here" href="/en/wijken/">x</a>`,
		);
		expect(localizeLinks('<a title="hreflang=nl" href="/wijken/">x</a>', 'en')).toBe(
			'<a title="hreflang=nl" href="/en/wijken/">x</a>',
		);
	});

	it('rewrites every link of a page, and text that only looks like a link stays text', () => {
		const html =
			'<p>Zie &lt;a href="/wijken/"&gt;</p><nav><a href="/">Home</a> <a href="/wijken/">Wijken</a></nav><form action="/zoeken/"></form>';
		expect(localizeLinks(html, 'pl')).toBe(
			'<p>Zie &lt;a href="/wijken/"&gt;</p><nav><a href="/pl/">Home</a> <a href="/pl/wijken/">Wijken</a></nav><form action="/pl/zoeken/"></form>',
		);
	});
});
