/**
 * The wijkkompas for pages: computed once per build from the indicator definitions (an
 * Astro collection) and the value files (read directly, see src/lib/wijkkompas/load.ts).
 * A portal without content/indicatoren has no wijkkompas: every accessor returns undefined.
 */
import { getEntry } from 'astro:content';
import { contentDir } from '../lib/content/content-dir.ts';
import type { AreaKompas, Kompas } from '../lib/wijkkompas/kompas.ts';
import { kompasFor } from '../lib/wijkkompas/load.ts';
import type { ValuesFile } from '../lib/wijkkompas/values-file.ts';
import { getPortaal, getWijken } from './portal.ts';

let pending: Promise<Kompas | undefined> | undefined;

export function getKompas(): Promise<Kompas | undefined> {
	if (import.meta.env.DEV) pending = undefined; // figures may change while editing
	pending ??= (async () => {
		const definitions = await getEntry('indicatoren', 'indicatoren');
		if (!definitions) return undefined;
		const [portaal, wijken] = await Promise.all([getPortaal(), getWijken()]);
		return kompasFor(contentDir(), portaal, wijken, definitions.data);
	})();
	return pending;
}

export async function getAreaKompas(code: string): Promise<AreaKompas | undefined> {
	return (await getKompas())?.of(code);
}

/** What every wijkkompas page needs besides the area itself. */
export interface KompasContext {
	kompas: Kompas;
	settings: Kompas['input']['settings'];
	files: ReadonlyMap<string, ValuesFile>;
}

let context: Promise<KompasContext | undefined> | undefined;

export function getKompasContext(): Promise<KompasContext | undefined> {
	if (import.meta.env.DEV) context = undefined;
	context ??= getKompas().then((kompas) =>
		kompas && { kompas, settings: kompas.input.settings, files: new Map(kompas.input.files.map((f) => [f.id, f])) },
	);
	return context;
}
