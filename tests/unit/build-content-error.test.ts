/**
 * The build finds a ContentError in whatever Astro threw (wrapped, or a copy of the class from
 * a bundled page) and keeps Astro's own English log lines about it out of the output.
 */
import { describe, expect, it } from 'vitest';

import { ContentError, type Problem } from '#lib/content/problem.ts';
import { isLeftOut } from '#scripts/build/astro-log.ts';
import { findContentProblems } from '#scripts/build/content-error.ts';

const problems: Problem[] = [
	{ file: 'content/wijken/noord/wijk.md', line: 3, field: 'naam', message: 'deze naam kan niet.' },
];

describe('findContentProblems', () => {
	it('finds a ContentError itself', () => {
		expect(findContentProblems(new ContentError(problems))).toEqual(problems);
	});

	it('finds it in a chain of causes', () => {
		const wrapped = new Error('Vite', { cause: new Error('Astro', { cause: new ContentError(problems) }) });
		expect(findContentProblems(wrapped)).toEqual(problems);
	});

	it('finds it among the errors of an AggregateError', () => {
		expect(findContentProblems(new AggregateError([new Error('other'), new ContentError(problems)]))).toEqual(problems);
	});

	it('finds a copy of the class by its name', () => {
		class ContentError extends Error {
			problems = problems;
			override name = 'ContentError';
		}
		expect(findContentProblems(new Error('x', { cause: new ContentError() }))).toEqual(problems);
	});

	it('finds nothing in other errors, or without problems', () => {
		const cyclic = new Error('a') as Error & { cause?: unknown };
		cyclic.cause = cyclic;
		const named = Object.assign(new Error('x'), { name: 'ContentError' });
		for (const error of [
			new Error('x'),
			cyclic,
			named,
			Object.assign(new Error('y'), { name: 'ContentError', problems: [{ line: 1 }] }),
			'text',
			null,
		]) {
			expect(findContentProblems(error)).toBeUndefined();
		}
	});
});

describe("Astro's error lines about a ContentError (scripts/build/astro-log.ts)", () => {
	it('are left out, and nothing else', () => {
		const error = (message: string) => ({ level: 'error' as const, label: 'build', message });
		expect(isLeftOut(error('ContentError: content/x.md: fout\n    at Module.GET (file:///x.mjs:6:8)'))).toBe(true);
		expect(isLeftOut(error('Caught error rendering /kapot: ContentError: fout'))).toBe(true);
		expect(isLeftOut(error('TypeError: x is undefined'))).toBe(false);
		expect(isLeftOut({ level: 'info', label: 'build', message: '- content/x.md: ContentError is een woord' })).toBe(
			false,
		);
	});
});
