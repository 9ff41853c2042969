/**
 * Publishing to a folder on this computer (or a mounted share): each build is copied into a
 * release folder of its own, checked, and only then made current by switching the link
 * `huidig` in one step (a new link is made beside it and renamed over the old one). A copy
 * that fails removes its half release; the site that is online stays as it was.
 */
import {
	accessSync,
	constants,
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readlinkSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync,
} from 'node:fs';
import { cp } from 'node:fs/promises';
import { dirname, join } from 'node:path';

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

/** The files a published site cannot be without. */
export const REQUIRED_FILES = ['index.html', '404.html'];

/** How many files a folder holds, at any depth. */
export function countFiles(dir: string): number {
	let count = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) count++;
	return count;
}

/** Checks that `dir` holds a built site; its number of files. `shown` is how the folder is named in messages. */
export function checkBuild(dir: string, shown: string): number {
	if (!existsSync(dir) || !statSync(dir).isDirectory())
		throw new PublishProblem(`Er is geen gebouwde site in ${shown}. Bouw de site eerst met npm run build.`);
	const missing = REQUIRED_FILES.filter((file) => !existsSync(join(dir, file)));
	if (missing.length)
		throw new PublishProblem(
			`De gebouwde site in ${shown} is niet compleet: ${missing.join(' en ')} ontbreekt. Bouw de site opnieuw met npm run build en publiceer daarna.`,
		);
	return countFiles(dir);
}

/** The releases of a target folder and the one that is online. */
export function localState(target: string): { releases: string[]; current: string | undefined } {
	const releasesDir = join(target, RELEASES);
	const releases = existsSync(releasesDir) ? sortedReleases(readdirSync(releasesDir)) : [];
	let link: string | undefined;
	try {
		link = readlinkSync(join(target, CURRENT));
	} catch {
		link = undefined;
	}
	return { releases, current: currentFrom(link) };
}

/** Explains a file system error in a few Dutch words. */
function reason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'ENOSPC') return 'de schijf is vol';
	if (code === 'EACCES' || code === 'EPERM') return 'u hebt geen toestemming om daar te schrijven';
	if (code === 'EROFS') return 'de schijf is alleen-lezen';
	if (code === 'ENOTDIR') return 'daar staat een bestand waar een map hoort';
	if (code === 'ERR_FS_CP_FIFO_PIPE' || code === 'ERR_FS_CP_SOCKET' || code === 'ERR_FS_CP_UNKNOWN')
		return 'de gebouwde site bevat iets wat geen gewoon bestand is';
	if (code === 'ENOENT') return 'die map bestaat niet en kan daar ook niet worden gemaakt';
	return code ?? (error instanceof Error ? error.message : String(error));
}

/** `huidig` must be a link (or not exist yet): a real folder there would be replaced by nobody. */
function checkCurrentIsLink(target: string): void {
	const link = join(target, CURRENT);
	let stats;
	try {
		stats = lstatSync(link);
	} catch {
		return;
	}
	if (!stats.isSymbolicLink())
		throw new PublishProblem(
			`${link} is een gewone map of een bestand, geen koppeling. Verplaats het eerst naar een andere plek; daarna maakt npm run publiceer hier de koppeling naar de nieuwste versie.`,
		);
}

/**
 * mkdir -p, one folder at a time: Node's own recursive mkdir keeps retrying in a place where
 * no folder can be made (such as /proc) instead of failing.
 */
function makeFolders(dir: string): void {
	const missing: string[] = [];
	for (let at = dir; !existsSync(at); at = dirname(at)) {
		missing.unshift(at);
		if (dirname(at) === at) break;
	}
	for (const folder of missing) mkdirSync(folder);
}

/** Makes the target's folders and checks that this user may write there. */
function prepareTarget(target: string): void {
	try {
		makeFolders(join(target, RELEASES));
		accessSync(target, constants.W_OK);
		accessSync(join(target, RELEASES), constants.W_OK);
	} catch (error) {
		throw new PublishProblem(
			`In de map ${target} kan de site niet worden gezet: ${reason(error)}. Kies een map waarin u mag schrijven, of vraag de beheerder van de server om toestemming.`,
		);
	}
	checkCurrentIsLink(target);
}

/** Points `huidig` at `release` in one step: a new link beside it, renamed over the old one. */
export function switchCurrent(target: string, release: string): void {
	const temporary = join(target, `.${CURRENT}-${process.pid}-${Date.now()}`);
	rmSync(temporary, { force: true });
	symlinkSync(join(RELEASES, release), temporary);
	try {
		renameSync(temporary, join(target, CURRENT));
	} catch (error) {
		rmSync(temporary, { force: true });
		throw new PublishProblem(`De koppeling ${join(target, CURRENT)} kon niet worden omgezet: ${reason(error)}.`);
	}
}

export interface PublishOptions {
	/** The built site (dist/). */
	build: string;
	/** How the built site is named in messages. */
	shownBuild: string;
	/** The target folder. */
	target: string;
	/** How many releases stay. */
	keep: number;
	/** The time in the release's name; now by default. */
	now?: Date;
	/** The short Git hash of the build; undefined: 'onbekend'. */
	commit?: string;
}

export interface PublishResult {
	release: string;
	files: number;
	removed: string[];
}

/** Publishes a built site into a new release of `target` and makes it current. */
export async function publishLocal(options: PublishOptions): Promise<PublishResult> {
	const { build, target, keep } = options;
	const files = checkBuild(build, options.shownBuild);
	prepareTarget(target);
	const releasesDir = join(target, RELEASES);
	const release = freeName(releaseName(options.now ?? new Date(), options.commit), readdirSync(releasesDir));
	// Copied under a name that is no release, so a copy that is cut off never counts as one.
	const partial = join(releasesDir, `.${release}-deel`);
	try {
		await cp(build, partial, { recursive: true, errorOnExist: true, force: false, preserveTimestamps: true });
		const missing = REQUIRED_FILES.filter((file) => !existsSync(join(partial, file)));
		const copied = countFiles(partial);
		if (missing.length || copied !== files)
			throw new PublishProblem(
				`De kopie in ${partial} is niet compleet (${copied} van de ${files} bestanden${missing.length ? `, ${missing.join(' en ')} ontbreekt` : ''}).`,
			);
		renameSync(partial, join(releasesDir, release));
	} catch (error) {
		rmSync(partial, { recursive: true, force: true });
		const why = error instanceof PublishProblem ? error.message : `Het kopiëren is mislukt: ${reason(error)}.`;
		throw new PublishProblem(`${why} De halve kopie is weggehaald; de site die online staat, is niet veranderd.`);
	}
	switchCurrent(target, release);
	const removed = releasesToRemove(readdirSync(releasesDir), release, keep);
	for (const old of removed) rmSync(join(releasesDir, old), { recursive: true, force: true });
	return { release, files, removed };
}

/** Switches `huidig` back to the release before the current one. */
export function rollbackLocal(target: string): { from: string; to: string } {
	checkCurrentIsLink(target);
	const { releases, current } = localState(target);
	if (!current)
		throw new PublishProblem(
			`In ${target} staat nog geen versie online. Publiceer eerst met npm run publiceer -- ${target}.`,
		);
	const previous = previousRelease(releases, current);
	if (!previous)
		throw new PublishProblem(
			`Er is geen eerdere versie om naar terug te gaan: in ${join(target, RELEASES)} staat vóór ${current} geen andere versie.`,
		);
	switchCurrent(target, previous);
	return { from: current, to: previous };
}
