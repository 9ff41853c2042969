/**
 * `npm run deploy:config`: writes public/_headers and deploy/nginx/wijkportaal.conf from the
 * response headers in src/lib/site/headers.ts (see config-text.ts). Run it after changing
 * those headers and commit both files; a unit test fails while they differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseCommandLine } from '#scripts/cli/options.ts';

import { HEADERS_FILE, headersFileText, NGINX_FILE, nginxConfigText } from './config-text.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

parseCommandLine({
	usage: 'npm run deploy:config',
	options: {},
	more: `Schrijft ${HEADERS_FILE} en ${NGINX_FILE} opnieuw, uit src/lib/site/headers.ts.`,
});

for (const [file, text] of [
	[HEADERS_FILE, headersFileText()],
	[NGINX_FILE, nginxConfigText()],
] as const) {
	mkdirSync(dirname(join(ROOT, file)), { recursive: true });
	writeFileSync(join(ROOT, file), text);
	console.log(`${file} geschreven.`);
}
