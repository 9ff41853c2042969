/**
 * Which pages to open in the browser: for every place whose payloads a page shows (its
 * marker word), one page of each kind that shows it (all agenda items of all wijken are one
 * kind, "/wijken/<naam>/agenda/<naam>/"; tests/support/page-kind.ts). The same
 * value on another page of the same kind goes through the same template.
 */
import { pageKind } from '#tests/support/page-kind.ts';

import { MARKER_PATTERN } from './build-plan.ts';

export function coverPages(pageTexts: Map<string, string>): string[] {
	const needs = new Map<string, Set<string>>();
	for (const [url, text] of pageTexts) {
		const kind = pageKind(url);
		needs.set(url, new Set([...new Set(text.match(MARKER_PATTERN) ?? [])].map((m) => `${m} ${kind}`)));
	}
	const covered = new Set<string>();
	const chosen: string[] = [];
	for (;;) {
		let best: string | undefined;
		let gain = 0;
		for (const [url, pairs] of needs) {
			let n = 0;
			for (const pair of pairs) if (!covered.has(pair)) n++;
			if (n > gain) [best, gain] = [url, n];
		}
		if (!best) return chosen;
		chosen.push(best);
		for (const pair of needs.get(best)!) covered.add(pair);
		needs.delete(best);
	}
}
