/**
 * What every refusal must look like: it names the file, is written in Dutch for editors,
 * and carries no stack trace or raw control characters (which would garble or spoof the
 * terminal and CI log where editors read it).
 */
import type { Problem } from '#lib/content/problem.ts';

/** Words of English error messages and programming terms that never belong in a Dutch message. */
const ENGLISH =
	/\b(?:error|undefined|NaN|cannot|can't|invalid|expected|unexpected|exception|failed|must|should|received|required|is not|not found|object Object|TypeError|SyntaxError|RangeError|ReferenceError|Uncaught)\b/i;
const STACK_TRACE = /^\s+at .+[(:]\d+|\bnode:internal\b|file:\/\//m;
// Control characters other than tab and newline, and bidirectional overrides.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** Raw control characters copied from content into a message can rewrite what a terminal or CI log shows. */
export const ECHOES_CONTROL = 'echoes raw control characters';

/** Reasons why a problem report is not fit for an editor (empty when it is). */
export function messageIssues(problem: Problem, payload: string): string[] {
	const issues: string[] = [];
	if (!problem.file || !/(?:^|\/)content\/./.test(problem.file))
		issues.push(`names no content file (${JSON.stringify(problem.file)})`);
	// Quoted content is the editor's own text: only the words around it must be Dutch.
	let words = problem.message;
	for (const part of [payload, ...payload.split(/\s+/)]
		.filter((p) => p.length > 2)
		.sort((a, b) => b.length - a.length)) {
		words = words.split(part).join(' ');
	}
	const english = ENGLISH.exec(words);
	if (english) issues.push(`not Dutch ("${english[0]}")`);
	if (STACK_TRACE.test(words)) issues.push('contains a stack trace');
	if (CONTROL.test(problem.message)) issues.push(ECHOES_CONTROL);
	if (problem.message.trim().length < 20) issues.push('says too little to act on');
	return issues;
}

export const formatIssue = (problem: Problem, issues: string[]) =>
	`${problem.file}${problem.line ? `:${problem.line}` : ''}${problem.field ? ` [${problem.field}]` : ''}: ${issues.join(', ')} — ${JSON.stringify(problem.message.slice(0, 300))}`;
