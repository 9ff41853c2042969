/** /icon-192.png and /icon-512.png: the app icons the manifest names (src/lib/site/icons/manifest.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getPortaal } from '#data/portal.ts';
import { APP_ICONS } from '#lib/site/icons/manifest.ts';
import { portalIcons, themeCss } from '#lib/site/icons/portal-icons.ts';

export const getStaticPaths = (() =>
	APP_ICONS.map(({ src, size }) => ({
		params: { icon: src.slice(1, -'.png'.length) },
		props: { size },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = async ({ props }) => {
	const portaal = await getPortaal();
	const icons = portalIcons(portaal.naam, themeCss(portaal.uiterlijk.tokens));
	return new Response(new Uint8Array(await icons.png(props.size)), { headers: { 'Content-Type': 'image/png' } });
};
