/** What residents achieved, for the "Successen" pages and the feeds: newest first. */
import type { Taal } from '#lib/i18n/talen.ts';
import { plainExcerpt } from '#lib/markdown/excerpt.ts';
import { urls, wijkSlugOf } from '#lib/site/urls.ts';
import { sortSuccesses, type Succes, successesOfWijk } from '#lib/successen/successes.ts';

import { getInitiatieven } from './initiatieven.ts';
import { getAgenda, getNieuws, once } from './portal.ts';
import { getVerhalen } from './verhalen.ts';
import { inTaal, isVertaald } from './vertaling.ts';

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

/** A success as the reader sees it: title and summary in the reader's language where translated. */
export interface SuccesInTaal extends Succes {
	/** Which texts are in the reader's language; the others are Dutch (news is Dutch only). */
	vertaald: { titel: boolean; samenvatting: boolean };
}

type Translatable = { data: { titel: string; samenvatting?: string; resultaat?: string } };

/** The successes in the reader's language, for lists and feeds. */
export async function successenInTaal(items: readonly Succes[], taal: Taal): Promise<SuccesInTaal[]> {
	const dutch = (s: Succes): SuccesInTaal => ({ ...s, vertaald: { titel: false, samenvatting: false } });
	if (taal === 'nl' || items.length === 0) return items.map(dutch);
	const [agenda, initiatieven, verhalen] = await Promise.all([getAgenda(), getInitiatieven(), getVerhalen()]);
	const entries = new Map<string, Translatable>([
		...agenda.map((e) => [`agenda:${e.id}`, e] as const),
		...initiatieven.map((e) => [`initiatieven:${e.id}`, e] as const),
		...verhalen.map((e) => [`verhalen:${e.id}`, e] as const),
	]);
	return items.map((s) => {
		const entry = entries.get(`${s.soort}:${s.id}`);
		if (!entry) return dutch(s);
		const view = inTaal(entry, taal);
		const field = s.soort === 'initiatieven' && isVertaald(view, 'resultaat') ? 'resultaat' : 'samenvatting';
		// Agenda items and stories are summed up by the start of their text, like in Dutch.
		const fromBody = s.soort !== 'initiatieven' && view.body ? plainExcerpt(view.body) : undefined;
		const summary = fromBody || (isVertaald(view, field) ? view.data[field] : undefined);
		const titel = isVertaald(view, 'titel');
		return {
			...s,
			titel: titel ? view.data.titel : s.titel,
			...(summary && { samenvatting: summary }),
			vertaald: { titel, samenvatting: !!summary },
		};
	});
}
