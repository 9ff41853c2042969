/**
 * The areas of a geometry file as GeoJSON features, keyed by CBS code, with their rings in
 * d3-geo's winding order (a polygon drawn the other way round would cover the whole globe).
 */
import { geoArea } from 'd3';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';

import { type AreaProperties, GEO_LEVELS, type GeoLevel, type GeoTopology } from './format.ts';

export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties> & { id: string };

export interface GeoAreas {
	topology: GeoTopology;
	byCode: Map<string, AreaFeature>;
	level: Map<string, GeoLevel>;
}

export function geoAreas(topology: GeoTopology): GeoAreas {
	const byCode = new Map<string, AreaFeature>();
	const level = new Map<string, GeoLevel>();
	for (const name of GEO_LEVELS) {
		const collection = feature(topology, topology.objects[name]);
		for (const f of collection.features) {
			const area = rewind(f as AreaFeature);
			byCode.set(area.id, area);
			level.set(area.id, name);
		}
	}
	return { topology, byCode, level };
}

/** Reverses each polygon whose rings run the way d3-geo reads as "everything but this". */
export function rewind<F extends Feature<Polygon | MultiPolygon>>(f: F): F {
	const fix = (rings: Position[][]): Position[][] =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
	const g = f.geometry;
	const geometry: Polygon | MultiPolygon =
		g.type === 'Polygon'
			? { type: 'Polygon', coordinates: fix(g.coordinates) }
			: { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
	return { ...f, geometry };
}
