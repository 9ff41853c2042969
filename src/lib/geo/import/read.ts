/**
 * Reads a boundary file as municipalities get it: a GeoJSON FeatureCollection (or a single
 * Feature) or a TopoJSON Topology. The result is a flat list of features with their number
 * in the file (from 1), their attributes and their geometry, plus the CRS the file names
 * and the range of its coordinates. Nothing is checked here beyond the file's shape.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';

import type { Feature, Geometry } from 'geojson';
import { bbox as topologyBbox, feature as topologyFeature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

import { IMPORT_FILE_MAX_BYTES } from '#lib/content/limits.ts';
import type { Problem } from '#lib/content/problem.ts';
import { parseJson } from '#lib/content/source.ts';
import { fileTooLarge } from '#lib/content/text-checks.ts';
import { cellString } from '#lib/wijkkompas/import/numbers.ts';

import type { BBox } from './projection.ts';

export interface SourceFeature {
	/** 1-based number of the feature in the file. */
	number: number;
	properties: Record<string, unknown>;
	/** Decoded on demand: national TopoJSON files hold thousands of areas, most of them not needed. */
	geometry(): Geometry | null;
}

export interface SourceFile {
	/** The path as the editor typed it. */
	file: string;
	format: 'GeoJSON' | 'TopoJSON';
	/** The name in the `crs` member, if any. */
	crs?: string;
	features: SourceFeature[];
	/** Range of all valid coordinates in the file; undefined when it has none. */
	bbox?: BBox;
	bytes: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readSourceFile(path: string, shown: string): { source?: SourceFile; problems: Problem[] } {
	const fail = (message: string, line?: number) => ({ problems: [{ file: shown, line, message }] });
	if (!existsSync(path)) return fail('dit bestand bestaat niet. Controleer de naam en de map.');
	if (statSync(path).isDirectory())
		return fail('dit is een map, geen bestand. Geef de naam van het GeoJSON- of TopoJSON-bestand op.');
	const tooLarge = fileTooLarge(path, IMPORT_FILE_MAX_BYTES);
	if (tooLarge)
		return fail(
			`${tooLarge} Knip eerst de grenzen van uw gemeente uit het bestand, bijvoorbeeld in QGIS, en importeer dat kleinere bestand.`,
		);
	const buffer = readFileSync(path);
	if (buffer[0] === 0x50 && buffer[1] === 0x4b) {
		return fail(
			'dit is een zip-bestand. Pak het eerst uit. Is het een shapefile of GeoPackage? Zet het dan om naar GeoJSON, bijvoorbeeld in QGIS (Exporteren > Objecten opslaan als, indeling GeoJSON) of met ogr2ogr -f GeoJSON nieuw.geojson oud.shp.',
		);
	}
	const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
	const parsed = parseJson(text);
	if (!parsed.ok && parsed.message) return fail(parsed.message, parsed.line);
	if (!parsed.ok) {
		// A file that stops too early fails at its end.
		const line = parsed.line ?? text.split('\n').length;
		const xml = /^\s*</.test(text)
			? ' Het lijkt een XML-bestand (bijvoorbeeld GML of KML): zet het om naar GeoJSON, bijvoorbeeld in QGIS of met ogr2ogr -f GeoJSON nieuw.geojson oud.gml.'
			: '';
		return fail(
			`dit is geen geldig JSON-bestand: het is hier niet te lezen. Controleer of het bestand compleet is en niet met de hand is veranderd. Een GeoJSON- of TopoJSON-bestand begint met { en eindigt met }.${xml}`,
			line && !xml ? line : undefined,
		);
	}
	const data = parsed.value;
	if (!isObject(data))
		return fail(
			'dit bestand is geen GeoJSON of TopoJSON: er staat geen object ({ … }) in. Exporteer de grenzen opnieuw als GeoJSON.',
		);

	if (data.type === 'Topology') return readTopology(data, shown, buffer.length);
	if (data.type === 'FeatureCollection' || data.type === 'Feature') return readGeoJson(data, shown, buffer.length);
	const type = typeof data.type === 'string' ? ` (type ${data.type})` : '';
	return fail(
		`dit bestand is geen GeoJSON FeatureCollection en geen TopoJSON Topology${type}. Exporteer de grenzen als GeoJSON (bijvoorbeeld in QGIS: Exporteren > Objecten opslaan als, indeling GeoJSON) of gebruik het TopoJSON-bestand zoals u het kreeg.`,
	);
}

function readGeoJson(
	data: Record<string, unknown>,
	shown: string,
	bytes: number,
): { source?: SourceFile; problems: Problem[] } {
	const list = data.type === 'Feature' ? [data] : data.features;
	if (!Array.isArray(list)) {
		return {
			problems: [
				{
					file: shown,
					message: 'in deze FeatureCollection ontbreekt de lijst features. Exporteer de grenzen opnieuw als GeoJSON.',
				},
			],
		};
	}
	const box = new BoxBuilder();
	const features: SourceFeature[] = list.map((item: unknown, i) => {
		const f = isObject(item) ? item : {};
		const geometry = isObject(f.geometry) ? (f.geometry as unknown as Geometry) : null;
		box.addGeometry(geometry);
		return { number: i + 1, properties: isObject(f.properties) ? f.properties : {}, geometry: () => geometry };
	});
	return {
		source: { file: shown, format: 'GeoJSON', crs: crsMember(data.crs), features, bbox: box.result(), bytes },
		problems: [],
	};
}

function crsMember(crs: unknown): string | undefined {
	if (!isObject(crs)) return undefined;
	const properties = isObject(crs.properties) ? crs.properties : {};
	if (crs.type === 'name' && typeof properties.name === 'string') return properties.name;
	if (String(crs.type).toUpperCase() === 'EPSG' && properties.code !== undefined)
		return `EPSG:${cellString(properties.code)}`;
	return JSON.stringify(crs);
}

function readTopology(
	data: Record<string, unknown>,
	shown: string,
	bytes: number,
): { source?: SourceFile; problems: Problem[] } {
	const fail = (message: string) => ({ problems: [{ file: shown, message }] });
	const objects = isObject(data.objects) ? data.objects : {};
	const names = Object.keys(objects);
	if (!names.length || !Array.isArray(data.arcs))
		return fail('in deze TopoJSON staan geen objecten of geen arcs. Exporteer de grenzen opnieuw.');
	const name = names.length === 1 ? names[0]! : names.includes('layer') ? 'layer' : names[0]!;
	const object = objects[name];
	if (!isObject(object)) return fail(`het object ${name} in deze TopoJSON is leeg. Exporteer de grenzen opnieuw.`);
	const topology = data as unknown as Topology;
	const geometries =
		object.type === 'GeometryCollection' && Array.isArray(object.geometries)
			? (object.geometries as GeometryObject[])
			: [object as unknown as GeometryObject];
	let box: BBox | undefined;
	try {
		const b = topologyBbox(topology);
		if (b.every(Number.isFinite)) box = [b[0], b[1], b[2], b[3]];
	} catch {
		return fail('deze TopoJSON is beschadigd: de lijnen (arcs) zijn niet te lezen. Exporteer de grenzen opnieuw.');
	}
	const features: SourceFeature[] = geometries.map((g, i) => ({
		number: i + 1,
		properties: isObject(g?.properties) ? g.properties : {},
		geometry: () => {
			if (!isObject(g) || g.type === null) return null;
			return (topologyFeature(topology, g) as Feature).geometry;
		},
	}));
	return {
		source: { file: shown, format: 'TopoJSON', crs: crsMember(data.crs), features, bbox: box, bytes },
		problems: [],
	};
}

/** The range of all valid coordinates of the GeoJSON geometries seen. */
class BoxBuilder {
	private box: BBox = [Infinity, Infinity, -Infinity, -Infinity];

	addGeometry(geometry: unknown): void {
		if (!isObject(geometry)) return;
		if (Array.isArray(geometry.geometries)) for (const g of geometry.geometries) this.addGeometry(g);
		else this.addCoordinates(geometry.coordinates);
	}

	private addCoordinates(c: unknown): void {
		if (!Array.isArray(c)) return;
		if (typeof c[0] === 'number') {
			const [x, y] = c as number[];
			if (Number.isFinite(x) && Number.isFinite(y)) {
				const b = this.box;
				if (x! < b[0]) b[0] = x!;
				if (y! < b[1]) b[1] = y!;
				if (x! > b[2]) b[2] = x!;
				if (y! > b[3]) b[3] = y!;
			}
			return;
		}
		for (const item of c) this.addCoordinates(item);
	}

	result(): BBox | undefined {
		return Number.isFinite(this.box[0]) ? this.box : undefined;
	}
}
