/**
 * The import tests' working copies: the fixture portal (tests/fixtures/import/portaal) in
 * `<dir>/content`, with the given source and mapping files next to it, under tests/.tmp and
 * removed after the file's tests. The build clock is fixed while they run.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, vi } from 'vitest';

import { FIXTURES, TMP } from './fixtures.ts';

export const IMPORT = join(FIXTURES, 'import');
export const IMPORT_NU = '2026-06-01T12:00:00+02:00';

/** Registers the clock and the clean-up in the calling test file; returns its setUp. */
export function importPortals(prefix: string): (files?: Record<string, string | Buffer>) => string {
	const dirs: string[] = [];
	beforeAll(() => {
		vi.stubEnv('WIJKPORTAAL_NU', IMPORT_NU);
	});
	afterAll(() => {
		vi.unstubAllEnvs();
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});
	return (files = {}) => {
		mkdirSync(TMP, { recursive: true });
		const dir = mkdtempSync(join(TMP, `${prefix}-`));
		dirs.push(dir);
		cpSync(join(IMPORT, 'portaal'), join(dir, 'content'), { recursive: true });
		for (const [name, text] of Object.entries(files)) {
			mkdirSync(join(dir, name, '..'), { recursive: true });
			writeFileSync(join(dir, name), text);
		}
		return dir;
	};
}
