/**
 * The findings of `npm run check` in the formats of the forges: GitHub Actions workflow
 * commands (annotations on the changed line of a pull request), a Markdown job summary, and
 * a GitLab Code Quality report (shown in a merge request). Pure functions: the same Dutch
 * problems and warnings as the terminal shows, no printing. scripts/check.ts wires them.
 *
 * GitHub: "Workflow commands for GitHub Actions" (`::error file=…,line=…,title=…::message`).
 * GitLab: "Code Quality", "Implement a custom tool" (a JSON array of issues).
 */
import { createHash } from 'node:crypto';

import { type Problem, problemPlace } from './problem.ts';
import { visible } from './quote.ts';

/** The values of `npm run check -- --formaat`; `tekst` is the terminal output. */
export const REPORT_FORMATS = ['tekst', 'github', 'gitlab'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
	return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Something the editors should look at that does not stop the check (an old entry, an ended consent). */
export interface CheckWarning extends Problem {
	/** A short Dutch heading, e.g. "Lang niet gecontroleerd". */
	title: string;
}

/** What one run of the check found: problems stop it (exit code 1), warnings do not. */
export interface CheckFindings {
	problems: readonly Problem[];
	warnings: readonly CheckWarning[];
}

// --- GitHub Actions -------------------------------------------------------------------

/** The message of a workflow command: `%`, CR and LF escaped, as GitHub documents. */
export function escapeData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property of a workflow command (file, title): also `:` and `,` escaped. */
export function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * A path as the forges want it: relative to the repository root (the check runs there, and
 * the problems' paths are relative to the working directory), always with `/`, without `./`.
 */
export function forgePath(file: string): string {
	return visible(file.replaceAll('\\', '/').replace(/^(?:\.\/)+/, ''));
}

/**
 * A text for a forge: invisible characters shown as codes, as in the terminal (formatProblem),
 * except line breaks, which the forges show as line breaks (GitHub after escaping).
 */
function forgeText(text: string): string {
	return text
		.split(/(\r\n|\r|\n)/)
		.map((part, i) => (i % 2 ? part : visible(part)))
		.join('');
}

/**
 * Where in the file, beyond its name and line: "veld status", "rij 3, kolom naam". The
 * annotation sits on the file and line already; this part goes into the message.
 */
export function placeInFile(p: Problem): string {
	const place = problemPlace({ file: '', item: p.item, column: p.column, field: p.field });
	// problemPlace starts with the (here empty) file name and ", " before each further part.
	return place.slice(2);
}

/** The message as a forge shows it beside the line: "veld status: 'klaar' is geen geldige status. …". */
export function forgeMessage(p: Problem): string {
	const place = placeInFile(p);
	return forgeText(place ? `${place}: ${p.message}` : p.message);
}

function problemTitle(p: Problem): string {
	return p.field ? `Fout in de inhoud, veld ${p.field}` : 'Fout in de inhoud';
}

function warningTitle(w: CheckWarning): string {
	return w.field ? `${w.title}, veld ${w.field}` : w.title;
}

/** One workflow command; without a line GitHub annotates the whole file. */
export function workflowCommand(command: 'error' | 'warning', p: Problem, title: string): string {
	const properties = [
		`file=${escapeProperty(forgePath(p.file))}`,
		...(p.line !== undefined && p.line >= 1 ? [`line=${p.line}`] : []),
		`title=${escapeProperty(forgeText(title))}`,
	];
	return `::${command} ${properties.join(',')}::${escapeData(forgeMessage(p))}`;
}

/** Every finding as a GitHub Actions annotation: `::error` for problems, `::warning` for warnings. */
export function githubAnnotations(findings: CheckFindings): string[] {
	return [
		...findings.problems.map((p) => workflowCommand('error', p, problemTitle(p))),
		...findings.warnings.map((w) => workflowCommand('warning', w, warningTitle(w))),
	];
}

/** Markdown special characters escaped, so a message reads as plain text in the job summary. */
function markdownText(text: string): string {
	return forgeText(text)
		.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
		.replace(/\r\n|\r|\n/g, ' ');
}

function countText(n: number, one: string, many: string): string {
	return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** A short Dutch summary for the job's page ($GITHUB_STEP_SUMMARY): the counts and every finding. */
export function githubSummary(findings: CheckFindings, fileCount: number): string {
	const { problems, warnings } = findings;
	const line = (p: Problem) => {
		const where = problemPlace({ file: forgePath(p.file), line: p.line });
		const place = placeInFile(p);
		return `- ${markdownText(where)}${place ? `, ${markdownText(place)}` : ''}: ${markdownText(p.message)}`;
	};
	const parts = ['## Controle van de inhoud', ''];
	if (problems.length) {
		parts.push(
			`De inhoud bevat **${countText(problems.length, 'probleem', 'problemen')}**. De site wordt pas gepubliceerd als deze punten verbeterd zijn.`,
			'',
			...problems.map(line),
			'',
		);
	} else {
		parts.push(`De inhoud is in orde (${countText(fileCount, 'bestand', 'bestanden')} gecontroleerd).`, '');
	}
	if (warnings.length) {
		parts.push(
			`${countText(warnings.length, 'punt', 'punten')} om na te kijken (geen fout, de controle slaagt wel):`,
			'',
			...warnings.map(line),
			'',
		);
	}
	return parts.join('\n');
}

// --- GitLab Code Quality ---------------------------------------------------------------

/** GitLab's severities; the check uses 'major' for problems and 'minor' for warnings. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** One issue of a GitLab Code Quality report, with the fields GitLab requires. */
export interface CodeQualityIssue {
	description: string;
	check_name: string;
	fingerprint: string;
	severity: CodeQualitySeverity;
	location: { path: string; lines: { begin: number } };
}

/** A SHA-256 (hex) of where and what: the same finding gives the same fingerprint in every run. */
export function fingerprint(p: Problem, severity: CodeQualitySeverity): string {
	const key = JSON.stringify([
		severity,
		forgePath(p.file),
		p.line ?? null,
		p.item ?? null,
		p.column ?? null,
		p.field ?? null,
		p.message,
	]);
	return createHash('sha256').update(key).digest('hex');
}

function codeQualityIssue(p: Problem, severity: CodeQualitySeverity): CodeQualityIssue {
	return {
		description: forgeMessage(p),
		check_name: p.field ? forgeText(p.field) : 'inhoud',
		fingerprint: fingerprint(p, severity),
		severity,
		location: {
			path: forgePath(p.file),
			// GitLab needs a line; a problem of the whole file is shown on its first line.
			lines: { begin: p.line !== undefined && p.line >= 1 ? Math.floor(p.line) : 1 },
		},
	};
}

/** The findings as a GitLab Code Quality report (a JSON array; an empty one when all is well). */
export function gitlabCodeQuality(findings: CheckFindings): CodeQualityIssue[] {
	const issues = [
		...findings.problems.map((p) => codeQualityIssue(p, 'major')),
		...findings.warnings.map((w) => codeQualityIssue(w, 'minor')),
	];
	// Fingerprints must be unique: the same finding twice gets a number after the second.
	const seen = new Map<string, number>();
	return issues.map((issue) => {
		const count = seen.get(issue.fingerprint) ?? 0;
		seen.set(issue.fingerprint, count + 1);
		if (!count) return issue;
		const unique = createHash('sha256')
			.update(`${issue.fingerprint}#${count + 1}`)
			.digest('hex');
		return { ...issue, fingerprint: unique };
	});
}

/** The report as the file GitLab reads. */
export function gitlabReportText(findings: CheckFindings): string {
	return `${JSON.stringify(gitlabCodeQuality(findings), null, 2)}\n`;
}
