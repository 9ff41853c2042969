/**
 * The history of agenda items from Git, in the real build: a temporary Git repository with
 * real commits (added, status changed with a reason, a change of links only, a rename with
 * new text, and a change not committed yet) shows every change with its Dutch date and
 * reason on the item page and in the wijk's agenda feed; a commit subject with HTML stays
 * text. The same content without Git, and as a shallow clone, shows the file's dates and one
 * sentence why; the shallow build says so in one Dutch line. Builds never fail on it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SHALLOW_NOTICE } from '#lib/agenda/history/git.ts';
import { FALLBACK_TEXT, NOT_COMMITTED_TEXT } from '#lib/agenda/history/text.ts';
import { TEST_BUILD_TIME } from '#tests/support/build-time.ts';
import { FIXTURES, TMP } from '#tests/support/fixtures.ts';
import { runCliAsync, type RunResult } from '#tests/support/run.ts';

mkdirSync(TMP, { recursive: true });
const root = mkdtempSync(join(TMP, 'agenda-history-'));
// Outside the project, so that no Git repository around it is found.
const outside = mkdtempSync(join(tmpdir(), 'wijkportaal-geen-git-'));
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

const WEBADRES = 'https://teststad.example';
const repo = join(root, 'repo');
const content = join(repo, 'content');
const agendaDir = join(content, 'wijken', 'noord', 'agenda');

const gitEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));

function git(cwd: string, args: string[], date?: string): string {
	return execFileSync(
		'git',
		[
			'-c',
			'user.name=Redactie Teststad',
			'-c',
			'user.email=redactie@teststad.example',
			'-c',
			'commit.gpgsign=false',
			...args,
		],
		{
			cwd,
			encoding: 'utf8',
			env: { ...gitEnv, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
		},
	);
}

function item(fields: { titel: string; status: string; link: string; body: string }): string {
	return `---
titel: ${fields.titel}
samenvatting: Een plek om te spelen op het plein.
status: ${fields.status}
probleemeigenaar: Gemeente Teststad
thema: basis op orde
buurt: BU99960101
toegevoegd: 2026-03-14
gewijzigd: 2026-09-02
links:
  - titel: Ontwerp
    url: ${fields.link}
volgendeStap:
  wat: Het wijkplatform bespreekt dit punt.
  wanneer: in de volgende vergadering
---
${fields.body}
`;
}

const SCRIPT_SUBJECT = 'Gepland <script>alert(1)</script> na besluit van de raad';

function makeRepository(): void {
	mkdirSync(repo, { recursive: true });
	cpSync(join(FIXTURES, 'minimal'), content, { recursive: true });
	writeFileSync(
		join(content, 'portaal.yaml'),
		`${readFileSync(join(content, 'portaal.yaml'), 'utf8')}webadres: ${WEBADRES}\n`,
	);
	const speeltuin = join(agendaDir, 'speeltuin.md');
	const first = {
		titel: 'Nieuwe speeltuin',
		status: 'idee',
		link: 'https://teststad.example/a',
		body: 'Er komt misschien een speeltuin.',
	};
	writeFileSync(speeltuin, item(first));
	git(repo, ['init', '-q', '-b', 'main']);
	git(repo, ['add', '-A']);
	git(repo, ['commit', '-q', '-m', 'Speeltuin op de wijkagenda gezet'], '2026-03-14T09:00:00+01:00');
	writeFileSync(speeltuin, item({ ...first, status: 'gepland' }));
	git(repo, ['commit', '-q', '-a', '-m', SCRIPT_SUBJECT], '2026-05-01T10:00:00+02:00');
	writeFileSync(speeltuin, item({ ...first, status: 'gepland', link: 'https://teststad.example/b' }));
	git(repo, ['commit', '-q', '-a', '-m', 'Alleen een link vervangen'], '2026-06-10T10:00:00+02:00');
	git(repo, ['mv', 'content/wijken/noord/agenda/speeltuin.md', 'content/wijken/noord/agenda/speelplek.md']);
	const renamed = { ...first, titel: 'Nieuwe speelplek', status: 'gepland', link: 'https://teststad.example/b' };
	writeFileSync(join(agendaDir, 'speelplek.md'), item({ ...renamed, body: 'Er komt een speelplek met bankjes.' }));
	// 23:30 UTC on 2 September is 3 September in the Netherlands.
	git(repo, ['commit', '-q', '-a', '-m', 'Nieuwe naam: speelplek met bankjes'], '2026-09-02T23:30:00+00:00');
}

const build = (contentDir: string, out: string) =>
	runCliAsync('build', ['--content', contentDir, '--out', out, '--zonder-pdf', '--zonder-zoekindex'], {
		env: { WIJKPORTAAL_NU: TEST_BUILD_TIME },
	});

const results: Record<'git' | 'geenGit' | 'ondiep', RunResult | undefined> = {
	git: undefined,
	geenGit: undefined,
	ondiep: undefined,
};
const dist = { git: join(root, 'dist-git'), geenGit: join(root, 'dist-geen-git'), ondiep: join(root, 'dist-ondiep') };

beforeAll(async () => {
	makeRepository();
	// The shallow clone and the copy without Git hold the committed content.
	const clone = join(root, 'ondiep');
	git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
	cpSync(content, join(outside, 'content'), { recursive: true });
	// A change not committed yet, only in the repository itself.
	const speelplek = join(agendaDir, 'speelplek.md');
	writeFileSync(speelplek, readFileSync(speelplek, 'utf8').replace('met bankjes.', 'met bankjes en een boom.'));
	[results.git, results.geenGit, results.ondiep] = await Promise.all([
		build(content, dist.git),
		build(join(outside, 'content'), dist.geenGit),
		build(join(clone, 'content'), dist.ondiep),
	]);
}, 600_000);

const page = (out: string) => readFileSync(join(out, 'wijken', 'noord', 'agenda', 'speelplek', 'index.html'), 'utf8');
/** The text of the "Geschiedenis" section, tags removed, spaces joined. */
function historyText(html: string): string {
	const section = /<section class="agenda-history"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
	return section
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/ ([.:])/g, '$1')
		.trim();
}

describe('agenda history from Git', () => {
	it('builds without a word about Git', () => {
		expect(results.git?.status, results.git?.stderr).toBe(0);
		expect(results.git?.stdout).not.toContain('Git');
	});

	it('shows every change of status and text with its Dutch date and reason, newest first, across the rename', () => {
		const text = historyText(page(dist.git));
		expect(text).toContain('Geschiedenis');
		const lines = [
			NOT_COMMITTED_TEXT,
			'3 september 2026: Titel en beschrijving aangepast. Reden: Nieuwe naam: speelplek met bankjes',
			'1 mei 2026: Status gewijzigd van idee naar gepland. Reden: Gepland &lt;script&gt;alert(1)&lt;/script&gt; na besluit van de raad',
			'14 maart 2026: Toegevoegd aan de wijkagenda, met status idee. Reden: Speeltuin op de wijkagenda gezet',
		];
		let at = 0;
		for (const line of lines) {
			const found = text.indexOf(line, at);
			expect(found, `${line}\n in: ${text}`).toBeGreaterThanOrEqual(at);
			at = found + line.length;
		}
		// A change of links only is no change residents need to read about.
		expect(text).not.toContain('Alleen een link vervangen');
		expect(text).not.toContain('10 juni 2026');
	});

	it('renders a commit subject with HTML as text', () => {
		const html = page(dist.git);
		expect(html).not.toContain('<script>alert(1)');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toMatch(/<time datetime="2026-05-01">1 mei 2026<\/time>/);
	});

	it("lists the events in the wijk's agenda feed, newest first, with links to them on the item page", () => {
		const xml = readFileSync(join(dist.git, 'wijken', 'noord', 'agenda.xml'), 'utf8');
		const channel = (
			new XMLParser({ isArray: (name) => name === 'item' }).parse(xml) as {
				rss: { channel: { item: { title: string; link: string; description: string; pubDate: string }[] } };
			}
		).rss.channel;
		expect(channel.item.map((i) => i.title)).toEqual([
			'Aangepast: Nieuwe speelplek',
			'Status gewijzigd: Nieuwe speelplek (nu: gepland)',
			'Nieuw op de wijkagenda: Nieuwe speelplek',
		]);
		const status = channel.item[1]!;
		expect(status.link).toMatch(
			/^https:\/\/teststad\.example\/wijken\/noord\/agenda\/speelplek\/#wijziging-[0-9a-f]{12}$/,
		);
		expect(page(dist.git)).toContain(`id="${status.link.split('#')[1]}"`);
		// The start of 1 May in the Netherlands, like the dates of the other feeds.
		expect(status.pubDate).toBe('Thu, 30 Apr 2026 22:00:00 GMT');
		// Escaped once for feed readers that show the description as HTML.
		expect(status.description).toContain('Reden: Gepland &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(status.description).toContain('Een plek om te spelen op het plein.');
		expect(xml).not.toContain('<script>');
		expect(readFileSync(join(dist.git, 'wijken', 'noord', 'agenda', 'index.html'), 'utf8')).toContain(
			'href="/wijken/noord/agenda.xml"',
		);
	});
});

describe('agenda history without Git', () => {
	it('builds, and shows the dates in the file with one sentence why', () => {
		expect(results.geenGit?.status, results.geenGit?.stderr).toBe(0);
		expect(results.geenGit?.stdout).not.toContain('Git');
		const text = historyText(page(dist.geenGit));
		expect(text).toContain(FALLBACK_TEXT['geen-git']);
		expect(text).toContain('2 september 2026: Laatst gewijzigd.');
		expect(text).toContain('14 maart 2026: Toegevoegd aan de wijkagenda.');
		expect(text).not.toContain('Reden');
	});

	it('in a shallow clone: the same fallback, and one Dutch line in the build output', () => {
		expect(results.ondiep?.status, results.ondiep?.stderr).toBe(0);
		const lines = results.ondiep!.stdout.split('\n').filter((l) => l.includes('Git'));
		expect(lines).toEqual([SHALLOW_NOTICE]);
		const text = historyText(page(dist.ondiep));
		expect(text).toContain(FALLBACK_TEXT.ondiep);
		expect(text).toContain('14 maart 2026: Toegevoegd aan de wijkagenda.');
		expect(text).not.toContain('Reden');
	});
});
