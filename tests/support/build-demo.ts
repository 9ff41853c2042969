/**
 * `npm run test:build`: builds the demo portal (content/ → dist/) at the suite's fixed build
 * time, so the browser tests check the same moment the pages were made for, in every language
 * the demo offers (tests/e2e/talen.spec.ts checks them all).
 */
import { TEST_BUILD_TIME } from './build-time.ts';
import { buildPortal } from './run.ts';

const result = buildPortal('content', {
	out: 'dist',
	now: TEST_BUILD_TIME,
	cwd: process.cwd(),
	echo: true,
	talen: 'alle',
});
process.exitCode = result.status ?? 1;
