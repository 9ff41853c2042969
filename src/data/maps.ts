/**
 * What the map pages need besides the geometry: the numbered points of all located agenda
 * items, activities, initiatives and organisations of the sociale kaart, and the web address
 * of each area by its CBS code.
 */
import { mappable } from '#lib/geo/choropleth.ts';
import { type ListedPoint, mapPoints } from '#lib/geo/maps.ts';
import { buildTime } from '#lib/site/build-time.ts';
import { urls, wijkSlugOf } from '#lib/site/urls.ts';

import { getGeo } from './geo.ts';
import { getInitiatieven } from './initiatieven.ts';
import { getActiviteiten, getAgenda, getPortaal, getWijken, once } from './portal.ts';
import { getSocialeKaart } from './sociale-kaart.ts';
import { getKompasContext } from './wijkkompas.ts';

/** Every located point of the portal, numbered from 1. */
export const getMapPoints = once(async (): Promise<ListedPoint[]> =>
	mapPoints(
		await getAgenda(),
		await getActiviteiten(),
		buildTime(),
		wijkSlugOf,
		await getInitiatieven(),
		await getSocialeKaart(),
	),
);

/** The page of an area: a wijk or buurt page, or the home page for a gemeente. */
export const getAreaHrefs = once(async (): Promise<(code: string) => string> => {
	const hrefs = new Map<string, string>();
	for (const wijk of await getWijken()) {
		hrefs.set(wijk.data.code, urls.wijk(wijk.id));
		for (const b of wijk.data.buurten) hrefs.set(b.code, urls.buurt(wijk.id, b));
	}
	return (code) => hrefs.get(code) ?? urls.home();
});

/** Indicators with a choropleth page (/kaart/cijfers/<id>/): the mappable ones with figures, in a portal with maps. */
export const getMappedIndicators = once(async () => {
	const [geo, context] = await Promise.all([getGeo(), getKompasContext()]);
	if (!geo || !context) return [];
	const { kompas } = context;
	const gemeenten = (await getPortaal()).gemeenten;
	return mappable(kompas).filter((i) => gemeenten.some((g) => kompas.input.values.years(i.id, g.code).length > 0));
});

/** For pages: the choropleth address of an indicator, or undefined when it has none. */
export async function mapHrefs(): Promise<(id: string) => string | undefined> {
	const ids = new Set((await getMappedIndicators()).map((i) => i.id));
	return (id) => (ids.has(id) ? urls.kaartIndicator(id) : undefined);
}
