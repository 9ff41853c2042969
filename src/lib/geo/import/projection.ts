/**
 * Which coordinate system a boundary file uses, and the conversion to WGS84 longitude and
 * latitude. Supported: RD New (EPSG:28992, what Dutch GIS departments use) and WGS84
 * (EPSG:4326, CRS84, also ETRS89 / EPSG:4258, which differs less than a metre here).
 * The system comes from the GeoJSON `crs` member or `--projectie`, else from the range of
 * the coordinates.
 */
import proj4 from 'proj4';

import type { Place } from '#lib/content/problem.ts';

export type Projection = 'EPSG:28992' | 'EPSG:4326';
export const PROJECTIONS: readonly Projection[] = ['EPSG:28992', 'EPSG:4326'];

export const PROJECTION_NAMES: Record<Projection, string> = {
	'EPSG:28992': 'RD New (EPSG:28992)',
	'EPSG:4326': 'WGS84 (EPSG:4326)',
};

/** The Rijksdriehoeksstelsel with the datum shift to WGS84 (accurate to about a metre). */
const RD_NEW =
	'+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

/** Where coordinates of the Netherlands lie, in each system (a little wider than the country). */
export const NL_RANGE: Record<Projection, { x: [number, number]; y: [number, number] }> = {
	'EPSG:28992': { x: [0, 300_000], y: [280_000, 630_000] },
	'EPSG:4326': { x: [3, 7.5], y: [50.5, 53.8] },
};

const EPSG_CODES: Record<string, Projection> = {
	'28992': 'EPSG:28992',
	'7415': 'EPSG:28992',
	'4326': 'EPSG:4326',
	'4258': 'EPSG:4326',
};

/** How to get a file in a supported system, for messages. */
export const CONVERT_HINT =
	'Dit programma leest RD New (EPSG:28992) en WGS84 (EPSG:4326). Zet het bestand om naar een van die twee, bijvoorbeeld in QGIS (Exporteren > Objecten opslaan als, kies CRS EPSG:4326) of met ogr2ogr -t_srs EPSG:4326 nieuw.geojson oud.geojson. Weet u welk stelsel het bestand echt gebruikt, geef het dan op met --projectie EPSG:28992 of --projectie EPSG:4326.';

/**
 * The projection a CRS name stands for: "urn:ogc:def:crs:EPSG::28992", "EPSG:28992",
 * "http://www.opengis.net/def/crs/EPSG/0/28992", "urn:ogc:def:crs:OGC:1.3:CRS84", …
 * `undefined` for a system this program does not convert.
 */
export function projectionOf(name: string): Projection | undefined {
	const text = name.trim();
	if (/(^|[:/])CRS:?84$/i.test(text)) return 'EPSG:4326';
	const code = /EPSG(?:[:/][\d.]*)*[:/]+(\d+)$/i.exec(text)?.[1] ?? /^(\d+)$/.exec(text)?.[1];
	return code ? EPSG_CODES[code] : undefined;
}

export type BBox = [number, number, number, number];

const inside = (box: BBox, range: { x: [number, number]; y: [number, number] }) =>
	box[0] >= range.x[0] && box[2] <= range.x[1] && box[1] >= range.y[0] && box[3] <= range.y[1];

/** The projection whose Dutch range holds all coordinates, if exactly one does. */
export function detectProjection(box: BBox): Projection | undefined {
	return PROJECTIONS.find((p) => inside(box, NL_RANGE[p]));
}

/** True when longitude and latitude seem swapped (52.1, 5.1 instead of 5.1, 52.1). */
export function looksSwapped(box: BBox): boolean {
	return inside([box[1], box[0], box[3], box[2]], NL_RANGE['EPSG:4326']) && !inside(box, NL_RANGE['EPSG:4326']);
}

export type Position = [number, number];

/** Converts a position in the given system to WGS84 [longitude, latitude]. */
export function toWgs84(projection: Projection): (p: Position) => Position {
	if (projection === 'EPSG:4326') return (p) => [p[0], p[1]];
	const converter = proj4(RD_NEW, 'WGS84');
	return (p) => converter.forward<Position>([p[0], p[1]]);
}

/** "x van 5.01 tot 5.12, y van 52 tot 52.05": numbers written as in the file. */
const coordinate = (v: number) => String(Math.round(v * 1e6) / 1e6);
const rangeText = (box: BBox) =>
	`x van ${coordinate(box[0])} tot ${coordinate(box[2])}, y van ${coordinate(box[1])} tot ${coordinate(box[3])}`;

/**
 * A file's coordinate system: --projectie, else its crs member, else from the range of its
 * coordinates. Reports (once, for the whole file) a system it cannot use.
 */
export function fileProjection(
	source: { crs?: string; bbox?: BBox },
	forced: Projection | undefined,
	report: (place: Place | undefined, message: string) => void,
): { projection: Projection; swapped: boolean } | undefined {
	const box = source.bbox;
	let projection = forced;
	if (!projection && source.crs !== undefined) {
		projection = projectionOf(source.crs);
		if (!projection) {
			report(
				undefined,
				`dit bestand gebruikt het coördinatenstelsel ${source.crs}. Dat wordt niet ondersteund. ${CONVERT_HINT}`,
			);
			return undefined;
		}
	}
	if (!box) return { projection: projection ?? 'EPSG:4326', swapped: false };
	if (!projection) {
		projection = detectProjection(box);
		if (!projection && looksSwapped(box)) return { projection: 'EPSG:4326', swapped: true };
		if (!projection) {
			report(
				undefined,
				`uit de coördinaten (${rangeText(box)}) is niet op te maken welk coördinatenstelsel dit bestand gebruikt: ze passen niet bij RD New of WGS84 in Nederland, en er staat geen crs in het bestand. ${CONVERT_HINT}`,
			);
			return undefined;
		}
	}
	const swapped = projection === 'EPSG:4326' && looksSwapped(box);
	const range = NL_RANGE[projection];
	const [x0, y0, x1, y1] = swapped ? [box[1], box[0], box[3], box[2]] : box;
	if (x1 < range.x[0] || x0 > range.x[1] || y1 < range.y[0] || y0 > range.y[1]) {
		const how = forced ? 'u met --projectie opgaf' : 'in het bestand staat';
		report(
			undefined,
			`de coördinaten (${rangeText(box)}) liggen niet in Nederland als ze in ${PROJECTION_NAMES[projection]} zijn, het stelsel dat ${how}. ${CONVERT_HINT}`,
		);
		return undefined;
	}
	return { projection, swapped };
}
