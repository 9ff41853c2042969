/**
 * The editor at /admin/: after the build, writes Decap CMS (from its npm package, served by the
 * site itself), its configuration generated from the schemas (src/lib/cms/decap-config.ts) and
 * a page with its own Content-Security-Policy (src/lib/site/csp.ts). Only for a portal whose
 * portaal.yaml has `redactie:`; without it the site has no /admin/.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';

import { adminPage } from '../lib/cms/admin-page.ts';
import { decapConfig, LOCAL_BACKEND_URL } from '../lib/cms/decap-config.ts';
import { forgeOrigins } from '../lib/cms/forge.ts';
import { contentPathInRepository } from '../lib/cms/repository.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { loadKind } from '../lib/content/load.ts';
import { adminCsp } from '../lib/site/csp.ts';
import type { Portaal } from '../schemas/portaal.ts';
import type { Wijk } from '../schemas/wijk.ts';

/** The files of Decap CMS's browser bundle: the script, its lazily loaded parts and WebAssembly. */
function decapFiles(): { dir: string; names: string[] } {
	const dir = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
	const names = readdirSync(dir).filter((n) => /^(?:\d+\.)?decap-cms\.js$/.test(n) || n.endsWith('.wasm'));
	return { dir, names };
}

export function cms(): AstroIntegration {
	return {
		name: 'wijkportaal-cms',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const content = contentDir();
				const portaal = loadKind(content, 'portaal').items[0]?.data as Portaal | undefined;
				if (!portaal?.redactie) return;
				const wijken = loadKind(content, 'wijk').items.map((item) => ({
					folder: item.file.file.id,
					naam: (item.data as Wijk).naam,
				}));
				const config = decapConfig({
					contentPath: contentPathInRepository(content),
					wijken,
					themas: [...new Set(portaal.gemeenten.flatMap((g) => g.themas))],
					redactie: portaal.redactie,
					webadres: portaal.webadres,
				});
				const out = join(fileURLToPath(dir), 'admin');
				mkdirSync(out, { recursive: true });
				writeFileSync(join(out, 'config.yml'), stringify(config, { lineWidth: 0 }));
				const csp = adminCsp(forgeOrigins(portaal.redactie), LOCAL_BACKEND_URL);
				writeFileSync(join(out, 'index.html'), adminPage({ portalName: portaal.naam, csp }));
				copyFileSync(fileURLToPath(new URL('../styles/admin.css', import.meta.url)), join(out, 'admin.css'));
				const { dir: from, names } = decapFiles();
				for (const name of names) copyFileSync(join(from, name), join(out, name));
			},
		},
	};
}
