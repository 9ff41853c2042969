/**
 * `node scripts/bench/search-index.ts <dist>`: the benchmark's search index step on its own
 * (the build runs it with `--zonder-zoekindex`), so its time is not part of the comparison
 * with the bare Astro build. Run through measure.ts, which measures this Node process; the
 * indexing itself happens in Pagefind's own program, whose peak memory (VmHWM) this script
 * reads from /proc before that program stops. Prints one JSON line (SearchIndexFigures).
 */
import { readdirSync, readFileSync } from 'node:fs';

import { makeSearchIndex } from '#scripts/build/search-index.ts';

export interface SearchIndexFigures {
	pages: number;
	bytes: number;
	seconds: number;
	/** Peak resident memory of Pagefind's program in MB; null where /proc cannot tell. */
	pagefindPeakMB: number | null;
}

/** The prefix of the JSON line this script prints, for the benchmark to find it in the log. */
export const FIGURES_PREFIX = 'zoekindex-cijfers ';

/** Peak resident memory (VmHWM, in MB) of the child processes of this process, the largest; Linux only. */
function childPeakMB(): number | null {
	try {
		let peak: number | null = null;
		for (const task of readdirSync('/proc/self/task')) {
			const children = readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
			for (const pid of children) {
				const kB = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
				if (kB) peak = Math.max(peak ?? 0, Number(kB) / 1024);
			}
		}
		return peak;
	} catch {
		return null;
	}
}

if (import.meta.main) {
	const dir = process.argv[2];
	if (!dir) {
		console.error('Gebruik: node scripts/bench/search-index.ts <map met de gebouwde site>');
		process.exit(2);
	}
	let pagefindPeakMB: number | null = null;
	const result = await makeSearchIndex(dir, { beforeClose: () => (pagefindPeakMB = childPeakMB()) });
	const figures: SearchIndexFigures = { ...result, pagefindPeakMB };
	console.log(`${FIGURES_PREFIX}${JSON.stringify(figures)}`);
}
