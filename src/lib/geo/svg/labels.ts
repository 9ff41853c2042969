/**
 * Area labels that do not collide: each label sits on the pole of inaccessibility of its
 * area (the point farthest inside, also for odd shapes), or just above or below it, larger
 * areas first. A label that would overlap an earlier one, leave the map, or be much wider
 * than its area (it would seem to name a neighbour) is left out. Every area is a link with
 * its name, and pages list the areas too, so a missing label hides nothing.
 */
import type { GeoPath } from 'd3';
import type { MultiPolygon, Polygon } from 'geojson';
import polylabel from 'polylabel';

export const LABEL_SIZE = 12;
const CHAR_WIDTH = LABEL_SIZE * 0.58;
const LINE = LABEL_SIZE * 1.25;

export interface LabelInput {
	text: string;
	geometry: Polygon | MultiPolygon;
}

export interface PlacedLabel {
	text: string;
	x: number;
	y: number;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export interface LabelCandidate {
	text: string;
	/** Where the label would sit (undefined for an area without a drawable polygon). */
	anchor?: [number, number];
	/** Size of the area on the map, to place larger areas first. */
	area: number;
	/** Width of the area on the map: a label much wider than this is left out. */
	areaWidth: number;
}

/** The costly part (poles of inaccessibility), the same for every page that shows these areas. */
export function labelCandidates(inputs: readonly LabelInput[], path: GeoPath): LabelCandidate[] {
	return inputs.map((input) => {
		const [[x0], [x1]] = path.bounds(input.geometry);
		return {
			text: input.text,
			anchor: interiorPoint(input.geometry, path),
			area: path.area(input.geometry),
			areaWidth: x1 - x0,
		};
	});
}

export function placeLabels(
	candidates: readonly LabelCandidate[],
	width: number,
	height: number,
	avoid: readonly Box[] = [],
): (PlacedLabel | undefined)[] {
	const placed: Box[] = [...avoid];
	const result: (PlacedLabel | undefined)[] = candidates.map(() => undefined);
	const order = candidates.map((c, index) => ({ c, index })).sort((a, b) => b.c.area - a.c.area);
	for (const { c, index } of order) {
		if (!c.anchor) continue;
		const w = c.text.length * CHAR_WIDTH;
		if (w > c.areaWidth * 1.4) continue;
		for (const dy of [0, -LINE * 0.8, LINE * 0.8]) {
			const [x, y0] = c.anchor;
			const y = y0 + dy;
			const box = { x0: x - w / 2 - 2, x1: x + w / 2 + 2, y0: y - LINE / 2, y1: y + LINE / 2 };
			if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
			if (placed.some((p) => overlaps(p, box))) continue;
			placed.push(box);
			result[index] = { text: c.text, x, y };
			break;
		}
	}
	return result;
}

/** The pole of inaccessibility of the largest polygon, in map coordinates. */
function interiorPoint(geometry: Polygon | MultiPolygon, path: GeoPath): [number, number] | undefined {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best: { area: number; rings: [number, number][][] } | undefined;
	for (const rings of polygons) {
		const area = path.area({ type: 'Polygon', coordinates: rings });
		if (!best || area > best.area) best = { area, rings: rings.map((ring) => ring.map((p) => project(path, p))) };
	}
	if (!best) return undefined;
	const point = polylabel(best.rings, 1);
	return [point[0], point[1]];
}

function project(path: GeoPath, p: number[]): [number, number] {
	const projection = path.projection() as unknown as (p: [number, number]) => [number, number] | null;
	return projection([p[0]!, p[1]!]) ?? [0, 0];
}
