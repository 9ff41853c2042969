/**
 * The coordinates of the geometry file (content/geo/gebieden.topojson): every arc a list of
 * at least two positions, every position two finite numbers, a `transform` (of a quantised
 * file) with a finite scale and translate, and every decoded point a longitude and latitude
 * that a map can show. One wrong number would otherwise draw "MNaN…" on every map with
 * that arc.
 */
import { arrayItemLine } from '#lib/content/json-file.ts';
import { lineAt } from '#lib/content/problem.ts';
import { asJson } from '#lib/content/quote.ts';

export interface GeometryProblem {
	message: string;
	line?: number;
	field?: string;
}

const REMAKE =
	'Het bestand is beschadigd of met de hand veranderd. Maak het opnieuw met npm run import:geo (zie docs/importeren.md).';
/** Reported per file: one broken arc usually means many. */
const MAX_PROBLEMS = 5;
/** Web maps (Mercator) end at about 85° north and south. */
const MAX_LATITUDE = 85;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const pair = (v: unknown): v is [number, number] => Array.isArray(v) && v.length >= 2 && finite(v[0]) && finite(v[1]);

/** Problems with the coordinates of a Topology whose outline (type, objects, arcs list) is already checked. */
export function geometryProblems(topology: { arcs: unknown[]; transform?: unknown }, text: string): GeometryProblem[] {
	const problems: GeometryProblem[] = [];
	let scale: [number, number] = [1, 1];
	let translate: [number, number] = [0, 0];
	const quantised = topology.transform !== undefined;
	if (quantised) {
		const t = topology.transform as { scale?: unknown; translate?: unknown } | null;
		if (!t || typeof t !== 'object' || !pair(t.scale) || !pair(t.translate) || t.scale[0] === 0 || t.scale[1] === 0) {
			const at = /"transform"\s*:/.exec(text);
			return [
				{
					message: `het deel "transform" is niet in orde: "scale" en "translate" moeten elk twee getallen zijn, en "scale" mag geen 0 bevatten. ${REMAKE}`,
					line: at ? lineAt(text, at.index) : undefined,
					field: 'transform',
				},
			];
		}
		scale = [t.scale[0], t.scale[1]];
		translate = [t.translate[0], t.translate[1]];
	}

	const report = (index: number, message: string) =>
		problems.push({
			message: `de lijn (arc) nummer ${index + 1} ${message} ${REMAKE}`,
			line: arrayItemLine(text, 'arcs', index),
			field: `arcs.${index + 1}`,
		});
	for (let i = 0; i < topology.arcs.length && problems.length < MAX_PROBLEMS; i++) {
		const arc = topology.arcs[i];
		if (!Array.isArray(arc) || arc.length < 2) {
			report(
				i,
				`heeft minder dan twee punten (${asJson(arc)}). Een lijn is een lijst van punten, elk punt twee getallen: [[5.1, 52.1], [5.2, 52.1]].`,
			);
			continue;
		}
		// Quantised arcs hold the first point and then the steps from point to point.
		let x = 0;
		let y = 0;
		for (let k = 0; k < arc.length; k++) {
			const position: unknown = arc[k];
			if (!pair(position)) {
				report(
					i,
					`heeft een punt dat geen twee getallen is: ${asJson(position)}. Elk punt is een lengte- en een breedtegraad, zoals [5.1, 52.1].`,
				);
				break;
			}
			if (quantised) {
				x += position[0];
				y += position[1];
			} else [x, y] = position;
			const lon = quantised ? x * scale[0] + translate[0] : x;
			const lat = quantised ? y * scale[1] + translate[1] : y;
			if (!(lon >= -180 && lon <= 180 && lat >= -MAX_LATITUDE && lat <= MAX_LATITUDE)) {
				report(
					i,
					`heeft een punt dat niet op de kaart kan liggen (lengtegraad ${lon}, breedtegraad ${lat}). De coördinaten moeten lengte- en breedtegraden zijn (WGS84).`,
				);
				break;
			}
		}
	}
	return problems;
}
