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

/** Records every request to another origin, and every CSP violation, while a page is used. */
export function watch(page: Page, origin: string) {
	const foreign: string[] = [];
	const cspViolations: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
	return { foreign, cspViolations };
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
	);
	expect(summary).toEqual([]);
}
