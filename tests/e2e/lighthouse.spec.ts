/**
 * The deterministic gates of `npm run audit` on one Dutch page of every kind (the editor at /admin/
 * left out), on the home page of every other language and on an Arabic wijk page (right to left,
 * with figures and a map; tests/e2e/talen.spec.ts runs axe on every kind in every language):
 * Lighthouse (mobile) accessibility 100, best practices 100, SEO 95 or more, and the page budgets
 * (scripts/audit/budgets.ts). Performance is left out: its score depends on the machine's load, so
 * only `npm run audit` reports it. One test per page, so both workers share them; each worker starts
 * one Chrome for all its pages. About 6 s a page on a quiet 2-core machine (some 45 kinds and 5
 * pages in other languages: ~5 minutes of work, ~2.5 minutes added to the run with two workers); up
 * to twice that under heavy load.
 */
import { existsSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { BRONTAAL } from '#lib/i18n/talen.ts';
import { type AuditBrowser, startChrome } from '#scripts/audit/lighthouse.ts';
import { auditSamples, measurePage } from '#scripts/audit/measure.ts';
import { findings } from '#scripts/audit/report.ts';
import { type SamplePage, samplePages } from '#tests/support/page-kind.ts';

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

/** The pages of other languages audited too: every home page, and an Arabic wijk page. */
const inOtherLanguage = (sample: SamplePage) =>
	sample.taal !== BRONTAAL && (sample.kind === '/' || (sample.taal === 'ar' && sample.kind === '/wijken/*/'));

// Without a build there is nothing to sample; the first test then says so.
const samples = existsSync(DIST)
	? [...auditSamples(DIST), ...samplePages(DIST, { perTaal: true }).filter(inOtherLanguage)]
	: [];

test('the audit samples every kind of page', () => {
	// The demo has some 45 kinds of page; far fewer means the sample (or the build) went wrong.
	expect(samples.length, 'pages of the build in dist/ (npm run test:build)').toBeGreaterThan(30);
	expect(samples.map((s) => s.kind)).toEqual(expect.arrayContaining(['/', '/wijken/*/', '/nieuws/*/', '/404.html']));
	expect(samples.map((s) => s.path)).toEqual(expect.arrayContaining(['/', '/en/', '/ar/']));
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
