/**
 * Finds a ContentError (src/lib/content/problem.ts) in what the Astro build threw. Astro and
 * Vite may wrap it in their own error (look through `cause` and `errors`), and the page that
 * threw it may have its own copy of the class, so the name counts as well as the class.
 */
import { ContentError, type Problem } from '#lib/content/problem.ts';

export function findContentProblems(error: unknown): Problem[] | undefined {
	const queue: unknown[] = [error];
	const seen = new Set<unknown>();
	while (queue.length) {
		const e = queue.shift();
		if (typeof e !== 'object' || e === null || seen.has(e)) continue;
		seen.add(e);
		const candidate = e as { name?: unknown; problems?: unknown; cause?: unknown; errors?: unknown };
		if ((e instanceof ContentError || candidate.name === 'ContentError') && isProblemList(candidate.problems))
			return candidate.problems;
		queue.push(candidate.cause);
		if (Array.isArray(candidate.errors)) queue.push(...(candidate.errors as unknown[]));
	}
	return undefined;
}

function isProblemList(value: unknown): value is Problem[] {
	return (
		Array.isArray(value) &&
		value.length > 0 &&
		value.every((p: unknown) => {
			const problem = p as { file?: unknown; message?: unknown } | null;
			return (
				typeof problem === 'object' &&
				problem !== null &&
				typeof problem.file === 'string' &&
				typeof problem.message === 'string'
			);
		})
	);
}
