/**
 * Every icon file of a portal, made at build time from its name and the primary colour of
 * its token theme (the routes in src/pages/ publish them): /favicon.svg, /favicon.ico
 * (a 32×32 PNG), /apple-touch-icon.png (180×180), /icon-192.png, /icon-512.png and
 * /site.webmanifest. The portal has no logo of its own in portaal.yaml: its letters are the
 * icon (initials.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';

import sharp from 'sharp';

import { isPackageCss } from '#lib/site/theme.ts';
import { STANDAARD_TOKENS } from '#schemas/portaal.ts';

import { type IconColours, iconColours } from './colours.ts';
import { pngToIco } from './ico.ts';
import { portalInitials } from './initials.ts';
import { webManifest } from './manifest.ts';
import { initialsSvg } from './svg.ts';

export interface PortalIcons {
	colours: IconColours;
	/** The scalable favicon, rounded corners. */
	faviconSvg: string;
	/** A square PNG of `size` pixels (full bleed: the system rounds app icons itself). */
	png(size: number): Promise<Buffer>;
	/** favicon.ico: a 32×32 PNG in an ICO container. */
	ico(): Promise<Uint8Array>;
	/** The manifest as JSON text. */
	manifest: string;
}

/** The icons of a portal named `name` with the token theme `themeCss`. */
export function portalIcons(name: string, themeCss: string): PortalIcons {
	const colours = iconColours(themeCss);
	const initials = portalInitials(name);
	const square = initialsSvg(initials, colours);
	const png = (size: number) =>
		sharp(Buffer.from(square), { density: Math.max(72, Math.ceil((72 * size) / 512)) })
			.resize(size, size)
			.png()
			.toBuffer();
	return {
		colours,
		faviconSvg: initialsSvg(initials, colours, { rounded: true }),
		png,
		ico: async () => pngToIco(await png(32)),
		manifest: JSON.stringify(webManifest(name, colours), null, '\t') + '\n',
	};
}

/**
 * The CSS text of the token theme `tokens` (`uiterlijk.tokens`, a CSS file of an installed
 * package, as astro.config.ts gives the pages); the default theme when it cannot be read (the
 * content check reports that). Resolved from this module, wherever the build bundles it:
 * Node looks in every node_modules folder above it, up to the project's own.
 */
export function themeCss(tokens: string): string {
	for (const candidate of [tokens, STANDAARD_TOKENS]) {
		if (!isPackageCss(candidate)) continue;
		try {
			const file = createRequire(import.meta.url).resolve(candidate);
			if (file.includes(`${sep}node_modules${sep}`) && file.endsWith('.css')) return readFileSync(file, 'utf8');
		} catch {
			// not installed: try the default theme
		}
	}
	return '';
}

const themeColours = new Map<string, string>();

/** The `<meta name="theme-color">` of every page: the icon's background, worked out once per theme. */
export function themeColour(tokens: string): string {
	let colour = themeColours.get(tokens);
	if (colour === undefined) {
		colour = iconColours(themeCss(tokens)).background;
		themeColours.set(tokens, colour);
	}
	return colour;
}
