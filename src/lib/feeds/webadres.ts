/**
 * The portal's public address (`webadres` in portaal.yaml) and its languages (`talen`), read
 * before the content is loaded: the Astro configuration needs them for `site` and the sitemap. The file is read as
 * data through the project's YAML reader and the field's own schema; nothing is executed.
 * A missing, unreadable or wrong address counts as none (the content check reports mistakes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { z } from 'astro/zod';

import { readYaml } from '#lib/content/source.ts';
import { BRONTAAL, type Taal } from '#lib/i18n/talen.ts';
import { portaalSchema } from '#schemas/portaal.ts';

/** One field of portaal.yaml, read as data and checked with its own schema; undefined when it is not right. */
function readPortaalField<K extends 'webadres' | 'talen'>(
	contentDir: string,
	field: K,
): z.output<(typeof portaalSchema.shape)[K]> | undefined {
	const file = join(contentDir, 'portaal.yaml');
	if (!existsSync(file)) return undefined;
	try {
		const { source } = readYaml(readFileSync(file, 'utf8'));
		const value = (source?.data as Record<string, unknown> | undefined)?.[field];
		const parsed = portaalSchema.shape[field].safeParse(value);
		return parsed.success ? (parsed.data as z.output<(typeof portaalSchema.shape)[K]>) : undefined;
	} catch {
		return undefined;
	}
}

export function readWebadres(contentDir: string): string | undefined {
	return readPortaalField(contentDir, 'webadres');
}

/**
 * The languages of the portal (`talen` in portaal.yaml), read the same way for the sitemap's
 * alternates: Dutch alone when the field is missing or not right (the content check reports it).
 */
export function readTalen(contentDir: string): Taal[] {
	return readPortaalField(contentDir, 'talen') ?? [BRONTAAL];
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

/**
 * The sitemap's language alternates (@astrojs/sitemap `i18n`): each page lists its versions in the
 * portal's other languages as `<xhtml:link rel="alternate" hreflang>`, with the same codes as the
 * pages' own `<link rel="alternate" hreflang>` (src/layouts/Page.astro). Dutch pages have no prefix,
 * the others live under their code (/en/…). None for a portal in Dutch alone.
 */
export function sitemapI18n(
	talen: readonly Taal[],
): { defaultLocale: string; locales: Record<string, string> } | undefined {
	if (talen.length < 2) return undefined;
	return { defaultLocale: BRONTAAL, locales: Object.fromEntries(talen.map((taal) => [taal, taal])) };
}
