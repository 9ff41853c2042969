/**
 * The portal's content as pages need it, read once from Astro's content collections and
 * sorted the way residents expect (Dutch alphabetical order, newest news first).
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';

import { gemeenteOfWijk } from '#lib/content/portal-content.ts';
import { dutchCollator } from '#lib/site/collator.ts';
import { wijkSlugOf } from '#lib/site/urls.ts';

export type WijkEntry = CollectionEntry<'wijken'>;
export type AgendaEntry = CollectionEntry<'agenda'>;
export type ActiviteitEntry = CollectionEntry<'activiteiten'>;
export type NieuwsEntry = CollectionEntry<'nieuws'>;

export const byName = <T extends { data: { naam: string } }>(a: T, b: T) =>
	dutchCollator.compare(a.data.naam, b.data.naam);

/** Read once per build (every page needs the portal; a national portal has thousands of wijken). */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () => {
		if (import.meta.env.DEV) return load(); // content may change while editing
		pending ??= load();
		return pending;
	};
}

export const getPortaal = once(async () => {
	const entry = await getEntry('portaal', 'portaal');
	if (!entry) throw new Error('portaal.yaml ontbreekt');
	return entry.data;
});

export const getWijken = once(async (): Promise<WijkEntry[]> => (await getCollection('wijken')).sort(byName));

export async function getWijk(slug: string): Promise<WijkEntry> {
	const wijk = await getEntry('wijken', slug);
	if (!wijk) throw new Error(`wijk ${slug} bestaat niet`);
	return wijk;
}

/** The wijk an agenda item or activity belongs to (its folder), and the buurt it names, if any. */
export async function getWijkOfItem(item: { id: string; data: { buurt?: string } }) {
	const wijk = await getWijk(wijkSlugOf(item.id));
	const buurt = wijk.data.buurten.find((b) => b.code === item.data.buurt);
	return { wijk, buurt };
}

const allAgenda = once(() => getCollection('agenda'));
const allActiviteiten = once(() => getCollection('activiteiten'));

export async function getAgenda(wijk?: string): Promise<AgendaEntry[]> {
	return (await allAgenda()).filter((e) => !wijk || wijkSlugOf(e.id) === wijk);
}

export async function getActiviteiten(wijk?: string): Promise<ActiviteitEntry[]> {
	return (await allActiviteiten()).filter((e) => !wijk || wijkSlugOf(e.id) === wijk);
}

export async function getNieuws(wijk?: string): Promise<NieuwsEntry[]> {
	const all = await getCollection('nieuws', (e) => !wijk || e.data.wijken.includes(wijk));
	return all.sort((a, b) => b.data.datum.localeCompare(a.data.datum) || a.id.localeCompare(b.id));
}

/** Wijken grouped per gemeente, in the order of portaal.yaml. */
export async function getWijkenPerGemeente() {
	const [portaal, wijken] = await Promise.all([getPortaal(), getWijken()]);
	return portaal.gemeenten.map((gemeente) => ({
		gemeente,
		wijken: wijken.filter((w) => gemeenteOfWijk([gemeente], w.data.code)),
	}));
}

/** Name of a wijk for a slug, for labels on news and activities. */
export async function wijkNames(): Promise<Map<string, string>> {
	return new Map((await getWijken()).map((w) => [w.id, w.data.naam]));
}
