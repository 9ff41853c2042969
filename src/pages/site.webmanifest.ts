/** /site.webmanifest: the portal's name, colours and app icons (src/lib/site/icons/manifest.ts). */
import type { APIRoute } from 'astro';

import { getPortaal } from '#data/portal.ts';
import { portalIcons, themeCss } from '#lib/site/icons/portal-icons.ts';

export const GET: APIRoute = async () => {
	const portaal = await getPortaal();
	const icons = portalIcons(portaal.naam, themeCss(portaal.uiterlijk.tokens));
	return new Response(icons.manifest, { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
