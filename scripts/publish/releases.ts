/**
 * The release folders of a target: `releases/<UTC time>-<git commit>` (e.g.
 * `20261130T215800Z-3f2a9c1`), which sort by time. `huidig` is a symbolic link to the
 * release the web server shows. Pure functions: which name a new release gets, which
 * release is the previous one, which releases may go.
 */

/** The folder with the releases and the link the web server's root points at. */
export const RELEASES = 'releases';
export const CURRENT = 'huidig';
/** The commit part when the site was not built from a Git working copy. */
export const UNKNOWN_COMMIT = 'onbekend';
/** How many releases stay when --bewaar is not given. */
export const DEFAULT_KEEP = 5;

const NAME = /^\d{8}T\d{6}Z-(?:[0-9a-f]{4,40}|onbekend)(?:-\d+)?$/;

/** A release folder's name; a half-copied one has another name (`.…-deel`) and never counts. */
export const isReleaseName = (name: string) => NAME.test(name);

/** The name of a release made at `now` from `commit` (a short Git hash, or undefined). */
export function releaseName(now: Date, commit: string | undefined): string {
	const stamp = now
		.toISOString()
		.replace(/\.\d+Z$/, 'Z')
		.replace(/[-:]/g, '');
	const sha = commit && /^[0-9a-f]{4,40}$/.test(commit) ? commit : UNKNOWN_COMMIT;
	return `${stamp}-${sha}`;
}

/** A release's place in time: its stamp, then its number within that second (1 without a suffix). */
function order(name: string): [string, number] {
	const suffix = /-(\d+)$/.exec(name.replace(/^\d{8}T\d{6}Z-(?:[0-9a-f]{4,40}|onbekend)/, ''));
	return [name.slice(0, 16), suffix ? Number(suffix[1]) : 1];
}

/**
 * A name for a new release after every release in `existing` made in the same second: `name`, else `name-2`,
 * `name-3`… (never a freed lower number, so the newest release always sorts last).
 */
export function freeName(name: string, existing: readonly string[]): string {
	const [stamp] = order(name);
	const sameSecond = existing.filter((other) => isReleaseName(other) && order(other)[0] === stamp);
	if (sameSecond.length === 0 && !existing.includes(name)) return name;
	const next = Math.max(1, ...sameSecond.map((other) => order(other)[1])) + 1;
	return `${name}-${next}`;
}

/** The release names among a folder's entries, oldest first (by time stamp, then number in that second). */
export function sortedReleases(entries: readonly string[]): string[] {
	return entries.filter(isReleaseName).sort((a, b) => {
		const [stampA, seqA] = order(a);
		const [stampB, seqB] = order(b);
		return stampA < stampB ? -1 : stampA > stampB ? 1 : seqA - seqB;
	});
}

/** The release `huidig` points at: the last part of the link's target, when it is a release. */
export function currentFrom(linkTarget: string | undefined): string | undefined {
	const name = linkTarget?.replace(/\/+$/, '').split('/').pop();
	return name && isReleaseName(name) ? name : undefined;
}

/** The release before `current` (oldest first order); undefined when there is none. */
export function previousRelease(releases: readonly string[], current: string | undefined): string | undefined {
	const sorted = sortedReleases(releases);
	const at = current === undefined ? -1 : sorted.indexOf(current);
	return at > 0 ? sorted[at - 1] : undefined;
}

/**
 * The releases to delete so that `keep` remain: the oldest first, never the current one
 * nor the one before it (the release a rollback goes back to).
 */
export function releasesToRemove(releases: readonly string[], current: string | undefined, keep: number): string[] {
	const sorted = sortedReleases(releases);
	const spared = new Set([current, previousRelease(sorted, current)]);
	const removable = sorted.filter((name) => !spared.has(name));
	const excess = sorted.length - Math.max(keep, 1);
	return excess > 0 ? removable.slice(0, excess) : [];
}

/** A --bewaar value: a whole number of at least 2 (the current release and one to go back to). */
export function parseKeep(value: string | undefined): number | undefined {
	if (value === undefined) return DEFAULT_KEEP;
	return /^\d{1,4}$/.test(value) && Number(value) >= 2 ? Number(value) : undefined;
}
