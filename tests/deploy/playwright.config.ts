import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, chromiumPath } from '#tests/support/chromium.ts';

export const NGINX_PORT = Number(process.env.WIJKPORTAAL_NGINX_PORT ?? 4399);

/**
 * `npm run test:deploy`: the built demo (dist/, from `npm run test:build`) served by a real nginx
 * with the shipped deploy/nginx/wijkportaal.conf (started in nginx-setup.ts). One browser, the
 * tests in order.
 */
export default defineConfig({
	testDir: '.',
	globalSetup: './nginx-setup.ts',
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${NGINX_PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
	},
});
