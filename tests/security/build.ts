/**
 * Builds a portal the way `npm run build` does (scripts/build.ts), with a canary and a
 * fake deploy secret in the environment: neither may ever reach the output.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { REPO } from '#tests/support/fixtures.ts';

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
export const withoutColours = (log: string) => log.replace(/\u001b\[[0-9;]*m/g, '');

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
	seconds: number;
}

/**
 * The environment of a real build: the test runner's own variables left out. Vitest puts
 * Vite's MODE, DEV, PROD, SSR and BASE_URL into process.env; a build that inherits them is
 * not a production build (import.meta.env.PROD is false, and pages lose their CSP meta).
 */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!/^(?:VITEST|TEST$|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|WIJKPORTAAL_)/.test(key)) env[key] = value;
	}
	return { ...env, NO_COLOR: '1', CI: '1', ...extra };
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

function runBuild(
	cwd: string,
	contentDir: string,
	outDir: string,
	extraEnv: Record<string, string>,
): Promise<BuildResult> {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			[join(REPO, 'scripts', 'build.ts'), '--content', contentDir, '--out', outDir],
			{ cwd, env: buildEnv(extraEnv) },
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (status) => resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
	});
}

/** Runs tasks at most `limit` at a time. */
export async function limited<T>(tasks: (() => Promise<T>)[], limit = 1): Promise<T[]> {
	const results: T[] = new Array(tasks.length);
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
