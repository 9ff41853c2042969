/**
 * The wijkkompas for pages: computed once per build from the indicator definitions (an
 * Astro collection) and the value files (read directly, see src/lib/wijkkompas/load.ts).
 * A portal without content/indicatoren has no wijkkompas: the accessor returns undefined.
 */
import { getEntry } from 'astro:content';

import { contentDir } from '#lib/content/content-dir.ts';
import type { Kompas } from '#lib/wijkkompas/kompas.ts';
import { kompasFor } from '#lib/wijkkompas/load.ts';
import type { ValuesFile } from '#lib/wijkkompas/values-file.ts';

import { getIndelingen } from './gebieden.ts';
import { getPortaal, getWijken, once } from './portal.ts';

/** What every wijkkompas page needs besides the area itself. */
export interface KompasContext {
	kompas: Kompas;
	settings: Kompas['input']['settings'];
	files: ReadonlyMap<string, ValuesFile>;
}

export const getKompasContext = once(async (): Promise<KompasContext | undefined> => {
	const definitions = await getEntry('indicatoren', 'indicatoren');
	if (!definitions) return undefined;
	const [portaal, wijken, indelingen] = await Promise.all([getPortaal(), getWijken(), getIndelingen()]);
	const kompas = kompasFor(contentDir(), portaal, wijken, definitions.data, indelingen);
	return { kompas, settings: kompas.input.settings, files: new Map(kompas.input.files.map((f) => [f.id, f])) };
});
