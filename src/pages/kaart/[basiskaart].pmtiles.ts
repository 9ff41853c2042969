/**
 * /kaart/<naam>.pmtiles: the basemap file from content/geo/, published on the portal's own
 * site, only when portaal.yaml names a file there (`kaart.basiskaart: basiskaart.pmtiles`)
 * and the portal has maps. A path such as /tegels/basiskaart.pmtiles is deployed by the
 * municipality itself and is not copied. The host must answer HTTP Range requests.
 */
import { join } from 'node:path';

import type { APIRoute, GetStaticPaths } from 'astro';

import { getGeo } from '#data/geo.ts';
import { getPortaal } from '#data/portal.ts';
import { contentDir } from '#lib/content/content-dir.ts';
import { ContentError } from '#lib/content/problem.ts';
import { contentPathShower, readContentFile } from '#lib/content/safe-path.ts';
import { isPmtiles, notPmtilesMessage } from '#lib/geo/basemap-file.ts';
import { basiskaartFile } from '#lib/geo/basemap-route.ts';
import { GEO_FOLDER } from '#lib/geo/format.ts';

export const getStaticPaths = (async () => {
	const file = basiskaartFile((await getPortaal()).kaart.basiskaart);
	if (!file || !(await getGeo())) return [];
	return [{ params: { basiskaart: file.replace(/\.pmtiles$/, '') }, props: { file } }];
}) satisfies GetStaticPaths;

/** Checked again right before it is read: a link or another file than a basemap stops the build (ContentError). */
export const GET: APIRoute<{ file: string }> = ({ props }) => {
	const root = contentDir();
	const path = join(root, GEO_FOLDER, props.file);
	const bytes = readContentFile(root, path);
	if (!isPmtiles(bytes))
		throw new ContentError([
			{ file: contentPathShower(root)(path), message: notPmtilesMessage(`${GEO_FOLDER}/${props.file}`) },
		]);
	return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.pmtiles' } });
};
