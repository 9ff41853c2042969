/**
 * Checks one area's geometry as it is in the file, then converts it to WGS84 with its rings
 * in the order d3-geo expects: outer rings clockwise, holes anticlockwise (so
 * d3.geoArea stays below 2π). Messages are in plain Dutch, for the person who made or
 * exported the file; they start with what is wrong ("de buitenrand heeft maar 3 punten").
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';

import { NL_RANGE, type Position } from './projection.ts';
import { findSelfIntersection } from './selfintersect.ts';

const FIX_HINT =
	"Repareer de vorm in het GIS-programma, bijvoorbeeld in QGIS met 'Geometrieën repareren' (Fix geometries) of met ogr2ogr -makevalid, en exporteer het bestand opnieuw.";

/** Coordinates are rounded to this many decimals of a degree (about 1 cm), so equal borders in different files match. */
const SNAP = 1e7;

const TYPE_NAMES: Record<string, string> = {
	Point: 'een punt (Point)',
	MultiPoint: 'een groep punten (MultiPoint)',
	LineString: 'een lijn (LineString)',
	MultiLineString: 'een groep lijnen (MultiLineString)',
	GeometryCollection: 'een verzameling vormen (GeometryCollection)',
};

function ringName(part: number, ring: number, multi: boolean): string {
	const name = ring === 0 ? 'de buitenrand' : `gat ${ring}`;
	return multi ? `${name} van deel ${part + 1}` : name;
}

const show = (p: readonly unknown[]) =>
	p
		.slice(0, 2)
		.map((v) => (typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : JSON.stringify(v)))
		.join(', ');

/**
 * The polygons of a geometry as numbers in the file's own coordinates, or what is wrong
 * with it. Checks the type, the nesting of the coordinates, numbers, ring size, closure
 * and rings that cross themselves.
 */
export function checkGeometry(geometry: Geometry | null): { polygons?: Position[][][]; problems: string[] } {
	if (!geometry || typeof geometry !== 'object') {
		return {
			problems: [
				'dit gebied heeft geen vorm (de geometrie is leeg). Teken het gebied in het GIS-programma, of haal het weg uit het bestand.',
			],
		};
	}
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
		const type = TYPE_NAMES[geometry.type] ?? `een ${String(geometry.type)}`;
		return {
			problems: [
				`de vorm is ${type}, geen vlak. Op de kaart is elk gebied een vlak: Polygon of MultiPolygon. Exporteer de grenzen van de gebieden, niet de punten of lijnen.`,
			],
		};
	}
	const multi = geometry.type === 'MultiPolygon';
	const parts = (multi ? geometry.coordinates : [geometry.coordinates]) as unknown;
	if (!Array.isArray(parts) || !parts.length)
		return { problems: ['de vorm heeft geen coördinaten. Teken het gebied opnieuw, of haal het weg uit het bestand.'] };
	const problems: string[] = [];
	const polygons: Position[][][] = [];
	parts.forEach((part: unknown, p) => {
		if (!Array.isArray(part) || !part.length) {
			problems.push(
				`de coördinaten van ${multi ? `deel ${p + 1}` : 'de vorm'} zijn niet goed opgebouwd: er hoort een lijst met ringen te staan. Exporteer het bestand opnieuw.`,
			);
			return;
		}
		const rings: Position[][] = [];
		part.forEach((ring: unknown, r) => {
			const name = ringName(p, r, multi);
			if (!Array.isArray(ring)) {
				problems.push(
					`de coördinaten van ${name} zijn niet goed opgebouwd: er hoort een lijst met punten te staan. Exporteer het bestand opnieuw.`,
				);
				return;
			}
			const bad: unknown = ring.find(
				(q: unknown) =>
					!Array.isArray(q) ||
					q.length < 2 ||
					!Number.isFinite(q[0]) ||
					!Number.isFinite(q[1]) ||
					typeof q[0] !== 'number' ||
					typeof q[1] !== 'number',
			);
			if (bad !== undefined) {
				const what = Array.isArray(bad) ? `[${show(bad)}]` : JSON.stringify(bad);
				problems.push(
					`${name} heeft een punt zonder geldige coördinaten: ${what}. Elk punt is een paar getallen, zoals [5.1214, 52.0907]. Exporteer het bestand opnieuw.`,
				);
				return;
			}
			const positions = (ring as number[][]).map((q) => [q[0]!, q[1]!] as Position);
			if (positions.length < 4) {
				problems.push(
					`${name} heeft maar ${positions.length} ${positions.length === 1 ? 'punt' : 'punten'}. Een ring heeft er minstens 4, want het eerste punt komt aan het eind terug. ${FIX_HINT}`,
				);
				return;
			}
			const first = positions[0]!;
			const last = positions[positions.length - 1]!;
			if (first[0] !== last[0] || first[1] !== last[1]) {
				problems.push(
					`${name} is niet gesloten: het laatste punt (${show(last)}) is niet gelijk aan het eerste (${show(first)}). ${FIX_HINT}`,
				);
				return;
			}
			const crossing = findSelfIntersection(positions);
			if (crossing) {
				problems.push(
					`${name} snijdt zichzelf, bij het punt ${show(crossing)} (in de coördinaten van het bestand). Zo'n vorm heeft geen duidelijke binnenkant. ${FIX_HINT}`,
				);
				return;
			}
			rings.push(positions);
		});
		polygons.push(rings);
	});
	return problems.length ? { problems } : { polygons, problems };
}

/** Twice the planar signed area: positive when the ring runs anticlockwise (x east, y north). */
function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
	return sum;
}

/**
 * Converts checked polygons to WGS84, rounds them to about a centimetre and sets the ring
 * order for d3-geo. Reports positions outside the Netherlands. Rings without area (all
 * points on one line, as in strongly simplified national files) are left out and named
 * in `dropped`; when nothing is left, there is no geometry.
 */
export function toWgs84Geometry(
	polygons: Position[][][],
	convert: (p: Position) => Position,
): { geometry?: Polygon | MultiPolygon; dropped: string[]; problems: string[] } {
	const range = NL_RANGE['EPSG:4326'];
	const problems: string[] = [];
	const dropped: string[] = [];
	const multi = polygons.length > 1;
	const out: Position[][][] = [];
	polygons.forEach((rings, p) => {
		const part: Position[][] = [];
		rings.forEach((ring, r) => {
			if (r > 0 && !part.length) return; // the outer ring was left out, and with it its holes
			const converted: Position[] = [];
			let outside: { from: Position; to: Position } | undefined;
			for (const position of ring) {
				const [x, y] = convert(position);
				if (!outside && !(x >= range.x[0] && x <= range.x[1] && y >= range.y[0] && y <= range.y[1]))
					outside = { from: position, to: [x, y] };
				const q: Position = [Math.round(x * SNAP) / SNAP, Math.round(y * SNAP) / SNAP];
				const last = converted[converted.length - 1];
				if (!last || last[0] !== q[0] || last[1] !== q[1]) converted.push(q);
			}
			if (outside && !problems.length) {
				problems.push(
					`${ringName(p, r, multi)} ligt buiten Nederland: het punt ${show(outside.from)} ligt omgerekend op lengte ${show([outside.to[0]])}, breedte ${show([outside.to[1]])}. Klopt het coördinatenstelsel wel? Geef het op met --projectie EPSG:28992 (RD New) of --projectie EPSG:4326 (WGS84).`,
				);
			}
			const area = signedArea(converted);
			if (converted.length < 4 || area === 0) {
				dropped.push(ringName(p, r, multi));
				return;
			}
			// d3-geo: outer rings clockwise (negative planar area), holes anticlockwise.
			part.push((r === 0 ? area > 0 : area < 0) ? converted.reverse() : converted);
		});
		if (part.length) out.push(part);
	});
	if (problems.length) return { dropped, problems };
	if (!out.length) return { dropped, problems };
	const geometry: Polygon | MultiPolygon =
		out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
	return { geometry, dropped, problems };
}
