/** Names that become folders of the published site are short enough for every file system. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { loadContent } from '#lib/content/load.ts';
import { formatProblem } from '#lib/content/problem.ts';
import { FIXTURES } from '#tests/support/fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'namen-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function checkWith(file: string, from: string, to: string): string[] {
	const dir = join(root, String(Math.random()).slice(2), 'content');
	cpSync(join(FIXTURES, 'minimal'), dir, { recursive: true });
	const path = join(dir, file);
	writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
	return loadContent(dir).problems.map(formatProblem);
}

describe('names that become folders', () => {
	it('refuses a buurt name of 330 characters in Dutch, at its line', () => {
		expect(checkWith('wijken/noord/wijk.md', 'naam: Kerkbuurt', `naam: ${'k'.repeat(330)}`)).toEqual([
			'content/wijken/noord/wijk.md, regel 9, veld buurten.2.naam: deze naam is te lang: 330 tekens. Een naam heeft hoogstens 100 tekens, want hij wordt ook een deel van het webadres. Maak de naam korter.',
		]);
	});

	it('accepts a name of exactly 100 characters', () => {
		expect(checkWith('wijken/noord/wijk.md', 'naam: Kerkbuurt', `naam: ${'k'.repeat(100)}`)).toEqual([]);
	});
});
