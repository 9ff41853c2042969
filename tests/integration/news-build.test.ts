/**
 * News in the real build: a file renamed from .mdx to .md builds at once (no stale compiled
 * module anywhere), and what the check accepts the build renders the same way.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { FIXTURES, TMP } from '#tests/support/fixtures.ts';
import { runCli } from '#tests/support/run.ts';

// Inside the project, like every build test: the build resolves its packages from there.
mkdirSync(TMP, { recursive: true });
const dir = mkdtempSync(join(TMP, 'nieuws-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('news in the build', () => {
	it('builds again after news/x.mdx is renamed to x.md, and the page shows the same text', () => {
		cpSync(join(FIXTURES, 'minimal'), join(dir, 'content'), { recursive: true });
		const page = join(dir, 'dist', 'nieuws', 'eerste-bericht', 'index.html');

		const first = runCli('build', [], { cwd: dir });
		expect(first.status, first.stderr).toBe(0);
		const before = readFileSync(page, 'utf8');
		expect(before).toContain('Welkom op het wijkportaal.');

		renameSync(
			join(dir, 'content', 'nieuws', 'eerste-bericht.mdx'),
			join(dir, 'content', 'nieuws', 'eerste-bericht.md'),
		);
		const second = runCli('build', [], { cwd: dir });
		expect(second.status, second.stderr).toBe(0);
		expect(second.stderr).not.toMatch(/MDXError|Error:/);
		expect(existsSync(page)).toBe(true);
		const body = (html: string) => /<div class="news-body">([\s\S]*?)<\/div>/.exec(html)?.[1];
		expect(body(readFileSync(page, 'utf8'))).toBe(body(before));
	});
});
