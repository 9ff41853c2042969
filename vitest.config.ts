import { defineConfig } from 'vitest/config';

/**
 * Three projects, so each part of `npm test` can run (and be timed) on its own:
 * `unit` calls functions in-process; `integration` runs the command-line tools and builds
 * as separate processes (through tests/support/run.ts); `security` builds hostile portals.
 */
export default defineConfig({
	test: {
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
			{ extends: true, test: { name: 'security', include: ['tests/security/**/*.test.ts'] } },
		],
	},
});
