/** Shared command-line handling for scripts: options and plain-Dutch reporting. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { CONTENT_ENV, contentDir } from '#lib/content/content-dir.ts';
import { formatProblem, type Problem } from '#lib/content/problem.ts';

export interface CliOptions {
	contentDir: string;
	outDir?: string;
}

export function readOptions(argv = process.argv.slice(2)): CliOptions {
	const { values } = parseArgs({
		args: argv,
		options: { content: { type: 'string' }, out: { type: 'string' } },
		allowPositionals: false,
	});
	if (values.content) process.env[CONTENT_ENV] = resolve(values.content);
	return { contentDir: contentDir(), outDir: values.out };
}

export function reportProblems(problems: Problem[]): void {
	const count = problems.length === 1 ? '1 probleem' : `${problems.length} problemen`;
	console.error(`De inhoud bevat ${count}:\n`);
	for (const p of problems) console.error(`- ${formatProblem(p)}`);
	console.error('\nVerbeter deze punten en probeer het opnieuw. Uitleg over elk veld staat in docs/redactie.md.');
}
