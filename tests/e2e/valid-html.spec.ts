/**
 * Valid HTML on every built page: html-validate (rules in .htmlvalidate.js, the recommended
 * preset with its WCAG rules) over every HTML file in dist/, the 404 page, the editor's page at
 * /admin/ and the verhalenboek pages included. A failure lists every
 * finding as `<file>:<line>:<col> <rule> <message>`. No browser: it reads the files that
 * `npm run test:build` made, in four parts side by side (12.6 MB of HTML in the demo's 465 pages:
 * about 30 seconds of processor time).
 */
import { relative } from 'node:path';

import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';

import { builtPages } from '#tests/support/page-kind.ts';

import { DIST } from './support.ts';

/** `dist/wijken/index.html:3:12 no-dup-id Duplicate ID "inhoud"`, one line per finding. */
function describe(file: string, messages: readonly Message[]): string[] {
	return messages.map((m) => `${relative(process.cwd(), file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
}

/** The pages in parts, so that Playwright's workers validate them side by side. */
const PARTS = 4;
const pages = builtPages(DIST);

test('the pages include the 404 page, the editor and the verhalenboek pages', () => {
	expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/404.html', '/admin/']));
	expect(pages.some((p) => p.path.includes('/verhalenboek/'))).toBe(true);
});

for (let part = 0; part < PARTS; part++) {
	test(`every built page is valid HTML, part ${part + 1} of ${PARTS}`, async () => {
		test.setTimeout(120_000);
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const problems: string[] = [];
		for (const { file } of pages.filter((_, i) => i % PARTS === part)) {
			const report = await validator.validateFile(file);
			for (const result of report.results) problems.push(...describe(file, result.messages));
		}
		expect(problems, `${problems.length} HTML problems:\n${problems.join('\n')}\n`).toEqual([]);
	});
}

test('the validator uses the portal rules and finds a real mistake', async () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const probe = `${DIST}/probe.html`;
	const page = (head: string, body: string) =>
		`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title>${head}</head><body>${body}</body></html>`;

	// Allowed by the portal rules: Pagefind's meta, React's attribute names and ids.
	const allowed = await validator.validateString(
		page(
			'<meta data-pagefind-filter="soort[content]" content="Overzicht">',
			'<main><label for="_r1_">Zoek</label><input id="_r1_" type="search" autoComplete="off"/></main>',
		),
		probe,
	);
	expect(allowed.results.flatMap((r) => describe(probe, r.messages))).toEqual([]);

	// Still errors: a duplicate id, a meta with content but no name, an empty form action.
	const wrong = await validator.validateString(
		page('<meta content="x">', '<main id="a"><p id="a">Tekst</p><form action=""><button>Zoek</button></form></main>'),
		probe,
	);
	const rules = wrong.results.flatMap((r) => r.messages.map((m) => m.ruleId));
	expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'attribute-misuse', 'attribute-allowed-values']));
});
