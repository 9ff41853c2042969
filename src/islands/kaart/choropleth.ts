/**
 * Colours the wijken or buurten by the classes of one indicator, through feature-state
 * (`status`: getoond, niet-getoond or geen; `klasse`: 1–5; see style.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { IslandFigures, IslandLevel } from '#lib/geo/island-data.ts';

import type { MapData } from './data.ts';
import type { AreaLevel } from './target.ts';
import { texts } from './texts.ts';

export type Indicator = IslandFigures['indicatoren'][number];

/** Which kinds of missing figures the coloured areas have (for the legend). */
export interface Gaps {
	/** A figure that exists but is not shown (too few answers, small numbers or secret). */
	notShown: boolean;
	/** No figure at all. */
	missing: boolean;
}

/** Removes every area's colour. */
export function clearChoropleth(map: MapLibreMap, data: MapData): void {
	for (const source of ['wijken', 'buurten'] as const) {
		for (const f of data.areas[source].features) {
			map.removeFeatureState({ source, id: f.properties.code }, 'status');
			map.removeFeatureState({ source, id: f.properties.code }, 'klasse');
		}
	}
}

/** Colours every area of `level` by `figures`; `onArea` gets each area's figure in words. */
export function colourAreas(
	map: MapLibreMap,
	data: MapData,
	level: AreaLevel,
	figures: IslandLevel,
	onArea: (code: string, text: string) => void,
): Gaps {
	const gaps: Gaps = { notShown: false, missing: false };
	for (const f of data.areas[level].features) {
		const code = f.properties.code;
		const entry = figures.waarden[code];
		const status = entry?.klasse !== undefined ? 'getoond' : !entry || entry.geen ? 'geen' : 'niet-getoond';
		if (status === 'geen') gaps.missing = true;
		if (status === 'niet-getoond') gaps.notShown = true;
		map.setFeatureState(
			{ source: level, id: code },
			entry?.klasse !== undefined ? { status, klasse: entry.klasse } : { status },
		);
		onArea(code, entry?.tekst ?? texts().geenCijfer);
	}
	return gaps;
}
