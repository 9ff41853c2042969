/**
 * The examples in docs/initiatieven-en-verhalen.md are what editors copy: each one must pass
 * its schema exactly as written.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { budgetSchema } from '#schemas/budget.ts';
import { initiatiefSchema } from '#schemas/initiatief.ts';
import { verbanden } from '#schemas/verbanden.ts';
import { verhaalSchema } from '#schemas/verhaal.ts';

const doc = readFileSync('docs/initiatieven-en-verhalen.md', 'utf8');
const blocks = [...doc.matchAll(/```(markdown|yaml)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2]! }));
const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('examples in the editors guide', () => {
	it('has an initiative, a story, a budget and a verbanden block', () => {
		expect(blocks.filter((b) => b.lang === 'markdown')).toHaveLength(2);
		expect(blocks.filter((b) => b.lang === 'yaml').length).toBeGreaterThanOrEqual(3);
	});

	it('the initiative example passes its schema', () => {
		expect(
			issuesOf(initiatiefSchema.safeParse(frontMatter(blocks.find((b) => b.text.includes('stap:'))!.text))),
		).toEqual([]);
	});

	it('the story example passes its schema', () => {
		expect(
			issuesOf(verhaalSchema.safeParse(frontMatter(blocks.find((b) => b.text.includes('toestemming:'))!.text))),
		).toEqual([]);
	});

	it('the budget and verbanden examples pass their schemas', () => {
		expect(issuesOf(budgetSchema.safeParse(parse(blocks.find((b) => b.text.startsWith('jaren:'))!.text)))).toEqual([]);
		const chain = parse(blocks.find((b) => b.text.startsWith('verbanden:'))!.text) as { verbanden: unknown };
		expect(issuesOf(verbanden().safeParse(chain.verbanden))).toEqual([]);
	});
});
