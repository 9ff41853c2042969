/**
 * `npm run check -- --formaat github` and `--formaat gitlab --uitvoer <bestand>` on broken
 * fixtures and on the demo content: the annotations and the Code Quality report carry the
 * same Dutch messages and lines as the terminal text, the exit code is the same in every
 * format (1 for problems, 0 for warnings alone), and a wrong command line is answered in Dutch.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { codeQualityReport } from '#tests/support/code-quality.ts';
import { FIXTURES, layOut, problemLines, REPO, TMP } from '#tests/support/fixtures.ts';
import { runCliAsync, type RunResult } from '#tests/support/run.ts';

const root = join(TMP, 'check-formats');
const STACK_TRACE = /^\s+at .+[(:]\d+/m;
/** A day on which the demo has an ended consent and old sociale kaart entries (see cli-options.test.ts). */
const NOW = '2026-06-15T10:00:00+02:00';
/** No job summary unless a test asks for one, also when the tests themselves run in GitHub Actions. */
const QUIET = { WIJKPORTAAL_NU: NOW, GITHUB_STEP_SUMMARY: '' };

interface Annotation {
	command: string;
	file: string;
	line?: number;
	title: string;
	message: string;
}

const unescape = (text: string) =>
	text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));

/** The workflow commands in stdout, read back the way GitHub reads them. */
function annotations(stdout: string): Annotation[] {
	return stdout
		.split('\n')
		.filter((l) => l.startsWith('::'))
		.map((l) => {
			const match = /^::(error|warning) ([^:]*)::(.*)$/.exec(l);
			expect(match, l).not.toBeNull();
			const [, command, props, message] = match!;
			const values = Object.fromEntries(
				props!.split(',').map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]),
			);
			expect(Object.keys(values).sort()).toEqual(values.line ? ['file', 'line', 'title'] : ['file', 'title']);
			return {
				command: command!,
				file: values.file!,
				...(values.line !== undefined && { line: Number(values.line) }),
				title: values.title!,
				message: unescape(message!),
			};
		});
}

/** The line of the terminal text an annotation or issue stands for: "<file>[, regel n], <field>: …" or "…: <message>". */
function textLines(file: string, line: number | undefined, message: string): string[] {
	const where = line === undefined ? file : `${file}, regel ${line}`;
	return [`${where}, ${message}`, `${where}: ${message}`];
}

function expectInText(text: string[], file: string, line: number | undefined, message: string): void {
	const candidates = textLines(file, line, message);
	expect(
		text.some((t) => candidates.includes(t)),
		`${candidates[1]}\nnot in\n${text.join('\n')}`,
	).toBe(true);
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(['drie-fouten-in-een-keer', 'leeg-bestand', 'yaml-stuurteken'])('broken content %s', (name) => {
	const dir = join(root, name);
	const report = join(root, `${name}-rapport`, 'gl-code-quality-report.json');
	let tekst: RunResult;
	let github: RunResult;
	let gitlab: RunResult;
	let expected: string[];

	beforeAll(async () => {
		layOut(join(FIXTURES, 'broken', name), dir);
		expected = readFileSync(join(FIXTURES, 'broken', name, 'verwacht.txt'), 'utf8')
			.trim()
			.split('\n');
		[tekst, github, gitlab] = await Promise.all([
			runCliAsync('check', [], { cwd: dir, env: QUIET }),
			runCliAsync('check', ['--formaat', 'github'], { cwd: dir, env: QUIET }),
			runCliAsync('check', ['--formaat', 'gitlab', '--uitvoer', report], { cwd: dir, env: QUIET }),
		]);
	});

	it('stops with exit code 1 in every format, with the same terminal text', () => {
		for (const result of [tekst, github, gitlab]) {
			expect(result.status, result.stderr).toBe(1);
			expect(result.stderr).not.toMatch(STACK_TRACE);
			expect(problemLines(result.stderr)).toEqual(expected);
		}
		expect(tekst.stdout).toBe('');
		expect(github.stderr).toBe(tekst.stderr);
		expect(gitlab.stderr).toBe(tekst.stderr);
	});

	it('gives one ::error per problem, with the same file, line and message as the text', () => {
		const found = annotations(github.stdout);
		expect(found).toHaveLength(expected.length);
		for (const a of found) {
			expect(a.command).toBe('error');
			expect(a.title).toMatch(/^Fout in de inhoud/);
			expectInText(expected, a.file, a.line, a.message);
		}
		// Every problem with a line in the text has it in its annotation, and only those.
		expect(found.filter((a) => a.line !== undefined)).toHaveLength(
			expected.filter((l) => /, regel \d+/.test(l)).length,
		);
		expect(github.stdout.split('\n').filter((l) => l && !l.startsWith('::'))).toEqual([]);
	});

	it('writes a Code Quality report with the same messages and lines', () => {
		expect(gitlab.stdout.trim()).toMatch(
			/^Het rapport voor GitLab staat in .+gl-code-quality-report\.json \(\d+ melding(?:en)?\)\.$/,
		);
		const issues = codeQualityReport.parse(JSON.parse(readFileSync(report, 'utf8')));
		expect(issues).toHaveLength(expected.length);
		expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
		for (const issue of issues) {
			expect(issue.severity).toBe('major');
			const inText = expected.find((t) => t.startsWith(`${issue.location.path}, regel ${issue.location.lines.begin}`));
			const line = inText ? issue.location.lines.begin : undefined;
			expectInText(expected, issue.location.path, line, issue.description);
		}
	});
});

describe('the demo content', () => {
	const report = join(root, 'demo-rapport.json');
	const summary = join(root, 'demo-samenvatting.md');
	let tekst: RunResult;
	let github: RunResult;
	let gitlab: RunResult;

	beforeAll(async () => {
		mkdirSync(root, { recursive: true });
		writeFileSync(summary, '# Eerdere stap\n');
		[tekst, github, gitlab] = await Promise.all([
			runCliAsync('check', [], { cwd: REPO, env: QUIET }),
			runCliAsync('check', ['--formaat', 'github'], { cwd: REPO, env: { ...QUIET, GITHUB_STEP_SUMMARY: summary } }),
			runCliAsync('check', ['--formaat=gitlab', `--uitvoer=${report}`], { cwd: REPO, env: QUIET }),
		]);
	});

	it('passes in every format: warnings alone give exit code 0', () => {
		for (const result of [tekst, github, gitlab]) {
			expect(result.status, result.stderr).toBe(0);
			expect(result.stderr).toBe('');
			expect(result.stdout).toMatch(/^De inhoud in content is in orde \(\d+ bestanden gecontroleerd\)\.$/m);
		}
		expect(problemLines(tekst.stdout).length).toBeGreaterThanOrEqual(2);
	});

	it('turns each warning of the text into a ::warning on its file and line', () => {
		const warnings = problemLines(tekst.stdout);
		const found = annotations(github.stdout);
		expect(found).toHaveLength(warnings.length);
		for (const a of found) {
			expect(a.command).toBe('warning');
			expect(a.line).toBeGreaterThanOrEqual(1);
			if (a.title.startsWith('Toestemming verlopen')) {
				// The text names only the file; the annotation sits on the line of `tot`.
				expect(warnings).toContain(`${a.file}: ${a.message.replace(/^veld toestemming\.tot: /, '')}`);
				expect(readFileSync(join(REPO, a.file), 'utf8').split('\n')[a.line! - 1]).toMatch(/^\s*tot:/);
			} else {
				expect(a.title).toBe('Lang niet gecontroleerd, veld gecontroleerd');
				expectInText(warnings, a.file, a.line, a.message);
			}
		}
		// The terminal text is there as well, line for line.
		const githubLines = github.stdout.split('\n');
		for (const line of tekst.stdout.trim().split('\n')) expect(githubLines).toContain(line);
	});

	it('adds a Dutch summary to $GITHUB_STEP_SUMMARY', () => {
		const text = readFileSync(summary, 'utf8');
		expect(text.startsWith('# Eerdere stap\n## Controle van de inhoud\n')).toBe(true);
		expect(text).toMatch(/De inhoud is in orde \(\d+ bestanden gecontroleerd\)\./);
		const count = problemLines(tekst.stdout).length;
		expect(text).toContain(`${count} punten om na te kijken`);
		expect(text.split('\n').filter((l) => l.startsWith('- content/'))).toHaveLength(count);
	});

	it("writes the warnings as 'minor' issues that GitLab accepts", () => {
		const issues = codeQualityReport.parse(JSON.parse(readFileSync(report, 'utf8')));
		expect(issues).toHaveLength(problemLines(tekst.stdout).length);
		expect(issues.every((i) => i.severity === 'minor')).toBe(true);
		expect(issues.map((i) => i.check_name).sort()).toEqual(
			expect.arrayContaining(['gecontroleerd', 'toestemming.tot']),
		);
	});

	it('writes no summary in the text format', async () => {
		const other = join(root, 'tekst-samenvatting.md');
		const result = await runCliAsync('check', [], { cwd: REPO, env: { ...QUIET, GITHUB_STEP_SUMMARY: other } });
		expect(result.status).toBe(0);
		expect(existsSync(other)).toBe(false);
	});
});

describe('a wrong command line', () => {
	it.each([
		[['--formaat', 'xml'], "De vorm 'xml' bij --formaat bestaat niet. Kies uit: tekst, github, gitlab."],
		[['--formaat', 'GitHub'], "De vorm 'GitHub' bij --formaat bestaat niet. Kies uit: tekst, github, gitlab."],
		[
			['--formaat', 'gitlab'],
			'Bij --formaat gitlab hoort --uitvoer <bestand>: het bestand voor het rapport, bijvoorbeeld --uitvoer gl-code-quality-report.json.',
		],
		[['--formaat', 'github', '--uitvoer', 'x.json'], 'De optie --uitvoer hoort alleen bij --formaat gitlab.'],
		[['--formaat'], 'Achter --formaat hoort een waarde: --formaat <vorm>.'],
	])('%j is answered in one Dutch line and the usage', async (args, line) => {
		const result = await runCliAsync('check', args, { cwd: REPO, env: QUIET });
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).not.toMatch(STACK_TRACE);
		const [first, blank, gebruik] = result.stderr.split('\n');
		expect(first).toBe(line);
		expect(blank).toBe('');
		expect(gebruik).toBe('Gebruik:');
		expect(result.stderr).toContain('--formaat <vorm>');
	});
});
