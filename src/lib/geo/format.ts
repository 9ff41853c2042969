/**
 * The portal's geometry file, content/geo/gebieden.topojson: the boundaries of its
 * gemeenten, wijken and buurten, keyed by CBS code. Written by `npm run import:geo`
 * (or by hand), checked by `npm run check`, drawn by src/lib/geo/svg and the map island.
 *
 * A TopoJSON Topology (https://github.com/topojson/topojson-specification) in WGS84
 * longitude/latitude, usually quantised (with a `transform`), with exactly these objects,
 * each a GeometryCollection of Polygon or MultiPolygon geometries:
 *   gemeenten: id "GM0344", properties { naam }
 *   wijken:    id "WK034401", properties { naam }
 *   buurten:   id "BU03440111", properties { naam }
 * Neighbouring areas share their arcs, so borders stay aligned after simplification.
 * Optional top-level members `bron` and `licentie` name the source, e.g. "CBS, Kadaster"
 * and "CC BY 4.0"; the portal shows them under its maps.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

export const GEO_FOLDER = 'geo';
export const GEO_FILE = 'gebieden.topojson';

export const GEO_LEVELS = ['gemeenten', 'wijken', 'buurten'] as const;
export type GeoLevel = (typeof GEO_LEVELS)[number];

/** The code prefix of each level. */
export const LEVEL_PREFIX: Record<GeoLevel, 'GM' | 'WK' | 'BU'> = { gemeenten: 'GM', wijken: 'WK', buurten: 'BU' };

export interface AreaProperties {
	naam: string;
}

export type GeoTopology = Topology<Record<GeoLevel, GeometryCollection<AreaProperties>>> & {
	bron?: string;
	licentie?: string;
};
