/**
 * The files the interactive map reads from the portal's own site (/kaart/*.json): the
 * boundaries with names and links, the located points, and the choropleth of every
 * mappable indicator (the same classes and words as the static maps).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';

import type { Area } from '#lib/wijkkompas/areas.ts';
import type { Kompas } from '#lib/wijkkompas/kompas.ts';
import type { Indicator } from '#schemas/indicatoren.ts';

import { choropleth, mappable } from './choropleth.ts';
import type { GeoAreas } from './features.ts';
import { type AreaProperties, GEO_LEVELS, type GeoTopology } from './format.ts';
import type { ListedPoint } from './maps.ts';

/** properties of every geometry in /kaart/gebieden.json. */
export interface IslandAreaProperties extends AreaProperties {
	/** Web address of the area's page (gemeenten: the home page). */
	href: string;
	niveau: 'gemeente' | 'wijk' | 'buurt';
	/** WK code of the wijk, for buurten. */
	wijk?: string;
}

/** The portal's topology with names and links in the properties. */
export function islandAreas(geo: GeoAreas, hrefOf: (code: string) => string): GeoTopology {
	const niveau = { gemeenten: 'gemeente', wijken: 'wijk', buurten: 'buurt' } as const;
	const objects = Object.fromEntries(
		GEO_LEVELS.map((level) => {
			const collection = geo.topology.objects[level];
			const geometries = collection.geometries.map((g) => {
				const code = String(g.id);
				const properties: IslandAreaProperties = {
					naam: (g.properties as AreaProperties).naam,
					href: hrefOf(code),
					niveau: niveau[level],
				};
				if (level === 'buurten') properties.wijk = `WK${code.slice(2, 8)}`;
				return { ...g, properties };
			});
			const typed: GeometryCollection<AreaProperties> = { ...collection, geometries };
			return [level, typed];
		}),
	) as GeoTopology['objects'];
	const { type, arcs, transform, bbox, bron, licentie } = geo.topology;
	return { type, ...(bbox ? { bbox } : {}), ...(transform ? { transform } : {}), bron, licentie, objects, arcs };
}

/** properties of every point in /kaart/punten.json. */
export interface IslandPointProperties {
	n: number;
	soort: ListedPoint['soort'];
	titel: string;
	uitleg: string;
	href: string;
	/** Wijk folder. */
	wijk: string;
}

export function islandPoints(points: readonly ListedPoint[]): FeatureCollection<Point, IslandPointProperties> {
	return {
		type: 'FeatureCollection',
		features: points.map((p) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
			properties: { n: p.n, soort: p.soort, titel: p.titel, uitleg: p.uitleg, href: p.href, wijk: p.wijk },
		})),
	};
}

export interface IslandLevel {
	jaar?: number;
	legenda: { klasse: number; label: string }[];
	/**
	 * By area code: the class (only for a figure that is shown), the figure in words, and
	 * `geen: true` when there is no figure at all (not the same as a figure that is not shown).
	 */
	waarden: Record<string, { klasse?: number; tekst: string; geen?: true }>;
}

/** /kaart/cijfers.json */
export interface IslandFigures {
	indicatoren: {
		id: string;
		naam: string;
		thema: string;
		/** Address of the static choropleth page of this indicator. */
		href: string;
		wijken: IslandLevel;
		buurten: IslandLevel;
	}[];
}

/** Every wijk and every buurt of the portal, classed together; the years are those of `gemeente`. */
export function islandFigures(kompas: Kompas, gemeente: string, pageOf: (id: string) => string): IslandFigures {
	const { byCode, children } = kompas.input.areas;
	const wijken = [...byCode.values()].filter((a) => a.level === 'wijk');
	const buurten = wijken.flatMap((w) => children.get(w.code) ?? []);
	const level = (areas: readonly Area[], indicator: Indicator): IslandLevel => {
		const c = choropleth(kompas, indicator, areas, gemeente);
		return {
			jaar: c.jaar,
			legenda: c.legend,
			waarden: Object.fromEntries(
				c.entries.map((e) => [
					e.area.code,
					e.klasse !== undefined
						? { klasse: e.klasse, tekst: e.tekst }
						: e.m.status === 'geen-cijfer'
							? { tekst: e.tekst, geen: true as const }
							: { tekst: e.tekst },
				]),
			),
		};
	};
	return {
		indicatoren: mappable(kompas)
			.map((i) => ({
				id: i.id,
				naam: i.naam,
				thema: i.thema,
				href: pageOf(i.id),
				wijken: level(wijken, i),
				buurten: level(buurten, i),
			}))
			.filter((i) => i.wijken.jaar !== undefined || i.buurten.jaar !== undefined),
	};
}
