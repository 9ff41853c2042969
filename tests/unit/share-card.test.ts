/** Share cards: titles are content, so no title may break the SVG or add anything to it. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { cardColour, cardSvg, DEFAULT_CARD_COLOUR, escapeXml, wrapTitle } from '#lib/share/card-svg.ts';
import { portalShareImage, shareCards } from '#lib/share/cards.ts';
import { cardPng, pictureJpeg } from '#lib/share/render.ts';

const HOSTILE =
	'</text><script>alert(1)</script><image href="https://evil.example/x.png"/>&amp; &x; <!ENTITY x SYSTEM "file:///etc/passwd"> ]]> \u0000\u0007\uD800 "quote" \'apos\'';

const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true });

/** Every element name in a parsed (preserveOrder) document. */
function elementNames(nodes: unknown[]): string[] {
	return nodes.flatMap((node) =>
		Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
			key.startsWith(':@') || key === '#text' ? [] : [key, ...elementNames(value as unknown[])],
		),
	);
}

/** The text of every <text> element, entities decoded. */
function texts(svg: string): string[] {
	return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
		m[1]!
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&apos;/g, "'")
			.replace(/&amp;/g, '&'),
	);
}

describe('escapeXml', () => {
	it('escapes the five XML characters and drops characters XML forbids', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
		expect(escapeXml('a\u0000b\u0007c\uD800d\uFFFEe')).toBe('abcde');
		expect(escapeXml('🙂 ok')).toBe('🙂 ok');
	});
});

describe('wrapTitle', () => {
	it('breaks between words, cuts overlong words and ends a cut title with …', () => {
		expect(wrapTitle('Een moestuin bij de school', 12, 3)).toEqual(['Een moestuin', 'bij de', 'school']);
		expect(wrapTitle('Aaaaaaaaaaaaaaaaaaaa b', 8, 4)).toEqual(['Aaaaaaaa', 'aaaaaaaa', 'aaaa b']);
		const cut = wrapTitle('een twee drie vier vijf zes zeven acht negen tien', 10, 2);
		expect(cut).toHaveLength(2);
		expect(cut[1]!.endsWith('…')).toBe(true);
	});
});

describe('a share card with a hostile title', () => {
	const svg = cardSvg({ portal: 'Portaal <b>&', label: 'Nieuws · "Noord"', title: HOSTILE, colour: 'red;"/><script>' });

	it('is well-formed XML with only the card elements: no script, no image, no entity declaration', () => {
		expect(XMLValidator.validate(svg)).toBe(true);
		const names = new Set(elementNames(parser.parse(svg) as unknown[]));
		expect([...names].sort()).toEqual(['g', 'rect', 'svg', 'text']);
		expect(svg).not.toMatch(/<script|<image|<!ENTITY|<!DOCTYPE|evil\.example"|javascript:/i);
	});

	it('shows the title as plain text (without forbidden characters) and falls back to the default colour', () => {
		// Lines are joined without spaces: a word longer than a line is cut without one.
		const shown = texts(svg).slice(2).join('').replace(/…$/, '').replace(/\s/g, '');
		const expected = HOSTILE.replace(/[\u0000\u0007\uD800]/g, '').replace(/\s/g, '');
		expect(shown.length).toBeGreaterThan(40);
		expect(expected.startsWith(shown)).toBe(true);
		expect(texts(svg)[0]).toBe('Portaal <b>&');
		expect(svg).toContain(`fill="${DEFAULT_CARD_COLOUR}"`);
		expect(cardColour('#1d5b79')).toBe('#1d5b79');
		expect(cardColour('url(#x)')).toBe(DEFAULT_CARD_COLOUR);
	});

	it('renders to a 1200×630 PNG', async () => {
		const png = await cardPng({ portal: 'Portaal', label: 'Verhaal', title: HOSTILE });
		const meta = await sharp(png).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
	});
});

describe('share cards of articles', () => {
	const wijken = new Map([['noord', { naam: 'Noord', accentkleur: '#1d5b79' }]]);
	const [withPicture, withDrawing, plain] = shareCards(
		[
			{
				soort: 'nieuws',
				slug: 'a',
				page: '/nieuws/a/',
				titel: 'A',
				wijken: ['noord'],
				picture: { contentPath: 'nieuws/beelden/a.jpg', alt: 'Een speeltuin' },
			},
			{
				soort: 'initiatieven',
				slug: 'b',
				page: '/initiatieven/b/',
				titel: 'B',
				wijken: ['noord'],
				picture: { contentPath: 'initiatieven/b.svg', alt: 'Tekening' },
			},
			{ soort: 'verhalen', slug: 'c', page: '/verhalen/c/', titel: 'C', wijken: [] },
		],
		{ portal: 'Portaal', wijken },
	);

	it('use the own photo as JPEG, and a card (PNG) for drawings and articles without a picture', () => {
		expect(withPicture!.image).toEqual({
			src: '/deelbeelden/nieuws/a.jpg',
			width: 1200,
			height: 630,
			alt: 'Een speeltuin',
			type: 'image/jpeg',
		});
		expect(withDrawing!.picture).toBeUndefined();
		expect(withDrawing!.image.src).toBe('/deelbeelden/initiatieven/b.png');
		expect(withDrawing!.card).toEqual({
			portal: 'Portaal',
			label: 'Bewonersinitiatief · Noord',
			title: 'B',
			colour: '#1d5b79',
		});
		expect(plain!.image.alt).toBe('Verhaal: C');
		expect(plain!.card.colour).toBeUndefined();
		expect(portalShareImage('Portaal').src).toBe('/deelbeelden/portaal.png');
	});

	it('cut an own photo to 1200×630 and keep none of its metadata (no EXIF location)', async () => {
		const photo = await sharp({ create: { width: 800, height: 900, channels: 3, background: '#336699' } })
			.jpeg()
			.withExif({ IFD0: { Artist: 'Fotograaf', ImageDescription: 'GPS 52.09 5.12' } })
			.toBuffer();
		expect((await sharp(photo).metadata()).exif).toBeDefined();
		const jpeg = await pictureJpeg(photo);
		const meta = await sharp(jpeg).metadata();
		expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['jpeg', 1200, 630, undefined]);
	});
});
