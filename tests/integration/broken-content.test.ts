/**
 * Every broken-content fixture (one mistake each) must make `npm run check` and
 * `npm run build` stop with exactly the expected Dutch messages, without a stack trace,
 * and leave the previously published site untouched.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { FIXTURES, layOut, listFiles, problemLines, TMP } from '#tests/support/fixtures.ts';
import { runCliAsync } from '#tests/support/run.ts';

const BROKEN = join(FIXTURES, 'broken');
const cases = readdirSync(BROKEN).sort();
const root = join(TMP, 'broken');
const STACK_TRACE = /^\s+at .+[(:]\d+/m;
const PREVIOUS_SITE = '<!doctype html><title>Vorige versie</title>';

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('broken content', () => {
	it('has at least 20 fixtures, each with an expected message', () => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
		for (const name of cases) expect(readFileSync(join(BROKEN, name, 'verwacht.txt'), 'utf8').trim()).not.toBe('');
	});

	it.concurrent.each(cases)(
		'%s: check and build report exactly the expected problems and publish nothing',
		async (name) => {
			const dir = join(root, name);
			layOut(join(BROKEN, name), dir);
			const expected = readFileSync(join(BROKEN, name, 'verwacht.txt'), 'utf8')
				.trim()
				.split('\n');

			const check = await runCliAsync('check', [], { cwd: dir });
			expect(check.status).toBe(1);
			expect(problemLines(check.stderr)).toEqual(expected);
			expect(check.stderr).not.toMatch(STACK_TRACE);
			const count = expected.length === 1 ? '1 probleem' : `${expected.length} problemen`;
			expect(check.stderr).toContain(`De inhoud bevat ${count}:`);

			// A site published earlier stays exactly as it was.
			mkdirSync(join(dir, 'dist'), { recursive: true });
			writeFileSync(join(dir, 'dist', 'index.html'), PREVIOUS_SITE);
			const build = await runCliAsync('build', [], { cwd: dir });
			expect(build.status).toBe(1);
			expect(problemLines(build.stderr)).toEqual(expected);
			expect(build.stderr).not.toMatch(STACK_TRACE);
			expect(build.stderr).toContain('De site is niet gebouwd. dist is niet veranderd.');
			expect(listFiles(join(dir, 'dist'))).toEqual([join(dir, 'dist', 'index.html')]);
			expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe(PREVIOUS_SITE);
			expect(readdirSync(dir).sort()).toEqual(['content', 'dist']);
		},
	);
});
