/** Starts nginx on the built demo before the deploy tests and stops it after them. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { REPO } from '#tests/support/fixtures.ts';
import { startNginx } from '#tests/support/nginx.ts';

import { NGINX_PORT } from './playwright.config.ts';

export default async function nginxSetup(): Promise<() => Promise<void>> {
	const dist = join(REPO, 'dist');
	if (!existsSync(join(dist, 'index.html')))
		throw new Error('dist/ is empty: build the demo first with npm run test:build.');
	const nginx = await startNginx(dist, NGINX_PORT);
	return () => nginx.stop();
}
