/**
 * The municipality's own areas (eigen gebieden) for pages: each indeling from
 * content/gebieden/<indeling>.yaml, in Dutch alphabetical order, with its areas as the
 * wijkkompas knows them (code `<indeling>/<gebied>`, gemeente, buurten).
 */
import { getCollection } from 'astro:content';

import { dutchCollator } from '#lib/site/collator.ts';
import { type Area, type IndelingFile, portalAreas } from '#lib/wijkkompas/areas.ts';

import { getPortaal, getWijken, once } from './portal.ts';

export interface Indeling extends IndelingFile {
	/** Its own areas, in the order of the file. */
	gebieden: Area[];
}

export const getIndelingen = once(async (): Promise<IndelingFile[]> =>
	(await getCollection('gebieden'))
		.map((e) => ({ id: e.id, data: e.data }))
		.sort((a, b) => dutchCollator.compare(a.data.naam, b.data.naam)),
);

/** The indelingen with their areas, and every area of the portal by code (for buurt names). */
export const getEigenGebieden = once(async () => {
	const [portaal, wijken, files] = await Promise.all([getPortaal(), getWijken(), getIndelingen()]);
	const areas = portalAreas(portaal, wijken, files);
	const indelingen: Indeling[] = files.map((f) => ({
		...f,
		gebieden: [...areas.byCode.values()].filter((a) => a.level === 'eigen' && a.indeling === f.id),
	}));
	return { indelingen, areas };
});
