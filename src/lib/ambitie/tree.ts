/**
 * The goals network of one wijk: the gemeente's strategic goals (its thema's), the wijk's goals
 * under them, sub goals under those, and per goal the work serving it: agenda items that name the
 * goal, and the initiatives and stories linked to those items through the chain.
 *
 * Counting: an agenda item that serves a sub goal also counts as work for every goal above it
 * (the sub goal is a part of its parent), so a goal is "without work" only when neither it nor
 * any of its sub goals has an agenda item.
 */
import type { Doel } from '#schemas/ambitie.ts';

/** A page linked to an agenda item through the chain (an initiative or a story). */
export interface LinkedWork {
	soort: 'initiatieven' | 'verhalen';
	id: string;
	titel: string;
}

/** An agenda item as the tree needs it. */
export interface WorkItem {
	id: string;
	titel: string;
	status: string;
	doelen: readonly string[];
	/** Initiatives and stories linked to this item. */
	linked: readonly LinkedWork[];
}

export interface GoalNode {
	doel: Doel;
	/** Depth below the strategic goal: 1 for a goal of the wijk directly under a thema. */
	depth: number;
	children: GoalNode[];
	/** Agenda items naming this goal itself, in the order given. */
	items: WorkItem[];
	/** Initiatives and stories linked to `items`, without doubles. */
	linked: LinkedWork[];
	/** Agenda items of this goal and all goals under it, without doubles. */
	allItems: WorkItem[];
	/** Whether there is no agenda item for this goal or any goal under it. */
	withoutWork: boolean;
}

export interface StrategicGoal {
	thema: string;
	uitleg?: string;
	goals: GoalNode[];
	/** Agenda items of all goals under this thema, without doubles. */
	allItems: WorkItem[];
}

const unique = <T>(list: readonly T[], key: (t: T) => string): T[] => {
	const seen = new Set<string>();
	return list.filter((t) => !seen.has(key(t)) && !!seen.add(key(t)));
};

/**
 * The tree for one wijk. Goals keep the order of ambitie.md; thema's the order of portaal.yaml.
 * Goals whose thema is not a thema of the gemeente are left out (the check reports them).
 */
export function goalsTree(
	doelen: readonly Doel[],
	themas: readonly string[],
	themaUitleg: Readonly<Record<string, string>>,
	items: readonly WorkItem[],
): StrategicGoal[] {
	const node = (doel: Doel, depth: number, path: ReadonlySet<string>): GoalNode => {
		const children = doelen
			.filter((d) => d.onder === doel.code && !path.has(d.code))
			.map((d) => node(d, depth + 1, new Set([...path, d.code])));
		const own = items.filter((i) => i.doelen.includes(doel.code));
		const allItems = unique([...own, ...children.flatMap((c) => c.allItems)], (i) => i.id);
		return {
			doel,
			depth,
			children,
			items: own,
			linked: unique(
				own.flatMap((i) => i.linked),
				(l) => `${l.soort}:${l.id}`,
			),
			allItems,
			withoutWork: allItems.length === 0,
		};
	};
	return themas.map((thema) => {
		const goals = doelen.filter((d) => d.thema === thema).map((d) => node(d, 1, new Set([d.code])));
		return {
			thema,
			uitleg: themaUitleg[thema],
			goals,
			allItems: unique(
				goals.flatMap((g) => g.allItems),
				(i) => i.id,
			),
		};
	});
}

/** Every goal of the tree, depth first. */
export function allGoals(tree: readonly StrategicGoal[]): GoalNode[] {
	const walk = (n: GoalNode): GoalNode[] => [n, ...n.children.flatMap(walk)];
	return tree.flatMap((s) => s.goals.flatMap(walk));
}

/** Goals (of one wijk) that name an indicator, and the agenda items serving them: for the figures pages. */
export function goalsForIndicator(
	tree: readonly StrategicGoal[],
	indicator: string,
): { goals: GoalNode[]; items: WorkItem[] } {
	const goals = allGoals(tree).filter((g) => g.doel.indicatoren.some((t) => t.indicator === indicator));
	return {
		goals,
		items: unique(
			goals.flatMap((g) => g.allItems),
			(i) => i.id,
		),
	};
}
