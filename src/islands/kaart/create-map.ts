/**
 * Creates the MapLibre map in its container: control texts in the page's language, zoom buttons and a scale,
 * no rotation or tilt, cooperative gestures (the page keeps scrolling), and markers and
 * hatching drawn on demand instead of a sprite file.
 */
import { type LngLatBoundsLike, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

import type { Basemap } from './basemap.ts';
import { bboxOf, type MapData } from './data.ts';
import { hatchImage, markerImage } from './images.ts';
import { buildStyle, HATCH_IMAGE, type Palette } from './style.ts';
import { texts } from './texts.ts';

setWorkerUrl(workerUrl);

export interface CreateMapOptions {
	data: MapData;
	palette: Palette;
	basemap: Basemap | undefined;
	/** Id of the text that explains the map's keys (the canvas's description). */
	describedBy: string;
}

/** The map in `container` (which must be in the page already), showing the focused wijk or the whole portal. */
export function createMap(
	container: HTMLElement,
	{ data, palette, basemap, describedBy }: CreateMapOptions,
): MapLibreMap {
	const bounds = bboxOf(
		data.focus
			? [data.focus]
			: data.areas.gemeenten.features.length
				? data.areas.gemeenten.features
				: data.areas.wijken.features,
	);
	const map = new MapLibreMap({
		container,
		style: buildStyle({ palette, data, basemap }),
		bounds: bounds as LngLatBoundsLike | undefined,
		fitBoundsOptions: { padding: 24 },
		// MapLibre's own texts ('NavigationControl.ZoomIn', …), written by InteractiveMap.astro.
		locale: texts().maplibre,
		attributionControl: { compact: false },
		fadeDuration: 0,
		cooperativeGestures: true,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
	});
	map.keyboard.disableRotation();
	map.touchZoomRotate.disableRotation();
	map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	map.getCanvas().setAttribute('aria-describedby', describedBy);
	// Markers and hatching are drawn on demand: no sprite file.
	map.setMissingStyleImageResolver((id) => {
		if (map.hasImage(id)) return;
		const made = id === HATCH_IMAGE ? hatchImage() : markerImage(id, palette.points);
		if (made) map.addImage(id, made.image, { pixelRatio: made.pixelRatio });
	});
	return map;
}

/** Resolves once the map has drawn its style. (The style is built here, so 'load' always comes.) */
export function whenLoaded(map: MapLibreMap): Promise<void> {
	return new Promise<void>((resolve) => map.once('load', () => resolve()));
}
