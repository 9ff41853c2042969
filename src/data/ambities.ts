/**
 * The wijkambities for pages: per wijk with an ambitie.md its goals tree with the agenda items
 * (and the initiatives and stories linked to them) serving each goal, and per indicator target
 * the wijk's figures over the years. Read once per build.
 */
import { type CollectionEntry, getCollection } from 'astro:content';

import { goalsForIndicator, goalsTree, type LinkedWork, type StrategicGoal, type WorkItem } from '#lib/ambitie/tree.ts';
import { gemeenteOfWijk } from '#lib/content/portal-content.ts';
import type { IndicatorFigures } from '#lib/wijkkompas/kompas.ts';

import { getAgenda, getPortaal, getWijken, once, type WijkEntry } from './portal.ts';
import { getChainLinks } from './verbanden.ts';
import { getKompasContext } from './wijkkompas.ts';

export type AmbitieEntry = CollectionEntry<'ambities'>;

export interface WijkAmbitie {
	entry: AmbitieEntry;
	wijk: WijkEntry;
	tree: StrategicGoal[];
	/** The wijk's figures per indicator id, for the indicators its goals name (only those with figures). */
	figures: ReadonlyMap<string, IndicatorFigures>;
}

const getAll = once(async (): Promise<Map<string, WijkAmbitie>> => {
	const [entries, wijken, portaal, kompas] = await Promise.all([
		getCollection('ambities'),
		getWijken(),
		getPortaal(),
		getKompasContext(),
	]);
	const result = new Map<string, WijkAmbitie>();
	for (const entry of entries) {
		const wijk = wijken.find((w) => w.id === entry.id);
		if (!wijk) continue;
		const gemeente = gemeenteOfWijk(portaal.gemeenten, wijk.data.code);
		const items: WorkItem[] = await Promise.all(
			(await getAgenda(wijk.id)).map(async (e) => {
				const links = await getChainLinks('agenda', e.id);
				const linked: LinkedWork[] = [...links.hoortBij, ...links.hieroverVerteld].flatMap((l) =>
					l.soort === 'initiatieven' || l.soort === 'verhalen' ? [{ soort: l.soort, id: l.id, titel: l.titel }] : [],
				);
				return { id: e.id, titel: e.data.titel, status: e.data.status, doelen: e.data.doelen, linked };
			}),
		);
		const tree = goalsTree(entry.data.doelen, gemeente?.themas ?? [], gemeente?.themaUitleg ?? {}, items);
		const named = new Set(entry.data.doelen.flatMap((d) => d.indicatoren.map((t) => t.indicator)));
		const figures = new Map<string, IndicatorFigures>();
		for (const thema of kompas?.kompas.of(wijk.data.code)?.themas ?? [])
			for (const f of thema.indicators) if (named.has(f.indicator.id)) figures.set(f.indicator.id, f);
		result.set(wijk.id, { entry, wijk, tree, figures });
	}
	return result;
});

/** The ambitie of a wijk, or undefined when the wijk has no ambitie.md. */
export async function getAmbitie(wijk: string): Promise<WijkAmbitie | undefined> {
	return (await getAll()).get(wijk);
}

export async function getAmbities(): Promise<WijkAmbitie[]> {
	return [...(await getAll()).values()];
}

/** For the figures pages: the goals of a wijk aiming at an indicator, and the agenda items serving them. */
export async function getAimsOfWijk(
	wijk: string,
): Promise<(indicator: string) => ReturnType<typeof goalsForIndicator>> {
	const ambitie = await getAmbitie(wijk);
	return (indicator) => (ambitie ? goalsForIndicator(ambitie.tree, indicator) : { goals: [], items: [] });
}
