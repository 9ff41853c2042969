/**
 * /deelbeelden/portaal.png: the share image of every page that is not an article: the
 * portal's name. Dynamic on purpose: only a portal with a webadres refers to it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getPortaal } from '#data/portal.ts';
import { cardPng } from '#lib/share/render.ts';

export const getStaticPaths = (async () =>
	(await getPortaal()).webadres ? [{ params: { portaal: 'portaal' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const portaal = await getPortaal();
	const title = portaal.gemeenten.map((g) => g.naam).join(', ');
	const png = await cardPng({ portal: portaal.naam, label: 'Wijken, plannen, nieuws en cijfers', title });
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
