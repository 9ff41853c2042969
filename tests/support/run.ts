/**
 * The one way tests run the project's command-line tools (scripts/*.ts) and builds: as a
 * separate process with the project's Node, like an editor runs `npm run …`, with an
 * environment that is free of the test runner's own variables.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { Taal } from '#lib/i18n/talen.ts';

import { REPO } from './fixtures.ts';

/**
 * The languages a test build makes unless it says otherwise: Dutch, and Arabic so the right-to-left
 * pages stay covered. Every language the portal offers takes about 2.4 times as long as these two
 * (the demo: 2,317 pages instead of some 930); tests about the languages themselves build `'alle'`,
 * and so does `npm run test:build` for the browser tests. A portal that offers fewer languages
 * builds those (the limit is WIJKPORTAAL_TALEN, src/data/talen.ts).
 */
export const TEST_TALEN: readonly Taal[] = ['nl', 'ar'];

/** The languages of a build: some of the portal's, or all it offers. */
export type BuildTalen = readonly Taal[] | 'alle';

/** A tool in scripts/, without `.ts`: `build`, `check`, `import-geo`, `demo/cijfers`, … */
export type CliScript =
	| 'build'
	| 'check'
	| 'import-cbs'
	| 'import-kwb'
	| 'import-statline'
	| 'import-csv'
	| 'import-geo'
	| 'demo/cijfers'
	| 'demo/geo';

export interface RunOptions {
	/** Working folder of the tool; the repository by default. */
	cwd?: string;
	/** Extra variables, over the cleaned environment. */
	env?: Record<string, string>;
	/** Also leave out every inherited WIJKPORTAAL_* variable (a build that only sees `env`). */
	isolate?: boolean;
	/** Show the tool's output as it comes instead of returning it (only for runNode and what uses it). */
	echo?: boolean;
	/**
	 * Only for `build`: the languages to build. Without it a build makes TEST_TALEN, unless `env`
	 * sets WIJKPORTAAL_TALEN itself.
	 */
	talen?: BuildTalen;
}

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
	/** Wall-clock time of the process. */
	seconds: number;
}

/**
 * The environment for a command-line tool, without the variables the test runner adds:
 * Vitest puts Vite's MODE, DEV, PROD, SSR and BASE_URL into process.env, and a build that
 * inherits them is not a production build (its pages would lack the CSP meta element).
 */
export function scriptEnv(options: { isolate?: boolean } = {}): NodeJS.ProcessEnv {
	const runner = /^(?:VITEST|TEST$|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$)/;
	return Object.fromEntries(
		Object.entries(process.env).filter(
			([key]) => !runner.test(key) && !(options.isolate && key.startsWith('WIJKPORTAAL_')),
		),
	);
}

/** The environment of a tool run: the cleaned one, the run's own variables, and for a build its languages. */
function toolEnv(options: RunOptions, build = false): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...scriptEnv(options), NO_COLOR: '1', ...options.env };
	if (!build && options.talen === undefined) return env;
	if (options.talen === 'alle') delete env.WIJKPORTAAL_TALEN;
	else if (options.talen) env.WIJKPORTAAL_TALEN = options.talen.join(',');
	else env.WIJKPORTAAL_TALEN = options.env?.WIJKPORTAAL_TALEN ?? TEST_TALEN.join(',');
	return env;
}

const isBuild = (file: string) => /(?:^|[\\/])scripts[\\/]build\.ts$/.test(file);

function command(file: string, args: string[], options: RunOptions) {
	return {
		argv: [resolve(REPO, file), ...args],
		cwd: options.cwd ?? REPO,
		env: toolEnv(options, isBuild(file)),
	};
}

/** Runs a Node program (a path from the repository root, or absolute) and waits for it. */
export function runNode(file: string, args: string[], options: RunOptions = {}): RunResult {
	const { argv, cwd, env } = command(file, args, options);
	const started = performance.now();
	const result = spawnSync(process.execPath, argv, {
		cwd,
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		stdio: options.echo ? 'inherit' : 'pipe',
	});
	if (result.error) throw result.error;
	return {
		status: result.status,
		stdout: result.stdout ?? '',
		stderr: result.stderr ?? '',
		seconds: (performance.now() - started) / 1000,
	};
}

/** Runs `scripts/<script>.ts` and waits for it. */
export function runCli(script: CliScript, args: string[], options: RunOptions = {}): RunResult {
	return runNode(join('scripts', `${script}.ts`), args, options);
}

export interface Running {
	child: ChildProcess;
	/** Everything the process wrote so far, stdout and stderr as they came. */
	output: () => string;
	/** Resolves when the process and every process holding its output have ended. */
	closed: Promise<RunResult>;
}

/** Starts `node <argv…>` without blocking (a program and its arguments, or `-e <code>`). */
export function startNode(argv: string[], options: RunOptions = {}): Running {
	const [first = '', ...rest] = argv;
	const program = first.startsWith('-')
		? { argv, cwd: options.cwd ?? REPO, env: toolEnv(options) }
		: command(first, rest, options);
	const { env } = program;
	const started = performance.now();
	const child = spawn(process.execPath, program.argv, { cwd: program.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8');
	child.stderr.setEncoding('utf8');
	child.stdout.on('data', (d: string) => ((stdout += d), (output += d)));
	child.stderr.on('data', (d: string) => ((stderr += d), (output += d)));
	const closed = new Promise<RunResult>((done, fail) => {
		child.on('error', fail);
		child.on('close', (status) => done({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
	});
	return { child, output: () => output, closed };
}

/** Runs `scripts/<script>.ts` without blocking, so several tools can run side by side. */
export function runCliAsync(script: CliScript, args: string[], options: RunOptions = {}): Promise<RunResult> {
	return startNode([join('scripts', `${script}.ts`), ...args], options).closed;
}

export interface BuildOptions extends RunOptions {
	/** Output folder; `<cwd>/dist` by default. */
	out?: string;
	/** The build time (WIJKPORTAAL_NU), an ISO date-time. */
	now?: string;
}

/**
 * Builds the portal in `contentDir` with scripts/build.ts (like `npm run build -- --content …`),
 * in the languages of `talen` (TEST_TALEN unless given; `'alle'` for every language the portal offers).
 */
export function buildPortal(contentDir: string, options: BuildOptions = {}): RunResult {
	const { out, now, ...run } = options;
	const args = ['--content', contentDir, ...(out ? ['--out', out] : [])];
	return runCli('build', args, { ...run, env: { ...run.env, ...(now ? { WIJKPORTAAL_NU: now } : {}) } });
}
