/** The share image of every article (news, initiatives, stories), read once; see src/lib/share/cards.ts. */
import { type ShareCard, shareCards } from '#lib/share/cards.ts';
import { urls } from '#lib/site/urls.ts';
import { mayShowPhoto } from '#schemas/verhaal.ts';

import { getInitiatieven } from './initiatieven.ts';
import { getNieuws, getPortaal, getWijken, once } from './portal.ts';
import { getVerhalen } from './verhalen.ts';

export const getShareCards = once(async (): Promise<ShareCard[]> => {
	const [portaal, wijken, nieuws, initiatieven, verhalen] = await Promise.all([
		getPortaal(),
		getWijken(),
		getNieuws(),
		getInitiatieven(),
		getVerhalen(),
	]);
	return shareCards(
		[
			...nieuws.map((n) => ({
				soort: 'nieuws' as const,
				slug: n.id,
				page: urls.nieuwsItem(n.id),
				titel: n.data.titel,
				wijken: n.data.wijken,
				picture: n.data.afbeelding && {
					contentPath: `nieuws/${n.data.afbeelding.bestand}`,
					alt: n.data.afbeelding.alt,
				},
			})),
			...initiatieven.map((i) => ({
				soort: 'initiatieven' as const,
				slug: i.id,
				page: urls.initiatief(i.id),
				titel: i.data.titel,
				wijken: [i.data.wijk],
				picture: i.data.fotos[0] && {
					contentPath: `initiatieven/${i.data.fotos[0].bestand}`,
					alt: i.data.fotos[0].alt,
				},
			})),
			...verhalen.map((v) => ({
				soort: 'verhalen' as const,
				slug: v.id,
				page: urls.verhaal(v.id),
				titel: v.data.titel,
				wijken: [v.data.wijk],
				// The storyteller's photo only as far as the consent covers it.
				picture:
					v.data.foto && mayShowPhoto(v.data.toestemming.publiceren)
						? { contentPath: `verhalen/${v.data.foto.bestand}`, alt: v.data.foto.alt }
						: undefined,
			})),
		],
		{
			portal: portaal.naam,
			wijken: new Map(wijken.map((w) => [w.id, { naam: w.data.naam, accentkleur: w.data.accentkleur }])),
		},
	);
});

const cardsByPage = once(async () => new Map((await getShareCards()).map((card) => [card.page, card])));

/** The share card of the article on this page, if it is one. */
export async function getShareCardOfPage(pathname: string): Promise<ShareCard | undefined> {
	return (await cardsByPage()).get(pathname);
}
