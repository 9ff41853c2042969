/**
 * `npm run check [-- --content <map>] [--formaat tekst|github|gitlab] [--uitvoer <bestand>]`:
 * checks all content without building the site. The terminal always shows the Dutch report;
 * `github` adds an annotation per finding (and a job summary), `gitlab` writes a Code Quality
 * report. The exit code is 1 when there are problems (warnings alone: 0), in every format.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

import { loadContent } from '#lib/content/load.ts';
import { quoted } from '#lib/content/quote.ts';
import {
	type CheckFindings,
	githubAnnotations,
	githubSummary,
	gitlabReportText,
	isReportFormat,
	REPORT_FORMATS,
} from '#lib/content/report-formats.ts';

import { CONTENT_OPTION, reportProblems, useContentFolder } from './cli/content.ts';
import { endedConsentText, endedConsentWarnings } from './cli/ended-consent.ts';
import { oldEntriesText, oldEntryWarnings } from './cli/old-entries.ts';
import { oldTranslationsText, oldTranslationWarnings } from './cli/old-translations.ts';
import { type CommandSpec, parseCommandLine, stopWithUsage } from './cli/options.ts';

const GITLAB_REPORT = 'gl-code-quality-report.json';

const COMMAND = {
	usage: 'npm run check -- [--content <map>] [--formaat tekst|github|gitlab] [--uitvoer <bestand>]',
	options: {
		content: CONTENT_OPTION,
		formaat: {
			type: 'string',
			value: '<vorm>',
			description: 'tekst (standaard), github (meldingen bij de regels in GitHub) of gitlab (rapport voor GitLab)',
		},
		uitvoer: {
			type: 'string',
			value: '<bestand>',
			description: `het bestand voor het rapport van --formaat gitlab, bijvoorbeeld ${GITLAB_REPORT}`,
		},
	},
	more: 'Controleert alle inhoud zonder de site te bouwen. Uitleg over elk veld staat in docs/redactie.md.',
} as const satisfies CommandSpec;

const { values } = parseCommandLine(COMMAND);
const format = values.formaat ?? 'tekst';
if (!isReportFormat(format))
	stopWithUsage(
		COMMAND,
		`De vorm ${quoted(format)} bij --formaat bestaat niet. Kies uit: ${REPORT_FORMATS.join(', ')}.`,
	);
if (format === 'gitlab' && !values.uitvoer)
	stopWithUsage(
		COMMAND,
		`Bij --formaat gitlab hoort --uitvoer <bestand>: het bestand voor het rapport, bijvoorbeeld --uitvoer ${GITLAB_REPORT}.`,
	);
if (format !== 'gitlab' && values.uitvoer)
	stopWithUsage(COMMAND, 'De optie --uitvoer hoort alleen bij --formaat gitlab.');

const contentDir = useContentFolder(values.content);
const { problems, fileCount, content } = loadContent(contentDir);
const consent = endedConsentWarnings(content);
const oldEntries = oldEntryWarnings(content);
const oldTranslations = oldTranslationWarnings(content);
const findings: CheckFindings = { problems, warnings: [...consent, ...oldEntries, ...oldTranslations] };

// The Dutch report in the terminal, the same in every format.
for (const line of [
	...endedConsentText(consent),
	...oldEntriesText(oldEntries),
	...oldTranslationsText(oldTranslations),
])
	console.log(line);
if (problems.length) reportProblems(problems);

if (format === 'github') {
	for (const line of githubAnnotations(findings)) console.log(line);
	const summaryFile = process.env.GITHUB_STEP_SUMMARY;
	if (summaryFile) {
		try {
			appendFileSync(summaryFile, `${githubSummary(findings, fileCount)}\n`);
		} catch {
			console.error(`Let op: de samenvatting kon niet worden geschreven naar ${summaryFile}.`);
		}
	}
}
if (format === 'gitlab' && values.uitvoer) {
	const reportFile = resolve(values.uitvoer);
	try {
		mkdirSync(dirname(reportFile), { recursive: true });
		writeFileSync(reportFile, gitlabReportText(findings));
	} catch {
		console.error(
			`Het rapport voor GitLab kon niet worden geschreven naar ${values.uitvoer}. Kies een ander bestand met --uitvoer.`,
		);
		process.exit(1);
	}
	const count = findings.problems.length + findings.warnings.length;
	console.log(
		`Het rapport voor GitLab staat in ${values.uitvoer} (${count === 1 ? '1 melding' : `${count} meldingen`}).`,
	);
}

if (problems.length) process.exit(1);
console.log(
	`De inhoud in ${relative(process.cwd(), contentDir) || '.'} is in orde (${fileCount} bestanden gecontroleerd).`,
);
