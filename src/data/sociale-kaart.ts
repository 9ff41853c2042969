/** The sociale kaart as pages need it: every organisation, or those of one wijk, by name. */
import { type CollectionEntry, getCollection } from 'astro:content';

import { buildTime } from '#lib/site/build-time.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { wijkSlugOf } from '#lib/site/urls.ts';
import { isStale } from '#lib/sociale-kaart/staleness.ts';
import { SOCIALE_KAART_STANDAARD } from '#schemas/portaal.ts';

import { byName, getPortaal, once } from './portal.ts';

export type OrganisatieEntry = CollectionEntry<'socialeKaart'>;

const all = once(async () => (await getCollection('socialeKaart')).sort(byName));

export async function getSocialeKaart(wijk?: string): Promise<OrganisatieEntry[]> {
	return (await all()).filter((e) => !wijk || wijkSlugOf(e.id) === wijk);
}

/** Whether an entry was checked longer ago than portaal.yaml allows (`socialeKaart.controleerNa`), on the build day. */
export async function getIsOud(): Promise<(item: OrganisatieEntry) => boolean> {
	const months = (await getPortaal()).socialeKaart?.controleerNa ?? SOCIALE_KAART_STANDAARD.controleerNa;
	const today = amsterdamDay(buildTime());
	return (item) => isStale(item.data.gecontroleerd, today, months);
}
