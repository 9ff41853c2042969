/**
 * The ready-made workflows for a municipality's portal repository: GitHub Actions
 * (.github/workflows/portaal.yml) and GitLab CI (.gitlab-ci.yml). Each checks the content
 * in its forge's format, builds and keeps a preview on a pull or merge request, uses the
 * full Git history and a recent Node, runs only `npm run` scripts that exist, and publishes
 * only from the main (default) branch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { REPO } from '#tests/support/fixtures.ts';

type Yaml = Record<string, unknown>;

const read = (path: string) => parse(readFileSync(join(REPO, path), 'utf8')) as Yaml;
const packageScripts = Object.keys(
	(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const strings = (value: unknown): string[] => asList(value).map(String);

/** The `npm run <x>` scripts a list of commands uses. */
function npmRuns(commands: string[]): string[] {
	return commands.flatMap((c) => [...c.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1]!));
}

/** The major version of a Node version or image tag: "24", "node:24", "22.3" → 24, 22. */
function nodeMajor(version: unknown): number {
	const match = /(?:^|:)(\d+)/.exec(String(version));
	return match ? Number(match[1]) : NaN;
}

describe('the GitHub Actions workflow', () => {
	const workflow = read('.github/workflows/portaal.yml');
	const jobs = workflow.jobs as Record<string, Yaml>;
	const steps = (job: Yaml) => job.steps as Yaml[];
	const runs = (job: Yaml) => steps(job).flatMap((s) => strings(s.run));
	const uses = (job: Yaml, action: string) => steps(job).filter((s) => String(s.uses).startsWith(`${action}@`));
	const on = workflow.on as Yaml;
	const prJobs = Object.values(jobs).filter((j) => String(j.if).includes("github.event_name == 'pull_request'"));

	it('runs on every pull request and on a push to main', () => {
		expect(on).toHaveProperty('pull_request');
		expect((on.push as Yaml).branches).toEqual(['main']);
	});

	it('checks with annotations, builds and keeps the preview on a pull request', () => {
		expect(prJobs).toHaveLength(1);
		const [job] = prJobs;
		const commands = runs(job!);
		const order = ['npm ci', 'npm run check -- --formaat github', 'npm run build'].map((c) => commands.indexOf(c));
		expect(order.every((i) => i >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		const [upload] = uses(job!, 'actions/upload-artifact');
		expect((upload!.with as Yaml).path).toMatch(/^dist\/?$/);
		const uploadAt = steps(job!).indexOf(upload!);
		expect(uploadAt).toBeGreaterThan(steps(job!).findIndex((s) => s.run === 'npm run build'));
	});

	it('fetches the full history and uses Node 22 or newer in every job that builds', () => {
		for (const job of Object.values(jobs).filter((j) => runs(j).includes('npm run build'))) {
			const [checkout] = uses(job, 'actions/checkout');
			expect((checkout!.with as Yaml)['fetch-depth']).toBe(0);
			const [node] = uses(job, 'actions/setup-node');
			expect(nodeMajor((node!.with as Yaml)['node-version'])).toBeGreaterThanOrEqual(22);
			expect(runs(job)).toContain('npm ci');
		}
	});

	it('runs only npm scripts that exist in package.json', () => {
		const used = npmRuns(Object.values(jobs).flatMap(runs));
		expect(used.length).toBeGreaterThan(0);
		for (const script of used) expect(packageScripts).toContain(script);
	});

	it('publishes on GitHub Pages only from main, with minimal permissions', () => {
		expect(workflow.permissions).toEqual({ contents: 'read' });
		const publishing = Object.entries(jobs).filter(
			([, job]) => uses(job, 'actions/upload-pages-artifact').length || uses(job, 'actions/deploy-pages').length,
		);
		expect(publishing.map(([name]) => name).sort()).toEqual(['bouwen', 'publiceren']);
		for (const [, job] of publishing) {
			expect(job.if).toContain("github.ref == 'refs/heads/main'");
			expect(job.if).toContain("github.event_name != 'pull_request'");
		}
		const deploy = jobs.publiceren!;
		expect(deploy.needs).toBe('bouwen');
		expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect((deploy.environment as Yaml).name).toBe('github-pages');
		const [pagesUpload] = uses(jobs.bouwen!, 'actions/upload-pages-artifact');
		expect((pagesUpload!.with as Yaml).path).toMatch(/^dist\/?$/);
		// No other job may write anything.
		for (const [name, job] of Object.entries(jobs)) if (name !== 'publiceren') expect(job.permissions).toBeUndefined();
	});
});

describe('the GitLab CI pipeline', () => {
	const pipeline = read('.gitlab-ci.yml');
	const defaults = pipeline.default as Yaml;
	const KEYWORDS = new Set(['workflow', 'variables', 'default', 'stages', 'include']);
	const jobs = Object.fromEntries(
		Object.entries(pipeline).filter(([name]) => !KEYWORDS.has(name) && !name.startsWith('.')),
	) as Record<string, Yaml>;
	const commands = (job: Yaml) => [...strings(job.before_script ?? defaults.before_script), ...strings(job.script)];
	const ifs = (job: Yaml) => asList(job.rules).map((r) => String((r as Yaml).if));
	const mrJob = jobs.controleren!;
	const npmCi = (list: string[]) => list.findIndex((c) => /^npm ci(?: |$)/.test(c));

	it('uses the full Git history and Node 22 or newer', () => {
		expect(String((pipeline.variables as Yaml).GIT_DEPTH)).toBe('0');
		for (const job of Object.values(jobs)) expect(nodeMajor(job.image ?? defaults.image)).toBeGreaterThanOrEqual(22);
	});

	it('checks, builds and exposes the preview in a merge request', () => {
		expect(ifs(mrJob)).toEqual(['$CI_PIPELINE_SOURCE == "merge_request_event"']);
		const list = commands(mrJob);
		const check = list.findIndex((c) => /^npm run check -- --formaat gitlab --uitvoer \S+$/.test(c));
		expect(npmCi(list)).toBeGreaterThanOrEqual(0);
		expect(check).toBeGreaterThan(npmCi(list));
		expect(list.indexOf('npm run build')).toBeGreaterThan(check);
		const artifacts = mrJob.artifacts as Yaml;
		expect(artifacts.when).toBe('always');
		expect(artifacts.expose_as).toEqual(expect.any(String));
		expect(artifacts.paths).toEqual(['dist/']);
	});

	it('keeps the Code Quality report where the check writes it', () => {
		const check = commands(mrJob).find((c) => c.startsWith('npm run check'))!;
		const written = /--uitvoer (\S+)/.exec(check)![1];
		const reports = (mrJob.artifacts as Yaml).reports as Yaml;
		expect(strings(reports.codequality)).toEqual([written]);
	});

	it('runs only npm scripts that exist in package.json', () => {
		const used = npmRuns(Object.values(jobs).flatMap(commands));
		expect(used.length).toBeGreaterThan(0);
		for (const script of used) expect(packageScripts).toContain(script);
	});

	it('publishes dist as public on GitLab Pages, only from the default branch', () => {
		const pages = jobs.pages!;
		expect(ifs(pages)).toEqual(['$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
		const list = commands(pages);
		expect(npmCi(list)).toBeGreaterThanOrEqual(0);
		expect(list.indexOf('npm run build')).toBeGreaterThan(npmCi(list));
		expect(list.slice(list.indexOf('npm run build') + 1)).toContain('rm -rf public && mv dist public');
		expect((pages.artifacts as Yaml).paths).toEqual(['public']);
		// No other job publishes.
		for (const [name, job] of Object.entries(jobs))
			if (name !== 'pages') expect(JSON.stringify(job)).not.toMatch(/\bpublic\b|"pages"/);
	});
});
