/**
 * Which places accept a payload, checked in-process with `loadContent` (the check that
 * `npm run check` and the build run). Checking every place on its own would cost one full
 * check each; instead the payload goes into all places at once, each problem is traced to
 * the place it names (file and field, or file and line), those places count as refused,
 * and the rest is checked again, until a check passes. Problems that name no place split
 * the set in halves. A place counts as accepted only in a run without any problem, so
 * checks that run only on otherwise clean content (values, geometry) have had their say.
 */
import { loadContent } from '#lib/content/load.ts';
import type { Problem } from '#lib/content/problem.ts';

import { formatIssue, messageIssues } from './messages.ts';
import type { Payload } from './payloads.ts';
import type { Place } from './places.ts';
import type { Located, PortalCopy } from './portal.ts';

export type Mode = 'replace' | 'append';
export const MODES: Mode[] = ['replace', 'append'];

export interface Verdict {
	accepted: boolean;
	problems: Problem[];
}

export interface Classification {
	verdicts: Map<string, Verdict>;
	/** Refusals that are not fit for an editor, and checks that crashed. */
	issues: string[];
	runs: number;
}

/** `append` keeps the place's own text in front of the payloads; `replace` puts only the payloads there. */
export function modesFor(place: Place): Mode[] {
	return typeof place.original === 'string' ? MODES : ['replace'];
}

/** The value a place gets for one or more payload texts. */
export function valueFor(place: Place, texts: string[], mode: Mode): string {
	if (place.body) {
		const payloads = texts.join('\n\n');
		return mode === 'replace' ? `${payloads}\n` : `${String(place.original).trimEnd()}\n\n${payloads}\n`;
	}
	const payloads = texts.join(' ');
	return mode === 'replace' ? payloads : `${String(place.original)} ${payloads}`;
}

/** Whether a problem names this file: shown from the content folder's parent or from the working directory. */
export const namesFile = (problem: Problem, place: Place) =>
	problem.file === `content/${place.file}` || problem.file.endsWith(`/content/${place.file}`);

const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** Whether a problem is about this place. */
export function isAbout(problem: Problem, place: Place, where: Located | undefined): boolean {
	if (!namesFile(problem, place)) return false;
	if (place.body)
		return (
			!problem.field && problem.line !== undefined && where?.bodyLine !== undefined && problem.line >= where.bodyLine
		);
	if (problem.field && place.field) {
		if (related(problem.field, place.field)) return true;
		// Value files name row fields without the row ("gebied"); the geometry check names a geometry as "objects.wijken.2".
		return (
			place.format === 'json' &&
			(place.field.endsWith(`.${problem.field}`) || related(problem.field, place.field.replace('.geometries.', '.')))
		);
	}
	return !problem.field && problem.line !== undefined && problem.line === where?.line;
}

/**
 * Traces problems to places. A problem about exactly one place refuses it; one that may be
 * about several places (`unclear`), or about none (`loose`), is sorted out in smaller runs.
 */
export function attribute(problems: Problem[], set: Place[], located: Map<string, Located>) {
	const about = new Map<Place, Problem[]>();
	const unclear = new Set<Place>();
	const loose: Problem[] = [];
	for (const problem of problems) {
		let hits = set.filter((place) => isAbout(problem, place, located.get(place.id)));
		// A problem without a field of its own may be about any place in its file.
		if (!hits.length && !problem.field) hits = set.filter((place) => namesFile(problem, place));
		// A follow-up elsewhere ("'Wonen' is geen thema uit de lijst") quotes the value the place had before.
		if (!hits.length)
			hits = set.filter(
				(place) =>
					typeof place.original === 'string' &&
					place.original.length > 2 &&
					problem.message.includes(`'${place.original}'`),
			);
		if (hits.length === 1) about.set(hits[0]!, [...(about.get(hits[0]!) ?? []), problem]);
		else {
			loose.push(problem);
			for (const place of hits) unclear.add(place);
		}
	}
	return { about, unclear, loose };
}

/** Problems a refusal must not have, as readable lines. */
function reportIssues(problems: Problem[], place: Place | undefined, payload: Payload): string[] {
	return problems.flatMap((p) => {
		const issues = messageIssues(p, payload.text);
		if (place?.body && p.line === undefined) issues.push('names no line in the text');
		if (place && !place.body && p.line === undefined && !p.field) issues.push('names neither line nor field');
		return issues.length ? [formatIssue(p, issues)] : [];
	});
}

/** Checks one payload in one mode against all places that support the mode. */
export function classify(copy: PortalCopy, places: Place[], payload: Payload, mode: Mode): Classification {
	const verdicts = new Map<string, Verdict>();
	const issues: string[] = [];
	let runs = 0;
	const refuse = (place: Place, problems: Problem[]) => {
		verdicts.set(place.id, { accepted: false, problems });
		issues.push(...reportIssues(problems, place, payload).map((i) => `${place.id}: ${i}`));
	};
	const queue: Place[][] = [places.filter((p) => modesFor(p).includes(mode))];
	while (queue.length) {
		const set = queue.pop()!;
		if (!set.length) continue;
		const located = copy.apply(set.map((place) => ({ place, value: valueFor(place, [payload.text], mode) })));
		runs++;
		let problems: Problem[];
		try {
			problems = loadContent(copy.contentDir).problems;
		} catch (error) {
			if (set.length > 1) {
				queue.push(set.slice(0, set.length / 2), set.slice(set.length / 2));
				continue;
			}
			verdicts.set(set[0]!.id, { accepted: false, problems: [] });
			issues.push(
				`${set[0]!.id}: the check crashed instead of reporting a problem: ${String((error as Error).stack ?? error)
					.split('\n')
					.slice(0, 3)
					.join(' | ')}`,
			);
			continue;
		}
		if (!problems.length) {
			for (const place of set) verdicts.set(place.id, { accepted: true, problems: [] });
			continue;
		}
		const { about, unclear, loose } = attribute(problems, set, located);
		if (about.size) {
			for (const [place, own] of about) refuse(place, own);
			queue.push(set.filter((place) => !about.has(place)));
		} else if (set.length === 1) {
			refuse(set[0]!, loose);
		} else if (unclear.size) {
			// Half of the places a problem may be about stay with the rest; the other half is checked apart.
			const candidates = [...unclear];
			const apart = new Set(candidates.slice(Math.ceil(candidates.length / 2)));
			queue.push(
				set.filter((place) => !apart.has(place)),
				[...apart],
			);
		} else {
			queue.push(set.slice(0, set.length / 2), set.slice(set.length / 2));
		}
		// Loose problems are reported for their wording even when they only follow from a refused place.
		issues.push(...reportIssues(loose, undefined, payload).map((i) => `(follow-up problem): ${i}`));
	}
	copy.restore();
	return { verdicts, issues: [...new Set(issues)], runs };
}
