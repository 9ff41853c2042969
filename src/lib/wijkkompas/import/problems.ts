/**
 * Mistakes found while importing, reported to editors in plain Dutch as content problems
 * are (#lib/content/problem.ts): the file, where in it (a spreadsheet row and column, or a
 * line and field of the mapping file), what is wrong and how to fix it.
 */
import { formatProblem, type Problem } from '#lib/content/problem.ts';

/** At most this many mistakes are listed; the rest are counted. */
export const MAX_PROBLEMS = 50;

/** Collects problems; stops collecting (but keeps counting) after MAX_PROBLEMS. */
export class Problems {
	readonly list: Problem[] = [];
	count = 0;

	add(...problems: Problem[]): void {
		for (const p of problems) {
			this.count++;
			if (this.list.length < MAX_PROBLEMS) this.list.push(p);
		}
	}

	get any(): boolean {
		return this.count > 0;
	}

	/** The problems to show, with a closing "en nog N" line when some were left out. */
	lines(): string[] {
		const lines = this.list.map(formatProblem);
		const rest = this.count - this.list.length;
		if (rest > 0)
			lines.push(
				`en nog ${rest} ${rest === 1 ? 'fout' : 'fouten'}. Verbeter eerst deze fouten en probeer het opnieuw.`,
			);
		return lines;
	}
}
