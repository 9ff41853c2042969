/**
 * Translations that are older than their original: the original changed after the translation was
 * last saved, so the translation may say something the original no longer says. "Older" compares the
 * time of the last Git commit of both files (`git log -1 --format=%cI -- <file>`); when either file
 * has no commit (outside Git, or not committed yet) the files' modification times are compared.
 * Git runs without a shell, with fixed arguments, a time limit and no programs of the repository
 * (no hooks, no fsmonitor); any failure counts as "no commit".
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';

const GIT_TIMEOUT_MS = 20_000;

function gitEnv(): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
	return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}

/** The time of the last commit that changed the file, or undefined (no Git, not committed, any failure). */
export function lastCommitTime(path: string): Date | undefined {
	try {
		const out = execFileSync(
			'git',
			[
				'-C',
				dirname(path),
				'-c',
				'core.fsmonitor=false',
				'-c',
				'core.hooksPath=/dev/null',
				'-c',
				'log.showSignature=false',
				'log',
				'-1',
				'--format=%cI',
				'--',
				basename(path),
			],
			{ env: gitEnv(), encoding: 'utf8', timeout: GIT_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'ignore'] },
		).trim();
		const time = out ? new Date(out) : undefined;
		return time && !Number.isNaN(time.getTime()) ? time : undefined;
	} catch {
		return undefined;
	}
}

function modifiedTime(path: string): Date | undefined {
	try {
		return statSync(path).mtime;
	} catch {
		return undefined;
	}
}

export interface TranslationAge {
	/** When the original and the translation last changed. */
	original: Date;
	translation: Date;
	/** Where the times come from: the Git history, or the files' modification times. */
	source: 'git' | 'bestand';
}

/** The times of an original and its translation when the translation is older; undefined when it is not. */
export function outdatedTranslation(originalPath: string, translationPath: string): TranslationAge | undefined {
	const committed = [lastCommitTime(originalPath), lastCommitTime(translationPath)] as const;
	const [original, translation] =
		committed[0] && committed[1] ? committed : [modifiedTime(originalPath), modifiedTime(translationPath)];
	if (!original || !translation || translation.getTime() >= original.getTime()) return undefined;
	return { original, translation, source: committed[0] && committed[1] ? 'git' : 'bestand' };
}

const dayFormat = new Intl.DateTimeFormat('nl-NL', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/Amsterdam',
});

/** The Dutch message of an outdated translation: both files, both days, and what to do. */
export function outdatedMessage(originalShown: string, age: TranslationAge): string {
	const day = (d: Date) => dayFormat.format(d);
	const when =
		day(age.original) === day(age.translation)
			? `op ${day(age.original)} later veranderd dan de vertaling`
			: `veranderd op ${day(age.original)}, de vertaling op ${day(age.translation)}`;
	return `deze vertaling is ouder dan het origineel ${originalShown}: het origineel is ${when}. Kijk wat er in het origineel is veranderd en pas de vertaling daarop aan. Klopt de vertaling nog, sla haar dan opnieuw op; dan verdwijnt deze melding.`;
}
