/**
 * Secondary suppression of small counts: for many random hierarchies (gemeente → wijken →
 * buurten, with overlapping own areas), no hidden figure can be computed from the published
 * ones by any linear combination of the additive relations. The verdict comes from an exact
 * rank check in this file (fraction-free elimination over big integers), independent of the
 * solver in src/lib/wijkkompas/disclosure/. Also the demo portal: the small counts that could
 * be recovered by subtraction (Ellerhoek woninginbraken 2021, buurt figures of nieuwe woningen)
 * no longer can, on the pages and in the downloads.
 */
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { type Relation, secondarySuppression } from '#lib/wijkkompas/disclosure/secondary.ts';
import type { Kompas } from '#lib/wijkkompas/kompas.ts';
import type { Indicatoren } from '#schemas/indicatoren.ts';
import { contentKompas } from '#tests/support/content-kompas.ts';
import { REPO } from '#tests/support/fixtures.ts';

const SMALL = 5;

/** Rank of an integer matrix, exactly (Bareiss fraction-free elimination over BigInt). */
function rank(matrix: readonly (readonly number[])[]): number {
	const m = matrix.map((row) => row.map(BigInt));
	const rows = m.length;
	const cols = rows ? m[0]!.length : 0;
	let r = 0;
	let previous = 1n;
	for (let c = 0; c < cols && r < rows; c++) {
		const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
		if (p < 0) continue;
		[m[r], m[p]] = [m[p]!, m[r]!];
		for (let i = r + 1; i < rows; i++) {
			for (let j = c + 1; j < cols; j++) {
				m[i]![j] = (m[r]![c]! * m[i]![j]! - m[i]![c]! * m[r]![j]!) / previous;
			}
			m[i]![c] = 0n;
		}
		previous = m[r]![c]!;
		r++;
	}
	return r;
}

/**
 * The unpublished cells a reader can compute: x_i follows from the equations (published values
 * substituted) exactly when adding the row e_i does not raise the rank of the coefficients.
 */
function recoverable(relations: readonly Relation[], published: ReadonlySet<string>, cells: readonly string[]) {
	const unknown = [...new Set(relations.flatMap((r) => [r.parent, ...r.children]))].filter((c) => !published.has(c));
	const col = new Map(unknown.map((c, i) => [c, i]));
	const matrix = relations
		.map((r) => {
			const row = unknown.map(() => 0);
			if (col.has(r.parent)) row[col.get(r.parent)!]! += 1;
			for (const c of r.children) if (col.has(c)) row[col.get(c)!]! -= 1;
			return row;
		})
		.filter((row) => row.some((v) => v !== 0));
	const base = rank(matrix);
	return cells.filter((cell) => {
		const unit = unknown.map((c) => (c === cell ? 1 : 0));
		return rank([...matrix, unit]) === base;
	});
}

/** Seeded pseudo-random numbers (mulberry32). */
function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	return { next, int };
}

interface Generated {
	values: Map<string, number>;
	unknown: Set<string>;
	relations: Relation[];
}

function hierarchy(seed: number, options: { small: boolean }): Generated {
	const rnd = random(seed);
	const values = new Map<string, number>();
	const relations: Relation[] = [];
	const buurtValue = () => {
		const roll = rnd.next();
		if (options.small && roll < 0.3) return rnd.int(1, SMALL - 1);
		if (roll < 0.42) return 0;
		return rnd.int(SMALL, 60);
	};
	const allBuurten: string[] = [];
	const wijken: string[] = [];
	for (let w = 0; w < rnd.int(1, 8); w++) {
		const wijk = `W${w}`;
		const buurten: string[] = [];
		for (let b = 0; b < rnd.int(1, 10); b++) {
			const buurt = `${wijk}B${b}`;
			values.set(buurt, buurtValue());
			buurten.push(buurt);
		}
		values.set(
			wijk,
			buurten.reduce((s, b) => s + values.get(b)!, 0),
		);
		relations.push({ parent: wijk, children: buurten });
		wijken.push(wijk);
		allBuurten.push(...buurten);
	}
	values.set(
		'G',
		wijken.reduce((s, w) => s + values.get(w)!, 0),
	);
	relations.push({ parent: 'G', children: wijken });
	// Own areas: random, possibly overlapping sets of buurten, in one or two indelingen.
	const own = rnd.next() < 0.6 ? rnd.int(1, 5) : 0;
	for (let e = 0; e < own; e++) {
		const pool = [...allBuurten];
		const picked: string[] = [];
		for (let k = rnd.int(1, Math.min(6, pool.length)); k > 0; k--)
			picked.push(pool.splice(rnd.int(0, pool.length - 1), 1)[0]!);
		const code = `indeling${e % 2}/gebied-${e}`;
		values.set(
			code,
			picked.reduce((s, b) => s + values.get(b)!, 0),
		);
		relations.push({ parent: code, children: picked.sort() });
	}
	// A few figures are unknown (no number): not zero, not published.
	const unknown = new Set([...values.keys()].filter(() => rnd.next() < 0.05));
	if (!options.small) for (const [cell, v] of values) if (v > 0 && v < SMALL) unknown.add(cell);
	return { values, unknown, relations };
}

function suppress(g: Generated) {
	const primary = new Set([...g.values].filter(([c, v]) => !g.unknown.has(c) && v > 0 && v < SMALL).map(([c]) => c));
	const published = new Map([...g.values].filter(([c]) => !g.unknown.has(c) && !primary.has(c)));
	const secondary = secondarySuppression({ published, primary, relations: g.relations });
	const visible = new Set([...published.keys()].filter((c) => !secondary.has(c)));
	return { primary, secondary, visible };
}

describe('secondary suppression on random hierarchies', () => {
	it('leaves no hidden count computable from the published figures (400 hierarchies)', () => {
		let protectedCells = 0;
		let secondaryCells = 0;
		for (let seed = 1; seed <= 400; seed++) {
			const g = hierarchy(seed, { small: true });
			const { primary, secondary, visible } = suppress(g);
			const hiddenCells = [...primary, ...secondary.keys()];
			expect(recoverable(g.relations, visible, hiddenCells), `seed ${seed}`).toEqual([]);
			protectedCells += primary.size;
			secondaryCells += secondary.size;
		}
		// The generator really makes work: many small counts, and extra cells hidden for them.
		expect(protectedCells).toBeGreaterThan(1000);
		expect(secondaryCells).toBeGreaterThan(200);
	});

	it('the check in this test does find a count computed back by subtraction', () => {
		// Without secondary suppression, many hierarchies leak (as the demo did).
		let leaking = 0;
		for (let seed = 1; seed <= 100; seed++) {
			const g = hierarchy(seed, { small: true });
			const primary = [...g.values].filter(([c, v]) => !g.unknown.has(c) && v > 0 && v < SMALL).map(([c]) => c);
			const visible = new Set([...g.values.keys()].filter((c) => !g.unknown.has(c) && !primary.includes(c)));
			if (recoverable(g.relations, visible, primary).length) leaking++;
		}
		expect(leaking).toBeGreaterThan(50);
	});

	it('hides nothing besides when there is no small count', () => {
		for (let seed = 1; seed <= 100; seed++) {
			const g = hierarchy(seed, { small: false });
			expect(suppress(g).secondary.size, `seed ${seed}`).toBe(0);
		}
	});

	it('is deterministic and hides the smallest positive sibling', () => {
		const relations = [{ parent: 'G', children: ['A', 'B', 'C', 'D'] }];
		const published = new Map([
			['G', 61],
			['A', 13],
			['B', 0],
			['C', 21],
			['D', 24],
		]);
		const run = () =>
			secondarySuppression({
				published,
				primary: new Set(['E']),
				relations: [{ parent: 'G', children: ['A', 'B', 'C', 'D', 'E'] }],
			});
		expect([...run().keys()]).toEqual(['A']);
		expect([...run().keys()]).toEqual([...run().keys()]);
		expect(secondarySuppression({ published, primary: new Set(), relations }).size).toBe(0);
	});

	it('also hides a total when an own area and a wijk differ by one small buurt', () => {
		// W = b1 + b2 + b3 and own area E = b1 + b2: W − E = b3, whatever b1 and b2 are.
		const relations = [
			{ parent: 'G', children: ['W'] },
			{ parent: 'W', children: ['b1', 'b2', 'b3'] },
			{ parent: 'e/e', children: ['b1', 'b2'] },
		];
		const published = new Map([
			['G', 43],
			['W', 43],
			['b1', 20],
			['b2', 20],
			['e/e', 40],
		]);
		const secondary = secondarySuppression({ published, primary: new Set(['b3']), relations });
		const visible = new Set([...published.keys()].filter((c) => !secondary.has(c)));
		expect(recoverable(relations, visible, ['b3', ...secondary.keys()])).toEqual([]);
	});
});

describe('secondary suppression in the demo portal', () => {
	const CONTENT = join(REPO, 'content');
	let kompas: Kompas;
	let definitions: Indicatoren;

	beforeAll(() => {
		({ kompas, definitions } = contentKompas(CONTENT));
	});

	/** The additive relations of the demo, as the checker sees them. */
	const demoRelations = (): Relation[] => {
		const { areas } = kompas.input;
		const relations: Relation[] = [];
		for (const [parent, children] of areas.children) relations.push({ parent, children: children.map((c) => c.code) });
		for (const a of areas.byCode.values())
			if (a.level === 'eigen') relations.push({ parent: a.code, children: a.buurten! });
		return relations;
	};

	it('publishes no number from which a hidden count follows, in the downloads (all areas, all counts)', () => {
		const codes = [...kompas.input.areas.byCode.keys()];
		const rows = kompas.exportRows(codes);
		const relations = demoRelations();
		const counts = definitions.indicatoren.filter((i) => i.eenheid === 'aantal');
		let checked = 0;
		for (const indicator of counts) {
			const years = new Set(rows.filter((r) => r.indicator === indicator.id).map((r) => r.jaar));
			for (const jaar of years) {
				const these = rows.filter((r) => r.indicator === indicator.id && r.jaar === jaar);
				const visible = new Set(these.filter((r) => r.waarde !== null).map((r) => r.gebied));
				const secret = these
					.filter((r) => r.status === `minder dan ${SMALL}` || r.status === 'verborgen')
					.map((r) => r.gebied);
				checked += secret.length;
				expect(recoverable(relations, visible, secret), `${indicator.id} ${jaar}`).toEqual([]);
			}
		}
		expect(checked).toBeGreaterThan(54);
	});

	it('no longer lets a reader compute Ellerhoek woninginbraken 2021 from the gemeente total', () => {
		const { areas } = kompas.input;
		const ellerhoek = [...areas.byCode.values()].find((a) => a.naam === 'Ellerhoek' && a.level === 'wijk')!;
		const figures = kompas.of(ellerhoek.code)!.themas.flatMap((t) => t.indicators);
		const f = figures.find((x) => x.indicator.id === 'woninginbraken')!;
		expect(f.series[f.years.indexOf(2021)]!.status).toBe('klein-aantal');
		// Among the gemeente and the other wijken, at least one figure is no longer shown, on the pages too.
		const gemeente = f.gemeente[f.years.indexOf(2021)]!;
		const others = (areas.children.get(ellerhoek.gemeente) ?? []).filter((w) => w.code !== ellerhoek.code);
		const onPage = (code: string) => {
			const g = kompas
				.of(code)!
				.themas.flatMap((t) => t.indicators)
				.find((x) => x.indicator.id === 'woninginbraken')!;
			return g.series[g.years.indexOf(2021)]!.status;
		};
		const statuses = [gemeente.status, ...others.map((w) => onPage(w.code))];
		expect(statuses).toContain('aanvullend-verborgen');
		expect(statuses.filter((s) => s !== 'getoond' && s !== 'aanvullend-verborgen')).toEqual([]);
		const hidden = [ellerhoek.gemeente, ...others.map((w) => w.code)].find((c) =>
			kompas.hidden.isHidden('woninginbraken', c, 2021),
		)!;
		expect(kompas.hidden.reason('woninginbraken', hidden, 2021)).toMatch(
			/^Dit cijfer tonen wij niet: anders kunt u met /,
		);
	});

	it('hides nieuwe woningen of buurten besides the small ones, and reports the numbers', () => {
		const summary = kompas.hidden.summary();
		expect(summary.get('nieuwe-woningen')!.secondary).toBeGreaterThan(0);
		expect(summary.get('woninginbraken')!.secondary).toBeGreaterThan(0);
		// For the closing note: small counts (primary) and figures hidden besides (secondary), per indicator.
		for (const [id, { primary, secondary }] of summary) {
			if (primary || secondary) console.log(`${id}: primary ${primary}, secondary ${secondary}`);
		}
	});
});
