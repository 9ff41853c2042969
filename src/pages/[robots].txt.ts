/** /robots.txt naming the sitemap; only made when portaal.yaml has a webadres (the sitemap needs it). */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getPortaal } from '#data/portal.ts';

export const getStaticPaths = (async () =>
	(await getPortaal()).webadres ? [{ params: { robots: 'robots' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const { webadres } = await getPortaal();
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${webadres!}/sitemap-index.xml\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
