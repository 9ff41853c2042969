/**
 * Builds the planned portals. A build that stops with Dutch problems (content the check
 * let through but the build refused) is built again without the places it names, so the
 * other payloads still reach the output checks; those refusals are kept, because the check
 * and the build should agree.
 */
import { join } from 'node:path';

import type { Problem } from '#lib/content/problem.ts';
import { problemLines, REPO } from '#tests/support/fixtures.ts';

import { buildPortal, type BuildResult, limited } from './build.ts';
import { type BuildGroup, editsOf } from './build-plan.ts';
import { attribute } from './classify.ts';
import type { Place } from './places.ts';
import { type Located, PortalCopy } from './portal.ts';

export interface Built {
	name: string;
	group?: BuildGroup;
	dist: string;
	result: BuildResult;
	/** Places the build refused although the check accepted them. */
	refusedByBuild: { place: Place; problems: Problem[] }[];
	/** Builds that crashed (no Dutch problems), with the payloads their message quoted; built again without them. */
	crashes: { payloads: string[]; log: string }[];
}

/** "content/x.md, regel 3, veld titel: message" → a Problem. */
export function parseProblemLine(line: string): Problem | undefined {
	const match = /^(.+?)(?:, regel (\d+))?(?:, veld ([^:]+))?: (.*)$/.exec(line);
	if (!match) return undefined;
	return { file: match[1]!, line: match[2] ? Number(match[2]) : undefined, field: match[3], message: match[4]! };
}

export async function buildGroups(
	source: string,
	root: string,
	places: Place[],
	groups: (BuildGroup | undefined)[],
	env: Record<string, string>,
): Promise<Built[]> {
	const tasks = groups.map((group, i) => async (): Promise<Built> => {
		const name = group ? `bouw-${i + 1} (${group.payloads.size} plaatsen)` : 'onveranderd';
		const copy = new PortalCopy(source, join(root, group ? `bouw-${i + 1}` : 'onveranderd'), places);
		const dir = join(copy.contentDir, '..');
		const dist = join(dir, 'dist');
		const refusedByBuild: Built['refusedByBuild'] = [];
		const crashes: Built['crashes'] = [];
		for (let attempt = 0; ; attempt++) {
			const located = group ? copy.apply(editsOf(group)) : new Map<string, Located>();
			// From the project folder, as editors run it: a build started elsewhere cannot find the project's packages.
			const result = await buildPortal(REPO, copy.contentDir, dist, env);
			const done = { name, group, dist, result, refusedByBuild, crashes };
			if (result.status === 0 || !group || attempt === 3) return done;
			const problems = problemLines(result.stderr)
				.map(parseProblemLine)
				.filter((p): p is Problem => !!p);
			if (problems.length) {
				const { about } = attribute(problems, [...group.payloads.keys()], located);
				if (!about.size) return done;
				for (const [place, own] of about) {
					refusedByBuild.push({ place, problems: own });
					group.payloads.delete(place);
				}
				continue;
			}
			// A crash: the payloads its message quotes are taken out, and the rest is built again.
			const quoted = new Set(
				[...group.payloads.values()].flat().filter((p) => p.text.length >= 6 && result.stderr.includes(p.text)),
			);
			if (!quoted.size) return done;
			crashes.push({ payloads: [...quoted].map((p) => p.id), log: result.stderr.slice(0, 1500) });
			for (const [place, payloads] of group.payloads) {
				const rest = payloads.filter((p) => !quoted.has(p));
				if (rest.length) group.payloads.set(place, rest);
				else group.payloads.delete(place);
			}
		}
	});
	return limited(tasks);
}
