/**
 * "Bedoelt u 'a_inw'?": the name closest to a misspelled column, indicator or area name,
 * by edit distance with swapped neighbours counted as one edit (optimal string alignment:
 * 'a_niw' is one step from 'a_inw'). Case and runs of spaces do not count.
 */

/** Longer words get no suggestion: comparing them with every option would take too long. */
const MAX_CHARS = 200;

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Edits (insert, delete, replace, swap of neighbours) between two texts. */
export function editDistance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push([i]);
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				rows[0]!.push(j);
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			rows[i]!.push(d);
		}
	}
	return rows[a.length]![b.length]!;
}

/**
 * The option closest to `word`, when it is close enough: at most a third of the word's
 * length in edits (at least 1, at most 4). Ties go to the first option.
 */
export function closestName(word: string, options: Iterable<string>): string | undefined {
	const wanted = normal(word);
	if (!wanted || wanted.length > MAX_CHARS) return undefined;
	const limit = Math.min(4, Math.max(1, Math.floor(wanted.length / 3)));
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const option of options) {
		const candidate = normal(option);
		if (Math.abs(candidate.length - wanted.length) > limit || candidate.length > MAX_CHARS) continue;
		const d = editDistance(wanted, candidate);
		if (d < bestDistance) [best, bestDistance] = [option, d];
	}
	return bestDistance <= limit && bestDistance > 0 ? best : undefined;
}
