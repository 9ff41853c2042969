/** /robots.txt naming the sitemap; only made when portaal.yaml has a webadres (the sitemap needs it). */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getPortaal } from '#data/portal.ts';
import { ADMIN_PATH } from '#lib/site/csp.ts';

export const getStaticPaths = (async () =>
	(await getPortaal()).webadres ? [{ params: { robots: 'robots' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const { webadres, redactie } = await getPortaal();
	// The editor at /admin/ (only with `redactie` in portaal.yaml) is no page for search engines.
	const admin = redactie ? `Disallow: ${ADMIN_PATH}\n` : '';
	return new Response(`User-agent: *\n${admin}Allow: /\n\nSitemap: ${webadres!}/sitemap-index.xml\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
