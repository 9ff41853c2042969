/** /apple-touch-icon.png: the 180×180 icon a phone puts on its home screen. */
import type { APIRoute } from 'astro';

import { getPortaal } from '#data/portal.ts';
import { portalIcons, themeCss } from '#lib/site/icons/portal-icons.ts';

export const GET: APIRoute = async () => {
	const portaal = await getPortaal();
	const icons = portalIcons(portaal.naam, themeCss(portaal.uiterlijk.tokens));
	return new Response(new Uint8Array(await icons.png(180)), { headers: { 'Content-Type': 'image/png' } });
};
