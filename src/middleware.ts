/**
 * Runs for every page while the site is built: takes Astro's inline island scripts out of the
 * HTML (src/lib/site/island-scripts.ts), so the strict Content-Security-Policy holds on pages
 * with an island too. Stops the build if the runtime is still inline afterwards.
 */
import { defineMiddleware } from 'astro:middleware';

import { hasInlineIslandRuntime, removeIslandPrescripts } from '#lib/site/island-scripts.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	const cleaned = removeIslandPrescripts(html);
	if (import.meta.env.PROD && hasInlineIslandRuntime(cleaned))
		throw new Error(
			`Astro's island runtime is still inline in ${context.url.pathname}: see src/lib/site/island-scripts.ts`,
		);
	return new Response(cleaned, { status: response.status, statusText: response.statusText, headers: response.headers });
});
