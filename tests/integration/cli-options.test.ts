/**
 * Every command in scripts/ reads its command line with the one shared parser
 * (scripts/cli/options.ts): a mistake gives one Dutch line that names the option, then the
 * usage, and exit code 1; `--help` gives the usage and exit code 0; never a stack trace.
 * And a build of valid content prints only the build's own Dutch lines, while a real
 * problem (broken content, a warning of Astro or Vite) still shows.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { SHALLOW_NOTICE, shallowNotice } from '#lib/agenda/history/git.ts';
import { routeTimes } from '#scripts/bench/routes.ts';
import buildLog, { isLeftOut } from '#scripts/build/astro-log.ts';
import { MISUSE_EXIT_CODE } from '#scripts/cli/options.ts';
import { FIXTURES, layOut, REPO, TMP } from '#tests/support/fixtures.ts';
import { buildPortal, runNode, type RunResult } from '#tests/support/run.ts';

const STACK_TRACE = /^\s+at .+[(:]\d+/m;
const NOW = '2026-06-15T10:00:00+02:00';
const root = join(TMP, 'cli-options');

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Command {
	script: string;
	/** Start of the usage line, as --help prints it. */
	usage: string;
	/** A command line with a string option but no value, and the option it names. */
	missingValue: [string[], string];
	/** Arguments every run gets (`npm run preview` passes the folder and the port). */
	fixed?: string[];
}

const COMMANDS: Command[] = [
	{ script: 'build', usage: 'npm run build --', missingValue: [['--out'], '--out'] },
	{ script: 'check', usage: 'npm run check --', missingValue: [['--content'], '--content'] },
	...(['cbs', 'kwb', 'statline', 'csv'] as const).map((soort): Command => ({
		script: `import-${soort}`,
		usage: `npm run import:${soort} --`,
		missingValue: [['--koppeling', 'k.yaml', '--bestand'], '--bestand'],
	})),
	{
		script: 'import-geo',
		usage: 'npm run import:geo --',
		missingValue: [['--wijken', 'w.geojson', '--gemeente', '--buurten', 'b.geojson'], '--gemeente'],
	},
	{ script: 'bench', usage: 'npm run bench --', missingValue: [['--schaal'], '--schaal'] },
	{ script: 'demo/cijfers', usage: 'npm exec -- node scripts/demo/cijfers.ts', missingValue: [['--out'], '--out'] },
	{
		script: 'demo/geo',
		usage: 'npm exec -- node scripts/demo/geo.ts',
		// No option of demo/geo takes a value: a value for the yes/no option instead.
		missingValue: [['--plaatsen=ja'], '--plaatsen'],
	},
	{
		script: 'serve',
		usage: 'npm run preview',
		missingValue: [['extra'], "'extra'"],
		fixed: ['dist', '4321'],
	},
];

const run = (command: Command, args: string[]): RunResult =>
	runNode(join('scripts', `${command.script}.ts`), [...(command.fixed ?? []), ...args], { cwd: REPO });

/** One Dutch line, a blank line, then the usage of the command. */
function expectMisuse(result: RunResult, command: Command, first: RegExp): void {
	expect(result.status, result.stderr).toBe(MISUSE_EXIT_CODE);
	expect(result.stdout).toBe('');
	expect(result.stderr).not.toMatch(STACK_TRACE);
	expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|TypeError|Error:/);
	const [line, blank, gebruik, usage] = result.stderr.split('\n');
	expect(line).toMatch(first);
	expect(blank).toBe('');
	expect(gebruik).toBe('Gebruik:');
	expect(usage?.trim().startsWith(command.usage), usage).toBe(true);
}

describe.concurrent('the command line of every command', () => {
	for (const command of COMMANDS) {
		it(`${command.script}: an unknown option`, () => {
			expectMisuse(
				run(command, ['--onbekend']),
				command,
				/^De optie --onbekend bestaat niet\. Controleer de spelling\.$/,
			);
		});

		it(`${command.script}: --help prints the usage and exits with 0`, () => {
			const result = run(command, ['--help']);
			expect(result.status, result.stderr).toBe(0);
			expect(result.stderr).toBe('');
			expect(result.stdout.split('\n')[0]).toBe('Gebruik:');
			expect(result.stdout.split('\n')[1]?.trim().startsWith(command.usage)).toBe(true);
			expect(result.stdout).toMatch(/^ {2}--help +toont deze uitleg$/m);
		});

		it(`${command.script}: a missing or needless value`, () => {
			const [args, option] = command.missingValue;
			expectMisuse(run(command, args), command, new RegExp(`^\\S*.*${escape(option)}`));
		});
	}

	it('names a value that belongs to no option', () => {
		const check = COMMANDS.find((c) => c.script === 'check')!;
		expectMisuse(run(check, ['content']), check, /^'content' is geen optie\./);
	});

	it('gives the exact Dutch lines for each kind of mistake', () => {
		const build = COMMANDS.find((c) => c.script === 'build')!;
		expect(run(build, ['--out']).stderr.split('\n')[0]).toBe('Achter --out hoort een waarde: --out <map>.');
		expect(run(build, ['--out', '--content', 'x']).stderr.split('\n')[0]).toBe(
			'Achter --out hoort een waarde: --out <map>.',
		);
		expect(run(build, ['--astro-verslag=ja']).stderr.split('\n')[0]).toBe(
			"De optie --astro-verslag krijgt geen waarde. Schrijf alleen --astro-verslag, zonder '=ja'.",
		);
		const geo = COMMANDS.find((c) => c.script === 'demo/geo')!;
		expect(run(geo, ['a.topojson', 'b.topojson']).stderr.split('\n')[0]).toBe(
			"'b.topojson' is te veel: na [uitvoerbestand] hoort niets meer, behalve opties die met -- beginnen.",
		);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The lines of a build that went well, with nothing else: the progress lines (the last two: the
 * search index and the total), and between them only the notices this content calls for
 * (`before`: after the check; `after`: after the pages).
 */
function expectQuietBuild(result: RunResult, before: RegExp[] = [], after: RegExp[] = []): void {
	expect(result.status, result.stdout + result.stderr).toBe(0);
	expect(result.stderr).toBe('');
	const lines = result.stdout.trimEnd().split('\n');
	const expected = [
		/^Inhoud controleren…$/,
		...before,
		/^Pagina's maken…$/,
		...after,
		/^Zoekindex gemaakt: \d+ pagina('s)?, \d+(,\d)? (kB|MB)\.$/,
		/^Gecomprimeerd: \d+ bestanden \(\d+(,\d)? MB\) als brotli \(\d+(,\d)? MB\) en gzip \(\d+(,\d)? MB\) in \d+,\d seconden\.$/,
		/^Klaar: \d+ pagina's gebouwd in \d+,\d seconden, in .+\.$/,
	];
	expect(lines, result.stdout).toHaveLength(expected.length);
	lines.forEach((line, i) => expect(line).toMatch(expected[i]!));
}

describe('the build log', () => {
	it('of the demo portal holds only the Dutch progress lines, the notice of an ended consent and the old sociale kaart entries', () => {
		const result = buildPortal(join(REPO, 'content'), { out: join(root, 'demo', 'dist'), now: NOW, cwd: REPO });
		expectQuietBuild(
			result,
			[
				/^Let op, 1 verhaal is overgeslagen:$/,
				/^- content\/verhalen\/[a-z0-9-]+\.md: het verhaal ".+" staat niet meer op de site, omdat de toestemming liep tot \d{4}-\d{2}-\d{2}\. /,
				/^Let op, 3 organisaties op de sociale kaart zijn lang niet gecontroleerd:$/,
				...Array.from(
					{ length: 3 },
					() =>
						/^- content\/wijken\/[a-z-]+\/sociale-kaart\/[a-z0-9-]+\.md, regel \d+, veld gecontroleerd: .+ is voor het laatst gecontroleerd op \d+ \w+ \d{4}, meer dan 12 maanden geleden\. /,
				),
				// A CI that clones only the last commit: the build says once that the agenda history is short.
				...(shallowNotice(join(REPO, 'content'))
					? [new RegExp(`^${SHALLOW_NOTICE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)]
					: []),
			],
			[/^Pdf's van \d+ verhalenboeken gemaakt in \d+,\d s\.$/],
		);
		expect(result.stdout).not.toMatch(/\[WARN\]|\[build\]|generating static routes|[├└]─|\(!\)/);
	});

	it('of a portal without news, agenda or activities has no warnings either, only the missing webadres', () => {
		const dir = join(root, 'leeg');
		rmSync(dir, { recursive: true, force: true });
		cpSync(join(FIXTURES, 'minimal'), join(dir, 'content'), { recursive: true });
		for (const kind of ['nieuws', 'wijken/noord/agenda', 'wijken/noord/activiteiten'])
			rmSync(join(dir, 'content', kind), { recursive: true, force: true });
		const result = buildPortal(join(dir, 'content'), { out: join(dir, 'dist'), now: NOW, cwd: dir });
		expectQuietBuild(result, [/^Let op: .*portaal\.yaml heeft geen webadres\. /]);
		expect(result.stdout).not.toMatch(/collection|does not exist/i);
	});

	it('still shows a content problem', () => {
		const dir = join(root, 'kapot');
		layOut(join(FIXTURES, 'broken', 'datum-bestaat-niet'), dir);
		const result = buildPortal(join(dir, 'content'), { out: join(dir, 'dist'), now: NOW, cwd: dir });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('De inhoud bevat 1 probleem:');
		expect(result.stderr).toContain("veld toegevoegd: '2026-02-30' is geen bestaande datum.");
		expect(result.stderr).toContain('De site is niet gebouwd.');
		expect(result.stderr).not.toMatch(STACK_TRACE);
	});

	it("with --astro-verslag holds Astro's own log, with a line per page, for the benchmark", () => {
		const dir = join(root, 'verslag');
		layOut(join(FIXTURES, 'minimal'), dir);
		const full = runNode(
			'scripts/build.ts',
			['--content', join(dir, 'content'), '--out', join(dir, 'dist'), '--astro-verslag'],
			{ cwd: dir, env: { WIJKPORTAAL_NU: NOW } },
		);
		expect(full.status, full.stderr).toBe(0);
		expect(full.stdout).toContain('[build]');
		expect(routeTimes(full.stdout).length).toBeGreaterThan(0);
	});
});

describe("Astro's log during a build (scripts/build/astro-log.ts)", () => {
	it('leaves out only the warning about a content kind without files', () => {
		expect(
			isLeftOut({
				level: 'warn',
				label: 'content',
				message:
					'The collection "nieuws" does not exist or is empty. Please check your content config file for errors.',
			}),
		).toBe(true);
		expect(isLeftOut({ level: 'warn', label: 'content', message: 'Entry nieuws → x was not found.' })).toBe(false);
		expect(isLeftOut({ level: 'error', label: 'content', message: 'The collection "x" does not exist' })).toBe(false);
		expect(isLeftOut({ level: 'warn', label: 'vite', message: '(!) Some chunks are larger than 500 kB' })).toBe(false);
	});

	it('passes every other warning and error on, as Astro prints them', () => {
		const out: string[] = [];
		const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
		const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
		try {
			const log = buildLog({ level: 'warn' });
			log.write({
				level: 'warn',
				label: 'content',
				message: 'The collection "agenda" does not exist or is empty.',
				newLine: true,
			});
			log.write({ level: 'warn', label: 'vite', message: 'Some chunks are larger than 500 kB', newLine: true });
			log.write({ level: 'error', label: 'build', message: 'Kapot', newLine: true });
		} finally {
			stdout.mockRestore();
			stderr.mockRestore();
		}
		expect(out).toHaveLength(2);
		expect(out[0]).toMatch(/\[WARN\] \[vite\].* Some chunks are larger than 500 kB\n$/);
		expect(out[1]).toMatch(/\[ERROR\] \[build\].* Kapot\n$/);
	});
});
