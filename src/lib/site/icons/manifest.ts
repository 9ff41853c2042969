/** The web app manifest (/site.webmanifest): name, colours and the app icons. */
import type { IconColours } from './colours.ts';
import { shortName } from './initials.ts';

/** The app icons, as published: address and size in pixels. */
export const APP_ICONS = [
	{ src: '/icon-192.png', size: 192 },
	{ src: '/icon-512.png', size: 512 },
] as const;

export interface WebManifest {
	name: string;
	short_name: string;
	lang: 'nl';
	dir: 'ltr';
	start_url: '/';
	scope: '/';
	display: 'browser';
	theme_color: string;
	background_color: string;
	icons: { src: string; sizes: string; type: 'image/png'; purpose: 'any' }[];
}

/**
 * The manifest of a portal. `display: browser`: a portal is a website, opened from a home
 * screen it keeps the browser's address bar.
 */
export function webManifest(name: string, colours: IconColours): WebManifest {
	return {
		name,
		short_name: shortName(name),
		lang: 'nl',
		dir: 'ltr',
		start_url: '/',
		scope: '/',
		display: 'browser',
		theme_color: colours.background,
		background_color: colours.page,
		icons: APP_ICONS.map(({ src, size }) => ({ src, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
	};
}
