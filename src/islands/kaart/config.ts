/**
 * What the page tells the map island: the settings in the data attributes of <wijk-kaart>
 * (written by src/components/kaart/InteractiveMap.astro), read in the browser. Where the
 * basemap is published is decided at build time, in src/lib/geo/basemap-route.ts.
 */

import type { KaartTeksten } from './texts.ts';

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
	/** May load by itself on a wide screen once the page is idle and the map in view (else only on a button press). */
	autoload: boolean;
	/** Id of the page's numbered list of the map's points (PointList.astro), which the map uses as its own list. */
	lijst?: string;
	/** The map's words in the page's language (texts.ts). */
	teksten: KaartTeksten;
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
		lijst: d.lijst || undefined,
		teksten: JSON.parse(d.teksten || '{}') as KaartTeksten,
	};
}
