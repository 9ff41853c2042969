/**
 * Measures one page of a served portal: Lighthouse (lighthouse.ts) and the page budgets
 * (budgets.ts), with the HTML file from the built folder. Shared by `npm run audit` and the
 * browser tests (tests/e2e/lighthouse.spec.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';

import { ADMIN_PATH } from '#lib/site/csp.ts';

import { brotliSize, firstScreen, heaviest, transfer } from './budgets.ts';
import { foldOffset } from './fold.ts';
import { type AuditBrowser, runLighthouse } from './lighthouse.ts';
import { samplePages } from './page-kind.ts';
import type { PageAudit } from './report.ts';

/** The compressed size of an HTML file as the server sends it: its .br file, else brotli of it now. */
export function servedHtmlBytes(file: string, html: Uint8Array): number {
	return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : brotliSize(html);
}

export interface Sample {
	kind: string;
	count: number;
	path: string;
	file: string;
}

export async function measurePage(
	audit: AuditBrowser,
	origin: string,
	sample: Sample,
	options: { performance: boolean },
): Promise<PageAudit> {
	const url = new URL(sample.path, origin).href;
	const result = await runLighthouse(audit, url, options);
	const html = readFileSync(sample.file);
	const first = await firstScreen(html, servedHtmlBytes(sample.file, html), async () =>
		foldOffset(await audit.connect(), url, html),
	);
	return {
		kind: sample.kind,
		count: sample.count,
		path: sample.path,
		scores: result.scores,
		lost: result.lost,
		firstScreen: first,
		transfer: transfer(result.requests),
		heaviest: heaviest(result.requests),
		error: result.error,
	};
}

/**
 * The pages to audit: one of every kind (page-kind.ts), the editor at /admin/ left out (Decap
 * CMS, a program for editors with its own rules, not a page for residents). `only` keeps the
 * kinds whose name or sample address contains it.
 */
export function auditSamples(dist: string, only?: string): Sample[] {
	return samplePages(dist).filter(
		(s) => !s.path.startsWith(ADMIN_PATH) && (!only || s.kind.includes(only) || s.path.includes(only)),
	);
}
