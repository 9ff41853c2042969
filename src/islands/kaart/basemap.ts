/**
 * The optional basemap: a self-hosted PMTiles file (Protomaps layer names) read with HTTP
 * Range requests from the portal's own site. Subtle layers only, no labels: no glyphs or
 * sprites are needed. Loaded (with the pmtiles library) only when the portal sets
 * `kaart.basiskaart`.
 */
import type { addProtocol as AddProtocol, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';

import { plainText } from './plain-text.ts';

export const BASEMAP_LAYERS = [
	'basis-aarde',
	'basis-landgebruik',
	'basis-water',
	'basis-wegen',
	'basis-gebouwen',
] as const;

/** The basemap's source and layers, drawn under the areas. */
export interface Basemap {
	source: VectorSourceSpecification;
	layers: LayerSpecification[];
}

let registered = false;

export async function basemap(path: string, addProtocol: typeof AddProtocol): Promise<Basemap> {
	const { Protocol } = await import('pmtiles');
	if (!registered) {
		// metadata: the archive's own attribution (e.g. OpenStreetMap) appears in the map, as text only.
		const protocol = new Protocol({ metadata: true });
		const tile: Parameters<typeof AddProtocol>[1] = protocol.tile;
		addProtocol('pmtiles', async (params, abort) => {
			const result = await tile(params, abort);
			const data = result.data as { attribution?: unknown } | null;
			if (data && typeof data === 'object' && 'attribution' in data) data.attribution = plainText(data.attribution);
			return result;
		});
		registered = true;
	}
	const url = new URL(path, location.href);
	if (url.origin !== location.origin) throw new Error(`basiskaart ${path} is not on this site`);
	const source: VectorSourceSpecification = { type: 'vector', url: `pmtiles://${url.href}` };
	const s = 'basiskaart';
	const layers: LayerSpecification[] = [
		{ id: 'basis-aarde', type: 'fill', source: s, 'source-layer': 'earth', paint: { 'fill-color': '#f4f3ef' } },
		{
			id: 'basis-landgebruik',
			type: 'fill',
			source: s,
			'source-layer': 'landuse',
			paint: { 'fill-color': '#e3ecd9', 'fill-opacity': 0.7 },
		},
		{ id: 'basis-water', type: 'fill', source: s, 'source-layer': 'water', paint: { 'fill-color': '#c6dbea' } },
		{
			id: 'basis-wegen',
			type: 'line',
			source: s,
			'source-layer': 'roads',
			paint: {
				'line-color': '#c9c6bf',
				'line-width': ['match', ['get', 'kind'], 'highway', 3, 'major_road', 2.5, 'minor_road', 1.5, 1],
			},
		},
		{
			id: 'basis-gebouwen',
			type: 'fill',
			source: s,
			'source-layer': 'buildings',
			minzoom: 14,
			paint: { 'fill-color': '#e2dfd8' },
		},
	];
	return { source, layers };
}
