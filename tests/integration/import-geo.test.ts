/**
 * `npm run import:geo`: boundary files in, content/geo/gebieden.topojson out.
 *
 * With real files (../shared/data, see its README; skipped when absent):
 * - the CBS national set 2014/2015 (TopoJSON, statcode/statnaam), gemeente GM0344;
 * - Utrecht's own wijk.geojson and buurt.geojson (KODE/NAAM) with templates/geo/utrecht.yaml,
 *   also through the real command line into a portal;
 * - the same files converted here to RD New (EPSG:28992), with and without a crs member.
 * Every output is compared with the input read independently here: counts, codes, names,
 * area and centroid of every area, d3-geo ring order, shared borders.
 *
 * With small files made here (always run): simplification must not let a tiny area vanish,
 * and every kind of bad input stops the import with its exact Dutch message.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { geoArea, geoCentroid, geoDistance } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { feature, mesh } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GeoTopology } from '#lib/geo/format.ts';
import { type GeoImportOptions, runGeoImport } from '#lib/geo/import/run.ts';
import { readGeo } from '#lib/geo/read.ts';
import { writeCbsPortal } from '#tests/support/cbs-portal.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { runCli } from '#tests/support/run.ts';

const DATA = join(REPO, '..', 'shared', 'data');
const CBS = join(DATA, 'cbs-gebieden-2014');
const UTRECHT = join(DATA, 'utrecht');
const FILES = {
	gemeenten: join(CBS, 'gemeente_2015.topojson'),
	wijken: join(CBS, 'wijk_2014.topojson'),
	buurten: join(CBS, 'buurt_2014.topojson'),
	utrechtWijken: join(UTRECHT, 'wijk.geojson'),
	utrechtBuurten: join(UTRECHT, 'buurt.geojson'),
};
const present = Object.values(FILES).every((f) => existsSync(f));
/** Without these real files (see ../shared/data/README.md) the tests that use them are skipped. */
const NEEDS = '(needs ../shared/data/cbs-gebieden-2014 and ../shared/data/utrecht)';
const KOPPELING = join(REPO, 'templates', 'geo', 'utrecht.yaml');
/** Mean earth radius in metres (the one d3-geo's steradians relate to). */
const R = 6_371_008.8;
const STACK_TRACE = /^\s+at .+[(:]\d+/m;
/**
 * Utrecht's full-precision files (10 wijken, 111 buurten, 661 kB) must give a file fit for a
 * web page: 100 kB of JSON is about 30 kB over the wire (gzip), less than one photo, and
 * parses in milliseconds on a phone. The default simplification gives about 45 kB.
 */
const UTRECHT_LIMIT = 100 * 1024;

const dirs: string[] = [];
function tempDir(prefix: string): string {
	mkdirSync(TMP, { recursive: true });
	const dir = mkdtempSync(join(TMP, `import-geo-${prefix}-`));
	dirs.push(dir);
	mkdirSync(join(dir, 'content'), { recursive: true });
	return dir;
}
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

type Area = Feature<Polygon | MultiPolygon>;

/** The features of a level of the output, as GeoJSON. */
function areasOf(t: GeoTopology, level: 'gemeenten' | 'wijken' | 'buurten'): Area[] {
	return (feature(t as Topology, t.objects[level] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>)
		.features;
}

/** The features of a TopoJSON file's only object, read independently of the importer. */
function topoFeatures(path: string): Area[] {
	const t = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const [object] = Object.values(t.objects);
	return (feature(t, object as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features;
}

const squareMetres = (f: Area) => geoArea(f) * R * R;
const metresApart = (a: Area, b: Area) => geoDistance(geoCentroid(a), geoCentroid(b)) * R;

/** Every output area is a real area in d3-geo's ring order: more than 0, less than half the sphere. */
function expectD3Order(t: GeoTopology): void {
	for (const level of ['gemeenten', 'wijken', 'buurten'] as const) {
		for (const f of areasOf(t, level)) {
			const area = geoArea(f);
			expect(area, `${f.id}`).toBeGreaterThan(0);
			expect(area, `${f.id}`).toBeLessThan(2 * Math.PI);
		}
	}
}

/** The documented format: these three objects, ids, only a naam, quantised. */
function expectFormat(t: GeoTopology): void {
	expect(t.type).toBe('Topology');
	expect(Object.keys(t.objects)).toEqual(['gemeenten', 'wijken', 'buurten']);
	expect(t.transform).toBeDefined();
	const forms = { gemeenten: /^GM\d{4}$/, wijken: /^WK\d{6}$/, buurten: /^BU\d{8}$/ };
	for (const level of ['gemeenten', 'wijken', 'buurten'] as const) {
		const object = t.objects[level];
		expect(object.type).toBe('GeometryCollection');
		for (const g of object.geometries) {
			expect(['Polygon', 'MultiPolygon']).toContain(g.type);
			expect(String(g.id)).toMatch(forms[level]);
			expect(Object.keys(g.properties ?? {})).toEqual(['naam']);
			const naam = (g.properties as { naam: string }).naam;
			expect(naam.trim()).toBe(naam);
			expect(naam).not.toBe('');
		}
	}
}

/** The arcs each level uses. */
function arcSet(t: GeoTopology, level: 'wijken' | 'buurten'): Set<number> {
	const arcs = new Set<number>();
	for (const g of t.objects[level].geometries) {
		const rings = g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [];
		for (const ring of rings) for (const i of ring) arcs.add(i < 0 ? ~i : i);
	}
	return arcs;
}

function geoImport(
	options: Partial<GeoImportOptions> & Pick<GeoImportOptions, 'wijken' | 'buurten'>,
	dir = tempDir('run'),
) {
	return runGeoImport({ gemeente: 'GM0344', contentDir: 'content', cwd: dir, ...options });
}

describe.skipIf(!present)(`import:geo with the CBS national set 2014, gemeente GM0344 ${NEEDS}`, () => {
	let input: { gemeenten: Area[]; wijken: Area[]; buurten: Area[] };
	let result: ReturnType<typeof runGeoImport>;
	let t: GeoTopology;

	beforeAll(() => {
		const of = (path: string, prefix: string) =>
			topoFeatures(path).filter((f) => String(f.properties?.statcode).startsWith(prefix));
		input = {
			gemeenten: of(FILES.gemeenten, 'GM0344'),
			wijken: of(FILES.wijken, 'WK0344'),
			buurten: of(FILES.buurten, 'BU0344'),
		};
		result = geoImport({ gemeenten: FILES.gemeenten, wijken: FILES.wijken, buurten: FILES.buurten, proef: true });
		t = result.topology!;
	});

	it('imports every wijk and buurt of Utrecht with its official name', () => {
		expect(result.problems).toEqual([]);
		expect(result.ok).toBe(true);
		expectFormat(t);
		expect(input.wijken).toHaveLength(10);
		expect(input.buurten).toHaveLength(111);
		// The 2014 set is quantised to ~270 m cells: three small buurten became lines without area.
		// They cannot be drawn; the import leaves them out and names them.
		const flat = input.buurten
			.filter((f) => squareMetres(f) < 100)
			.map((f) => String(f.properties!.statcode))
			.sort();
		expect(flat).toEqual(['BU03440121', 'BU03440621', 'BU03440943']);
		expect(result.notes.find((n) => n.includes('geen oppervlakte'))).toBe(
			'3 gebieden hebben in het bestand geen oppervlakte (alle punten op één lijn; dat komt voor in sterk vereenvoudigde landelijke bestanden) en staan daarom niet in het kaartbestand: BU03440943, BU03440621, BU03440121. Gebruik voor een goede kaart een gedetailleerder bestand, zoals de Wijk- en buurtkaart van het CBS via PDOK.',
		);
		const names = (areas: Area[], code: string) =>
			areas
				.map((f) => [String(f.properties![code] ?? f.id), String(f.properties!.statnaam ?? f.properties!.naam)])
				.sort();
		expect(names(areasOf(t, 'wijken'), 'id')).toEqual(names(input.wijken, 'statcode'));
		expect(names(areasOf(t, 'buurten'), 'id')).toEqual(
			names(
				input.buurten.filter((f) => !flat.includes(String(f.properties!.statcode))),
				'statcode',
			),
		);
		expect(areasOf(t, 'gemeenten').map((f) => [String(f.id), String(f.properties!.naam)])).toEqual([
			['GM0344', 'Utrecht'],
		]);
		expect(result.counts).toEqual({ gemeenten: 1, wijken: 10, buurten: 108 });
		expect(t.bron).toBe('CBS, Kadaster');
		expect(t.licentie).toBe('CC BY 4.0');
	});

	it('keeps every area in place: d3 ring order, area within 3 %, centroid within 100 m', () => {
		expectD3Order(t);
		const byCode = new Map(
			[...input.gemeenten, ...input.wijken, ...input.buurten].map((f) => [String(f.properties!.statcode), f]),
		);
		for (const level of ['gemeenten', 'wijken', 'buurten'] as const) {
			for (const out of areasOf(t, level)) {
				const source = byCode.get(String(out.id))!;
				expect(Math.abs(squareMetres(out) / squareMetres(source) - 1), `${out.id}`).toBeLessThan(0.03);
				expect(metresApart(out, source), `${out.id}`).toBeLessThan(100);
			}
		}
	});

	it('keeps how the buurten of each wijk cover it (the 2014 wijk and buurt maps differ themselves)', () => {
		const ratio = (wijken: Area[], buurten: Area[], code: (f: Area) => string) =>
			new Map(
				wijken.map((w) => [
					code(w),
					buurten.filter((b) => code(b).slice(2, 8) === code(w).slice(2)).reduce((s, b) => s + geoArea(b), 0) /
						geoArea(w),
				]),
			);
		const before = ratio(input.wijken, input.buurten, (f) => String(f.properties!.statcode));
		const after = ratio(areasOf(t, 'wijken'), areasOf(t, 'buurten'), (f) => String(f.id));
		for (const [code, r] of after) expect(Math.abs(r / before.get(code)! - 1), code).toBeLessThan(0.03);
		// Most wijken are covered by their buurten within 25 % (the 2014 maps are coarse).
		expect([...after.values()].filter((r) => Math.abs(r - 1) < 0.25).length).toBeGreaterThanOrEqual(8);
	});

	it('shares the borders between neighbouring buurten', () => {
		const inner = mesh(t, t.objects.buurten, (a, b) => a !== b);
		expect(inner.coordinates.length).toBeGreaterThan(50);
		const wijkBorders = mesh(t, t.objects.wijken, (a, b) => a !== b);
		expect(wijkBorders.coordinates.length).toBeGreaterThan(5);
	});

	it('makes the gemeente from its wijken when no gemeente file is given', () => {
		const dir = tempDir('cbs-merge');
		const merged = geoImport({ wijken: FILES.wijken, buurten: FILES.buurten, proef: true }, dir);
		expect(merged.ok).toBe(true);
		const [gemeente] = areasOf(merged.topology!, 'gemeenten');
		expect(gemeente!.id).toBe('GM0344');
		expect(gemeente!.properties!.naam).toBe('GM0344');
		expect(merged.notes[0]).toContain(
			'De grens van de gemeente is samengesteld uit de wijken. De naam van GM0344 staat niet in portaal.yaml',
		);
		const wijken = areasOf(merged.topology!, 'wijken').reduce((s, f) => s + geoArea(f), 0);
		expect(Math.abs(geoArea(gemeente!) / wijken - 1)).toBeLessThan(0.001);
		expectD3Order(merged.topology!);
		// The merged outline uses only arcs of the wijken.
		const gemeenteArcs = new Set(
			(merged.topology!.objects.gemeenten.geometries[0] as { arcs: number[][][] }).arcs
				.flat(2)
				.map((i) => (i < 0 ? ~i : i)),
		);
		const wijkArcs = arcSet(merged.topology!, 'wijken');
		expect([...gemeenteArcs].every((a) => wijkArcs.has(a))).toBe(true);
		expect(existsSync(join(dir, 'content', 'geo', 'gebieden.topojson'))).toBe(false);
	});
});

describe.skipIf(!present)(`import:geo with Utrecht's own files (WGS84 and RD New) ${NEEDS}`, () => {
	let wgs84: ReturnType<typeof runGeoImport>;
	let input: { wijken: FeatureCollection<Polygon | MultiPolygon>; buurten: FeatureCollection<Polygon | MultiPolygon> };

	beforeAll(() => {
		input = {
			wijken: JSON.parse(readFileSync(FILES.utrechtWijken, 'utf8')) as typeof input.wijken,
			buurten: JSON.parse(readFileSync(FILES.utrechtBuurten, 'utf8')) as typeof input.buurten,
		};
		wgs84 = geoImport({
			wijken: FILES.utrechtWijken,
			buurten: FILES.utrechtBuurten,
			koppeling: KOPPELING,
			proef: true,
		});
	});

	it('imports 10 wijken and 111 buurten with the codes and names of the koppeling', () => {
		expect(wgs84.problems).toEqual([]);
		const t = wgs84.topology!;
		expectFormat(t);
		expectD3Order(t);
		const expected = (fc: FeatureCollection, prefix: string) =>
			fc.features.map((f) => [`${prefix}${String(f.properties!.KODE)}`, String(f.properties!.NAAM).trim()]).sort();
		const actual = (areas: Area[]) => areas.map((f) => [String(f.id), String(f.properties!.naam)]).sort();
		expect(actual(areasOf(t, 'wijken'))).toEqual(expected(input.wijken, 'WK0344'));
		expect(actual(areasOf(t, 'buurten'))).toEqual(expected(input.buurten, 'BU0344'));
		expect(areasOf(t, 'wijken')).toHaveLength(10);
		expect(areasOf(t, 'buurten')).toHaveLength(111);
		expect(areasOf(t, 'wijken').find((f) => f.id === 'WK034401')!.properties!.naam).toBe('WEST');
		expect(t.bron).toBe('Gemeente Utrecht');
		expect(t.licentie).toBeUndefined();
	});

	it('is small enough for the web and still keeps every area within 2 % and 25 m', () => {
		const { input: inputBytes, output } = wgs84.sizes!;
		console.log(
			`Utrecht (eigen bestanden): ${Math.round(inputBytes / 1024)} kB in, ${Math.round(output / 1024)} kB uit`,
		);
		expect(output).toBeLessThan(UTRECHT_LIMIT);
		const full = geoImport({
			wijken: FILES.utrechtWijken,
			buurten: FILES.utrechtBuurten,
			koppeling: KOPPELING,
			detail: '0',
			proef: true,
		});
		expect(output).toBeLessThan(full.sizes!.output * 0.7);
		const t = wgs84.topology!;
		const byCode = new Map<string, Area>([
			...input.wijken.features.map((f) => [`WK0344${String(f.properties!.KODE)}`, f] as const),
			...input.buurten.features.map((f) => [`BU0344${String(f.properties!.KODE)}`, f] as const),
		]);
		for (const out of [...areasOf(t, 'wijken'), ...areasOf(t, 'buurten')]) {
			const source = byCode.get(String(out.id))!;
			expect(Math.abs(squareMetres(out) / squareMetres(source) - 1), `${out.id}`).toBeLessThan(0.02);
			expect(metresApart(out, source), `${out.id}`).toBeLessThan(25);
		}
	});

	it('keeps wijk and buurt borders aligned: every wijk border is a buurt border', () => {
		const t = wgs84.topology!;
		const buurtArcs = arcSet(t, 'buurten');
		expect([...arcSet(t, 'wijken')].every((a) => buurtArcs.has(a))).toBe(true);
		expect(
			mesh(t as Topology, t.objects.buurten as GeometryCollection, (a, b) => a !== b).coordinates.length,
		).toBeGreaterThan(50);
		const wijken = areasOf(t, 'wijken');
		const buurten = areasOf(t, 'buurten');
		for (const w of wijken) {
			const sum = buurten
				.filter((b) => String(b.id).slice(2, 8) === String(w.id).slice(2))
				.reduce((s, b) => s + geoArea(b), 0);
			expect(Math.abs(sum / geoArea(w) - 1), String(w.id)).toBeLessThan(0.005);
		}
	});

	it('reads the same files in RD New (EPSG:28992), with a crs member and without', () => {
		const dir = tempDir('rd');
		const rd = proj4(
			'+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs',
		);
		const toRd = (fc: FeatureCollection<Polygon | MultiPolygon>, crs: boolean) => {
			const ring = (r: Position[]) => r.map((p) => rd.forward([p[0]!, p[1]!]).map((v) => Math.round(v * 1000) / 1000));
			const features = fc.features.map((f) => ({
				...f,
				geometry:
					f.geometry.type === 'Polygon'
						? { type: 'Polygon', coordinates: f.geometry.coordinates.map(ring) }
						: { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(ring)) },
			}));
			return JSON.stringify({
				type: 'FeatureCollection',
				...(crs ? { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } } } : {}),
				features,
			});
		};
		for (const crs of [true, false]) {
			writeFileSync(join(dir, 'wijk.geojson'), toRd(input.wijken, crs));
			writeFileSync(join(dir, 'buurt.geojson'), toRd(input.buurten, crs));
			const result = geoImport(
				{ wijken: 'wijk.geojson', buurten: 'buurt.geojson', koppeling: KOPPELING, proef: true },
				dir,
			);
			expect(result.problems).toEqual([]);
			const t = result.topology!;
			expectD3Order(t);
			for (const level of ['wijken', 'buurten'] as const) {
				const reference = new Map(areasOf(wgs84.topology!, level).map((f) => [String(f.id), f]));
				const areas = areasOf(t, level);
				expect(areas.map((f) => String(f.id)).sort()).toEqual([...reference.keys()].sort());
				for (const f of areas)
					expect(metresApart(f, reference.get(String(f.id))!), `${f.id} (crs: ${crs})`).toBeLessThan(10);
			}
		}
	});

	it('runs as npm run import:geo into a portal and says what it wrote', () => {
		const dir = tempDir('cli');
		const areas = [
			...input.wijken.features.map((f) => ({
				code: `WK0344${String(f.properties!.KODE)}`,
				naam: String(f.properties!.NAAM).trim(),
			})),
			// The portal lacks one buurt of the files and has one that the files lack.
			...input.buurten.features
				.filter((f) => f.properties!.KODE !== '0111')
				.map((f) => ({ code: `BU0344${String(f.properties!.KODE)}`, naam: String(f.properties!.NAAM).trim() })),
			{ code: 'BU03440199', naam: 'Nieuwe buurt' },
		];
		writeCbsPortal(dir, { gemeenten: [{ code: 'GM0344', naam: 'Utrecht' }], areas });
		const args = [
			'--gemeente',
			'GM0344',
			'--wijken',
			FILES.utrechtWijken,
			'--buurten',
			FILES.utrechtBuurten,
			'--koppeling',
			KOPPELING,
			'--licentie',
			'CC0 1.0',
		];

		const proef = runCli('import-geo', [...args, '--proef'], { cwd: dir });
		expect(proef.stderr).toBe('');
		expect(proef.status).toBe(0);
		expect(proef.stdout).toContain(
			'Proef geslaagd: de bestanden zijn in orde. Er is niets geschreven (zonder --proef komen de grenzen in content/geo/gebieden.topojson).',
		);
		expect(existsSync(join(dir, 'content', 'geo'))).toBe(false);

		const run = runCli('import-geo', args, { cwd: dir });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const file = join(dir, 'content', 'geo', 'gebieden.topojson');
		const size = statSync(file).size;
		const lines = run.stdout.split('\n');
		expect(lines[0]).toBe('De grenzen staan in content/geo/gebieden.topojson.');
		expect(lines[1]).toBe('- 1 gemeente (GM0344, Utrecht), 10 wijken en 111 buurten geschreven.');
		expect(lines[2]).toMatch(
			new RegExp(
				`^- Gelezen: .*wijk\\.geojson \\(GeoJSON\\), .*buurt\\.geojson \\(GeoJSON\\); samen 661 kB\\. Het kaartbestand is ${Math.round(size / 1024)} kB \\(detail 6 m, de standaard\\)\\.$`,
			),
		);
		expect(lines[3]).toBe('- Bron: Gemeente Utrecht; licentie: CC0 1.0.');
		expect(run.stdout).toContain(
			'- De grens van de gemeente is samengesteld uit de wijken; de naam (Utrecht) komt uit portaal.yaml.',
		);
		expect(run.stdout).toContain(
			'- 1 wijk of buurt van het portaal heeft geen grens in de bestanden: BU03440199. Die komt niet op de kaart.',
		);
		expect(run.stdout).toContain('- 1 grens hoort bij een wijk of buurt die niet in het portaal staat: BU03440111.');
		const written = JSON.parse(readFileSync(file, 'utf8')) as GeoTopology;
		// The portal's own reader of the geometry file accepts it.
		expect(readGeo(join(dir, 'content'), dir)?.problems).toEqual([]);
		expectFormat(written);
		expectD3Order(written);
		expect(areasOf(written, 'gemeenten')[0]!.properties!.naam).toBe('Utrecht');
		expect(written.licentie).toBe('CC0 1.0');
		expect(size).toBeLessThan(UTRECHT_LIMIT);
	});
});

// ---------------------------------------------------------------------------------------
// Small hand-made files: Teststad GM9996, wijken Noord WK999601 (buurten Oude Haven
// BU99960101, Kerkbuurt BU99960102) and Zuid WK999602 (Centrum BU99960201, and the tiny
// island Eiland BU99960202 of 4 × 4 m). Rings are written anticlockwise, as RFC 7946 says;
// d3-geo wants the opposite, so the importer must turn them.

type Ring = [number, number][];
const ISLAND: Ring = (() => {
	const dx = 4 / (111_320 * Math.cos((52.02 * Math.PI) / 180));
	const dy = 4 / 111_320;
	const [x, y] = [5.12, 52.02];
	return [
		[x, y],
		[x + dx, y],
		[x + dx, y + dy],
		[x, y + dy],
		[x, y],
	];
})();
const box = (x0: number, x1: number, split?: number): Ring =>
	split === undefined
		? [
				[x0, 52],
				[x1, 52],
				[x1, 52.05],
				[x0, 52.05],
				[x0, 52],
			]
		: [
				[x0, 52],
				[split, 52],
				[x1, 52],
				[x1, 52.05],
				[split, 52.05],
				[x0, 52.05],
				[x0, 52],
			];

interface TestFeature {
	properties: Record<string, unknown>;
	geometry: unknown;
}
const area = (code: string, naam: string, ...rings: Ring[][]): TestFeature => ({
	properties: { statcode: code, statnaam: naam },
	geometry:
		rings.length === 1 ? { type: 'Polygon', coordinates: rings[0] } : { type: 'MultiPolygon', coordinates: rings },
});
const WIJKEN = (): TestFeature[] => [
	area('WK999601', 'Noord', [box(5, 5.05, 5.025)]),
	area('WK999602', 'Zuid', [box(5.05, 5.1)], [ISLAND]),
];
const BUURTEN = (): TestFeature[] => [
	area('BU99960101', 'Oude Haven', [box(5, 5.025)]),
	area('BU99960102', 'Kerkbuurt', [box(5.025, 5.05)]),
	area('BU99960201', 'Centrum', [box(5.05, 5.1)]),
	area('BU99960202', 'Eiland', [ISLAND]),
];
const collection = (features: TestFeature[], extra: Record<string, unknown> = {}) =>
	JSON.stringify(
		{ type: 'FeatureCollection', ...extra, features: features.map((f) => ({ type: 'Feature', ...f })) },
		null,
		1,
	);

const FIX =
	"Repareer de vorm in het GIS-programma, bijvoorbeeld in QGIS met 'Geometrieën repareren' (Fix geometries) of met ogr2ogr -makevalid, en exporteer het bestand opnieuw.";
const CONVERT =
	'Dit programma leest RD New (EPSG:28992) en WGS84 (EPSG:4326). Zet het bestand om naar een van die twee, bijvoorbeeld in QGIS (Exporteren > Objecten opslaan als, kies CRS EPSG:4326) of met ogr2ogr -t_srs EPSG:4326 nieuw.geojson oud.geojson. Weet u welk stelsel het bestand echt gebruikt, geef het dan op met --projectie EPSG:28992 of --projectie EPSG:4326.';

/** Writes the files (text, or features for a FeatureCollection) into a new folder and imports them. */
function importFiles(files: Record<string, string | TestFeature[]>, options: Partial<GeoImportOptions> = {}) {
	const dir = tempDir('case');
	for (const [name, content] of Object.entries(files))
		writeFileSync(join(dir, name), typeof content === 'string' ? content : collection(content));
	const result = runGeoImport({
		gemeente: 'GM9996',
		wijken: 'wijken.geojson',
		buurten: 'buurten.geojson',
		contentDir: 'content',
		cwd: dir,
		...options,
	});
	return { dir, result };
}

describe('import:geo with small hand-made files', () => {
	it('imports them, turns the rings for d3-geo, and keeps the tiny island', () => {
		const { dir, result } = importFiles({ 'wijken.geojson': WIJKEN(), 'buurten.geojson': BUURTEN() });
		expect(result.problems).toEqual([]);
		const t = result.topology!;
		expectFormat(t);
		expectD3Order(t);
		expect(areasOf(t, 'buurten').map((f) => f.id)).toEqual(['BU99960101', 'BU99960102', 'BU99960201', 'BU99960202']);
		const island = areasOf(t, 'buurten').find((f) => f.id === 'BU99960202')!;
		expect(squareMetres(island)).toBeGreaterThan(15);
		expect(squareMetres(island)).toBeLessThan(17);
		expect(areasOf(t, 'wijken').find((f) => f.id === 'WK999602')!.geometry.type).toBe('MultiPolygon');
		// The island is also part of wijk Zuid and of the gemeente (made from the wijken).
		expect(result.notes).toContain(
			'3 gebieden hebben meer detail gehouden, omdat ze anders hun vorm zouden verliezen: BU99960202, GM9996, WK999602.',
		);
		expect(readFileSync(join(dir, 'content', 'geo', 'gebieden.topojson'), 'utf8')).toBe(`${JSON.stringify(t)}\n`);
	});

	it('needs that protection: plain simplification at the same weight flattens the island', () => {
		const input = JSON.parse(collection(BUURTEN())) as FeatureCollection;
		const plain = simplify(
			presimplify(toTopology({ buurten: input }) as Topology<Objects>, sphericalTriangleArea),
			(6 / R) ** 2,
		);
		const island = (feature(plain, plain.objects.buurten as GeometryCollection) as FeatureCollection<Polygon>)
			.features[3]!;
		expect(new Set(island.geometry.coordinates[0]!.map((p) => p.join())).size).toBe(1);
		expect(squareMetres(island)).toBe(0);
	});

	it('reads TopoJSON and takes the object named layer', () => {
		const topo = (features: TestFeature[]) => {
			const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
			const t = toTopology({ other: empty, layer: JSON.parse(collection(features)) as FeatureCollection });
			return JSON.stringify(t);
		};
		const { result } = importFiles(
			{ 'wijken.topojson': topo(WIJKEN()), 'buurten.topojson': topo(BUURTEN()) },
			{ wijken: 'wijken.topojson', buurten: 'buurten.topojson', proef: true },
		);
		expect(result.problems).toEqual([]);
		expect(result.counts).toEqual({ gemeenten: 1, wijken: 2, buurten: 4 });
	});

	it('turns latitude, longitude around when a file has them swapped, and says so', () => {
		const swap = (features: TestFeature[]) =>
			features.map((f) => {
				const g = f.geometry as { type: string; coordinates: number[][][] | number[][][][] };
				const ring = (r: number[][]) => r.map(([x, y]) => [y!, x!]);
				return {
					...f,
					geometry: {
						type: g.type,
						coordinates:
							g.type === 'Polygon'
								? (g.coordinates as number[][][]).map(ring)
								: (g.coordinates as number[][][][]).map((p) => p.map(ring)),
					},
				};
			});
		const normal = importFiles({ 'wijken.geojson': WIJKEN(), 'buurten.geojson': BUURTEN() }, { proef: true }).result;
		const { result } = importFiles(
			{ 'wijken.geojson': swap(WIJKEN()), 'buurten.geojson': swap(BUURTEN()) },
			{ proef: true },
		);
		expect(result.problems).toEqual([]);
		expect(result.notes).toContain(
			'In wijken.geojson staat bij elk punt eerst de breedte en dan de lengte (52.1, 5.1 in plaats van 5.1, 52.1). Het programma heeft dat omgedraaid; controleer de kaart.',
		);
		expectD3Order(result.topology!);
		const reference = new Map(areasOf(normal.topology!, 'buurten').map((f) => [f.id, f]));
		for (const f of areasOf(result.topology!, 'buurten')) expect(metresApart(f, reference.get(f.id)!)).toBeLessThan(1);
	});

	it('accepts a ring that only touches itself at a point (a pinched shape, not a bow-tie)', () => {
		const pinched: Ring = [
			[5.05, 52],
			[5.075, 52.025],
			[5.1, 52],
			[5.1, 52.05],
			[5.075, 52.025],
			[5.05, 52.05],
			[5.05, 52],
		];
		const { result } = importFiles(
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN().map((f, i) => (i === 2 ? area('BU99960201', 'Centrum', [pinched]) : f)),
			},
			{ proef: true },
		);
		expect(result.problems).toEqual([]);
		expectD3Order(result.topology!);
	});

	const bad: [string, Record<string, string | TestFeature[]>, Partial<GeoImportOptions>, string[]][] = [
		[
			'an unsupported crs (EPSG:3857)',
			{
				'wijken.geojson': collection(WIJKEN(), {
					crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } },
				}),
				'buurten.geojson': BUURTEN(),
			},
			{},
			[
				`wijken.geojson: dit bestand gebruikt het coördinatenstelsel urn:ogc:def:crs:EPSG::3857. Dat wordt niet ondersteund. ${CONVERT}`,
			],
		],
		[
			'coordinates of an unknown system and no crs',
			{
				'wijken.geojson': WIJKEN().map((f) => ({
					...f,
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[556597, 6800125],
								[562163, 6800125],
								[562163, 6809000],
								[556597, 6800125],
							],
						],
					},
				})),
				'buurten.geojson': BUURTEN(),
			},
			{},
			[
				`wijken.geojson: uit de coördinaten (x van 556597 tot 562163, y van 6800125 tot 6809000) is niet op te maken welk coördinatenstelsel dit bestand gebruikt: ze passen niet bij RD New of WGS84 in Nederland, en er staat geen crs in het bestand. ${CONVERT}`,
			],
		],
		[
			'a wrong --projectie (WGS84 read as RD New)',
			{ 'wijken.geojson': WIJKEN(), 'buurten.geojson': BUURTEN() },
			{ projectie: 'EPSG:28992' },
			[
				`wijken.geojson: de coördinaten (x van 5 tot 5.120058, y van 52 tot 52.05) liggen niet in Nederland als ze in RD New (EPSG:28992) zijn, het stelsel dat u met --projectie opgaf. ${CONVERT}`,
				`buurten.geojson: de coördinaten (x van 5 tot 5.120058, y van 52 tot 52.05) liggen niet in Nederland als ze in RD New (EPSG:28992) zijn, het stelsel dat u met --projectie opgaf. ${CONVERT}`,
			],
		],
		[
			'an area partly outside the Netherlands',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': collection(
					BUURTEN().map((f, i) =>
						i === 2
							? area('BU99960201', 'Centrum', [
									[
										[5.05, 52],
										[8.5, 52],
										[5.1, 52.05],
										[5.05, 52.05],
										[5.05, 52],
									],
								])
							: f,
					),
					{ crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } },
				),
			},
			{},
			[
				'buurten.geojson, object 3 (BU99960201): de buitenrand ligt buiten Nederland: het punt 8.5, 52 ligt omgerekend op lengte 8.5, breedte 52. Klopt het coördinatenstelsel wel? Geef het op met --projectie EPSG:28992 (RD New) of --projectie EPSG:4326 (WGS84).',
			],
		],
		[
			'no code attribute',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN().map((f) => ({
					...f,
					properties: { code: f.properties.statcode, naam: f.properties.statnaam },
				})),
			},
			{},
			[
				'buurten.geojson: in dit bestand staat geen kenmerk met de CBS-code van de buurt. Gezocht naar: statcode, buurtcode, BU_CODE. Dit bestand heeft: code, naam. Is het een eigen bestand van de gemeente? Zeg dan met een koppeling (--koppeling) welk kenmerk de code heeft; zie templates/geo/utrecht.yaml.',
			],
		],
		[
			'an area with an empty code',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN().map((f, i) =>
					i === 1 ? { ...f, properties: { statcode: ' ', statnaam: 'Kerkbuurt' } } : f,
				),
			},
			{},
			[
				'buurten.geojson, object 2: dit gebied heeft geen code: het kenmerk statcode is leeg of ontbreekt. Het heeft wel: statnaam. Vul de code in, of haal het gebied weg uit het bestand.',
			],
		],
		[
			'a code of the wrong form',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN().map((f, i) =>
					i === 1 ? { ...f, properties: { statcode: 'BU999601', statnaam: 'Kerkbuurt' } } : f,
				),
			},
			{},
			[
				"buurten.geojson, object 2: de code 'BU999601' (kenmerk statcode) is geen CBS-code van een buurt. Een code van een buurt is BU en 8 cijfers of hoofdletters (de eerste 4 zijn de gemeente), bijvoorbeeld BU03440111 of BU0363AF01. Verbeter de code in het bestand.",
			],
		],
		[
			'wijken and buurten swapped',
			{ 'wijken.geojson': WIJKEN(), 'buurten.geojson': BUURTEN() },
			{ wijken: 'buurten.geojson', buurten: 'wijken.geojson' },
			[
				'buurten.geojson: in dit bestand staan buurten (codes als BU99960101), geen wijken. Geef het bestand op bij --buurten, en het bestand met de wijken bij --wijken.',
				'wijken.geojson: in dit bestand staan wijken (codes als WK999601), geen buurten. Geef het bestand op bij --wijken, en het bestand met de buurten bij --buurten.',
			],
		],
		[
			'a duplicate code',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': [...BUURTEN(), area('BU99960101', 'Oude Haven', [box(5, 5.025)])],
			},
			{},
			[
				"buurten.geojson, object 5 (BU99960101): de code BU99960101 komt twee keer voor in dit bestand: ook bij object 1. Elk gebied staat er één keer in. Is het één gebied in delen? Voeg de delen dan samen tot één vorm, bijvoorbeeld in QGIS met 'Samenvoegen' (Dissolve) op de code. Anders verbetert u de code.",
			],
		],
		[
			'a Point instead of an area',
			{
				'wijken.geojson': WIJKEN().map((f, i) =>
					i === 1 ? { ...f, geometry: { type: 'Point', coordinates: [5.07, 52.02] } } : f,
				),
				'buurten.geojson': BUURTEN(),
			},
			{},
			[
				'wijken.geojson, object 2 (WK999602): de vorm is een punt (Point), geen vlak. Op de kaart is elk gebied een vlak: Polygon of MultiPolygon. Exporteer de grenzen van de gebieden, niet de punten of lijnen.',
			],
		],
		[
			'an unclosed ring',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN().map((f, i) =>
					i === 0
						? area('BU99960101', 'Oude Haven', [
								box(5, 5.025)
									.slice(0, -1)
									.concat([[5, 52.0001]]),
							])
						: f,
				),
			},
			{},
			[
				`buurten.geojson, object 1 (BU99960101): de buitenrand is niet gesloten: het laatste punt (5, 52.0001) is niet gelijk aan het eerste (5, 52). ${FIX}`,
			],
		],
		[
			'a ring of three positions',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN().map((f, i) =>
					i === 0
						? area('BU99960101', 'Oude Haven', [
								[
									[5, 52],
									[5.025, 52],
									[5, 52],
								],
							])
						: f,
				),
			},
			{},
			[
				`buurten.geojson, object 1 (BU99960101): de buitenrand heeft maar 3 punten. Een ring heeft er minstens 4, want het eerste punt komt aan het eind terug. ${FIX}`,
			],
		],
		[
			'a self-intersecting (bow-tie) ring',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN().map((f, i) =>
					i === 2
						? area('BU99960201', 'Centrum', [
								[
									[5.05, 52],
									[5.1, 52.05],
									[5.1, 52],
									[5.05, 52.05],
									[5.05, 52],
								],
							])
						: f,
				),
			},
			{},
			[
				`buurten.geojson, object 3 (BU99960201): de buitenrand snijdt zichzelf, bij het punt 5.075, 52.025 (in de coördinaten van het bestand). Zo'n vorm heeft geen duidelijke binnenkant. ${FIX}`,
			],
		],
		[
			'a coordinate that is not a number',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN().map((f, i) =>
					i === 0
						? {
								...f,
								geometry: {
									type: 'Polygon',
									coordinates: [
										[
											[5, 52],
											['5.025', 52],
											[5.025, 52.05],
											[5, 52],
										],
									],
								},
							}
						: f,
				),
			},
			{},
			[
				'buurten.geojson, object 1 (BU99960101): de buitenrand heeft een punt zonder geldige coördinaten: ["5.025", 52]. Elk punt is een paar getallen, zoals [5.1214, 52.0907]. Exporteer het bestand opnieuw.',
			],
		],
		[
			'invalid JSON',
			{
				'wijken.geojson':
					'{\n "type": "FeatureCollection",\n "features": [\n  {"type": "Feature" "properties": {}}\n ]\n}\n',
				'buurten.geojson': BUURTEN(),
			},
			{},
			[
				'wijken.geojson, regel 4: dit is geen geldig JSON-bestand: het is hier niet te lezen. Controleer of het bestand compleet is en niet met de hand is veranderd. Een GeoJSON- of TopoJSON-bestand begint met { en eindigt met }.',
			],
		],
		[
			'JSON that is neither GeoJSON nor TopoJSON',
			{ 'wijken.geojson': '{"type": "Point", "coordinates": [5, 52]}', 'buurten.geojson': BUURTEN() },
			{},
			[
				'wijken.geojson: dit bestand is geen GeoJSON FeatureCollection en geen TopoJSON Topology (type Point). Exporteer de grenzen als GeoJSON (bijvoorbeeld in QGIS: Exporteren > Objecten opslaan als, indeling GeoJSON) of gebruik het TopoJSON-bestand zoals u het kreeg.',
			],
		],
		[
			'a missing file',
			{ 'wijken.geojson': WIJKEN() },
			{},
			['buurten.geojson: dit bestand bestaat niet. Controleer de naam en de map.'],
		],
		[
			'a gemeente that is not in the files',
			{ 'wijken.geojson': WIJKEN(), 'buurten.geojson': BUURTEN() },
			{ gemeente: 'GM0344' },
			[
				'wijken.geojson: in dit bestand staan geen wijken van GM0344. Wel wijken van 1 gemeente: GM9996. Controleer de code achter --gemeente, of kies het bestand van de goede gemeente.',
				'buurten.geojson: in dit bestand staan geen buurten van GM0344. Wel buurten van 1 gemeente: GM9996. Controleer de code achter --gemeente, of kies het bestand van de goede gemeente.',
			],
		],
		[
			'a buurt without its wijk',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': [...BUURTEN(), area('BU99960301', 'Marktplein', [box(5.1, 5.12)])],
			},
			{},
			[
				'buurten.geojson, object 5 (BU99960301): de wijk van deze buurt, WK999603, staat niet in wijken.geojson. De wijkcode is WK met de eerste zes tekens van de buurtcode na BU. Verbeter de buurtcode, of voeg de wijk toe aan het bestand met de wijken.',
			],
		],
		[
			'a misspelled key in the koppeling',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN(),
				'koppeling.yaml': 'wijken:\n  kode: statcode\n  naam: statnaam\n',
			},
			{ koppeling: 'koppeling.yaml' },
			[
				"koppeling.yaml, regel 2, veld wijken.kode: 'kode' is geen veld van wijken. Bedoelt u 'code'? Gebruik alleen code, codeVoorvoegsel en naam.",
			],
		],
		[
			'a koppeling without code',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN(),
				'koppeling.yaml': '# Wijken\nwijken:\n  naam: statnaam\nlicentie: CC BY 4.0\n',
			},
			{ koppeling: 'koppeling.yaml' },
			[
				'koppeling.yaml, regel 2, veld wijken: bij wijken ontbreekt code: het kenmerk (de kolom) met de code, bijvoorbeeld code: KODE.',
			],
		],
		[
			'an attribute in the koppeling that the file does not have',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN(),
				'koppeling.yaml': 'wijken:\n  code: KODE\n  codeVoorvoegsel: WK9996\n  naam: statnaam\n',
			},
			{ koppeling: 'koppeling.yaml' },
			[
				'koppeling.yaml, regel 2, veld wijken.code: het kenmerk KODE staat niet in wijken.geojson. Dat bestand heeft deze kenmerken: statcode, statnaam. Kies daaruit het kenmerk met de code van de wijk.',
			],
		],
		[
			'a wrong code prefix in the koppeling',
			{
				'wijken.geojson': WIJKEN(),
				'buurten.geojson': BUURTEN(),
				'koppeling.yaml': 'buurten:\n  code: statcode\n  codeVoorvoegsel: WK9996\n',
			},
			{ koppeling: 'koppeling.yaml' },
			[
				"koppeling.yaml, regel 3, veld buurten.codeVoorvoegsel: 'WK9996' past niet voor buurten: een CBS-code van een buurt begint met BU, gevolgd door cijfers (BU en de vier cijfers van de gemeente, bijvoorbeeld BU0344).",
			],
		],
		[
			'bad options',
			{ 'wijken.geojson': WIJKEN(), 'buurten.geojson': BUURTEN() },
			{ gemeente: 'Utrecht', detail: 'veel', projectie: 'EPSG:3857' },
			[
				"de optie --gemeente: 'Utrecht' is geen CBS-code van een gemeente. Schrijf GM en vier cijfers, bijvoorbeeld --gemeente GM0344 voor Utrecht.",
				"de optie --detail: 'veel' is geen geschikt getal. Geef een aantal meters van 0 of meer, bijvoorbeeld --detail 3 voor meer detail of --detail 15 voor een kleiner bestand. Zonder --detail is het 6.",
				"de optie --projectie: 'EPSG:3857' kent dit programma niet. Kies --projectie EPSG:28992 (RD New, coördinaten in meters) of --projectie EPSG:4326 (WGS84, lengte- en breedtegraden). Een ander stelsel zet u eerst om, bijvoorbeeld in QGIS of met ogr2ogr -t_srs EPSG:4326 nieuw.geojson oud.geojson.",
			],
		],
	];

	it.each(bad)('stops on %s, with the exact message and nothing written', (_name, files, options, expected) => {
		const { dir, result } = importFiles(files, options);
		expect(result.problems).toEqual(expected);
		expect(result.ok).toBe(false);
		expect(existsSync(join(dir, 'content', 'geo'))).toBe(false);
	});

	it('reports on the command line: exit code 1, the message, no stack trace', () => {
		const dir = tempDir('cli-bad');
		writeFileSync(
			join(dir, 'wijken.geojson'),
			collection(WIJKEN(), { crs: { type: 'name', properties: { name: 'EPSG:3857' } } }),
		);
		writeFileSync(join(dir, 'buurten.geojson'), collection(BUURTEN()));
		const run = runCli(
			'import-geo',
			['--gemeente', 'GM9996', '--wijken', 'wijken.geojson', '--buurten', 'buurten.geojson', '--content', 'content'],
			{ cwd: dir },
		);
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).not.toMatch(STACK_TRACE);
		expect(run.stderr.split('\n')).toEqual([
			'Het importeren is gestopt. Er is niets geschreven. Er is 1 fout gevonden:',
			'',
			`- wijken.geojson: dit bestand gebruikt het coördinatenstelsel EPSG:3857. Dat wordt niet ondersteund. ${CONVERT}`,
			'',
			'Verbeter deze punten en probeer het opnieuw. Uitleg staat in docs/importeren.md, bij "Grenzen importeren (kaarten)".',
			'',
		]);
		const usage = runCli('import-geo', ['--gemeente', 'GM9996', '--wijken', 'wijken.geojson'], { cwd: dir });
		expect(usage.status).toBe(1);
		expect(usage.stderr.split('\n')[0]).toBe(
			'Geef met --buurten het bestand met de grenzen van de buurten op (GeoJSON of TopoJSON).',
		);
		expect(usage.stderr).not.toMatch(STACK_TRACE);
	});
});
