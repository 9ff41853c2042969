/** Shared command-line handling for scripts: the content folder option and plain-Dutch reporting. */
import { resolve } from 'node:path';

import { CONTENT_ENV, contentDir } from '#lib/content/content-dir.ts';
import { formatProblem, type Problem } from '#lib/content/problem.ts';

import type { OptionSpec } from './options.ts';

/** `--content <map>`: the content folder of a command that reads a portal. */
export const CONTENT_OPTION = {
	type: 'string',
	value: '<map>',
	description: `de contentmap van het portaal (standaard: ${CONTENT_ENV} of anders content)`,
} as const satisfies OptionSpec;

/** The content folder chosen with `--content`, else the default; also passed on to Astro and the loaders. */
export function useContentFolder(option: string | undefined): string {
	if (option) process.env[CONTENT_ENV] = resolve(option);
	return contentDir();
}

export function reportProblems(problems: Problem[]): void {
	const count = problems.length === 1 ? '1 probleem' : `${problems.length} problemen`;
	console.error(`De inhoud bevat ${count}:\n`);
	for (const p of problems) console.error(`- ${formatProblem(p)}`);
	console.error('\nVerbeter deze punten en probeer het opnieuw. Uitleg over elk veld staat in docs/redactie.md.');
}
