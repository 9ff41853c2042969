/**
 * Builds a portal the way `npm run build` does (scripts/build.ts), with a canary and a
 * fake deploy secret in the environment: neither may ever reach the output.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

import { runCliAsync } from '#tests/support/run.ts';

import { CANARY_ENV, PASSWD_MARK, SECRET_ENV } from './payloads.ts';

export interface Secrets {
	canary: string;
	secret: string;
	env: Record<string, string>;
	/** Texts no built file may contain. */
	forbidden: string[];
}

export function makeSecrets(): Secrets {
	const canary = `kanarie-${randomBytes(12).toString('hex')}`;
	const secret = `ghp_${randomBytes(18).toString('hex')}`;
	return {
		canary,
		secret,
		env: { [CANARY_ENV]: canary, [SECRET_ENV]: secret },
		forbidden: [canary, secret, PASSWD_MARK],
	};
}

/** A build log as a reader sees it: colour codes (which some tools print between every letter) taken out. */
export const withoutColours = (log: string) => stripVTControlCharacters(log);

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
	seconds: number;
}

const LOCK = join(tmpdir(), 'wijkportaal-veiligheid', 'bouwslot');

/**
 * Builds of one project may not overlap: Astro writes its prerender files into the
 * project's own .astro folder, and a second build removes or replaces them halfway through
 * the first. Test files run side by side, so builds take turns through a lock folder.
 */
async function takeTurn(): Promise<() => void> {
	mkdirSync(dirname(LOCK), { recursive: true });
	for (;;) {
		try {
			mkdirSync(LOCK);
			writeFileSync(join(LOCK, 'pid'), String(process.pid));
			return () => rmSync(LOCK, { recursive: true, force: true });
		} catch {
			// A lock of a process that is gone is taken over.
			const pid = Number(existsSync(join(LOCK, 'pid')) ? readFileSync(join(LOCK, 'pid'), 'utf8') : NaN);
			if (pid && !alive(pid)) rmSync(LOCK, { recursive: true, force: true });
			await new Promise((r) => setTimeout(r, 250));
		}
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Runs scripts/build.ts from `cwd` for `contentDir` into `outDir`, one build at a time. */
export async function buildPortal(
	cwd: string,
	contentDir: string,
	outDir: string,
	extraEnv: Record<string, string>,
): Promise<BuildResult> {
	const release = await takeTurn();
	try {
		return await runBuild(cwd, contentDir, outDir, extraEnv);
	} finally {
		release();
	}
}

async function runBuild(
	cwd: string,
	contentDir: string,
	outDir: string,
	extraEnv: Record<string, string>,
): Promise<BuildResult> {
	// Only what the test gives: no inherited WIJKPORTAAL_* settings.
	const env = { CI: '1', ...extraEnv };
	const { status, stdout, stderr, seconds } = await runCliAsync(
		'build',
		// The PDFs are printed from the book pages checked here, without JavaScript (scripts/build/pdf.ts), and are
		// tested in tests/integration/verhalen-pdf.test.ts; the search index is made from these same pages (only their
		// text, tests/integration/search-index.test.ts); the .br/.gz copies are made of these same files
		// (tests/integration/compress.test.ts). Leaving all three out saves seconds on each of these builds.
		['--content', contentDir, '--out', outDir, '--zonder-pdf', '--zonder-zoekindex', '--zonder-compressie'],
		{
			cwd,
			env,
			isolate: true,
		},
	);
	return { status, stdout, stderr, seconds };
}

/** Runs tasks at most `limit` at a time. */
export async function limited<T>(tasks: (() => Promise<T>)[], limit = 1): Promise<T[]> {
	const results = new Array<T>(tasks.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, tasks.length) }, async () => {
			while (next < tasks.length) {
				const i = next++;
				results[i] = await tasks[i]!();
			}
		}),
	);
	return results;
}
