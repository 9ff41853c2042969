/**
 * The projection of a static map: Mercator fitted to the areas, with a height that follows
 * their shape so that no space is wasted (within limits, so a long thin area stays usable).
 * Geometry that has no size (a buurt that a coarse file reduced to one point, or a line)
 * cannot be fitted as it is: the map then shows a small square around it instead.
 */
import { geoBounds, geoMercator, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';

/** ViewBox width of every static map; the SVG scales to its container. */
export const MAP_WIDTH = 480;
const PADDING = 8;
/** Narrower or lower than this (in degrees, about 10 cm) counts as no size at all. */
const NO_SIZE = 1e-6;
/** Half the side of what is shown around geometry without size, in degrees (about 500 m). */
const MIN_HALF_SIDE = 0.005;

export function fitMap(
	features: readonly Feature<Geometry>[],
	width = MAP_WIDTH,
): { projection: GeoProjection; height: number } {
	const target = fitTarget({ type: 'FeatureCollection', features: [...features] });
	const probe = geoMercator().fitWidth(width - 2 * PADDING, target);
	const [[x0, y0], [x1, y1]] = geoPath(probe).bounds(target);
	const aspect = (y1 - y0) / Math.max(1e-9, x1 - x0);
	const height = Math.round(Math.min(1.4, Math.max(0.45, Number.isFinite(aspect) ? aspect : 1)) * width);
	const projection = geoMercator().fitExtent(
		[
			[PADDING, PADDING],
			[width - PADDING, height - PADDING],
		],
		target,
	);
	return { projection, height };
}

/**
 * What the projection is fitted to: the features themselves, or, when they have no width or
 * no height, a box around their middle of at least 2 × MIN_HALF_SIDE in that direction
 * (fitting to nothing gives an endless scale, and every coordinate becomes NaN).
 */
function fitTarget(collection: FeatureCollection): FeatureCollection | MultiPoint {
	const [[west, south], [east, north]] = geoBounds(collection);
	if (![west, south, east, north].every(Number.isFinite)) return collection;
	const wide = east - west >= NO_SIZE;
	const high = north - south >= NO_SIZE;
	if (wide && high) return collection;
	const lon = (west + east) / 2;
	const lat = (south + north) / 2;
	const halfLon = wide ? (east - west) / 2 : MIN_HALF_SIDE;
	const halfLat = high ? (north - south) / 2 : MIN_HALF_SIDE;
	return {
		type: 'MultiPoint',
		coordinates: [
			[lon - halfLon, lat - halfLat],
			[lon + halfLon, lat + halfLat],
		],
	};
}
