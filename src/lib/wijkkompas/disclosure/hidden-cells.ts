/**
 * Which figures secondary suppression hides in a portal, and why. Counts (eenheid 'aantal')
 * add up over gemeente → wijk → buurt and over the own areas (sets of buurten); per
 * indicator, gemeente and year the cells are solved together (see secondary.ts). Only groups
 * with a small count need work; results are kept per indicator and gemeente, so every
 * published place (pages, tables, maps, downloads, open data) asks the same answer.
 */
import type { Area, AreaSet } from '#lib/wijkkompas/areas.ts';
import { measure } from '#lib/wijkkompas/measurement.ts';
import type { ValueIndex } from '#lib/wijkkompas/value-index.ts';
import type { Indicator } from '#schemas/indicatoren.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import { type Relation, secondarySuppression } from './secondary.ts';

export interface HiddenCells {
	/** True when secondary suppression hides this figure. */
	isHidden(indicator: string, code: string, jaar: number): boolean;
	/** Why it is hidden, as a full B1 sentence for residents; undefined when it is not hidden. */
	reason(indicator: string, code: string, jaar: number): string | undefined;
	/** Per indicator: how many figures are small counts (primary) and how many are hidden besides (secondary). */
	summary(): Map<string, { primary: number; secondary: number }>;
}

interface GemeenteShape {
	areas: Area[];
	relations: Relation[];
}

export function hiddenCells(input: {
	areas: AreaSet;
	indicators: readonly Indicator[];
	values: ValueIndex;
	settings: WijkkompasInstellingen;
}): HiddenCells {
	const { areas, values, settings } = input;
	const indicators = new Map(input.indicators.map((i) => [i.id, i]));

	const shapes = new Map<string, GemeenteShape>();
	const shapeOf = (gemeente: string): GemeenteShape => {
		let shape = shapes.get(gemeente);
		if (shape) return shape;
		const list: Area[] = [];
		const relations: Relation[] = [];
		const g = areas.byCode.get(gemeente);
		if (g) list.push(g);
		const wijken = areas.children.get(gemeente) ?? [];
		if (wijken.length) relations.push({ parent: gemeente, children: wijken.map((w) => w.code) });
		for (const w of wijken) {
			list.push(w);
			const buurten = areas.children.get(w.code) ?? [];
			list.push(...buurten);
			if (buurten.length) relations.push({ parent: w.code, children: buurten.map((b) => b.code) });
		}
		for (const a of areas.byCode.values()) {
			if (a.level !== 'eigen' || a.gemeente !== gemeente || !a.buurten?.length) continue;
			list.push(a);
			relations.push({ parent: a.code, children: [...a.buurten] });
		}
		shapes.set(gemeente, (shape = { areas: list, relations }));
		return shape;
	};

	/** Per "indicator|gemeente": year → (code → index of the protected relation). */
	const groups = new Map<string, Map<number, { cells: Map<string, number>; primary: number }>>();
	const groupOf = (indicator: Indicator, gemeente: string) => {
		const key = `${indicator.id}|${gemeente}`;
		let byYear = groups.get(key);
		if (byYear) return byYear;
		byYear = new Map();
		groups.set(key, byYear);
		if (indicator.eenheid !== 'aantal') return byYear;
		const shape = shapeOf(gemeente);
		for (const jaar of values.years(indicator.id, gemeente)) {
			const published = new Map<string, number>();
			const primary = new Set<string>();
			for (const area of shape.areas) {
				const m = measure(indicator, jaar, values.get(indicator.id, area.code, jaar), settings);
				if (m.status === 'getoond') published.set(area.code, m.waarde!);
				else if (m.status === 'klein-aantal') primary.add(area.code);
			}
			if (!primary.size) continue;
			const cells = secondarySuppression({ published, primary, relations: shape.relations });
			byYear.set(jaar, { cells, primary: primary.size });
		}
		return byYear;
	};

	const lookup = (id: string, code: string, jaar: number) => {
		const indicator = indicators.get(id);
		const gemeente = areas.byCode.get(code)?.gemeente;
		if (!indicator || indicator.eenheid !== 'aantal' || !gemeente) return undefined;
		const relation = groupOf(indicator, gemeente).get(jaar)?.cells.get(code);
		return relation === undefined ? undefined : shapeOf(gemeente).relations[relation];
	};

	return {
		isHidden: (id, code, jaar) => lookup(id, code, jaar) !== undefined,
		reason(id, code, jaar) {
			const relation = lookup(id, code, jaar);
			if (!relation) return undefined;
			const parent = areas.byCode.get(relation.parent)?.naam ?? relation.parent;
			return relation.parent === code
				? `Dit cijfer tonen wij niet: anders kunt u met de cijfers van de delen van ${parent} een klein aantal uitrekenen.`
				: `Dit cijfer tonen wij niet: anders kunt u met het totaal van ${parent} een klein aantal uitrekenen.`;
		},
		summary() {
			const out = new Map<string, { primary: number; secondary: number }>();
			const gemeenten = [...areas.byCode.values()].filter((a) => a.level === 'gemeente').map((a) => a.code);
			for (const indicator of indicators.values()) {
				if (indicator.eenheid !== 'aantal') continue;
				const total = { primary: 0, secondary: 0 };
				for (const g of gemeenten) {
					for (const { cells, primary } of groupOf(indicator, g).values()) {
						total.primary += primary;
						total.secondary += cells.size;
					}
				}
				out.set(indicator.id, total);
			}
			return out;
		},
	};
}
