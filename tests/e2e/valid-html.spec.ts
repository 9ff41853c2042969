/**
 * Valid HTML on every built Dutch page and on a sample of every other language: html-validate
 * (rules in .htmlvalidate.js, the recommended preset with its WCAG rules) over every Dutch HTML file
 * in dist/, the 404 page, the editor's page at /admin/ and the verhalenboek pages included, and in
 * each other language the smallest and the largest page of every kind (the same templates with
 * other words, `lang`/`dir` and translated content). A failure lists every finding as
 * `<file>:<line>:<col> <rule> <message>`. No browser: it reads the files that `npm run test:build`
 * made, in four parts side by side (12.6 MB of HTML in the demo's 465 Dutch pages: about 30 seconds
 * of processor time; the other languages' sample adds about a third).
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';

import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';

import { BRONTAAL } from '#lib/i18n/talen.ts';
import { builtPages, type PageFile, pageKind, pageTaal } from '#tests/support/page-kind.ts';

import { DIST } from './support.ts';

/** `dist/wijken/index.html:3:12 no-dup-id Duplicate ID "inhoud"`, one line per finding. */
function describe(file: string, messages: readonly Message[]): string[] {
	return messages.map((m) => `${relative(process.cwd(), file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
}

/** The pages in parts, so that Playwright's workers validate them side by side. */
const PARTS = 4;
const all = builtPages(DIST);

/** Every Dutch page; of every other language the smallest and the largest page of each kind. */
function validated(built: readonly PageFile[]): PageFile[] {
	const size = (page: PageFile) => statSync(page.file).size;
	const others = Map.groupBy(
		built.filter((page) => pageTaal(page.path) !== BRONTAAL),
		(page) => `${pageTaal(page.path)} ${pageKind(page.path)}`,
	);
	const sample = [...others.values()].flatMap((members) => {
		const bySize = [...members].sort((a, b) => size(a) - size(b) || a.path.localeCompare(b.path));
		return [...new Set([bySize[0]!, bySize.at(-1)!])];
	});
	return [...built.filter((page) => pageTaal(page.path) === BRONTAAL), ...sample];
}
const pages = validated(all);

test('the pages include the 404 page, the editor, the verhalenboek pages and every kind in every language', () => {
	expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/404.html', '/admin/']));
	expect(pages.some((p) => p.path.includes('/verhalenboek/'))).toBe(true);
	const covered = (list: readonly PageFile[]) => new Set(list.map((p) => `${pageTaal(p.path)} ${pageKind(p.path)}`));
	expect(covered(pages)).toEqual(covered(all));
});

for (let part = 0; part < PARTS; part++) {
	test(`every built page is valid HTML, part ${part + 1} of ${PARTS}`, async () => {
		test.setTimeout(180_000);
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
