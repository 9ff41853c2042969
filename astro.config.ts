import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

import { cms } from './src/integrations/cms.ts';
import { cssPrune } from './src/integrations/css-prune.ts';
import { islands } from './src/integrations/islands.ts';
import { syncLock } from './src/integrations/sync-lock.ts';
import { contentDir } from './src/lib/content/content-dir.ts';
import { inSitemap, readTalen, readWebadres, sitemapI18n } from './src/lib/feeds/webadres.ts';
import { themeTokensPath } from './src/lib/site/theme.ts';

const content = contentDir();
// Each content folder gets its own cache, so builds of different portals never mix.
const cacheKey = createHash('sha1').update(content).digest('hex').slice(0, 10);
// The portal's public address: with it a sitemap (and feeds, robots.txt, share links); without it none.
const webadres = readWebadres(content);
// The sitemap names each page's versions in the portal's other languages (xhtml:link hreflang).
const i18n = sitemapI18n(readTalen(content));

export default defineConfig({
	site: webadres,
	integrations: [
		syncLock(),
		react(),
		islands(),
		cms(),
		...(webadres ? [sitemap({ filter: inSitemap, ...(i18n && { i18n }) })] : []),
		cssPrune(),
	],
	outDir: process.env.WIJKPORTAAL_OUT || 'dist',
	cacheDir: `node_modules/.astro/${cacheKey}`,
	trailingSlash: 'always',
	compressHTML: true,
	devToolbar: { enabled: false },
	build: {
		format: 'directory',
		// Stylesheets as files, never inline: a strict Content-Security-Policy holds.
		inlineStylesheets: 'never',
		assets: 'assets',
	},
	vite: {
		build: {
			// The map island bundles MapLibre (about 1.1 MB) and is loaded only on pages with a map,
			// on purpose as one file. Vite warns above 500 kB; above this limit someone should look.
			chunkSizeWarningLimit: 1500,
		},
		resolve: {
			alias: { 'wijkportaal:theme.css': themeTokensPath(content, fileURLToPath(new URL('.', import.meta.url))) },
		},
	},
});
