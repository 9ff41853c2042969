/**
 * Publishing to a server over SSH, with the same steps as local.ts: rsync copies the build
 * into a half release (files that did not change become hard links to the previous release,
 * `--link-dest`), one SSH command checks it, names it a release and switches `huidig` with
 * `ln -sfn` and `mv -T` (GNU coreutils, as on every Linux server). The commands are argument
 * lists for child_process, never one shell string of this computer; the server's shell does
 * read the SSH command, so every path in it is one that parseTarget allowed, and quoted.
 */
import { spawnSync } from 'node:child_process';

import { checkBuild, REQUIRED_FILES } from './local.ts';
import { PublishProblem } from './problem.ts';
import {
	CURRENT,
	currentFrom,
	freeName,
	previousRelease,
	releaseName,
	RELEASES,
	releasesToRemove,
	sortedReleases,
} from './releases.ts';

export interface RemoteTarget {
	host: string;
	dir: string;
}

/** One command: the program and its arguments. */
export type Command = readonly string[];

/** Never asks for a password: a key (ssh-agent, CI secret) or nothing, instead of a command that waits forever. */
const SSH = ['ssh', '-o', 'BatchMode=yes'];
/** Separates the list of releases from the link in the state command's output. */
export const STATE_MARK = '--- huidig ---';

/** A word for the server's shell, in single quotes. */
export const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

const releasesDir = (target: RemoteTarget) => `${target.dir}/${RELEASES}`;
const partialName = (release: string) => `.${release}-deel`;

/** Makes the releases folder and lists it and the current link. */
export function stateCommand(target: RemoteTarget): Command {
	return [
		...SSH,
		target.host,
		`mkdir -p ${quote(releasesDir(target))} && ls -1 ${quote(releasesDir(target))} && echo ${quote(STATE_MARK)} && { readlink ${quote(`${target.dir}/${CURRENT}`)} || true; }`,
	];
}

/** The releases and the current one, from the output of stateCommand. */
export function parseState(output: string): { releases: string[]; current: string | undefined } {
	const [list = '', link = ''] = output.split(STATE_MARK);
	return {
		releases: sortedReleases(list.split('\n').map((l) => l.trim())),
		current: currentFrom(link.trim() || undefined),
	};
}

export interface RemotePlan {
	/** Copies the build into the half release. */
	upload: Command;
	/** Checks the half release, names it a release and makes it current, in one SSH command. */
	activate: Command;
	/** Removes the half release after a failed upload or check. */
	cleanup: Command;
	/** Removes old releases; undefined when none go. */
	prune: Command | undefined;
}

/** The commands that publish `build` (a folder with `files` files) as release `release`. */
export function publishCommands(options: {
	target: RemoteTarget;
	build: string;
	release: string;
	files: number;
	releases: readonly string[];
	current: string | undefined;
	keep: number;
}): RemotePlan {
	const { target, build, release, files, current } = options;
	const dir = releasesDir(target);
	const partial = `${dir}/${partialName(release)}`;
	const upload = [
		'rsync',
		'--archive',
		'--delete',
		'--rsh=ssh -o BatchMode=yes',
		...(current ? [`--link-dest=${dir}/${current}`] : []),
		`${build.replace(/\/+$/, '')}/`,
		`${target.host}:${partial}/`,
	];
	const checks = [
		...REQUIRED_FILES.map((file) => `test -f ${quote(`${partial}/${file}`)}`),
		`test "$(find ${quote(partial)} -type f | wc -l)" -eq ${Number(files)}`,
	];
	const temporaryLink = `${target.dir}/.${CURRENT}-nieuw`;
	const activate = [
		...SSH,
		target.host,
		[
			...checks,
			`mv -T ${quote(partial)} ${quote(`${dir}/${release}`)}`,
			`ln -sfn ${quote(`${RELEASES}/${release}`)} ${quote(temporaryLink)}`,
			`mv -T ${quote(temporaryLink)} ${quote(`${target.dir}/${CURRENT}`)}`,
		].join(' && '),
	];
	const cleanup = [...SSH, target.host, `rm -rf -- ${quote(partial)}`];
	const gone = releasesToRemove([...options.releases, release], release, options.keep);
	const prune = gone.length
		? [...SSH, target.host, `rm -rf -- ${gone.map((r) => quote(`${dir}/${r}`)).join(' ')}`]
		: undefined;
	return { upload, activate, cleanup, prune };
}

/** Switches `huidig` on the server to `release`, in one step. */
export function switchCommand(target: RemoteTarget, release: string): Command {
	const temporaryLink = `${target.dir}/.${CURRENT}-nieuw`;
	return [
		...SSH,
		target.host,
		`test -d ${quote(`${releasesDir(target)}/${release}`)} && ln -sfn ${quote(`${RELEASES}/${release}`)} ${quote(temporaryLink)} && mv -T ${quote(temporaryLink)} ${quote(`${target.dir}/${CURRENT}`)}`,
	];
}

/** Runs one command without a shell; its output, or a PublishProblem that says what failed. */
export function run(command: Command, what: string, capture = false): string {
	const [program = '', ...args] = command;
	const result = spawnSync(program, args, {
		encoding: 'utf8',
		stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
	});
	if (result.error) {
		const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new PublishProblem(
			missing
				? `Het programma ${program} is niet gevonden. Installeer ${program} op deze computer om naar een server te publiceren.`
				: `${what} is niet gelukt: ${result.error.message}.`,
		);
	}
	if (result.status !== 0)
		throw new PublishProblem(
			`${what} is niet gelukt (${program} stopte met code ${result.status}). Controleer of u met ssh kunt inloggen en in de map mag schrijven.`,
		);
	return result.stdout ?? '';
}

/** The releases on the server and the one that is online. */
export function remoteState(target: RemoteTarget): { releases: string[]; current: string | undefined } {
	return parseState(run(stateCommand(target), `De server ${target.host} bereiken`, true));
}

/** Publishes over SSH as a new release named after `now` and `commit`; the same result as publishLocal. */
export function publishRemote(options: {
	target: RemoteTarget;
	build: string;
	shownBuild: string;
	keep: number;
	now?: Date;
	commit?: string;
}): { release: string; files: number; removed: string[] } {
	const files = checkBuild(options.build, options.shownBuild);
	const { releases, current } = remoteState(options.target);
	const release = freeName(releaseName(options.now ?? new Date(), options.commit), releases);
	const plan = publishCommands({ ...options, release, files, releases, current });
	try {
		run(plan.upload, 'Het kopiëren met rsync');
		run(plan.activate, 'Het controleren en online zetten van de nieuwe versie');
	} catch (error) {
		try {
			run(plan.cleanup, 'Het weghalen van de halve kopie');
		} catch {
			// the first problem is the one to report
		}
		throw new PublishProblem(`${(error as Error).message} De site die online staat, is niet veranderd.`);
	}
	if (plan.prune) run(plan.prune, 'Het weghalen van oude versies');
	return { release, files, removed: releasesToRemove([...releases, release], release, options.keep) };
}

/** Switches `huidig` on the server back to the release before the current one. */
export function rollbackRemote(target: RemoteTarget): { from: string; to: string } {
	const { releases, current } = remoteState(target);
	const shown = `${target.host}:${target.dir}`;
	if (!current)
		throw new PublishProblem(
			`Op ${shown} staat nog geen versie online. Publiceer eerst met npm run publiceer -- ${shown}.`,
		);
	const previous = previousRelease(releases, current);
	if (!previous)
		throw new PublishProblem(
			`Er is geen eerdere versie om naar terug te gaan: op ${shown}/${RELEASES} staat vóór ${current} geen andere versie.`,
		);
	run(switchCommand(target, previous), 'Het terugzetten van de vorige versie');
	return { from: current, to: previous };
}
