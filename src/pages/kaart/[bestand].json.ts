/** /kaart/gebieden.json, /kaart/punten.json, /kaart/cijfers.json: the data of the interactive map (only for a portal with maps). */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getGeo } from '#data/geo.ts';
import { getAreaHrefs, getMapPoints } from '#data/maps.ts';
import { getPortaal } from '#data/portal.ts';
import { getKompasContext } from '#data/wijkkompas.ts';
import { islandAreas, islandFigures, islandPoints } from '#lib/geo/island-data.ts';
import { urls } from '#lib/site/urls.ts';

export const getStaticPaths = (async () => {
	if (!(await getGeo())) return [];
	const names = ['gebieden', 'punten'];
	if (await getKompasContext()) names.push('cijfers');
	return names.map((bestand) => ({ params: { bestand } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const json = (data: unknown) =>
		new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
	if (params.bestand === 'gebieden') return json(islandAreas((await getGeo())!, await getAreaHrefs()));
	if (params.bestand === 'punten') return json(islandPoints(await getMapPoints()));
	const kompas = (await getKompasContext())!.kompas;
	const gemeente = (await getPortaal()).gemeenten[0]!.code;
	return json(islandFigures(kompas, gemeente, urls.kaartIndicator));
};
