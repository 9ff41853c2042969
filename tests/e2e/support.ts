/** Shared checks for the browser tests: every page is accessible, self-contained and script-free. */
import { join, relative, sep } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { listFiles, REPO } from '#tests/support/fixtures.ts';

export const DIST = join(REPO, 'dist');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page of the built site as a URL path ("/", "/wijken/noord/", "/404.html"). */
export function builtPages(): string[] {
	return listFiles(DIST)
		.filter((f) => f.endsWith('.html'))
		.map((f) => '/' + relative(DIST, f).split(sep).join('/'))
		.map((p) => p.replace(/index\.html$/, ''))
		.sort();
}

/** Records every request (paths of the site itself), every request to another origin, and every CSP violation. */
export function watch(page: Page, origin: string) {
	const foreign: string[] = [];
	const cspViolations: string[] = [];
	const requests: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
		else if (url.origin === origin) requests.push(url.pathname + url.search);
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
	return { foreign, cspViolations, requests };
}

/**
 * What a page may load before anyone uses the search or "Zoek uw buurt": its own document,
 * stylesheets, pictures and the island runtime (one small module). React, the island components,
 * Pagefind and the address data are for later.
 */
export const LOADED_ON_USE =
	/^\/(pagefind|adressen)\/|^\/assets\/(client|react|jsx-runtime|KopZoeker|BuurtZoeker|ZoekPagina|useSearch)[.-]/;

/**
 * Zero axe-core violations of WCAG 2.2 AA on the whole page, every rule included.
 *
 * Two settings keep this fast on the large figures pages (/wijken/<wijk>/cijfers/ with some
 * 5,000 elements took 11-20 s, up to 29 s under load), without checking less:
 * - Legacy mode runs axe.run() in the page itself. The default runs axe.runPartial() and then
 *   axe.finishRun() in an extra blank page, serialising every checked element (with a CSS
 *   selector each: 1,500 table cells for color-contrast alone) between the two. That split
 *   exists only to test cross-origin frames; the portal has no frames at all.
 * - resultTypes ['violations']: axe still runs every rule on every element, but builds the
 *   selectors and HTML snippets only for violations, the one result this check asserts on.
 * Measured on /wijken/havenkwartier/cijfers/ under load: 11.1 s before, 4.0 s after.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.setLegacyMode()
		.options({ resultTypes: ['violations'] })
		.withTags(WCAG_TAGS)
		.analyze();
	// Legacy mode skips cross-origin frames; the portal has none, and this keeps it so.
	expect(page.frames(), 'the page has no frames').toHaveLength(1);
	// The run covered the page: every rule reports at least its first element checked.
	expect(results.passes.length, 'axe checked rules that apply to this page').toBeGreaterThan(0);
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
	);
	expect(summary).toEqual([]);
}
