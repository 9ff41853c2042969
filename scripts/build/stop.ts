/**
 * Stops a build that must not go on: on Ctrl-C (SIGINT), SIGTERM or SIGHUP, and when the
 * process that started it is gone (npm killed). `onStop` removes what the build wrote and
 * exits; the published output is never replaced.
 *
 * A parent that dies sends its children no signal, so the build watches for it. Every 500 ms
 * it checks that its parent is still the process that started it: an orphan is adopted by
 * another process, so `process.ppid` changes. npm runs a script through `sh -c`, and that
 * shell waits for the build and outlives a killed npm; such shells are looked through (on
 * Linux, via /proc), so the build also watches that each of them keeps its own parent. A
 * stdout or stderr that nobody reads any more (EPIPE) means the same. Elsewhere only the
 * direct parent is watched.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export type StopReason = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'parent';

/** Exit codes as shells report a process ended by a signal: 128 + the signal's number. */
export const STOP_EXIT_CODES: Record<StopReason, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143, parent: 129 };

const POLL_MS = 500;
const SHELLS = new Set(['sh', 'dash', 'bash', 'zsh', 'ash', 'ksh']);

export interface StopWatch {
	/**
	 * Lets a signal that already arrived be handled, and checks the parent once more. Call it
	 * just before replacing the output: when the build was stopped, `onStop` runs instead.
	 */
	checkpoint(): Promise<void>;
}

export function watchForStop(onStop: (reason: StopReason) => void): StopWatch {
	let stopped = false;
	const stop = (reason: StopReason) => {
		if (stopped) return;
		stopped = true;
		onStop(reason);
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));

	const parents = watchedParents();
	const checkParents = () => {
		if (parents.some(({ pid, parent }) => parentOf(pid) !== parent)) stop('parent');
	};
	setInterval(checkParents, POLL_MS).unref();

	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EPIPE') throw error;
			stop('parent');
		});
	}

	return {
		async checkpoint() {
			// A signal is handled in the event loop's poll phase; two turns make sure it has run.
			for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
			checkParents();
		},
	};
}

interface Watched {
	pid: number;
	parent: number;
}

/** This process and each `sh -c` shell above it, with the parent each has now. */
function watchedParents(): Watched[] {
	const watched: Watched[] = [{ pid: process.pid, parent: process.ppid }];
	let pid = process.ppid;
	while (pid > 1 && isShellWrapper(pid)) {
		const parent = parentOf(pid);
		if (parent === undefined) break;
		watched.push({ pid, parent });
		pid = parent;
	}
	return watched;
}

/** The parent of a process; undefined when it is gone (or cannot be read). */
function parentOf(pid: number): number | undefined {
	if (pid === process.pid) return process.ppid;
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// "pid (name) state ppid …"; the name may itself hold spaces and parentheses.
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
	} catch {
		return undefined;
	}
}

/** A shell started to run one command (`sh -c …`), as npm does for a script. */
function isShellWrapper(pid: number): boolean {
	try {
		const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
		return SHELLS.has(basename(argv[0] ?? '')) && /^-[a-z]*c[a-z]*$/.test(argv[1] ?? '');
	} catch {
		return false;
	}
}
