/**
 * The findings of `npm run check` in the formats of the forges: GitHub workflow commands
 * escaped exactly as GitHub documents them, a job summary, and a GitLab Code Quality report
 * that holds every field GitLab requires. Also the terminal text of the two kinds of
 * warnings, which must stay as it always was.
 */
import { describe, expect, it } from 'vitest';

import type { Problem } from '#lib/content/problem.ts';
import {
	type CheckFindings,
	type CheckWarning,
	escapeData,
	escapeProperty,
	fingerprint,
	forgeMessage,
	forgePath,
	githubAnnotations,
	githubSummary,
	gitlabCodeQuality,
	gitlabReportText,
	isReportFormat,
	REPORT_FORMATS,
} from '#lib/content/report-formats.ts';
import { endedConsentText } from '#scripts/cli/ended-consent.ts';
import { oldEntriesText } from '#scripts/cli/old-entries.ts';
import { codeQualityReport } from '#tests/support/code-quality.ts';

const STATUS: Problem = {
	file: 'content/wijken/noord/agenda/speeltuin.md',
	line: 3,
	field: 'status',
	message: "'klaar' is geen geldige status. Kies uit: idee, gepland, in uitvoering, gerealiseerd, geschrapt.",
};
const EMPTY: Problem = {
	file: 'content/wijken/noord/agenda/leeg.md',
	message: 'het bestand is leeg. Vul het in volgens het voorbeeld in docs/redactie.md, of haal het bestand weg.',
};
const OLD: CheckWarning = {
	file: 'content/wijken/noord/sociale-kaart/oude-club.md',
	line: 8,
	field: 'gecontroleerd',
	title: 'Lang niet gecontroleerd',
	message: 'Oude Club is voor het laatst gecontroleerd op 19 november 2025, meer dan 12 maanden geleden.',
};
const ENDED: CheckWarning = {
	file: 'content/verhalen/oude-markt.md',
	line: 9,
	field: 'toestemming.tot',
	title: 'Toestemming verlopen',
	message: 'het verhaal "De oude markt" staat niet meer op de site, omdat de toestemming liep tot 2026-01-31.',
};
const FINDINGS: CheckFindings = { problems: [STATUS, EMPTY], warnings: [OLD, ENDED] };

describe('the formats', () => {
	it('are tekst, github and gitlab', () => {
		expect(REPORT_FORMATS).toEqual(['tekst', 'github', 'gitlab']);
		expect(isReportFormat('github')).toBe(true);
		expect(isReportFormat('GitHub')).toBe(false);
		expect(isReportFormat('xml')).toBe(false);
	});
});

describe('GitHub workflow commands', () => {
	it('escape a message as documented: %, CR and LF, nothing else', () => {
		expect(escapeData('100% klaar: ja, echt\r\nnieuwe regel')).toBe('100%25 klaar: ja, echt%0D%0Anieuwe regel');
		// % first, so an escape already in the text is not read as one.
		expect(escapeData('%0A')).toBe('%250A');
	});

	it('escape a property as documented: also : and ,', () => {
		expect(escapeProperty('a%b:c,d\re\nf')).toBe('a%25b%3Ac%2Cd%0De%0Af');
	});

	it('give one ::error per problem with file, line and title, and the message with its field', () => {
		expect(githubAnnotations({ problems: [STATUS], warnings: [] })).toEqual([
			"::error file=content/wijken/noord/agenda/speeltuin.md,line=3,title=Fout in de inhoud%2C veld status::veld status: 'klaar' is geen geldige status. Kies uit: idee, gepland, in uitvoering, gerealiseerd, geschrapt.",
		]);
	});

	it('leave line out when a problem has no line, so GitHub annotates the file', () => {
		const [line] = githubAnnotations({ problems: [EMPTY], warnings: [] });
		expect(line).toBe(
			'::error file=content/wijken/noord/agenda/leeg.md,title=Fout in de inhoud::het bestand is leeg. Vul het in volgens het voorbeeld in docs/redactie.md, of haal het bestand weg.',
		);
		expect(line).not.toContain('line=');
	});

	it('escape a message with %, :, , and a newline, and a path with a comma', () => {
		const tricky: Problem = {
			file: 'content/wijken/noord/agenda/a,b.md',
			line: 2,
			field: 'titel',
			message: '50% korting: nu, of nooit\nTweede regel',
		};
		expect(githubAnnotations({ problems: [tricky], warnings: [] })).toEqual([
			'::error file=content/wijken/noord/agenda/a%2Cb.md,line=2,title=Fout in de inhoud%2C veld titel::veld titel: 50%25 korting: nu, of nooit%0ATweede regel',
		]);
	});

	it('make every line one command, whatever the message holds', () => {
		const evil: Problem = { file: 'content/x.md', message: 'a\n::error file=y::b\r\n::set-env name=X::1' };
		const lines = githubAnnotations({ problems: [evil], warnings: [] });
		expect(lines).toHaveLength(1);
		expect(lines[0]).not.toMatch(/[\r\n]/);
		// A command is only read at the start of a line: the injected ones follow an escaped line break.
		expect(lines[0]).toBe(
			'::error file=content/x.md,title=Fout in de inhoud::a%0A::error file=y::b%0D%0A::set-env name=X::1',
		);
	});

	it('show invisible characters as codes, as the terminal does', () => {
		const bidi: Problem = { file: 'content/x\u202e.md', field: 'naam', message: 'tekst\u202emet\u0000teken' };
		const [line] = githubAnnotations({ problems: [bidi], warnings: [] });
		expect(line).toBe(
			'::error file=content/x\\u202E.md,title=Fout in de inhoud%2C veld naam::veld naam: tekst\\u202Emet\\u0000teken',
		);
	});

	it('give a ::warning for each warning, after the errors', () => {
		const lines = githubAnnotations(FINDINGS);
		expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::error', '::warning', '::warning']);
		expect(lines[2]).toBe(
			'::warning file=content/wijken/noord/sociale-kaart/oude-club.md,line=8,title=Lang niet gecontroleerd%2C veld gecontroleerd::veld gecontroleerd: Oude Club is voor het laatst gecontroleerd op 19 november 2025, meer dan 12 maanden geleden.',
		);
		expect(lines[3]).toContain('title=Toestemming verlopen%2C veld toestemming.tot::');
	});

	it('use paths with /, relative to the repository root', () => {
		expect(forgePath('content\\wijken\\noord\\wijk.md')).toBe('content/wijken/noord/wijk.md');
		expect(forgePath('./content/portaal.yaml')).toBe('content/portaal.yaml');
		const [line] = githubAnnotations({
			problems: [{ ...STATUS, file: 'content\\wijken\\noord\\wijk.md' }],
			warnings: [],
		});
		expect(line).toMatch(/^::error file=content\/wijken\/noord\/wijk\.md,line=3,/);
	});

	it('put the row, column and field of an imported file into the message', () => {
		const row: Problem = {
			file: 'data/buurten.csv',
			line: 4,
			item: { word: 'rij', number: 4, code: 'BU03440101' },
			column: 'naam',
			message: 'de naam ontbreekt.',
		};
		expect(forgeMessage(row)).toBe('rij 4 (BU03440101), kolom naam: de naam ontbreekt.');
		expect(forgeMessage(EMPTY)).toBe(EMPTY.message);
	});
});

describe('the GitHub job summary', () => {
	it('counts the problems and lists every finding in Dutch', () => {
		const summary = githubSummary(FINDINGS, 12);
		expect(summary).toContain('De inhoud bevat **2 problemen**.');
		expect(summary).toContain('2 punten om na te kijken');
		expect(summary).toContain(
			"- content/wijken/noord/agenda/speeltuin.md, regel 3, veld status: 'klaar' is geen geldige status.",
		);
		expect(summary).toContain('- content/wijken/noord/agenda/leeg.md: het bestand is leeg.');
		expect(summary.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(4);
	});

	it('says the content is in order when there are no problems', () => {
		const summary = githubSummary({ problems: [], warnings: [] }, 1);
		expect(summary).toContain('De inhoud is in orde (1 bestand gecontroleerd).');
		expect(summary).not.toContain('- ');
	});

	it('shows markup in a message as text', () => {
		const summary = githubSummary(
			{ problems: [{ file: 'content/x.md', message: '<img src=x> *vet* [link](y)' }], warnings: [] },
			1,
		);
		expect(summary).toContain('\\<img src=x\\> \\*vet\\* \\[link\\](y)');
	});
});

describe('the GitLab Code Quality report', () => {
	it('holds every field GitLab requires', () => {
		const report = gitlabCodeQuality(FINDINGS);
		expect(report).toHaveLength(4);
		expect(codeQualityReport.safeParse(report).success).toBe(true);
		expect(codeQualityReport.safeParse(JSON.parse(gitlabReportText(FINDINGS))).success).toBe(true);
	});

	it('describes a problem with its field, names the check after the field, and places it on its line', () => {
		const report = gitlabCodeQuality({ problems: [STATUS], warnings: [] });
		expect(report).toHaveLength(1);
		const { fingerprint: print, ...rest } = report[0]!;
		expect(print).toMatch(/^[0-9a-f]{64}$/);
		expect(rest).toEqual({
			description:
				"veld status: 'klaar' is geen geldige status. Kies uit: idee, gepland, in uitvoering, gerealiseerd, geschrapt.",
			check_name: 'status',
			severity: 'major',
			location: { path: 'content/wijken/noord/agenda/speeltuin.md', lines: { begin: 3 } },
		});
	});

	it('puts a problem without a line on line 1, as check "inhoud"', () => {
		const [issue] = gitlabCodeQuality({ problems: [EMPTY], warnings: [] });
		expect(issue!.location.lines.begin).toBe(1);
		expect(issue!.check_name).toBe('inhoud');
		expect(issue!.description).toBe(EMPTY.message);
	});

	it("gives problems severity 'major' and warnings 'minor'", () => {
		expect(gitlabCodeQuality(FINDINGS).map((i) => i.severity)).toEqual(['major', 'major', 'minor', 'minor']);
	});

	it('has stable fingerprints: the same finding gives the same fingerprint in another run', () => {
		const first = gitlabCodeQuality(FINDINGS).map((i) => i.fingerprint);
		const again = gitlabCodeQuality(structuredClone(FINDINGS)).map((i) => i.fingerprint);
		expect(again).toEqual(first);
		expect(fingerprint(STATUS, 'major')).toBe(first[0]);
	});

	it('has unique fingerprints: another line, field, message or file gives another one', () => {
		const variants: Problem[] = [
			STATUS,
			{ ...STATUS, line: 4 },
			{ ...STATUS, field: 'titel' },
			{ ...STATUS, message: 'iets anders.' },
			{ ...STATUS, file: 'content/wijken/zuid/agenda/speeltuin.md' },
			{ ...STATUS, line: undefined },
		];
		const prints = gitlabCodeQuality({ problems: variants, warnings: [] }).map((i) => i.fingerprint);
		expect(new Set(prints).size).toBe(variants.length);
	});

	it('keeps fingerprints unique when the same finding is reported twice', () => {
		const report = gitlabCodeQuality({ problems: [STATUS, STATUS, STATUS], warnings: [] });
		expect(new Set(report.map((i) => i.fingerprint)).size).toBe(3);
		expect(codeQualityReport.safeParse(report).success).toBe(true);
	});

	it('is an empty list when all is well', () => {
		expect(gitlabReportText({ problems: [], warnings: [] })).toBe('[]\n');
	});

	it('is refused by the schema when a required field is missing or wrong', () => {
		const [issue] = gitlabCodeQuality({ problems: [STATUS], warnings: [] });
		const { fingerprint: _left, ...withoutFingerprint } = issue!;
		expect(codeQualityReport.safeParse([withoutFingerprint]).success).toBe(false);
		expect(codeQualityReport.safeParse([{ ...issue, severity: 'error' }]).success).toBe(false);
		expect(codeQualityReport.safeParse([{ ...issue, location: { path: 'x.md', lines: { begin: 0 } } }]).success).toBe(
			false,
		);
	});
});

describe('the warnings in the terminal', () => {
	it('of old entries read as they always did', () => {
		expect(oldEntriesText([])).toEqual([]);
		expect(oldEntriesText([OLD])).toEqual([
			'Let op, 1 organisatie op de sociale kaart is lang niet gecontroleerd:',
			`- content/wijken/noord/sociale-kaart/oude-club.md, regel 8, veld gecontroleerd: ${OLD.message}`,
		]);
		expect(oldEntriesText([OLD, OLD])[0]).toBe(
			'Let op, 2 organisaties op de sociale kaart zijn lang niet gecontroleerd:',
		);
	});

	it('of ended consent read as they always did: the file, without line or field', () => {
		expect(endedConsentText([])).toEqual([]);
		expect(endedConsentText([ENDED])).toEqual([
			'Let op, 1 verhaal is overgeslagen:',
			`- content/verhalen/oude-markt.md: ${ENDED.message}`,
		]);
		expect(endedConsentText([ENDED, ENDED])[0]).toBe('Let op, 2 verhalen zijn overgeslagen:');
	});
});
