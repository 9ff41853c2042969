/**
 * The deterministic gates of `npm run audit` on one page of every kind (the editor at /admin/
 * left out): Lighthouse (mobile) accessibility 100, best practices 100, SEO 95 or more, and the
 * page budgets (scripts/audit/budgets.ts). Performance is left out: its score depends on the
 * machine's load, so only `npm run audit` reports it. One test per page kind, so both workers
 * share them; each worker starts one Chrome for all its pages. About 6 s a page on a quiet
 * 2-core machine (some 45 kinds: ~4.5 minutes of work, ~2.5 minutes added to the run with two
 * workers); up to twice that under heavy load.
 */
import { existsSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { type AuditBrowser, startChrome } from '#scripts/audit/lighthouse.ts';
import { auditSamples, measurePage } from '#scripts/audit/measure.ts';
import { findings } from '#scripts/audit/report.ts';

import { DIST } from './support.ts';

const audited = test.extend<object, { lighthouseChrome: AuditBrowser }>({
	lighthouseChrome: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
		async ({}, use) => {
			const chrome = await startChrome();
			await use(chrome);
			await chrome.close();
		},
		{ scope: 'worker' },
	],
});

// Without a build there is nothing to sample; the first test then says so.
const samples = existsSync(DIST) ? auditSamples(DIST) : [];

test('the audit samples every kind of page', () => {
	// The demo has some 45 kinds of page; far fewer means the sample (or the build) went wrong.
	expect(samples.length, 'pages of the build in dist/ (npm run test:build)').toBeGreaterThan(30);
	expect(samples.map((s) => s.kind)).toEqual(expect.arrayContaining(['/', '/wijken/*/', '/nieuws/*/', '/404.html']));
});

for (const sample of samples) {
	audited(`Lighthouse and page budgets: ${sample.kind} (${sample.path})`, async ({ lighthouseChrome, baseURL }) => {
		test.setTimeout(3 * 60_000);
		const page = await measurePage(lighthouseChrome, baseURL ?? '', sample, { performance: false });
		expect(page.scores.accessibility, 'Lighthouse scored the page').toBeDefined();
		expect(
			findings(page)
				.filter((f) => f.hard)
				.map((f) => f.message),
		).toEqual([]);
	});
}
