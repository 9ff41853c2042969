/**
 * The build's working folder. When the output lies outside the working directory, Astro puts
 * its prerender files in `<cwd>/.astro/.prerender`: two builds side by side would share that
 * folder, and a working directory outside the project would leave those files unable to find
 * the project's packages. So each build works in a folder of its own inside the project.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { PROJECT_ROOT } from '#lib/site/theme.ts';

import { isRunning } from './leftovers.ts';

const PARENT = join(PROJECT_ROOT, 'node_modules', '.astro');
const PREFIX = 'bouw-';

export function enterWorkFolder(pid = process.pid): { remove(): void } {
	// Folders of builds that no longer run.
	for (const name of safeList(PARENT)) {
		const other = Number(name.slice(PREFIX.length));
		if (name.startsWith(PREFIX) && other && other !== pid && !isRunning(other))
			rmSync(join(PARENT, name), { recursive: true, force: true });
	}
	const folder = join(PARENT, `${PREFIX}${pid}`);
	mkdirSync(folder, { recursive: true });
	process.chdir(folder);
	return {
		remove() {
			process.chdir(PROJECT_ROOT);
			rmSync(folder, { recursive: true, force: true });
		},
	};
}

function safeList(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}
