/**
 * Secondary (complementary) suppression of additive counts. A small count that is hidden
 * (primary suppression) can often be computed back from published figures: the gemeente
 * total minus its other wijken, a wijk minus its other buurten, an own area minus the buurten
 * it shares with a wijk. This module hides as few extra cells as it can so that no hidden
 * cell follows from the published ones by any linear combination of the additive relations.
 *
 * Pure: it knows nothing of areas or indicators; cells are opaque keys.
 */

/** parent = the sum of children (a gemeente and its wijken, a wijk and its buurten, an own area and its buurten). */
export interface Relation {
	parent: string;
	children: readonly string[];
}

export interface SuppressionProblem {
	/**
	 * The value of every cell that would be published. A cell that occurs in a relation but not
	 * here is unknown to readers (no figure, or a figure withheld for another reason).
	 */
	published: ReadonlyMap<string, number>;
	/** Cells hidden by primary suppression (small counts); they are not in `published`. */
	primary: ReadonlySet<string>;
	relations: readonly Relation[];
}

/** Cells hidden by secondary suppression, each with the index of the relation it protects. */
export type SecondaryCells = Map<string, number>;

/**
 * The least informative cells to hide besides the primary ones, deterministically.
 *
 * 1. While a relation has exactly one cell readers cannot see and that cell is protected
 *    (primary or already secondary), hide one more published cell of that relation: the
 *    smallest positive child (ties by key), then a child with 0, then the parent. A positive
 *    cell is preferred over a 0: hiding a 0 next to a small count tells readers the sum of
 *    the two, which is the small count itself. The parent comes last because hiding a total
 *    makes the relation above it need protection too.
 * 2. Check exactly which hidden cells still follow from the published ones (linear algebra
 *    over all relations together; own areas can make cycles that step 1 does not see). For
 *    such a cell, hide the published cell of its relations that makes it safe, or the least
 *    informative one, and repeat.
 */
export function secondarySuppression(problem: SuppressionProblem): SecondaryCells {
	const { published, primary, relations } = problem;
	const secondary: SecondaryCells = new Map();
	if (primary.size === 0) return secondary;
	const hidden = (cell: string) => !published.has(cell) || secondary.has(cell);
	const isProtected = (cell: string) => primary.has(cell) || secondary.has(cell);

	const relationsOf = new Map<string, number[]>();
	relations.forEach((r, i) => {
		for (const cell of [r.parent, ...r.children]) {
			const list = relationsOf.get(cell);
			if (list) list.push(i);
			else relationsOf.set(cell, [i]);
		}
	});

	const hide = (cell: string, relation: number, queue: number[]) => {
		secondary.set(cell, relation);
		queue.push(...(relationsOf.get(cell) ?? []));
	};

	// Step 1: relations with exactly one protected cell hidden.
	const queue: number[] = [];
	for (const cell of primary) queue.push(...(relationsOf.get(cell) ?? []));
	const closeRelations = () => {
		while (queue.length) {
			const i = queue.pop()!;
			const r = relations[i]!;
			const cells = [r.parent, ...r.children];
			const unseen = cells.filter(hidden);
			if (unseen.length !== 1 || !isProtected(unseen[0]!)) continue;
			const pick = leastInformative(r, published, hidden);
			if (pick !== undefined) hide(pick, i, queue);
		}
	};
	closeRelations();

	// Step 2: exact check; repeat until no protected cell can be derived.
	for (let round = 0; round < 10_000; round++) {
		const derivable = derivableCells(relations, hidden).filter(isProtected).sort();
		if (!derivable.length) break;
		const target = derivable[0]!;
		const candidates = candidatesAround(target, relations, relationsOf, published, hidden);
		if (!candidates.length) break; // nothing left to hide near it; cannot happen with consistent relations
		const safe = candidates.find(({ cell }) => {
			secondary.set(cell, -1);
			const stillDerivable = derivableCells(relations, hidden).includes(target);
			secondary.delete(cell);
			return !stillDerivable;
		});
		const chosen = safe ?? candidates[0]!;
		hide(chosen.cell, chosen.relation, queue);
		closeRelations();
	}
	return secondary;
}

/** Order of preference for hiding: smallest positive child, then a 0 child, then the parent; ties by key. */
function leastInformative(
	r: Relation,
	published: ReadonlyMap<string, number>,
	hidden: (cell: string) => boolean,
): string | undefined {
	const visible = r.children.filter((c) => !hidden(c));
	const positive = visible.filter((c) => published.get(c)! > 0).sort(byValueThenKey(published));
	if (positive.length) return positive[0];
	const zero = visible.filter((c) => published.get(c)! <= 0).sort();
	if (zero.length) return zero[0];
	return hidden(r.parent) ? undefined : r.parent;
}

const byValueThenKey = (published: ReadonlyMap<string, number>) => (a: string, b: string) =>
	published.get(a)! - published.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

/** Published cells of the relations around a cell, least informative first (see leastInformative). */
function candidatesAround(
	target: string,
	relations: readonly Relation[],
	relationsOf: ReadonlyMap<string, number[]>,
	published: ReadonlyMap<string, number>,
	hidden: (cell: string) => boolean,
): { cell: string; relation: number }[] {
	const seen = new Set<string>();
	const out: { cell: string; relation: number; rank: number }[] = [];
	const consider = (list: readonly number[]) => {
		for (const i of list) {
			const r = relations[i]!;
			for (const cell of [...r.children, r.parent]) {
				if (hidden(cell) || seen.has(cell)) continue;
				seen.add(cell);
				const v = published.get(cell)!;
				const rank = cell === r.parent ? 2 : v > 0 ? 0 : 1;
				out.push({ cell, relation: i, rank });
			}
		}
	};
	consider(relationsOf.get(target) ?? []);
	// Fallback: any relation that contains a hidden cell.
	if (!out.length) consider(relations.map((_, i) => i));
	return out
		.sort((a, b) => a.rank - b.rank || byValueThenKey(published)(a.cell, b.cell))
		.map(({ cell, relation }) => ({ cell, relation }));
}

const EPSILON = 1e-9;

/**
 * The hidden cells whose value follows from the published ones. With the published values
 * substituted, each relation is a linear equation over the hidden cells; a hidden cell x_i
 * can be computed exactly when the unit vector e_i lies in the row space of that system,
 * that is: when the reduced row echelon form has a row with its only non-zero at column i.
 * Coefficients are 0 and ±1, so floating point with a tolerance is exact enough here.
 */
export function derivableCells(relations: readonly Relation[], hidden: (cell: string) => boolean): string[] {
	const column = new Map<string, number>();
	const names: string[] = [];
	const rows: Map<number, number>[] = [];
	for (const r of relations) {
		const row = new Map<number, number>();
		const add = (cell: string, coefficient: number) => {
			if (!hidden(cell)) return;
			let c = column.get(cell);
			if (c === undefined) {
				c = names.length;
				column.set(cell, c);
				names.push(cell);
			}
			const v = (row.get(c) ?? 0) + coefficient;
			if (v === 0) row.delete(c);
			else row.set(c, v);
		};
		add(r.parent, 1);
		for (const child of r.children) add(child, -1);
		if (row.size) rows.push(row);
	}
	// Gauss-Jordan on sparse rows.
	const pivots: { column: number; row: Map<number, number> }[] = [];
	const reduce = (row: Map<number, number>, by: { column: number; row: Map<number, number> }) => {
		const factor = row.get(by.column);
		if (factor === undefined) return;
		for (const [c, v] of by.row) {
			const next = (row.get(c) ?? 0) - factor * v;
			if (Math.abs(next) < EPSILON) row.delete(c);
			else row.set(c, next);
		}
	};
	for (const row of rows) {
		for (const p of pivots) reduce(row, p);
		if (!row.size) continue;
		// Pivot on the largest coefficient, lowest column on ties.
		let best = -1;
		let size = 0;
		for (const [c, v] of row)
			if (Math.abs(v) > size + EPSILON || (Math.abs(v) >= size - EPSILON && c < best)) {
				best = c;
				size = Math.abs(v);
			}
		const scale = row.get(best)!;
		for (const [c, v] of row) row.set(c, v / scale);
		const pivot = { column: best, row };
		for (const p of pivots) reduce(p.row, pivot);
		pivots.push(pivot);
	}
	return pivots.filter((p) => p.row.size === 1).map((p) => names[p.column]!);
}
