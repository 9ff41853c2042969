/** /favicon.svg: the portal's icon, its letters on the theme's primary colour (src/lib/site/icons/). */
import type { APIRoute } from 'astro';

import { getPortaal } from '#data/portal.ts';
import { portalIcons, themeCss } from '#lib/site/icons/portal-icons.ts';

export const GET: APIRoute = async () => {
	const portaal = await getPortaal();
	const icons = portalIcons(portaal.naam, themeCss(portaal.uiterlijk.tokens));
	return new Response(icons.faviconSvg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
