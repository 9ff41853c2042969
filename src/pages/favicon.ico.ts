/** /favicon.ico: the icon as a 32×32 PNG in an ICO container, for browsers that ask for it by that name. */
import type { APIRoute } from 'astro';

import { getPortaal } from '#data/portal.ts';
import { portalIcons, themeCss } from '#lib/site/icons/portal-icons.ts';

export const GET: APIRoute = async () => {
	const portaal = await getPortaal();
	const icons = portalIcons(portaal.naam, themeCss(portaal.uiterlijk.tokens));
	return new Response(new Uint8Array(await icons.ico()), { headers: { 'Content-Type': 'image/x-icon' } });
};
