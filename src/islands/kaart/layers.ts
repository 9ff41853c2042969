/**
 * Which layers the map shows: the points of each kind, the buurten (which appear only when
 * zoomed in, except on a wijk page and for a choropleth per buurt), and the layers that
 * answer a click.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { PointKind } from './data.ts';
import { BUURT_LAYERS, LAYERS, POINT_KINDS } from './style.ts';

const visibility = (on: boolean) => (on ? 'visible' : 'none');

export class MapLayers {
	readonly #map: MapLibreMap;
	#buurtMinZoom = 0;

	constructor(map: MapLibreMap) {
		this.#map = map;
	}

	showKind(kind: PointKind, on: boolean): void {
		this.#map.setLayoutProperty(LAYERS.points(kind), 'visibility', visibility(on));
	}

	showBuurten(on: boolean): void {
		for (const id of BUURT_LAYERS) this.#map.setLayoutProperty(id, 'visibility', visibility(on));
	}

	/** From this zoom on the buurten appear (0: always). */
	setBuurtMinZoom(zoom: number): void {
		this.#buurtMinZoom = zoom;
	}

	/** Buurten appear when zoomed in; `always` (a choropleth per buurt) shows them at every zoom. */
	applyBuurtZoom(always: boolean): void {
		const min = always ? 0 : this.#buurtMinZoom;
		for (const id of BUURT_LAYERS) this.#map.setLayerZoomRange(id, min, 24);
	}

	/** The visible layers that open a popup when clicked, points first. */
	clickable(): string[] {
		const ids: string[] = POINT_KINDS.map((k) => LAYERS.points(k));
		ids.push(LAYERS.buurtenFill, LAYERS.wijkenFill);
		return ids.filter((id) => this.#map.getLayoutProperty(id, 'visibility') !== 'none');
	}
}
