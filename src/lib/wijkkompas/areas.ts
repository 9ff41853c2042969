/**
 * The areas of a portal as the wijkkompas sees them: each gemeente, wijk and buurt with
 * its CBS code, name, parent and web address.
 */
import { buurtSlug } from '#lib/site/urls.ts';
import type { Portaal } from '#schemas/portaal.ts';
import type { Wijk } from '#schemas/wijk.ts';

/** 'eigen': an own area of the municipality (eigen gebied), a set of CBS buurten. */
export type AreaLevel = 'gemeente' | 'wijk' | 'buurt' | 'eigen';

export interface Area {
	code: string;
	naam: string;
	level: AreaLevel;
	/** GM code of the gemeente the area lies in (its own code for a gemeente). */
	gemeente: string;
	/** WK code of the parent wijk, for a buurt. */
	wijk?: string;
	/** Wijk folder (for a wijk and its buurten). */
	wijkSlug?: string;
	/** Buurt slug within its wijk. */
	buurtSlug?: string;
	/** For an own area: the slug of its indeling (e.g. "subwijken"). */
	indeling?: string;
	/** For an own area: the CBS codes of the buurten it consists of. */
	buurten?: string[];
}

export interface AreaSet {
	byCode: Map<string, Area>;
	/** Children of a gemeente (its wijken) or a wijk (its buurten), in content order. */
	children: Map<string, Area[]>;
}

export function portalAreas(
	portaal: Pick<Portaal, 'gemeenten'>,
	wijken: readonly { id: string; data: Wijk }[],
): AreaSet {
	const byCode = new Map<string, Area>();
	const children = new Map<string, Area[]>();
	const addChild = (parent: string, area: Area) => {
		const list = children.get(parent);
		if (list) list.push(area);
		else children.set(parent, [area]);
	};
	for (const g of portaal.gemeenten) {
		byCode.set(g.code, { code: g.code, naam: g.naam, level: 'gemeente', gemeente: g.code });
	}
	for (const w of wijken) {
		const gemeente = `GM${w.data.code.slice(2, 6)}`;
		const wijk: Area = { code: w.data.code, naam: w.data.naam, level: 'wijk', gemeente, wijkSlug: w.id };
		byCode.set(wijk.code, wijk);
		addChild(gemeente, wijk);
		for (const b of w.data.buurten) {
			const buurt: Area = {
				code: b.code,
				naam: b.naam,
				level: 'buurt',
				gemeente,
				wijk: wijk.code,
				wijkSlug: w.id,
				buurtSlug: buurtSlug(b),
			};
			byCode.set(buurt.code, buurt);
			addChild(wijk.code, buurt);
		}
	}
	return { byCode, children };
}
