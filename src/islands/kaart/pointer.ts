/** Pointer use on the map itself: a click on an area or point opens its popup; the cursor shows what is clickable. */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';

import type { MapData } from './data.ts';
import type { Target } from './target.ts';

/** `clickable`: the layers that answer now; `onPick`: called with what was clicked. */
export function wirePointer(
	map: MapLibreMap,
	data: MapData,
	clickable: () => string[],
	onPick: (target: Target) => void,
): void {
	map.on('click', (e) => {
		const hit: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(e.point, { layers: clickable() })[0];
		if (!hit) return;
		const target = targetOf(data, hit);
		if (target) onPick(target);
	});
	map.on('mousemove', (e) => {
		const over = map.queryRenderedFeatures(e.point, { layers: clickable() }).length > 0;
		map.getCanvas().style.cursor = over ? 'pointer' : '';
	});
}

function targetOf(data: MapData, hit: MapGeoJSONFeature): Target | undefined {
	if (hit.source === 'punten') {
		const n = Number(hit.properties.n);
		const feature = data.points.features.find((p) => p.properties.n === n);
		return feature && { kind: 'point', feature };
	}
	const feature = data.byCode.get(String(hit.properties.code));
	if (!feature) return undefined;
	return { kind: 'area', level: hit.source === 'buurten' ? 'buurten' : 'wijken', feature };
}
