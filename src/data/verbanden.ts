/** The linked chain between agenda items, initiatives, stories and news, with titles and addresses. */
import { urls } from '#lib/site/urls.ts';
import { type ChainLinks, createChain } from '#lib/verbanden/chain.ts';
import type { VerbandSoort } from '#schemas/verbanden.ts';

import { getInitiatieven } from './initiatieven.ts';
import { getAgenda, getNieuws, once } from './portal.ts';
import { getVerhalen } from './verhalen.ts';

export interface ChainLink {
	soort: VerbandSoort;
	id: string;
	titel: string;
	href: string;
	/** "Wijkagenda", "Bewonersinitiatief", "Verhaal", "Nieuws". */
	label: string;
}

export const VERBAND_LABELS: Record<VerbandSoort, string> = {
	agenda: 'Wijkagenda',
	initiatieven: 'Bewonersinitiatief',
	verhalen: 'Verhaal',
	nieuws: 'Nieuws',
};

const HREF: Record<VerbandSoort, (id: string) => string> = {
	agenda: urls.agendaItem,
	initiatieven: urls.initiatief,
	verhalen: urls.verhaal,
	nieuws: urls.nieuwsItem,
};

const getChain = once(async () => {
	const [agenda, initiatieven, verhalen, nieuws] = await Promise.all([
		getAgenda(),
		getInitiatieven(),
		getVerhalen(), // only stories whose consent holds: an ended story links nowhere
		getNieuws(),
	]);
	const nodes = [
		...agenda.map((e) => ({ soort: 'agenda' as const, id: e.id, verbanden: e.data.verbanden, titel: e.data.titel })),
		...initiatieven.map((e) => ({
			soort: 'initiatieven' as const,
			id: e.id,
			verbanden: e.data.verbanden,
			titel: e.data.titel,
		})),
		...verhalen.map((e) => ({
			soort: 'verhalen' as const,
			id: e.id,
			verbanden: e.data.verbanden,
			titel: e.data.titel,
		})),
		...nieuws.map((e) => ({ soort: 'nieuws' as const, id: e.id, verbanden: e.data.verbanden, titel: e.data.titel })),
	];
	const titles = new Map(nodes.map((n) => [`${n.soort}:${n.id}`, n.titel]));
	return { chain: createChain(nodes), titles };
});

/** The pages linked to one page, in both directions, ready to show. */
export async function getChainLinks(
	soort: VerbandSoort,
	id: string,
): Promise<{ hoortBij: ChainLink[]; hieroverVerteld: ChainLink[] }> {
	const { chain, titles } = await getChain();
	const links: ChainLinks = chain.linksOf(soort, id);
	const view = (l: { soort: VerbandSoort; id: string }): ChainLink => ({
		...l,
		titel: titles.get(`${l.soort}:${l.id}`)!,
		href: HREF[l.soort](l.id),
		label: VERBAND_LABELS[l.soort],
	});
	return { hoortBij: links.hoortBij.map(view), hieroverVerteld: links.hieroverVerteld.map(view) };
}
