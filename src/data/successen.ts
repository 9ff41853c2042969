/** What residents achieved, for the "Successen" pages and the feeds: newest first. */
import { plainExcerpt } from '#lib/markdown/excerpt.ts';
import { urls, wijkSlugOf } from '#lib/site/urls.ts';
import { sortSuccesses, type Succes, successesOfWijk } from '#lib/successen/successes.ts';

import { getInitiatieven } from './initiatieven.ts';
import { getAgenda, getNieuws, once } from './portal.ts';
import { getVerhalen } from './verhalen.ts';

const allSuccesses = once(async (): Promise<Succes[]> => {
	const [agenda, initiatieven, verhalen, nieuws] = await Promise.all([
		getAgenda(),
		getInitiatieven(),
		getVerhalen(),
		getNieuws(),
	]);
	return sortSuccesses([
		...agenda
			.filter((e) => e.data.status === 'gerealiseerd' && e.data.gerealiseerd)
			.map((e) => ({
				soort: 'agenda' as const,
				id: e.id,
				titel: e.data.titel,
				datum: e.data.gerealiseerd!,
				samenvatting: plainExcerpt(e.body ?? '') || undefined,
				href: urls.agendaItem(e.id),
				wijken: [wijkSlugOf(e.id)],
			})),
		...initiatieven
			.filter((e) => e.data.stap === 'uitgevoerd')
			.map((e) => ({
				soort: 'initiatieven' as const,
				id: e.id,
				titel: e.data.titel,
				datum: e.data.datums.uitgevoerd!,
				samenvatting: e.data.resultaat ?? e.data.samenvatting,
				href: urls.initiatief(e.id),
				wijken: [e.data.wijk],
			})),
		...verhalen.map((e) => ({
			soort: 'verhalen' as const,
			id: e.id,
			titel: e.data.titel,
			datum: e.data.verteld,
			samenvatting: plainExcerpt(e.body ?? '') || undefined,
			href: urls.verhaal(e.id),
			wijken: [e.data.wijk],
		})),
		...nieuws
			.filter((e) => e.data.succes)
			.map((e) => ({
				soort: 'nieuws' as const,
				id: e.id,
				titel: e.data.titel,
				datum: e.data.datum,
				samenvatting: e.data.samenvatting,
				href: urls.nieuwsItem(e.id),
				wijken: e.data.wijken,
			})),
	]);
});

/** All successes of the portal, or those of one wijk. */
export async function getSuccessen(wijk?: string): Promise<Succes[]> {
	const all = await allSuccesses();
	return wijk ? successesOfWijk(all, wijk) : all;
}
