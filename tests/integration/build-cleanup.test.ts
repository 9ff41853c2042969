/**
 * A build that is stopped cleans up after itself and never replaces the published site:
 * Ctrl-C (SIGINT), SIGTERM, and a parent that is killed (also when the build runs under
 * `sh -c`, as npm runs it). Folders left by a build that was killed outright are removed by
 * the next build. A ContentError thrown while Astro renders a page is reported in Dutch,
 * without a stack trace. Each case runs the real scripts/build.ts on the minimal portal.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FIXTURES, listFiles, problemLines, REPO, TMP } from '#tests/support/fixtures.ts';
import { buildPortal, type Running, runNode, startNode } from '#tests/support/run.ts';

const base = join(TMP, 'build-cleanup');
const content = join(base, 'content');
const BUILD = join(REPO, 'scripts', 'build.ts');
// Without CI, Astro logs at level info, so the tests can see when it has started.
const env = { CI: '' };

beforeAll(() => {
	rmSync(base, { recursive: true, force: true });
	cpSync(join(FIXTURES, 'minimal'), content, { recursive: true });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** An output folder holding a "published" site, in its own folder. */
function publishedSite(name: string): string {
	const out = join(base, name, 'dist');
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'index.html'), '<p>De vorige versie.</p>');
	return out;
}

/** Every file of a folder with its text: the published site must stay exactly this. */
const snapshot = (dir: string) =>
	Object.fromEntries(listFiles(dir).map((f) => [f.slice(dir.length), readFileSync(f, 'utf8')]));

/** The folders a build keeps beside `out` (.dist-nieuw-<pid>, .dist-oud-<pid>). */
const buildFolders = (out: string) => readdirSync(dirname(out)).filter((n) => /^\.dist-(?:nieuw|oud)-\d+$/.test(n));

/** A started build; `closed` resolves with its exit code once every process holding its output has ended. */
type Started = Omit<Running, 'closed'> & { closed: Promise<number | null> };

/** Starts `node <argv…>` (the build, or `-e <code>` for a parent that starts it). */
function start(argv: string[]): Started {
	const running = startNode(argv, { env });
	return { ...running, closed: running.closed.then((r) => r.status) };
}

async function waitFor(what: string, condition: () => boolean, output: () => string, ms = 60_000): Promise<void> {
	const until = Date.now() + ms;
	while (!condition()) {
		if (Date.now() > until) throw new Error(`waited in vain for ${what}; output:\n${output()}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** Waits until the build has made its staging folder and Astro is at work. */
async function whenBuilding(out: string, started: Started): Promise<void> {
	await waitFor(
		'the staging folder and Astro',
		() => buildFolders(out).length > 0 && started.output().includes("Pagina's maken"),
		started.output,
	);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string, output: () => string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms; output:\n${output()}`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

function expectUntouched(out: string, before: Record<string, string>, output: string): void {
	expect(snapshot(out)).toEqual(before);
	expect(buildFolders(out), output).toEqual([]);
	expect(output).not.toMatch(/^\s+at /m);
}

describe('a build that is stopped', () => {
	for (const [signal, code] of [
		['SIGINT', 130],
		['SIGTERM', 143],
	] as const) {
		it(`on ${signal}: exits with ${code}, removes its staging folder and leaves the site alone`, async () => {
			const out = publishedSite(signal);
			const before = snapshot(out);
			const build = start([BUILD, '--content', content, '--out', out]);
			await whenBuilding(out, build);
			build.child.kill(signal);
			// Generous: the other integration tests build portals at the same time, and the check is that it ends, not how fast.
			expect(await withTimeout(build.closed, 45_000, 'the exit', build.output)).toBe(code);
			expect(build.output()).toContain('Het bouwen is afgebroken. ');
			expectUntouched(out, before, build.output());
		});
	}

	// The parent is a node process that started the build, as npm does; `sh -c` is how npm runs a script.
	const parents = {
		'when its parent is killed': (out: string) =>
			`require('child_process').spawn(process.execPath, ${JSON.stringify([BUILD, '--content', content, '--out', out])}, { stdio: 'inherit' }); setInterval(() => {}, 1000);`,
		'when its parent is killed while it runs under sh -c': (out: string) =>
			`require('child_process').spawn('/bin/sh', ['-c', ${JSON.stringify(`"${process.execPath}" "${BUILD}" --content "${content}" --out "${out}"; exit $?`)}], { stdio: 'inherit' }); setInterval(() => {}, 1000);`,
	};
	for (const [name, script] of Object.entries(parents)) {
		it(`${name}: stops on its own and leaves the site alone`, async () => {
			const out = publishedSite(name.replace(/\W+/g, '-'));
			const before = snapshot(out);
			const parent = start(['-e', script(out)]);
			await whenBuilding(out, parent);
			parent.child.kill('SIGKILL');
			// The output pipes close once the build (which shares them) has ended too.
			await withTimeout(parent.closed, 45_000, 'the end of the build', parent.output);
			expect(parent.output()).toContain(
				'Het bouwen is afgebroken, omdat het programma dat de bouw startte (bijvoorbeeld npm) niet meer draait.',
			);
			expectUntouched(out, before, parent.output());
		});
	}
});

describe('the next build', () => {
	it('removes folders of builds that no longer run, and keeps those of running builds', () => {
		const out = publishedSite('leftovers');
		const dead = spawnSync(process.execPath, ['-e', '']).pid;
		const parent = dirname(out);
		for (const name of [`.dist-nieuw-${dead}`, `.dist-oud-${dead}`, `.dist-nieuw-${process.pid}`]) {
			mkdirSync(join(parent, name, 'wijken'), { recursive: true });
			writeFileSync(join(parent, name, 'wijken', 'index.html'), 'half');
		}
		const result = buildPortal(content, { out, env });
		expect(result.status, result.stdout + result.stderr).toBe(0);
		expect(result.stdout).toContain(`Map .dist-nieuw-${dead} van een afgebroken bouw opgeruimd.`);
		expect(result.stdout).toContain(`Map .dist-oud-${dead} van een afgebroken bouw opgeruimd.`);
		expect(buildFolders(out)).toEqual([`.dist-nieuw-${process.pid}`]);
		expect(existsSync(join(out, 'wijken', 'noord', 'index.html'))).toBe(true);
	});

	it('puts the old site back when a killed build had already moved it aside', () => {
		const out = join(base, 'restore', 'dist');
		const dead = spawnSync(process.execPath, ['-e', '']).pid;
		mkdirSync(join(dirname(out), `.dist-oud-${dead}`), { recursive: true });
		writeFileSync(join(dirname(out), `.dist-oud-${dead}`, 'index.html'), '<p>De vorige versie.</p>');
		mkdirSync(join(dirname(out), `.dist-nieuw-${dead}`), { recursive: true });
		// Broken content: the build stops after the check, with the old site back in place.
		const broken = join(base, 'restore', 'content');
		cpSync(content, broken, { recursive: true });
		writeFileSync(
			join(broken, 'wijken', 'noord', 'wijk.md'),
			readFileSync(join(broken, 'wijken', 'noord', 'wijk.md'), 'utf8').replace('code: WK999601', 'code: WK1'),
		);
		const result = buildPortal(broken, { out, env });
		expect(result.status, result.stdout + result.stderr).toBe(1);
		expect(result.stdout).toContain(`Map .dist-oud-${dead} van een afgebroken bouw teruggezet als `);
		expect(snapshot(out)).toEqual({ '/index.html': '<p>De vorige versie.</p>' });
		expect(buildFolders(out)).toEqual([]);
	});
});

describe('a ContentError while Astro renders', () => {
	it('is reported in Dutch without a stack trace, and the site is left alone', () => {
		// A copy of the generator with one page that throws, inside the repository so its
		// packages resolve. The page has its own copy of ContentError, as a bundled page does.
		const project = join(base, 'project');
		for (const part of ['src', 'scripts', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
			cpSync(join(REPO, part), join(project, part), { recursive: true });
		}
		symlinkSync(join(REPO, 'node_modules'), join(project, 'node_modules'), 'dir');
		writeFileSync(
			join(project, 'src', 'pages', 'kapot.ts'),
			`import type { APIRoute } from 'astro';
import { ContentError } from '../lib/content/problem.ts';

export const GET: APIRoute = () => {
	throw new ContentError([{ file: 'content/wijken/noord/wijk.md', line: 3, field: 'naam', message: 'deze naam kan niet op de pagina.' }]);
};
`,
		);
		const out = publishedSite('content-error');
		const before = snapshot(out);
		const result = runNode(join(project, 'scripts', 'build.ts'), ['--content', content, '--out', out], {
			cwd: base,
			env,
		});
		const output = result.stdout + result.stderr;
		expect(result.status, output).toBe(1);
		expect(problemLines(result.stderr)).toEqual([
			'content/wijken/noord/wijk.md, regel 3, veld naam: deze naam kan niet op de pagina.',
		]);
		expect(result.stderr).toContain('De inhoud bevat 1 probleem:');
		expect(result.stderr).toContain('\nDe site is niet gebouwd. content-error/dist is niet veranderd.\n');
		expect(output).not.toContain('ContentError');
		expect(output).not.toContain('Het bouwen van de site is mislukt');
		expectUntouched(out, before, output);
	});
});
