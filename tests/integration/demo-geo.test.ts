/**
 * The demo portal's geometry (content/geo/gebieden.topojson) against the demo content: the
 * same gemeente, wijken and buurten with the same codes and names, areas that tile each other
 * without overlaps and with d3-geo's winding, every `locatie` of an agenda item or activity
 * inside its buurt or wijk, and a file that is exactly what scripts/demo/geo.ts makes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { geoArea, geoBounds, geoContains, geoDistance } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';

import { readDataFile } from '#lib/content/parse-file.ts';
import {
	type AreaProperties,
	GEO_FILE,
	GEO_FOLDER,
	GEO_LEVELS,
	type GeoLevel,
	type GeoTopology,
} from '#lib/geo/format.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { runCli } from '#tests/support/run.ts';

const CONTENT = join(REPO, 'content');
const WIJKEN = join(CONTENT, 'wijken');
const GEO = join(CONTENT, GEO_FOLDER, GEO_FILE);
const EARTH_KM = 6371.0088;

interface Area {
	code: string;
	naam: string;
}
interface Wijk extends Area {
	folder: string;
	buurten: Area[];
}
type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

const frontMatter = (path: string) => readDataFile(path);

const gemeente = (readDataFile(join(CONTENT, 'portaal.yaml')) as unknown as { gemeenten: Area[] }).gemeenten[0]!;
const wijken: Wijk[] = readdirSync(WIJKEN)
	.filter((folder) => statSync(join(WIJKEN, folder)).isDirectory())
	.map((folder) => ({ folder, ...(frontMatter(join(WIJKEN, folder, 'wijk.md')) as unknown as Omit<Wijk, 'folder'>) }));
const buurten = wijken.flatMap((w) => w.buurten);

const text = readFileSync(GEO, 'utf8');
const geo = JSON.parse(text) as GeoTopology;
const features = (level: GeoLevel) => feature(geo, geo.objects[level]).features as AreaFeature[];
const byCode = new Map(GEO_LEVELS.flatMap((level) => features(level).map((f) => [String(f.id), f] as const)));
const area = (code: string) => geoArea(byCode.get(code)!);
const sum = (codes: string[]) => codes.reduce((total, code) => total + area(code), 0);

/** A point well inside the area (its pole of inaccessibility), not its centroid, which may lie outside. */
function interiorPoint(f: AreaFeature): [number, number] {
	const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	const largest = polygons.reduce((a, b) =>
		geoArea({ type: 'Polygon', coordinates: b }) > geoArea({ type: 'Polygon', coordinates: a }) ? b : a,
	);
	const [x, y] = polylabel(largest as [number, number][][], 1e-6);
	return [x, y];
}

interface Place {
	file: string;
	locatie: string | undefined;
	buurt: string | undefined;
	wijk: Wijk;
}

/** Every agenda item and activity of the demo content, with its `locatie` (activities: `plaats.locatie`). */
function places(kind: 'agenda' | 'activiteiten'): Place[] {
	return wijken.flatMap((wijk) => {
		const folder = join(WIJKEN, wijk.folder, kind);
		return readdirSync(folder)
			.filter((name) => name.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(name)) // translations (x.en.md) are not places of their own
			.map((name) => {
				const data = frontMatter(join(folder, name)) as {
					locatie?: string;
					buurt?: string;
					plaats?: { locatie?: string };
				};
				const locatie = kind === 'agenda' ? data.locatie : data.plaats?.locatie;
				return { file: relative(CONTENT, join(folder, name)), locatie, buurt: data.buurt, wijk };
			});
	});
}
const agenda = places('agenda');
const activiteiten = places('activiteiten');

/** "52.29787, 6.40191" as [longitude, latitude]. */
function lonLat(locatie: string): [number, number] {
	const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(locatie);
	if (!match) throw new Error(`not a locatie: ${locatie}`);
	return [Number(match[2]), Number(match[1])];
}

describe('demo geometry: the areas of the content', () => {
	it('is a TopoJSON topology with only the three levels, an invented source and a free licence', () => {
		expect(geo.type).toBe('Topology');
		expect(Object.keys(geo.objects).sort()).toEqual([...GEO_LEVELS].sort());
		expect(geo.bron).toBe('Verzonnen voorbeeldgeometrie (Brinkwoude bestaat niet)');
		expect(geo.licentie).toBe('CC0 1.0');
		expect(geo.transform).toBeDefined();
		expect(text.length).toBeLessThan(40_000);
	});

	it('has exactly the gemeente, wijken and buurten of the content, with their codes and names', () => {
		expect(wijken).toHaveLength(5);
		expect(buurten).toHaveLength(15);
		const named = (areas: Area[]) =>
			areas.map((a) => ({ code: a.code, naam: a.naam })).sort((a, b) => a.code.localeCompare(b.code));
		const inFile = (level: GeoLevel) =>
			named(features(level).map((f) => ({ code: String(f.id), naam: f.properties.naam })));
		expect(inFile('gemeenten')).toEqual(named([gemeente]));
		expect(inFile('wijken')).toEqual(named(wijken));
		expect(inFile('buurten')).toEqual(named(buurten));
		for (const level of GEO_LEVELS) {
			for (const g of geo.objects[level].geometries)
				expect(['Polygon', 'MultiPolygon'], String(g.id)).toContain(g.type);
		}
	});

	it('winds every area the way d3-geo expects: a positive area below 2π', () => {
		for (const [code, f] of byCode) {
			const a = geoArea(f);
			expect(a, code).toBeGreaterThan(0);
			expect(a, code).toBeLessThan(2 * Math.PI);
		}
	});

	it('looks like a small municipality in the east of the Netherlands', () => {
		const [[west, south], [east, north]] = geoBounds(byCode.get(gemeente.code)!);
		const km = (a: [number, number], b: [number, number]) => geoDistance(a, b) * EARTH_KM;
		const width = km([west, (south + north) / 2], [east, (south + north) / 2]);
		const height = km([west, south], [west, north]);
		expect(width).toBeGreaterThan(9);
		expect(width).toBeLessThan(16);
		expect(height).toBeGreaterThan(7);
		expect(height).toBeLessThan(14);
		expect(west).toBeGreaterThan(5.8);
		expect(east).toBeLessThan(7.2);
		expect(south).toBeGreaterThan(51.8);
		expect(north).toBeLessThan(52.8);
		// Irregular outlines, not boxes: every area has many corners.
		const corners = (f: AreaFeature) =>
			(f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
				.flat()
				.reduce((n, ring) => n + ring.length - 1, 0);
		for (const [code, f] of byCode) expect(corners(f), code).toBeGreaterThan(15);
	});
});

describe('demo geometry: the areas tile each other', () => {
	it('has buurten that add up to their wijk, and wijken that add up to the gemeente', () => {
		for (const wijk of wijken) {
			expect(Math.abs(sum(wijk.buurten.map((b) => b.code)) / area(wijk.code) - 1), wijk.code).toBeLessThan(0.005);
		}
		expect(Math.abs(sum(wijken.map((w) => w.code)) / area(gemeente.code) - 1)).toBeLessThan(0.005);
	});

	it('has no overlapping buurten or wijken: a point inside each lies in that area only', () => {
		for (const level of ['wijken', 'buurten'] as const) {
			const all = features(level);
			for (const f of all) {
				const point = interiorPoint(f);
				const containing = all.filter((g) => geoContains(g, point)).map((g) => g.id);
				expect(containing, `${f.id} ${f.properties.naam}`).toEqual([f.id]);
				expect(geoContains(byCode.get(gemeente.code)!, point), String(f.id)).toBe(true);
			}
		}
	});

	it('puts each buurt inside its own wijk', () => {
		for (const wijk of wijken) {
			for (const buurt of wijk.buurten)
				expect(geoContains(byCode.get(wijk.code)!, interiorPoint(byCode.get(buurt.code)!)), buurt.code).toBe(true);
		}
	});
});

describe('demo geometry: the places in the content', () => {
	it('gives every activity a place on the map, and most agenda items', () => {
		expect(activiteiten.filter((a) => !a.locatie).map((a) => a.file)).toEqual([]);
		const without = agenda.filter((a) => !a.locatie).map((a) => a.file);
		expect(without.length).toBeGreaterThanOrEqual(2);
		expect(without.length).toBeLessThanOrEqual(4);
	});

	it('puts every locatie inside its buurt, or inside its wijk when it has no buurt', () => {
		const placed = [...agenda, ...activiteiten].filter((p) => p.locatie);
		expect(placed.length).toBeGreaterThan(40);
		for (const place of placed) {
			const point = lonLat(place.locatie!);
			const code = place.buurt ?? place.wijk.code;
			expect(byCode.has(code), `${place.file}: ${code}`).toBe(true);
			expect(geoContains(byCode.get(code)!, point), `${place.file}: ${place.locatie} not in ${code}`).toBe(true);
			if (place.buurt)
				expect(
					place.wijk.buurten.map((b) => b.code),
					place.file,
				).toContain(place.buurt);
		}
	});

	it('gives activities in the same building the same coordinates', () => {
		const byAddress = new Map<string, Set<string>>();
		for (const wijk of wijken) {
			const folder = join(WIJKEN, wijk.folder, 'activiteiten');
			for (const name of readdirSync(folder).filter((n) => n.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(n))) {
				const { plaats } = frontMatter(join(folder, name)) as { plaats: { adres: string; locatie?: string } };
				byAddress.set(plaats.adres, (byAddress.get(plaats.adres) ?? new Set()).add(plaats.locatie ?? ''));
			}
		}
		for (const [adres, locaties] of byAddress) expect([...locaties], adres).toHaveLength(1);
	});
});

describe('demo geometry: the script', () => {
	it('makes exactly the committed file', () => {
		mkdirSync(TMP, { recursive: true });
		const dir = mkdtempSync(join(TMP, 'demo-geo-'));
		try {
			const out = join(dir, GEO_FILE);
			const result = runCli('demo/geo', [out]);
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(readFileSync(out, 'utf8')).toBe(text);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
