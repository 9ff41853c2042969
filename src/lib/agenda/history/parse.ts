/**
 * Reading the output of one `git log -z --raw` over the agenda files of the content folder,
 * and following one file back through its versions (renames included). Pure functions: the
 * Git process itself is in git.ts.
 */

/** Starts every commit in the log; the format of LOG_FORMAT. */
export const RECORD_SEPARATOR = '\x1e';

/** `git log --format` for parseGitLog: hash, author date (ISO 8601 with offset), subject. */
export const LOG_FORMAT = '%x1e%H%x00%aI%x00%s';

/** One changed file in a commit. Paths are relative to the top of the repository. */
export interface FileChange {
	/** A (added), M (modified), R (renamed), D (deleted); other letters are kept but not followed. */
	status: string;
	/** The blob after the change (all zeros for a deleted file). */
	blob: string;
	/** The path after the change. */
	path: string;
	/** For a rename: the path before. */
	from?: string;
}

export interface Commit {
	hash: string;
	/** Author date, ISO 8601 with offset. */
	date: string;
	/** The first line of the commit message, as written. */
	subject: string;
	changes: FileChange[];
}

const HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const RAW = /^:\d{6} \d{6} [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/;

/**
 * The commits of `git log -z --format=<LOG_FORMAT> --raw --no-abbrev`, newest first.
 * A commit that does not read as expected is skipped, never thrown on.
 */
export function parseGitLog(output: string): Commit[] {
	const commits: Commit[] = [];
	for (const record of output.split(RECORD_SEPARATOR)) {
		if (!record) continue;
		const fields = record.split('\0');
		const [hash = '', date = '', subject = ''] = fields;
		if (!HASH.test(hash) || Number.isNaN(Date.parse(date))) continue;
		const changes: FileChange[] = [];
		for (let i = 3; i < fields.length; i++) {
			const raw = RAW.exec(fields[i]!.trim());
			if (!raw) continue;
			const [, blob = '', status = ''] = raw;
			const two = status === 'R' || status === 'C';
			const first = fields[i + 1];
			const second = two ? fields[i + 2] : undefined;
			if (first === undefined || (two && second === undefined)) break;
			changes.push(two ? { status, blob, path: second!, from: first } : { status, blob, path: first });
			i += two ? 2 : 1;
		}
		commits.push({ hash, date, subject, changes });
	}
	return commits;
}

/** One committed version of a file: the blob and the commit that made it. */
export interface FileVersion {
	hash: string;
	date: string;
	subject: string;
	blob: string;
	/** The path the file had in this version. */
	path: string;
}

/** Where each path changes: path → the commits (their index in the log) and changes, newest first. */
export type ChangeIndex = Map<string, { at: number; change: FileChange }[]>;

/** Indexes a log (newest first) by path, so that following many files stays fast. */
export function indexChanges(commits: readonly Commit[]): ChangeIndex {
	const index: ChangeIndex = new Map();
	commits.forEach((commit, at) => {
		for (const change of commit.changes) {
			const list = index.get(change.path);
			if (list) list.push({ at, change });
			else index.set(change.path, [{ at, change }]);
		}
	});
	return index;
}

/**
 * The committed versions of the file now at `path`, oldest first: walks the log from the
 * newest commit back, following renames to the older name, and stops at the commit that
 * added the file. `commits` newest first (as parseGitLog returns them); `index` from
 * indexChanges(commits), when many files are followed.
 */
export function versionsOf(commits: readonly Commit[], path: string, index = indexChanges(commits)): FileVersion[] {
	const versions: FileVersion[] = [];
	let current = path;
	let after = -1;
	for (;;) {
		const next = index.get(current)?.find((entry) => entry.at > after);
		if (!next) break;
		const { at, change } = next;
		if (change.status === 'D') break; // deleted before it came back: the file now is a new one
		const { hash, date, subject } = commits[at]!;
		versions.push({ hash, date, subject, blob: change.blob, path: current });
		if (change.status === 'A') break;
		if (change.status === 'R' && change.from) current = change.from;
		after = at;
	}
	return versions.reverse();
}
