/** Helpers to lay out a test portal from tests/fixtures (run the tools on it with ./run.ts). */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO, 'tests/fixtures');
export const TMP = join(REPO, 'tests/.tmp');

/**
 * Makes `<dir>/content` from the minimal portal with a broken case laid over it. A file
 * named `x.verwijderd` in the case removes `x`; `verwacht.txt` is not content.
 */
export function layOut(caseDir: string, dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	const content = join(dir, 'content');
	cpSync(join(FIXTURES, 'minimal'), content, { recursive: true });
	for (const file of listFiles(caseDir)) {
		const rel = relative(caseDir, file);
		if (rel === 'verwacht.txt') continue;
		if (rel.endsWith('.verwijderd')) rmSync(join(content, rel.slice(0, -'.verwijderd'.length)), { force: true });
		else {
			mkdirSync(dirname(join(content, rel)), { recursive: true });
			cpSync(file, join(content, rel));
		}
	}
}

export function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

/** The problem lines of a report ("- file, regel n, veld x: ..."), without the dash. */
export function problemLines(output: string): string[] {
	return output
		.split('\n')
		.filter((l) => l.startsWith('- '))
		.map((l) => l.slice(2));
}
