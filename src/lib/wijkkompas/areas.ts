/**
 * The areas of a portal as the wijkkompas sees them: each gemeente, wijk and buurt with
 * its CBS code, name, parent and web address, and the municipality's own areas (eigen
 * gebieden, content/gebieden/*.yaml) as an overlay: in `byCode`, never among the children.
 */
import { gemeenteOfCode } from '#lib/site/cbs-codes.ts';
import { buurtSlug } from '#lib/site/urls.ts';
import { type EigenGebieden, gebiedSlug } from '#schemas/eigen-gebieden.ts';
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
	/** For an own area: the name of one area of its indeling ("Subwijk"), when given. */
	soort?: string;
}

/** An indeling as read from content/gebieden/<id>.yaml. */
export interface IndelingFile {
	id: string;
	data: EigenGebieden;
}

export interface AreaSet {
	byCode: Map<string, Area>;
	/** Children of a gemeente (its wijken) or a wijk (its buurten), in content order. */
	children: Map<string, Area[]>;
}

export function portalAreas(
	portaal: Pick<Portaal, 'gemeenten'>,
	wijken: readonly { id: string; data: Wijk }[],
	/** The own areas; an own area whose buurten lie in no gemeente of the portal is left out (the rules report it). */
	indelingen: readonly IndelingFile[] = [],
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
	for (const indeling of indelingen) {
		for (const g of indeling.data.gebieden) {
			const first = g.buurten.map((b) => byCode.get(b)).find((b) => b?.level === 'buurt');
			if (!first) continue;
			const code = `${indeling.id}/${gebiedSlug(g)}`;
			byCode.set(code, {
				code,
				naam: g.naam,
				level: 'eigen',
				gemeente: gemeenteOfCode(first.code),
				indeling: indeling.id,
				buurten: [...g.buurten],
				...(indeling.data.soort && { soort: indeling.data.soort }),
			});
		}
	}
	return { byCode, children };
}

/** The own areas of a portal that contain a buurt (or, for a wijk, one of its buurten). */
export function ownAreasOver(areas: AreaSet, code: string): Area[] {
	const buurten = new Set(code.startsWith('BU') ? [code] : (areas.children.get(code) ?? []).map((b) => b.code));
	return [...areas.byCode.values()].filter((a) => a.level === 'eigen' && a.buurten!.some((b) => buurten.has(b)));
}

/** "A", "A en B", "A, B en C". */
export function joinNames(names: readonly string[]): string {
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

/**
 * What an own area really is, for every heading and caption: "Woongebied Oude stad (buurten
 * Binnenstad, Kerkbuurt en Oude Haven)", so its figures are never read as a wijk's or buurt's own.
 */
export function ownAreaLabel(area: Area, areas: AreaSet): string {
	const names = (area.buurten ?? []).map((code) => areas.byCode.get(code)?.naam ?? code);
	return `${ownAreaName(area)} (${names.length === 1 ? 'buurt' : 'buurten'} ${joinNames(names)})`;
}

/** "Woongebied Oude stad": the name with the kind of area in front (or "Gebied" when the indeling names none). */
export function ownAreaName(area: Pick<Area, 'naam' | 'soort'>): string {
	return `${area.soort ?? 'Gebied'} ${area.naam}`;
}
