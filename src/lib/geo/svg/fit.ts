/**
 * The projection of a static map: Mercator fitted to the areas, with a height that follows
 * their shape so that no space is wasted (within limits, so a long thin area stays usable).
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** ViewBox width of every static map; the SVG scales to its container. */
export const MAP_WIDTH = 480;
const PADDING = 8;

export function fitMap(
	features: readonly Feature<Geometry>[],
	width = MAP_WIDTH,
): { projection: GeoProjection; height: number } {
	const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
	const probe = geoMercator().fitWidth(width - 2 * PADDING, collection);
	const [[x0, y0], [x1, y1]] = geoPath(probe).bounds(collection);
	const aspect = (y1 - y0) / Math.max(1e-9, x1 - x0);
	const height = Math.round(Math.min(1.4, Math.max(0.45, aspect)) * width);
	const projection = geoMercator().fitExtent(
		[
			[PADDING, PADDING],
			[width - PADDING, height - PADDING],
		],
		collection,
	);
	return { projection, height };
}
