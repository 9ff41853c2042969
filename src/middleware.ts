/**
 * Runs for every page while the site is built:
 * - sets `locals.taal`, the page's language, from its address (`/en/…` → en; src/lib/i18n/paths.ts);
 * - points every link to another page at that page in the same language (`localizeLinks`), so
 *   components write plain Dutch addresses;
 * - takes Astro's inline island scripts out of the HTML (src/lib/site/island-scripts.ts), so the
 *   strict Content-Security-Policy holds on pages with an island too, and stops the build if the
 *   runtime is still inline afterwards.
 */
import { defineMiddleware } from 'astro:middleware';

import { localizeLinks, splitTaal } from '#lib/i18n/paths.ts';
import { hasInlineIslandRuntime, removeIslandPrescripts } from '#lib/site/island-scripts.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const { taal } = splitTaal(context.url.pathname);
	context.locals.taal = taal;
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	const cleaned = localizeLinks(removeIslandPrescripts(html), taal);
	if (import.meta.env.PROD && hasInlineIslandRuntime(cleaned))
		throw new Error(
			`Astro's island runtime is still inline in ${context.url.pathname}: see src/lib/site/island-scripts.ts`,
		);
	return new Response(cleaned, { status: response.status, statusText: response.statusText, headers: response.headers });
});
