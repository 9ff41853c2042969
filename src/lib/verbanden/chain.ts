/**
 * The one linked chain between agenda items, initiatives, stories and news. A link named in
 * either file counts for both: every page shows what it belongs to ("Hoort bij": plans and
 * initiatives) and what was told about it ("Hierover verteld": stories and news).
 */
import type { Verbanden, VerbandSoort } from '#schemas/verbanden.ts';

export interface ChainNode {
	soort: VerbandSoort;
	/** Agenda: "wijk/slug"; the others: the file name without extension. */
	id: string;
	verbanden: Verbanden;
}

export const nodeKey = (soort: VerbandSoort, id: string) => `${soort}:${id}`;

export interface ChainLinks {
	/** Agenda items and initiatives linked to this page. */
	hoortBij: { soort: VerbandSoort; id: string }[];
	/** Stories and news linked to this page. */
	hieroverVerteld: { soort: VerbandSoort; id: string }[];
}

const PLANS: readonly VerbandSoort[] = ['agenda', 'initiatieven'];
const ORDER: readonly VerbandSoort[] = ['agenda', 'initiatieven', 'verhalen', 'nieuws'];

/**
 * Builds the chain once; `linksOf` then answers for any node. References to nodes that are
 * not given (a story that is no longer published) are left out.
 */
export function createChain(nodes: readonly ChainNode[]) {
	const known = new Set(nodes.map((n) => nodeKey(n.soort, n.id)));
	const neighbours = new Map<string, Set<string>>();
	const link = (a: string, b: string) => {
		if (a === b || !known.has(a) || !known.has(b)) return;
		(neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
		(neighbours.get(b) ?? neighbours.set(b, new Set()).get(b)!).add(a);
	};
	for (const node of nodes) {
		for (const soort of ORDER)
			for (const id of node.verbanden[soort]) link(nodeKey(node.soort, node.id), nodeKey(soort, id));
	}
	return {
		linksOf(soort: VerbandSoort, id: string): ChainLinks {
			const linked = [...(neighbours.get(nodeKey(soort, id)) ?? [])]
				.map((key) => {
					const at = key.indexOf(':');
					return { soort: key.slice(0, at) as VerbandSoort, id: key.slice(at + 1) };
				})
				.sort((a, b) => ORDER.indexOf(a.soort) - ORDER.indexOf(b.soort) || a.id.localeCompare(b.id));
			return {
				hoortBij: linked.filter((l) => PLANS.includes(l.soort)),
				hieroverVerteld: linked.filter((l) => !PLANS.includes(l.soort)),
			};
		},
	};
}

export type Chain = ReturnType<typeof createChain>;
