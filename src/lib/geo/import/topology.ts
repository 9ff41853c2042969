/**
 * Builds the portal's geometry file from the checked areas: one topology for all levels, so
 * neighbouring areas (and a wijk and its buurten) share their borders as arcs; simplified
 * per arc, so shared borders stay aligned; then quantised.
 *
 * Simplification (Visvalingam, topojson-simplify) removes points whose triangle with its
 * neighbours is smaller than `detail`² square metres. An area that would lose its shape
 * (a part with no area left, turned inside out, or more than AREA_TOLERANCE of its area
 * changed) gets more detail back on its own borders until it is right.
 */
import { geoArea } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature as toFeature, mergeArcs, quantize } from 'topojson-client';
import { topology as buildArcs } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type {
	GeometryCollection,
	MultiPolygon as TopoMultiPolygon,
	Objects,
	Polygon as TopoPolygon,
	Topology,
} from 'topojson-specification';

import type { AreaProperties, GeoLevel, GeoTopology } from '#lib/geo/format.ts';

export interface OutputArea {
	code: string;
	naam: string;
	geometry: Polygon | MultiPolygon;
}

export interface TopologyOptions {
	/** Details smaller than about this many metres disappear; 0 keeps every point. */
	detail: number;
	/** Grid of the quantisation: this many steps across the area. */
	quantisation: number;
	bron?: string;
	licentie?: string;
}

export const DEFAULT_DETAIL = 6;
export const DEFAULT_QUANTISATION = 1e5;
/** The largest change in an area's size that simplification may cause. */
export const AREA_TOLERANCE = 0.02;
const EARTH_RADIUS = 6_371_008.8;
const MAX_ROUNDS = 12;

type Geom = (TopoPolygon<AreaProperties> | TopoMultiPolygon<AreaProperties>) & {
	id: string;
	properties: AreaProperties;
};

export interface BuiltTopology {
	topology: GeoTopology;
	/** Codes of areas that kept extra detail so as not to lose their shape. */
	protectedAreas: string[];
	/** Codes of areas whose shape still changed too much with all their detail kept (too small for the grid, or odd in the file). */
	misshapen: string[];
}

/**
 * The topology of the levels. Without gemeenten, the gemeente is the union of its wijken
 * (`gemeente` gives its code and name).
 */
export function buildTopology(
	levels: Record<'wijken' | 'buurten', OutputArea[]> & { gemeenten?: OutputArea[] },
	gemeente: { code: string; naam: string },
	options: TopologyOptions,
): BuiltTopology {
	const collection = (areas: OutputArea[]): FeatureCollection => ({
		type: 'FeatureCollection',
		features: [...areas]
			.sort((a, b) => a.code.localeCompare(b.code))
			.map((a): Feature => ({ type: 'Feature', id: a.code, properties: { naam: a.naam }, geometry: a.geometry })),
	});
	const input: Record<string, FeatureCollection> = {};
	if (levels.gemeenten) input.gemeenten = collection(levels.gemeenten);
	input.wijken = collection(levels.wijken);
	input.buurten = collection(levels.buurten);
	const raw = buildArcs(input) as Topology<Record<GeoLevel, GeometryCollection<AreaProperties>>>;
	if (!levels.gemeenten) {
		const merged = mergeArcs(raw, raw.objects.wijken.geometries as TopoPolygon[]);
		raw.objects = {
			gemeenten: {
				type: 'GeometryCollection',
				geometries: [{ ...merged, id: gemeente.code, properties: { naam: gemeente.naam } }] as Geom[],
			},
			wijken: raw.objects.wijken,
			buurten: raw.objects.buurten,
		};
	}
	const geometries = (t: Topology) =>
		Object.values(t.objects).flatMap((o) => (o as GeometryCollection<AreaProperties>).geometries as Geom[]);
	const before = new Map(geometries(raw).map((g) => [g.id, geoArea(asFeature(raw, g))]));

	const weighted = presimplify(raw, sphericalTriangleArea);
	const minWeight = options.detail > 0 ? (options.detail / EARTH_RADIUS) ** 2 : 0;
	const protectedAreas = new Set<string>();
	const check = (t: Topology) => geometries(t).filter((g) => !keepsShape(asFeature(t, g), before.get(g.id)!));
	let result = finish(weighted, minWeight, options.quantisation);
	let bad = check(result);
	for (let round = 1; bad.length && round <= MAX_ROUNDS; round++) {
		// More detail on the borders of these areas: raise the weights of their points; in the last round keep them all.
		for (const g of bad) {
			protectedAreas.add(g.id);
			for (const arc of arcsOf(g)) {
				for (const point of weighted.arcs[arc]!) point[2] = round === MAX_ROUNDS ? Infinity : point[2]! * 4;
			}
		}
		result = finish(weighted, minWeight, options.quantisation);
		bad = check(result);
	}

	const { type, bbox, transform, objects, arcs } = result;
	const topology = {
		type,
		...(options.bron ? { bron: options.bron } : {}),
		...(options.licentie ? { licentie: options.licentie } : {}),
		...(bbox ? { bbox } : {}),
		transform,
		objects,
		arcs,
	} as GeoTopology;
	return { topology, protectedAreas: [...protectedAreas].sort(), misshapen: bad.map((g) => g.id).sort() };
}

type AnyTopology = Topology<Objects>;

function finish(weighted: Topology, minWeight: number, quantisation: number): Topology {
	return quantize(simplify<Objects>(weighted as AnyTopology, minWeight), quantisation);
}

const asFeature = (t: Topology, g: Geom) => toFeature(t, g as TopoPolygon) as Feature;

/** Every part keeps a positive area below a hemisphere, and the whole area stays within AREA_TOLERANCE. */
function keepsShape(feature: Feature, before: number): boolean {
	const geometry = feature.geometry as Polygon | MultiPolygon;
	const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	for (const coordinates of parts) {
		const area = geoArea({ type: 'Polygon', coordinates });
		if (!(area > 0 && area < 2 * Math.PI)) return false;
	}
	const area = geoArea(feature);
	return Math.abs(area - before) <= AREA_TOLERANCE * before;
}

/** The indexes of the arcs a polygon geometry uses. */
function arcsOf(g: Geom): number[] {
	const rings = g.type === 'Polygon' ? g.arcs : g.arcs.flat();
	return rings.flat().map((i) => (i < 0 ? ~i : i));
}
