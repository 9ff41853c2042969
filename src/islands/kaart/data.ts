/**
 * The map's data from the portal's own site (/kaart/*.json, see src/lib/geo/island-data.ts),
 * turned into GeoJSON for MapLibre: every area carries its CBS code as `code` (the
 * feature-state id), points are renumbered when the map shows one wijk.
 */
import type { BBox, Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import type { IslandAreaProperties, IslandFigures, IslandPointProperties } from '#lib/geo/island-data.ts';

import type { KaartConfig } from './config.ts';
import { plainText } from './plain-text.ts';
import { fill, texts } from './texts.ts';

export type Level = 'gemeenten' | 'wijken' | 'buurten';
export type PointKind = IslandPointProperties['soort'];

export interface AreaProps extends IslandAreaProperties {
	code: string;
}
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProps>;
export type PointFeature = Feature<Point, IslandPointProperties>;

export interface MapData {
	areas: Record<Level, FeatureCollection<Polygon | MultiPolygon, AreaProps>>;
	byCode: Map<string, AreaFeature>;
	points: FeatureCollection<Point, IslandPointProperties>;
	figures?: IslandFigures;
	/** "Grenzen: CBS, Kadaster (CC BY 4.0)". */
	attribution?: string;
	/** The focused wijk, when it exists. */
	focus?: AreaFeature;
}

type IslandTopology = Topology<Record<Level, GeometryCollection<IslandAreaProperties>>> & {
	bron?: string;
	licentie?: string;
};

async function getJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as T;
}

export async function loadData(config: KaartConfig): Promise<MapData> {
	const [topology, points, figures] = await Promise.all([
		getJson<IslandTopology>(config.gebieden),
		getJson<FeatureCollection<Point, IslandPointProperties>>(config.punten),
		config.cijfers ? getJson<IslandFigures>(config.cijfers) : Promise.resolve(undefined),
	]);
	const byCode = new Map<string, AreaFeature>();
	const level = (name: Level) => {
		const collection = feature(topology, topology.objects[name]) as FeatureCollection<
			Polygon | MultiPolygon,
			IslandAreaProperties
		>;
		const features = collection.features.map((f): AreaFeature => {
			const code = String(f.id);
			const area: AreaFeature = {
				type: 'Feature',
				id: code,
				geometry: f.geometry,
				properties: { ...f.properties, code },
			};
			byCode.set(code, area);
			return area;
		});
		return { type: 'FeatureCollection' as const, features };
	};
	const areas = { gemeenten: level('gemeenten'), wijken: level('wijken'), buurten: level('buurten') };
	const focus = config.focus ? byCode.get(config.focus) : undefined;
	let shownPoints = points;
	if (focus) {
		// A wijk page numbers its own points from 1, like the list beside its static map.
		const slug = wijkSlug(focus.properties.href);
		const own = points.features.filter((p) => p.properties.wijk === slug);
		shownPoints = {
			type: 'FeatureCollection',
			features: own.map((p, i) => ({ ...p, properties: { ...p.properties, n: i + 1 } })),
		};
	}
	const attribution = topology.bron
		? plainText(
				fill(texts().grenzen, { bron: `${topology.bron}${topology.licentie ? ` (${topology.licentie})` : ''}` }),
			)
		: undefined;
	return { areas, byCode, points: shownPoints, figures, attribution, focus };
}

/** "/wijken/centrum/" → "centrum". */
const wijkSlug = (href: string) => href.split('/').filter(Boolean)[1] ?? '';

/** [west, south, east, north] of features. */
export function bboxOf<P>(features: readonly Feature<Polygon | MultiPolygon | Point, P>[]): BBox | undefined {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	const add = ([x, y]: Position) => {
		if (x === undefined || y === undefined) return;
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	};
	for (const f of features) {
		const g = f.geometry;
		if (g.type === 'Point') add(g.coordinates);
		else if (g.type === 'Polygon') g.coordinates.forEach((ring) => ring.forEach(add));
		else g.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(add)));
	}
	return w <= e ? [w, s, e, n] : undefined;
}

/** A point well inside an area (its largest polygon), for its popup. */
export function insidePoint(area: AreaFeature): [number, number] {
	const g = area.geometry;
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	let best = polygons[0]!;
	let bestSize = -1;
	for (const p of polygons) {
		const box = bboxOf([{ type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: p } }])!;
		const size = (box[2] - box[0]) * (box[3] - box[1]);
		if (size > bestSize) {
			best = p;
			bestSize = size;
		}
	}
	const [x, y] = polylabel(best as [number, number][][], 0.00001);
	return [x, y];
}
