/** /deelbeelden/<soort>/<slug>.png: the share card of an article without its own picture, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getPortaal } from '#data/portal.ts';
import { getShareCards } from '#data/share.ts';
import type { ShareCard } from '#lib/share/cards.ts';
import { cardPng } from '#lib/share/render.ts';

// Only pages of a portal with a webadres refer to share images (they need absolute addresses).
export const getStaticPaths = (async () =>
	!(await getPortaal()).webadres
		? []
		: (await getShareCards())
				.filter((card) => !card.picture)
				.map((card) => ({ params: { soort: card.soort, slug: card.slug }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { card } = props as { card: ShareCard };
	return new Response(new Uint8Array(await cardPng(card.card)), { headers: { 'Content-Type': 'image/png' } });
};
