/**
 * The portal's favicon and app icons: letters on the theme's primary colour with enough
 * contrast, real PNG/ICO/SVG files of the right sizes, and a valid manifest. About 1 second.
 */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { contrastRatio, MIN_CONTRAST } from '#lib/site/contrast.ts';
import { customProperties, DEFAULT_ICON_COLOURS, iconColours, resolveColour } from '#lib/site/icons/colours.ts';
import { ICO_HEADER_SIZE, pngSize, pngToIco } from '#lib/site/icons/ico.ts';
import { portalInitials, shortName } from '#lib/site/icons/initials.ts';
import { portalIcons, themeCss } from '#lib/site/icons/portal-icons.ts';
import { initialsSvg } from '#lib/site/icons/svg.ts';
import { STANDAARD_TOKENS } from '#schemas/portaal.ts';

describe('portalInitials', () => {
	it('takes the first letter without the words every portal has', () => {
		expect(portalInitials('Wijkportaal Brinkwoude')).toBe('B');
		expect(portalInitials('Wijken van Den Haag')).toBe('DH');
		expect(portalInitials("'s-Hertogenbosch")).toBe('SH');
		expect(portalInitials('ijsselstein')).toBe('I');
		expect(portalInitials('Wijkportaal')).toBe('W');
		expect(portalInitials('---')).toBe('W');
	});

	it('gives a short name of at most 12 characters', () => {
		expect(shortName('Wijkportaal Brinkwoude')).toBe('Brinkwoude');
		expect(shortName('Mijn wijk')).toBe('Mijn wijk');
		expect([...shortName('Wijkportaal Súdwest-Fryslân en omstreken')].length).toBeLessThanOrEqual(12);
	});
});

describe('iconColours', () => {
	it('follows var() references to the primary colour of a theme', () => {
		const css = '.t{--a:var(--b);--b:var(--c, #ABC);--d:#123456;--x:var(--x)}';
		const properties = customProperties(css);
		expect(resolveColour(properties, '--a')).toBe('#aabbcc');
		expect(resolveColour(properties, '--d')).toBe('#123456');
		expect(resolveColour(properties, '--x')).toBeUndefined();
	});

	it('puts letters with WCAG AA contrast on the primary colour', () => {
		const dark = iconColours('.t{--basis-color-accent-1-inverse-bg-default:#1d5b79}');
		expect(dark.background).toBe('#1d5b79');
		expect(dark.foreground).toBe('#ffffff');
		const light = iconColours('.t{--basis-color-accent-1-inverse-bg-default:#ffd700}');
		expect(light.foreground).toBe('#000000');
		// A mid grey on which white fails: black passes.
		const grey = iconColours(
			'.t{--basis-color-accent-1-inverse-bg-default:#808080;--basis-color-accent-1-inverse-color-default:#fff}',
		);
		expect(contrastRatio(grey.foreground, grey.background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
	});

	it('uses the default colours for a theme without a primary colour', () => {
		expect(iconColours('')).toEqual(DEFAULT_ICON_COLOURS);
	});

	it('reads the default theme of the project', () => {
		const colours = iconColours(themeCss(STANDAARD_TOKENS));
		expect(colours.background).toMatch(/^#[0-9a-f]{6}$/);
		expect(contrastRatio(colours.foreground, colours.background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
		expect(themeCss('/etc/passwd')).toBe(themeCss(STANDAARD_TOKENS));
	});
});

describe('initialsSvg', () => {
	it('is well-formed SVG that refers to nothing outside itself, whatever the name', () => {
		const svg = initialsSvg('<&>', DEFAULT_ICON_COLOURS, { rounded: true });
		expect(XMLValidator.validate(svg)).toBe(true);
		expect(svg).toContain('&lt;&amp;&gt;');
		expect(svg).not.toMatch(/<script|href=|url\(|<image|<foreignObject/i);
	});
});

describe('the icon files of a portal without a logo', () => {
	const icons = portalIcons('Wijkportaal Brinkwoude', themeCss(STANDAARD_TOKENS));

	it('shows its initial in the favicon', () => {
		expect(icons.faviconSvg).toMatch(/>B<\/text>/);
		expect(icons.faviconSvg).toContain(`fill="${icons.colours.background}"`);
	});

	it.each([32, 180, 192, 512])('makes a %i pixel PNG', async (size) => {
		expect(pngSize(await icons.png(size))).toEqual({ width: size, height: size });
	});

	it('makes favicon.ico: a 32×32 PNG in an ICO container', async () => {
		const ico = await icons.ico();
		const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
		expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
		expect([ico[6], ico[7]]).toEqual([32, 32]);
		expect(view.getUint32(14, true)).toBe(ico.length - ICO_HEADER_SIZE);
		expect(view.getUint32(18, true)).toBe(ICO_HEADER_SIZE);
		expect(pngSize(ico.subarray(ICO_HEADER_SIZE))).toEqual({ width: 32, height: 32 });
	});

	it('refuses to put anything but a small PNG in an ICO', () => {
		expect(() => pngToIco(new Uint8Array(40))).toThrow();
	});

	it('names its icons in a valid manifest', () => {
		const manifest = JSON.parse(icons.manifest) as Record<string, unknown>;
		expect(manifest).toMatchObject({
			name: 'Wijkportaal Brinkwoude',
			short_name: 'Brinkwoude',
			lang: 'nl',
			display: 'browser',
			start_url: '/',
			theme_color: icons.colours.background,
			background_color: icons.colours.page,
			icons: [
				{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
				{ src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
			],
		});
	});
});
