/**
 * `npm run check` on a portal with translations (`speeltuin.en.md` beside `speeltuin.md`): a bad
 * translation stops the check with Dutch messages (file, line, field, fix) and without a stack
 * trace; a translation older than its original (Git) is a warning that names both files, in the
 * terminal and in the GitHub format, and the check still passes.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { layOut, problemLines, TMP } from '#tests/support/fixtures.ts';
import { runCliAsync } from '#tests/support/run.ts';

const root = join(TMP, 'vertalingen-check');
const AGENDA = join('content', 'wijken', 'noord', 'agenda');

function portal(name: string, files: Record<string, string>): string {
	const dir = join(root, name);
	mkdirSync(join(root, 'leeg'), { recursive: true });
	layOut(join(root, 'leeg'), dir);
	appendFileSync(join(dir, 'content', 'portaal.yaml'), '\ntalen: [nl, en, ar]\n');
	for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
	return dir;
}

function git(cwd: string, args: string[], date: string): void {
	execFileSync('git', args, {
		cwd,
		stdio: 'ignore',
		env: {
			...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
			GIT_AUTHOR_NAME: 'Test',
			GIT_AUTHOR_EMAIL: 'test@example.invalid',
			GIT_COMMITTER_NAME: 'Test',
			GIT_COMMITTER_EMAIL: 'test@example.invalid',
			GIT_AUTHOR_DATE: date,
			GIT_COMMITTER_DATE: date,
		},
	});
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('translations in npm run check', () => {
	it('a bad translation fails the check with the Dutch messages', async () => {
		const dir = portal('fout', {
			[join(AGENDA, 'speeltuin.en.md')]:
				'---\ntitel: New playground\nstatus: gerealiseerd\n---\n[Click](javascript:alert(1))\n',
			[join(AGENDA, 'speeltuin.pl.md')]: '---\ntitel: Nowy plac zabaw\n---\n',
		});
		const result = await runCliAsync('check', [], { cwd: dir });
		expect(result.status).toBe(1);
		expect(result.stderr).not.toMatch(/^\s+at .+[(:]\d+/m);
		expect(problemLines(result.stderr)).toEqual([
			"content/wijken/noord/agenda/speeltuin.en.md, regel 3, veld status: dit veld wordt niet vertaald: het komt altijd uit 'speeltuin.md'. Haal het weg uit de vertaling. Een vertaling van dit soort bestand kan bevatten: titel, samenvatting, volgendeStap.wat, volgendeStap.wanneer.",
			"content/wijken/noord/agenda/speeltuin.en.md, regel 5: de link 'javascript:alert(1)' is niet toegestaan. Gebruik alleen links die beginnen met https://, http://, mailto: of tel:.",
			'content/wijken/noord/agenda/speeltuin.pl.md: deze vertaling is in het Pools (pl), maar die taal staat niet bij talen in portaal.yaml. Zo komt de vertaling niet op de site. Zet pl bij talen in portaal.yaml, of haal de vertaling weg.',
		]);
		expect(result.stderr).toContain('De inhoud bevat 3 problemen:');
	});

	it('a translation older than its original is a warning naming both files; the check passes', async () => {
		const dir = portal('verouderd', {
			[join(AGENDA, 'speeltuin.en.md')]: '---\ntitel: New playground\n---\nA new playground is coming.\n',
		});
		git(dir, ['init', '-q'], '2026-03-01T10:00:00+01:00');
		git(dir, ['add', '.'], '2026-03-01T10:00:00+01:00');
		git(dir, ['commit', '-q', '-m', 'Begin'], '2026-03-01T10:00:00+01:00');
		appendFileSync(join(dir, AGENDA, 'speeltuin.md'), '\nDe gemeente kiest een ontwerp.\n');
		git(dir, ['commit', '-q', '-am', 'Nieuwe stap'], '2026-06-10T10:00:00+02:00');

		const result = await runCliAsync('check', [], { cwd: dir });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const message =
			'deze vertaling is ouder dan het origineel content/wijken/noord/agenda/speeltuin.md: het origineel is veranderd op 10 juni 2026, de vertaling op 1 maart 2026. Kijk wat er in het origineel is veranderd en pas de vertaling daarop aan. Klopt de vertaling nog, sla haar dan opnieuw op; dan verdwijnt deze melding.';
		expect(result.stdout.trim().split('\n').slice(0, 2)).toEqual([
			'Let op, 1 vertaling is ouder dan het origineel:',
			`- content/wijken/noord/agenda/speeltuin.en.md: ${message}`,
		]);

		const github = await runCliAsync('check', ['--formaat', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: '' } });
		expect(github.status).toBe(0);
		expect(github.stdout).toContain(
			'::warning file=content/wijken/noord/agenda/speeltuin.en.md,title=Vertaling ouder dan het origineel::',
		);
	});
});
