/**
 * A static map as an SVG string, drawn at build time (no JavaScript): areas that are links
 * to their pages with an accessible name, the current area marked (aria-current), labels
 * that do not collide, choropleth classes or hatching for figures that are not shown, and
 * numbered points that match a numbered list beside the map. No inline styles: colours
 * come from classes in src/styles/kaart.css, so the Content-Security-Policy holds.
 */
import { geoPath, type GeoProjection } from 'd3';

import { ContentError } from '#lib/content/problem.ts';
import type { AreaFeature } from '#lib/geo/features.ts';
import { GEO_FILE, GEO_FOLDER } from '#lib/geo/format.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { escapeXml as esc } from '#lib/wijkkompas/charts/svg.ts';

import { fitMap, MAP_WIDTH } from './fit.ts';
import { LABEL_SIZE, type LabelCandidate, labelCandidates, placeLabels } from './labels.ts';

export interface MapArea {
	feature: AreaFeature;
	/** Label on the map and, unless `name` is given, the link's accessible name. */
	naam: string;
	href?: string;
	/** Accessible name of the link, e.g. "Kerkbuurt: 23,4 %". */
	name?: string;
	/** The accessible name in the page's language, when it has words of the interface ("(deze buurt)"). */
	nameIn?: (taal: Taal) => string;
	current?: boolean;
	/** Choropleth class, 1 (lowest) up to the number of classes. */
	klasse?: number;
	/** A figure exists but is not shown (too few answers, secret): hatched. */
	nietGetoond?: boolean;
}

export type PointKind = 'agenda' | 'activiteit' | 'initiatief' | 'organisatie';

export interface MapPoint {
	/** The number on the map and in the list beside it. */
	n: number;
	lat: number;
	lon: number;
	/** Accessible name, e.g. "Speeltuin Merelplein (wijkagenda)". */
	name: string;
	/** The accessible name in the page's language ("Speeltuin Merelplein (district agenda)"). */
	nameIn?: (taal: Taal) => string;
	href: string;
	soort: PointKind;
}

export interface AreaMapOptions {
	/** Unique on the page: used for the ids inside the SVG. */
	id: string;
	/** Accessible name of the map, e.g. "Kaart van de buurten van Centrum". */
	label: string;
	/** The accessible name in the page's language (src/i18n/<taal>/kaart.json); `label` is the Dutch one. */
	labelIn?: (taal: Taal) => string;
	areas: readonly MapArea[];
	/** Extra features drawn faintly behind the areas for orientation (e.g. neighbouring wijken). */
	context?: readonly AreaFeature[];
	/** A border drawn on top, e.g. the wijk around its buurten. */
	outline?: AreaFeature;
	points?: readonly MapPoint[];
	/** Leave out the area labels (e.g. for a choropleth with many small areas). */
	labels?: boolean;
}

const POINT_RADIUS = 9;

/** What does not change between pages that show the same areas: projection, paths and label positions. */
interface Prepared {
	projection: GeoProjection;
	height: number;
	areas: string[];
	context: string[];
	outline?: string;
	labels?: LabelCandidate[];
}

// Every buurt page of a wijk shows the same wijk map, and every choropleth page the same
// areas: projecting and placing labels once per set of areas keeps a national build fast.
// Keyed by the first area's feature object too, so new geometry (while editing) is drawn anew.
const preparedMaps = new WeakMap<object, Map<string, Prepared>>();

function prepare(options: AreaMapOptions): Prepared {
	const owner = options.areas[0]?.feature ?? options;
	let cache = preparedMaps.get(owner);
	if (!cache) preparedMaps.set(owner, (cache = new Map<string, Prepared>()));
	const key = [
		options.areas.map((a) => a.feature.id).join(','),
		options.outline?.id ?? '',
		options.context?.map((f) => f.id).join(',') ?? '',
		options.labels !== false,
	].join('|');
	const hit = cache.get(key);
	if (hit) return hit;
	// Fitted to the areas; a map without areas (a gemeente without wijken) shows its outline.
	const fitted = options.areas.length
		? options.areas.map((a) => a.feature)
		: [...(options.outline ? [options.outline] : []), ...(options.context ?? [])];
	const { projection, height } = fitMap(fitted);
	const path = geoPath(projection).digits(1);
	const prepared: Prepared = {
		projection,
		height,
		areas: options.areas.map((a) => path(a.feature) ?? ''),
		context: options.context?.map((f) => path(f) ?? '') ?? [],
		outline: options.outline ? (path(options.outline) ?? '') : undefined,
		labels:
			options.labels === false
				? undefined
				: labelCandidates(
						options.areas.map((a) => ({ text: a.naam, geometry: a.feature.geometry })),
						path,
					),
	};
	assertDrawable(prepared, options);
	cache.set(key, prepared);
	return prepared;
}

/**
 * A path with NaN or Infinity draws nothing, or garbage: the geometry check (geometry-check.ts)
 * refuses the coordinates that cause it, and this stops the build should any slip through.
 */
function assertDrawable(prepared: Prepared, options: AreaMapOptions): void {
	const bad = (d: string | undefined) => d !== undefined && (d.includes('NaN') || d.includes('Infinity'));
	const culprit =
		options.areas.find((_, i) => bad(prepared.areas[i]))?.feature ??
		options.context?.find((_, i) => bad(prepared.context[i])) ??
		(bad(prepared.outline) ? options.outline : undefined);
	if (!culprit && Number.isFinite(prepared.height)) return;
	const what = culprit ? `de grens van ${culprit.properties.naam} (${culprit.id})` : `de kaart '${options.label}'`;
	throw new ContentError([
		{
			file: `content/${GEO_FOLDER}/${GEO_FILE}`,
			message: `${what} kan niet worden getekend: er staan coördinaten in die geen getal zijn. Maak het bestand opnieuw met npm run import:geo (zie docs/importeren.md).`,
		},
	]);
}

/** The map as SVG; its accessible names in `taal` (the page's language; Dutch by default). */
export function renderAreaMap(options: AreaMapOptions, taal: Taal = 'nl'): string {
	const { projection, height, ...drawn } = prepare(options);
	const label = options.labelIn?.(taal) ?? options.label;
	const width = MAP_WIDTH;
	const hatch = `${options.id}-arcering`;
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" class="kaart" viewBox="0 0 ${width} ${height}" role="group" aria-label="${esc(label)}">`,
	);
	if (options.areas.some((a) => a.nietGetoond)) {
		out.push(
			`<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" class="kaart-arcering-grond"/><path d="M0,6L6,0M-1,1L1,-1M5,7L7,5" class="kaart-arcering"/></pattern></defs>`,
		);
	}
	if (drawn.context.length) {
		out.push(`<g class="kaart-omgeving" aria-hidden="true">`);
		for (const d of drawn.context) out.push(`<path d="${d}"/>`);
		out.push('</g>');
	}
	out.push('<g class="kaart-gebieden">');
	const anyFigure = options.areas.some((a) => a.klasse !== undefined || a.nietGetoond);
	options.areas.forEach((area, i) => {
		const d = drawn.areas[i];
		const classes = ['kaart-gebied'];
		if (area.current) classes.push('kaart-huidig');
		if (area.klasse !== undefined) classes.push(`kaart-klasse-${area.klasse}`);
		if (area.nietGetoond) classes.push('kaart-niet-getoond');
		if (area.klasse === undefined && !area.nietGetoond && anyFigure) classes.push('kaart-geen-cijfer');
		const fill = area.nietGetoond ? ` fill="url(#${hatch})"` : '';
		const shape = `<path d="${d}"${fill}/>`;
		const name = esc(area.nameIn?.(taal) ?? area.name ?? area.naam);
		const current = area.current ? ' aria-current="page"' : '';
		out.push(
			area.href
				? `<a href="${esc(area.href)}" class="${classes.join(' ')}" aria-label="${name}"${current}>${shape}</a>`
				: `<g class="${classes.join(' ')}" role="img" aria-label="${name}">${shape}</g>`,
		);
	});
	out.push('</g>');
	if (drawn.outline !== undefined) out.push(`<path class="kaart-grens" d="${drawn.outline}" aria-hidden="true"/>`);

	const points = placePoints(options.points ?? [], (lon, lat) => projection([lon, lat]) ?? [0, 0]);
	if (drawn.labels) {
		const avoid = points.map(({ x, y }) => ({
			x0: x - POINT_RADIUS,
			x1: x + POINT_RADIUS,
			y0: y - POINT_RADIUS,
			y1: y + POINT_RADIUS,
		}));
		const labels = placeLabels(drawn.labels, width, height, avoid);
		out.push(`<g class="kaart-labels" aria-hidden="true" font-size="${LABEL_SIZE}">`);
		for (const label of labels) {
			if (label)
				out.push(`<text x="${label.x.toFixed(1)}" y="${label.y.toFixed(1)}" dy="0.35em">${esc(label.text)}</text>`);
		}
		out.push('</g>');
	}
	if (points.length) {
		out.push('<g class="kaart-punten">');
		for (const { point, x, y } of points) {
			out.push(
				`<a href="${esc(point.href)}" class="kaart-punt kaart-punt-${point.soort}" aria-label="${esc(`${point.n}. ${point.nameIn?.(taal) ?? point.name}`)}">` +
					`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${POINT_RADIUS}"/>` +
					`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" dy="0.35em" aria-hidden="true">${point.n}</text></a>`,
			);
		}
		out.push('</g>');
	}
	out.push('</svg>');
	return out.join('');
}

/** Map positions for the points; points at (nearly) the same place are set side by side. */
function placePoints(points: readonly MapPoint[], project: (lon: number, lat: number) => [number, number]) {
	const placed: { point: MapPoint; x: number; y: number }[] = [];
	for (const point of points) {
		let [x, y] = project(point.lon, point.lat);
		for (let step = 1; placed.some((p) => Math.hypot(p.x - x, p.y - y) < POINT_RADIUS * 2); step++) {
			const angle = step * 2.4;
			const [x0, y0] = project(point.lon, point.lat);
			x = x0 + Math.cos(angle) * POINT_RADIUS * 2 * Math.sqrt(step);
			y = y0 + Math.sin(angle) * POINT_RADIUS * 2 * Math.sqrt(step);
		}
		placed.push({ point, x, y });
	}
	return placed;
}
