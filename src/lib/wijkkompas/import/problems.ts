/**
 * Mistakes found while importing, reported to editors in plain Dutch: the file, where in
 * it (a spreadsheet row and column, or a line and field of the mapping file), what is
 * wrong and how to fix it.
 */
import { formatProblem, type Problem } from '#lib/content/problem.ts';

export interface ImportProblem {
	/** Path of the file as the editor typed or sees it. */
	file: string;
	/** Where in the file, e.g. "rij 12, kolom a_inw" or "regel 8, veld jaren.2017". */
	where?: string;
	/** What is wrong and how to fix it. */
	message: string;
}

/** At most this many mistakes are listed; the rest are counted. */
export const MAX_PROBLEMS = 50;

export function formatImportProblem(p: ImportProblem): string {
	return p.where ? `${p.file}, ${p.where}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** A content problem (from loadContent or the value-file check) in the import's terms. */
export function fromContentProblem(p: Problem): ImportProblem {
	const text = formatProblem(p);
	const split = text.indexOf(': ');
	const head = text.slice(0, split);
	const comma = head.indexOf(', ');
	return comma < 0
		? { file: head, message: text.slice(split + 2) }
		: { file: head.slice(0, comma), where: head.slice(comma + 2), message: text.slice(split + 2) };
}

/** "rij 12, kolom a_inw": a row as a spreadsheet program numbers it (the header is row 1). */
export function at(row?: number, column?: string): string | undefined {
	const parts: string[] = [];
	if (row !== undefined) parts.push(`rij ${row}`);
	if (column !== undefined) parts.push(`kolom ${column}`);
	return parts.length ? parts.join(', ') : undefined;
}

/** Collects problems; stops collecting (but keeps counting) after MAX_PROBLEMS. */
export class Problems {
	readonly list: ImportProblem[] = [];
	count = 0;

	add(file: string, where: string | undefined, message: string): void {
		this.count++;
		if (this.list.length < MAX_PROBLEMS) this.list.push({ file, where, message });
	}

	push(...problems: ImportProblem[]): void {
		for (const p of problems) this.add(p.file, p.where, p.message);
	}

	get any(): boolean {
		return this.count > 0;
	}

	/** The problems to show, with a closing "en nog N" line when some were left out. */
	lines(): string[] {
		const lines = this.list.map(formatImportProblem);
		const rest = this.count - this.list.length;
		if (rest > 0)
			lines.push(
				`en nog ${rest} ${rest === 1 ? 'fout' : 'fouten'}. Verbeter eerst deze fouten en probeer het opnieuw.`,
			);
		return lines;
	}
}
