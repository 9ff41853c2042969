/**
 * The portal's islands: React for the few interactive parts (search and the address lookup,
 * src/islands/zoeken/), hydrated only on use by the custom client directive `client:gebruik`
 * (src/islands/runtime/use-directive.ts). Astro's inline island scripts are replaced by a file
 * of the site (src/middleware.ts, src/islands/runtime/island-runtime.ts), so the strict
 * Content-Security-Policy holds.
 */
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

export function islands(): AstroIntegration {
	return {
		name: 'wijkportaal-islands',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({
					name: 'gebruik',
					entrypoint: fileURLToPath(new URL('../islands/runtime/use-directive.ts', import.meta.url)),
				});
			},
		},
	};
}

declare module 'astro' {
	interface AstroClientDirectives {
		'client:gebruik'?: boolean | 'vraag';
	}
}
