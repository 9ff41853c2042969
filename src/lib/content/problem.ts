import { visible } from './quote.ts';

/**
 * A mistake in a file, reported to editors in plain Dutch: in content, in a mapping file
 * ("koppeling") or in a file to import.
 */
export interface Problem {
	/** Path of the file as the editor sees it, e.g. "content/wijken/noord/wijk.md". */
	file: string;
	/** 1-based line in the file, where the mistake has one. */
	line?: number;
	/**
	 * A row of a table (the header is row 1), a record of a JSON list or an object of a
	 * GeoJSON file, with the code of its area where that is known: "object 12 (WK034401)".
	 */
	item?: ProblemItem;
	/** A column of a table, as its header names it (or its number). */
	column?: string;
	/** The field, e.g. "status" or "buurten.2.code" (list positions count from 1). */
	field?: string;
	/** What is wrong and how to fix it. */
	message: string;
}

export interface ProblemItem {
	word: 'rij' | 'record' | 'object';
	number: number;
	code?: string;
}

/** Where in a file a problem is: everything of a Problem but its file and message. */
export type Place = Omit<Problem, 'file' | 'message'>;

export type FieldPath = readonly (string | number)[];

/** "buurten.2.code": list positions shown from 1, as editors count. */
export function fieldName(path: FieldPath): string {
	return path.map((p) => (typeof p === 'number' ? String(p + 1) : p)).join('.');
}

/** A problem whose texts show invisible characters (typed into content) as visible codes. */
export const visibleProblem = (p: Problem): Problem => ({
	...p,
	file: visible(p.file),
	field: p.field && visible(p.field),
	message: visible(p.message),
	...(p.column !== undefined && { column: visible(p.column) }),
});

/** "content/wijken/noord/wijk.md, regel 3, veld status": a file and the place in it. */
export function problemPlace(p: Omit<Problem, 'message'>): string {
	const where = [p.file];
	if (p.line !== undefined) where.push(`regel ${p.line}`);
	if (p.item) where.push(`${p.item.word} ${p.item.number}${p.item.code ? ` (${p.item.code})` : ''}`);
	if (p.column !== undefined) where.push(`kolom ${p.column}`);
	if (p.field) where.push(`veld ${p.field}`);
	return where.join(', ');
}

/** A problem as one line of text, as editors see it in the terminal. */
export function formatProblem(p: Problem): string {
	return visible(`${problemPlace(p)}: ${p.message}`);
}

export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
	);
}

/** The 1-based line of a character position in a text. */
export function lineAt(text: string, position: number): number {
	let line = 1;
	for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

/**
 * Thrown when content mistakes are found while the site is being built (after `npm run
 * check` already passed, e.g. by a rule that needs the rendered page). The build prints
 * `problems` in Dutch, without a stack trace.
 */
export class ContentError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}
