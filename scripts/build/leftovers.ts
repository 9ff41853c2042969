/**
 * The folders a build keeps beside its output: `.<out>-nieuw-<pid>` while Astro writes the
 * new site, `.<out>-oud-<pid>` for a moment while the old one is swapped out. A build that
 * was killed outright cannot clean up, so the next build removes those of builds that no
 * longer run. Had such a build already moved the old site aside, the old site is put back.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const stagingFolder = (outDir: string, pid = process.pid) =>
	join(dirname(outDir), `.${basename(outDir)}-nieuw-${pid}`);
export const previousFolder = (outDir: string, pid = process.pid) =>
	join(dirname(outDir), `.${basename(outDir)}-oud-${pid}`);

export interface Leftovers {
	/** Names of the folders removed. */
	removed: string[];
	/** Name of the folder put back as the output, if any. */
	restored?: string;
}

/** Cleans up after builds (for this output) that no longer run. */
export function removeLeftovers(outDir: string): Leftovers {
	const dir = dirname(outDir);
	const prefix = `.${basename(outDir)}-`;
	const result: Leftovers = { removed: [] };
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return result;
	}
	for (const name of names) {
		if (!name.startsWith(prefix)) continue;
		const match = /^(nieuw|oud)-(\d+)$/.exec(name.slice(prefix.length));
		if (!match) continue;
		const pid = Number(match[2]);
		// A folder with this build's own pid was left by an earlier process with the same pid.
		if (pid !== process.pid && isRunning(pid)) continue;
		if (match[1] === 'oud' && !existsSync(outDir)) {
			renameSync(join(dir, name), outDir);
			result.restored = name;
			continue;
		}
		rmSync(join(dir, name), { recursive: true, force: true });
		result.removed.push(name);
	}
	return result;
}

export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		// EPERM: the process runs, as another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	return !isZombie(pid);
}

/** A process that ended but was never reaped (where no process adopts orphans); Linux only. */
function isZombie(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
	} catch {
		return false;
	}
}
