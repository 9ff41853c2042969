/**
 * The build step that ships only the CSS the built pages use (src/lib/site/css-prune.ts):
 * after Astro has written the site, its stylesheets are pruned against the pages and the
 * site's own script code, which a small Vite plugin keeps while the browser bundles are made.
 */
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

import { pruneSiteCss } from '#lib/site/css-prune.ts';

/** A Vite plugin that keeps the code of the site's own modules in the browser bundles. */
function ownScripts(scripts: string[]): Plugin {
	return {
		name: 'wijkportaal-own-scripts',
		apply: 'build',
		generateBundle(_options, bundle) {
			if (this.environment.config.consumer !== 'client') return;
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				for (const [id, module] of Object.entries(chunk.modules)) {
					if (!id.includes('/node_modules/') && module.code) scripts.push(module.code);
				}
			}
		},
	};
}

export function cssPrune(): AstroIntegration {
	const scripts: string[] = [];
	return {
		name: 'wijkportaal-css-prune',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [ownScripts(scripts)] } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const result = await pruneSiteCss(fileURLToPath(dir), scripts.length > 0 ? scripts : undefined);
				logger.info(
					`${result.files.length} stijlbladen ingekort; design tokens: ${result.tokensBefore} → ${result.tokensAfter}`,
				);
			},
		},
	};
}
