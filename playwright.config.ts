import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, chromiumPath } from './tests/support/chromium.ts';

const PORT = Number(process.env.WIJKPORTAAL_TEST_PORT ?? 4321);

/** Browser tests against the built demo portal (`npm run build` first), served locally. */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
	},
	webServer: {
		command: `node scripts/serve.ts dist ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
