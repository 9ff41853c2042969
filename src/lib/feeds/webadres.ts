/**
 * The portal's public address (`webadres` in portaal.yaml), read before the content is
 * loaded: the Astro configuration needs it for `site` and the sitemap. The file is read as
 * data through the project's YAML reader and the field's own schema; nothing is executed.
 * A missing, unreadable or wrong address counts as none (the content check reports mistakes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readYaml } from '#lib/content/source.ts';
import { portaalSchema } from '#schemas/portaal.ts';

export function readWebadres(contentDir: string): string | undefined {
	const file = join(contentDir, 'portaal.yaml');
	if (!existsSync(file)) return undefined;
	try {
		const { source } = readYaml(readFileSync(file, 'utf8'));
		const value = (source?.data as { webadres?: unknown } | undefined)?.webadres;
		const parsed = portaalSchema.shape.webadres.safeParse(value);
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

/** The one line the build prints when portaal.yaml has no webadres. */
export function noWebadresNotice(portaalFile = 'content/portaal.yaml'): string {
	return `Let op: ${portaalFile} heeft geen webadres. Daarom maakt de bouw geen RSS-feeds, geen sitemap en geen robots.txt, en krijgen pagina's geen volledige deellinks. Zet het adres van het portaal in ${portaalFile}, bijvoorbeeld: webadres: https://wijken.gemeente.nl`;
}

/** The pages the sitemap lists: every HTML page (their addresses end in "/"), except the 404 page. */
export function inSitemap(url: string): boolean {
	const { pathname } = new URL(url);
	return pathname.endsWith('/') && pathname !== '/404/';
}
