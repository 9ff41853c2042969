/** Writes a file in one step: a temporary file next to it, then a rename, so readers never see half a file. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeAtomically(path: string, text: string): void {
	const dir = dirname(path);
	mkdirSync(dir, { recursive: true });
	const temporary = join(dir, `.${basename(path)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text);
		renameSync(temporary, path);
	} finally {
		rmSync(temporary, { force: true });
	}
}
