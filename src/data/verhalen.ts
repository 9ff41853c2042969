/**
 * The stories that may be published on the day of the build (their consent still holds),
 * oldest told first, as chapters of the verhalenboek.
 */
import { type CollectionEntry, getCollection } from 'astro:content';

import { buildTime } from '#lib/site/build-time.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { consentHolds } from '#lib/verhalen/consent.ts';

import { once } from './portal.ts';

export type VerhaalEntry = CollectionEntry<'verhalen'>;

export const getVerhalen = once(async (): Promise<VerhaalEntry[]> => {
	const today = amsterdamDay(buildTime());
	return (await getCollection('verhalen', (e) => consentHolds(e.data, today))).sort(
		(a, b) => a.data.verteld.localeCompare(b.data.verteld) || a.id.localeCompare(b.id),
	);
});

export async function getVerhalenOfWijk(wijk: string): Promise<VerhaalEntry[]> {
	return (await getVerhalen()).filter((v) => v.data.wijk === wijk);
}
