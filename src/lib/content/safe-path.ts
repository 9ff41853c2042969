/**
 * Content is data: the portal reads and publishes only ordinary files and folders that
 * really lie inside the content folder. Every reader of a content path goes through here:
 * no symbolic links (on the file or on any folder above it), no hard links (a second name
 * for a file that may lie anywhere on the machine), no devices, FIFOs or sockets, no
 * hidden names (starting with '.'), and nothing that resolves outside the folder. Checks
 * use lstat, never stat, so a link is seen as a link and never followed.
 *
 * The content folder itself may be reached through links: the operator chooses it
 * (`--content`, WIJKPORTAAL_CONTENT); everything below it comes from editors.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import { ContentError } from './problem.ts';

/** Why an entry may not be read. */
export type EntryProblem = 'link' | 'hardlink' | 'special';

/** Why a path may not be read: an entry problem, a hidden name, or where the path leads. */
export type PathProblem = EntryProblem | 'hidden' | 'outside' | 'missing' | 'folder' | 'file';

export interface UnsafePath {
	reason: PathProblem;
	/** The entry that is wrong: the path itself, or a folder above it. */
	path: string;
	/** True when `path` is the checked path itself, false for a folder above it. */
	isTarget: boolean;
}

/** What is wrong with one entry, judged by its lstat alone; undefined for an ordinary file or folder. */
export function entryProblem(stats: Stats): EntryProblem | undefined {
	if (stats.isSymbolicLink()) return 'link';
	if (stats.isDirectory()) return undefined;
	if (!stats.isFile()) return 'special';
	// A file with more than one name may be a second name for a file outside the content
	// folder (e.g. /etc/passwd); there is no way to tell, so every hard link is refused.
	if (stats.nlink > 1) return 'hardlink';
	return undefined;
}

/**
 * Checks `path` (absolute, or relative to the working directory) below the content folder
 * `root`: every folder from `root` down to it, and the entry itself, which must be a file
 * (or a folder when `expect` says so). Undefined when it is safe to read.
 */
export function checkContentPath(
	root: string,
	path: string,
	expect: 'file' | 'folder' = 'file',
): UnsafePath | undefined {
	const base = resolve(root);
	const target = resolve(path);
	const rel = relative(base, target);
	if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
		return { reason: 'outside', path: target, isTarget: true };
	const parts = rel === '' ? [] : rel.split(sep);
	let current = base;
	for (let i = 0; i < parts.length; i++) {
		current = join(current, parts[i]!);
		const isTarget = i === parts.length - 1;
		// Hidden files and folders are never published (discover.ts reports them).
		if (parts[i]!.startsWith('.')) return { reason: 'hidden', path: current, isTarget };
		let stats: Stats;
		try {
			stats = lstatSync(current);
		} catch {
			return { reason: 'missing', path: current, isTarget };
		}
		const problem = entryProblem(stats);
		if (problem) return { reason: problem, path: current, isTarget };
		if (!isTarget && !stats.isDirectory()) return { reason: 'missing', path: target, isTarget: true };
		if (isTarget && expect === 'file' && stats.isDirectory()) return { reason: 'folder', path: current, isTarget };
		if (isTarget && expect === 'folder' && !stats.isDirectory()) return { reason: 'file', path: current, isTarget };
	}
	// Defence in depth: whatever the checks above missed, the real path stays inside.
	try {
		const realBase = realpathSync.native(base);
		const real = realpathSync.native(target);
		if (real !== realBase && !real.startsWith(realBase.endsWith(sep) ? realBase : realBase + sep)) {
			return { reason: 'outside', path: target, isTarget: true };
		}
	} catch {
		return { reason: 'missing', path: target, isTarget: true };
	}
	return undefined;
}

const KEEP_OUT = 'De site leest en publiceert alleen gewone bestanden en mappen die echt in de contentmap staan.';

/**
 * The Dutch message for an unsafe path named in a field, e.g. "het bestand 'logo.svg' is
 * een snelkoppeling …". `shown` is how the offending entry is named to the editor.
 */
export function unsafePathMessage(unsafe: UnsafePath, shown: string): string {
	const what = unsafe.isTarget ? `het bestand '${shown}'` : `de map '${shown}'`;
	switch (unsafe.reason) {
		case 'link':
			return `${what} is een snelkoppeling (symbolische link). ${KEEP_OUT} Zet ${unsafe.isTarget ? 'het echte bestand' : 'de echte map'} op deze plek, of haal de snelkoppeling weg.`;
		case 'hardlink':
			return `${what} is een harde koppeling (hard link): dezelfde inhoud heeft nog een andere naam, mogelijk buiten de contentmap. ${KEEP_OUT} Sla het op als een gewone kopie (een nieuw bestand met dezelfde inhoud).`;
		case 'special':
			return `${what} is geen gewoon bestand, maar een apparaat, pijp (FIFO) of socket. ${KEEP_OUT} Haal het weg en zet er een gewoon bestand neer.`;
		case 'hidden':
			return `${what} is verborgen: de naam begint met een punt. Verborgen bestanden en mappen worden niet gepubliceerd. Geef ${unsafe.isTarget ? 'het bestand' : 'de map'} een naam zonder punt aan het begin.`;
		case 'outside':
			return `'${shown}' ligt buiten de contentmap. ${KEEP_OUT} Zet het bestand in de contentmap en schrijf de naam zonder / of .. vooraan.`;
		case 'missing':
			return `het bestand '${shown}' bestaat niet. Zet het bestand op die plek, of verbeter de naam.`;
		case 'folder':
			return `'${shown}' is een map, geen bestand. Schrijf de naam van een bestand in die map.`;
		case 'file':
			return `'${shown}' is een bestand, geen map. Verbeter de naam.`;
	}
}

/** The Dutch message for an entry found in the content folder; the problem names the entry itself. */
export function unsafeEntryMessage(problem: EntryProblem): string {
	switch (problem) {
		case 'link':
			return `dit is een snelkoppeling (symbolische link). ${KEEP_OUT} Zet het echte bestand of de echte map op deze plek, of haal de snelkoppeling weg.`;
		case 'hardlink':
			return `dit bestand is een harde koppeling (hard link): dezelfde inhoud heeft nog een andere naam, mogelijk buiten de contentmap. ${KEEP_OUT} Sla het op als een gewone kopie (een nieuw bestand met dezelfde inhoud).`;
		case 'special':
			return `dit is geen gewoon bestand, maar een apparaat, pijp (FIFO) of socket. ${KEEP_OUT} Haal het weg.`;
	}
}

// Open without following a link in the last step and without waiting on a FIFO.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * How paths in a content folder are shown to editors, with '/': relative to the working
 * directory when the folder is inside it, else from the folder's parent ("content/…").
 */
export function contentPathShower(contentDir: string, cwd = process.cwd()): (path: string) => string {
	const base = relative(cwd, contentDir).startsWith('..') ? dirname(resolve(contentDir)) : cwd;
	return (path) => relative(base, path).split(sep).join('/') || '.';
}

/**
 * Reads a content file for publishing, after checking it again: for routes that copy
 * content into the site. Anything unsafe stops the build with a ContentError; nothing
 * outside the content folder is ever read.
 */
export function readContentFile(root: string, path: string, shown = contentPathShower(root)): Buffer<ArrayBuffer> {
	const target = resolve(path);
	const fail = (unsafe: UnsafePath): never => {
		throw new ContentError([{ file: shown(target), message: unsafePathMessage(unsafe, shown(unsafe.path)) }]);
	};
	const unsafe = checkContentPath(root, target);
	if (unsafe) fail(unsafe);
	let fd: number;
	try {
		fd = openSync(target, OPEN_FLAGS);
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'link' : 'missing';
		return fail({ reason, path: target, isTarget: true });
	}
	try {
		// The same checks on what was opened, in case the file changed after the check above.
		const stats = fstatSync(fd);
		const problem = stats.isDirectory() ? 'folder' : entryProblem(stats);
		if (problem) fail({ reason: problem, path: target, isTarget: true });
		const buffer = Buffer.alloc(stats.size);
		let read = 0;
		while (read < buffer.length) {
			const n = readSync(fd, buffer, read, buffer.length - read, read);
			if (n === 0) break;
			read += n;
		}
		return read === buffer.length ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, read);
	} finally {
		closeSync(fd);
	}
}
