/**
 * The portal's geometry for pages: read once per build from content/geo/gebieden.topojson
 * (already checked by `npm run check`). A portal without that file has no maps: the
 * accessor returns undefined and pages leave their maps out.
 */
import { contentDir } from '#lib/content/content-dir.ts';
import { ContentError } from '#lib/content/problem.ts';
import { type GeoAreas, geoAreas } from '#lib/geo/features.ts';
import { readGeo } from '#lib/geo/read.ts';

import { once } from './portal.ts';

function loadGeo(): GeoAreas | undefined {
	const read = readGeo(contentDir());
	if (!read) return undefined;
	if (!read.topology) throw new ContentError(read.problems);
	return geoAreas(read.topology);
}

export const getGeo = once(() => Promise.resolve(loadGeo()));
