/**
 * /kaart/<naam>.pmtiles: the basemap file from content/geo/, published on the portal's own
 * site, only when portaal.yaml names a file there (`kaart.basiskaart: basiskaart.pmtiles`)
 * and the portal has maps. A path such as /tegels/basiskaart.pmtiles is deployed by the
 * municipality itself and is not copied. The host must answer HTTP Range requests.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getGeo } from '../../data/geo.ts';
import { getPortaal } from '../../data/portal.ts';
import { contentDir } from '../../lib/content/content-dir.ts';
import { GEO_FOLDER } from '../../lib/geo/format.ts';
import { basiskaartFile } from '../../scripts/kaart/config.ts';

export const getStaticPaths = (async () => {
	const file = basiskaartFile((await getPortaal()).kaart.basiskaart);
	if (!file || !(await getGeo())) return [];
	return [{ params: { basiskaart: file.replace(/\.pmtiles$/, '') }, props: { file } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) => {
	const path = join(contentDir(), GEO_FOLDER, props.file);
	if (!existsSync(path)) {
		throw new Error(`De basiskaart ${props.file} staat niet in ${join(contentDir(), GEO_FOLDER)}. Zet het bestand daar, of haal kaart.basiskaart uit portaal.yaml.`);
	}
	return new Response(readFileSync(path), { headers: { 'Content-Type': 'application/vnd.pmtiles' } });
};
