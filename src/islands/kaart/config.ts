/**
 * What the page tells the map island (data attributes on <wijk-kaart>), and where the
 * optional basemap is published. Shared by the component (build time) and the loader
 * (browser): no DOM or Node APIs at the top level.
 */

export const TAG = 'wijk-kaart';

/** The island's settings, read from the element's data attributes. */
export interface KaartConfig {
	/** /kaart/gebieden.json */
	gebieden: string;
	/** /kaart/punten.json */
	punten: string;
	/** /kaart/cijfers.json, when the portal has a wijkkompas. */
	cijfers?: string;
	/** CBS code of the wijk to show first. */
	focus?: string;
	/** Same-origin path of the PMTiles basemap. */
	basiskaart?: string;
	/** Load when the element scrolls into view (else on a button press). */
	autoload: boolean;
}

export function readConfig(el: HTMLElement): KaartConfig {
	const d = el.dataset;
	return {
		gebieden: d.gebieden ?? '',
		punten: d.punten ?? '',
		cijfers: d.cijfers || undefined,
		focus: d.focus || undefined,
		basiskaart: d.basiskaart || undefined,
		autoload: d.laden === 'zichtbaar',
	};
}

/** `kaart.basiskaart` is a file name in content/geo/ ("basiskaart.pmtiles"): that file, else undefined. */
export function basiskaartFile(value: string | undefined): string | undefined {
	return value && !value.startsWith('/') ? value : undefined;
}

/** Where the site serves a file from content/geo/: /kaart/<name>. */
export const basiskaartRoute = (file: string) => `/kaart/${file}`;

/** The basemap's address on the portal's own site (the schema allows no other website). */
export function basiskaartUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const file = basiskaartFile(value);
	return file ? basiskaartRoute(file) : value;
}
