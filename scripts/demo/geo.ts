/**
 * Makes the demo portal's geometry, content/geo/gebieden.topojson: invented but plausible
 * boundaries for the fictional gemeente Brinkwoude (GM9999), its 5 wijken and 15 buurten.
 *
 *   npm exec -- node scripts/demo/geo.ts [uitvoerbestand] [--plaatsen]
 *
 * Without an output path it writes content/geo/gebieden.topojson; the unit tests write to a
 * temporary file to check that the committed file is exactly what this script makes.
 * `--plaatsen` also prints the area of every gebied and the coordinates of the places in the
 * demo content (the `locatie` of agenda items and activities), to copy into the content when
 * the map changes.
 *
 * The map (kilometres east and north of the Markt, which lies at 52.2985° N, 6.4025° E):
 * - the town Brinkwoude, about 3.5 × 3.5 km, on the north bank of a river. The Centrum is
 *   the old walled town: the Binnenstad with the Markt and the Kerkbuurt around the church,
 *   with the Vestingwal as a horseshoe around them on the west, north and east. The
 *   Havenkwartier lies between the Centrum and the river: the Oude Haven south of the Markt,
 *   the Kadebuurt south-east and the Zuiderdok, the old docks, further east along the water.
 *   De Esch (post-war flats) lies west and south-west, with the Merelbuurt along the
 *   Lijsterlaan on its outer side; Noordveld lies north, with the new Veldhoeve at its
 *   northern edge;
 * - the village Ellerhoek, about 1 × 1 km, six kilometres east along the Ellerweg: the
 *   Dorpskern with the church and the dorpshuis, and the Lindebuurt around it on the west
 *   and north;
 * - the Buitengebied Ellerhoek: all the countryside around them; the gemeente is about
 *   12.5 × 10 km. West of the town its border follows the river, so the town touches it.
 *
 * How: about 19,000 seed points (a fine jittered lattice, 55 m apart, wherever borders run:
 * in and around the town and the village and along the gemeente border; a coarse one in the
 * rest of the countryside) get a buurt each from the rules in `classify`; their Voronoi cells
 * are merged per buurt, per wijk and for the whole gemeente, so every level is built from the
 * same cells and neighbouring areas share their borders exactly. The borders are then
 * smoothed and simplified as one topology (shared arcs stay shared), checked for crossings,
 * projected to WGS84 and quantised. Deterministic: all randomness comes from seeded
 * generators (scripts/bench/random.ts), so a run gives the same file on every machine.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Delaunay, geoArea, geoContains, polygonContains } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Polygon as TopoPolygon, Topology } from 'topojson-specification';

import { readDataFile } from '#lib/content/parse-file.ts';
import {
	type AreaProperties,
	GEO_FILE,
	GEO_FOLDER,
	GEO_LEVELS,
	type GeoLevel,
	type GeoTopology,
} from '#lib/geo/format.ts';
import { randomFor } from '#scripts/bench/random.ts';
import { parseCommandLine } from '#scripts/cli/options.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONTENT = join(ROOT, 'content');
const { values: options, positionals } = parseCommandLine({
	usage: 'npm exec -- node scripts/demo/geo.ts [uitvoerbestand] [--plaatsen]',
	options: {
		plaatsen: {
			type: 'boolean',
			description: 'toont ook de oppervlakte van elk gebied en de coördinaten van de plaatsen in de inhoud',
		},
	},
	positionals: [
		{ name: '[uitvoerbestand]', description: 'waar het bestand komt (standaard: content/geo/gebieden.topojson)' },
	],
	more: 'Maakt de grenzen van het voorbeeldportaal Brinkwoude opnieuw.',
});
const OUT = positionals[0] ? resolve(positionals[0]) : join(CONTENT, GEO_FOLDER, GEO_FILE);

const BRON = 'Verzonnen voorbeeldgeometrie (Brinkwoude bestaat niet)';
const LICENTIE = 'CC0 1.0';

// ---------------------------------------------------------------------------------------------
// Projection: the map is drawn in kilometres around the Markt (x east, y north).

const LAT0 = 52.2985;
const LON0 = 6.4025;
const KM_PER_DEGREE_LAT = 111.25;
const KM_PER_DEGREE_LON = 68.08; // 111.32 km × cos(52.3°)

type Point = [number, number];
const toLonLat = ([x, y]: Position): Point => [
	LON0 + (x ?? 0) / KM_PER_DEGREE_LON,
	LAT0 + (y ?? 0) / KM_PER_DEGREE_LAT,
];

// ---------------------------------------------------------------------------------------------
// The areas: codes from the content, names read from it (so they always match).

const GEMEENTE = 'GM9999';
const BU = {
	binnenstad: 'BU99990101',
	kerkbuurt: 'BU99990102',
	vestingwal: 'BU99990103',
	oudeHaven: 'BU99990201',
	kadebuurt: 'BU99990202',
	zuiderdok: 'BU99990203',
	eschNoord: 'BU99990301',
	eschZuid: 'BU99990302',
	merelbuurt: 'BU99990303',
	noordveldWest: 'BU99990401',
	noordveldOost: 'BU99990402',
	veldhoeve: 'BU99990403',
	dorpskern: 'BU99990501',
	lindebuurt: 'BU99990502',
	buitengebied: 'BU99990503',
} as const;
type BuurtCode = (typeof BU)[keyof typeof BU];

interface Area {
	code: string;
	naam: string;
}
interface Wijk extends Area {
	buurten: Area[];
}

/** The gemeente and its wijken and buurten as the demo content names them. */
function readAreas(): { gemeente: Area; wijken: Wijk[] } {
	const portaal = readDataFile(join(CONTENT, 'portaal.yaml')) as unknown as { gemeenten: Area[] };
	const gemeente = portaal.gemeenten.find((g) => g.code === GEMEENTE);
	if (!gemeente) throw new Error(`content/portaal.yaml has no gemeente ${GEMEENTE}`);
	const folder = join(CONTENT, 'wijken');
	const wijken = readdirSync(folder)
		.sort()
		.map((name) => readDataFile(join(folder, name, 'wijk.md')) as unknown as Wijk)
		.map((w) => ({ code: w.code, naam: w.naam, buurten: w.buurten.map((b) => ({ code: b.code, naam: b.naam })) }))
		.sort((a, b) => a.code.localeCompare(b.code));
	const expected = Object.values(BU) as string[];
	const found = wijken.flatMap((w) => w.buurten.map((b) => b.code));
	if ([...found].sort().join() !== [...expected].sort().join()) {
		throw new Error(`the demo content has other buurten than this script draws: ${found.join(', ')}`);
	}
	for (const w of wijken) {
		if (!w.buurten.every((b) => b.code.startsWith(w.code.replace('WK', 'BU'))))
			throw new Error(`${w.code}: buurt codes do not match the wijk`);
	}
	return { gemeente: { code: gemeente.code, naam: gemeente.naam }, wijken };
}

// ---------------------------------------------------------------------------------------------
// Smooth noise from seeded random numbers, for irregular borders.

/** Smooth value noise in [-1, 1], periodic with period `cells` (in lattice units). */
function valueNoise(key: string, cells: number): (t: number) => number {
	const random = randomFor(key);
	const values = Array.from({ length: cells }, () => random() * 2 - 1);
	const at = (i: number) => values[((i % cells) + cells) % cells] ?? 0;
	return (t) => {
		const i = Math.floor(t);
		const f = t - i;
		const s = f * f * (3 - 2 * f);
		return at(i) + (at(i + 1) - at(i)) * s;
	};
}

/** Fractal noise in about [-1, 1]: `octaves` layers of value noise, each twice as fine and half as strong. */
function fractalNoise(key: string, cells: number, octaves = 4): (t: number) => number {
	const layers = Array.from({ length: octaves }, (_, o) => valueNoise(`${key}:${o}`, cells * 2 ** o));
	const total = layers.reduce((sum, _, o) => sum + 0.5 ** o, 0);
	return (t) => layers.reduce((sum, layer, o) => sum + layer(t * 2 ** o) * 0.5 ** o, 0) / total;
}

/** Noise along a distance in km (0–40 km from `origin`), with features about `scale` km apart. */
function noiseAlong(key: string, scale: number, origin = -20): (km: number) => number {
	const cells = Math.ceil(40 / scale);
	const noise = fractalNoise(key, cells);
	return (km) => noise((km - origin) / scale);
}

/** Noise around a circle, as a function of the angle in degrees. */
function noiseAround(key: string, cells: number): (degrees: number) => number {
	const noise = fractalNoise(key, cells);
	return (degrees) => noise((degrees / 360) * cells);
}

// ---------------------------------------------------------------------------------------------
// The landscape.

/** Catmull-Rom through points sorted by x, as a function of x. */
function curve(points: Point[]): (x: number) => number {
	return (x) => {
		const last = points.length - 1;
		let i = 0;
		while (i < last - 1 && x > points[i + 1]![0]) i++;
		const p0 = points[Math.max(0, i - 1)]!;
		const p1 = points[i]!;
		const p2 = points[Math.min(last, i + 1)]!;
		const p3 = points[Math.min(last, i + 2)]!;
		const t = Math.min(1, Math.max(0, (x - p1[0]) / (p2[0] - p1[0])));
		const t2 = t * t;
		const t3 = t2 * t;
		return (
			0.5 *
			(2 * p1[1] +
				(-p0[1] + p2[1]) * t +
				(2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2 +
				(-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
		);
	};
}

/** The river: flows from west to east, bends north past the old harbour. */
const riverLine = curve([
	[-7, -2.35],
	[-4.5, -2.0],
	[-3, -1.75],
	[-2, -1.55],
	[-1.2, -1.34],
	[-0.4, -1.12],
	[0.3, -1.05],
	[1.0, -1.1],
	[1.8, -1.35],
	[2.8, -1.8],
	[4, -2.3],
	[5.5, -2.6],
	[7, -2.75],
	[10, -3.0],
]);
const riverNoise = noiseAlong('rivier', 0.6);
const river = (x: number) => riverLine(x) + 0.04 * riverNoise(x);

/** Where the gemeente border leaves the river to the south. */
const BORDER_LEAVES_RIVER = -0.3;
const WEST_END = -4.8;

/** The gemeente's outline: a rough shape, made irregular by midpoint displacement, and the river in the south-west. */
function gemeenteOutline(): Point[] {
	const corners: Point[] = [
		[-0.1, -1.9],
		[0.35, -2.9],
		[0.5, -3.9],
		[1.6, -4.35],
		[3.0, -4.6],
		[4.4, -4.2],
		[5.6, -3.95],
		[6.6, -3.3],
		[7.2, -2.2],
		[7.7, -1.0],
		[7.9, 0.4],
		[7.55, 1.8],
		[7.8, 3.0],
		[6.9, 4.1],
		[5.6, 4.55],
		[4.2, 5.0],
		[2.6, 5.25],
		[1.0, 5.5],
		[-0.6, 5.3],
		[-1.9, 5.6],
		[-3.2, 5.05],
		[-4.2, 4.5],
		[-4.6, 3.2],
		[-4.4, 1.8],
		[-4.8, 0.4],
		[-4.55, -0.9],
	];
	const random = randomFor('gemeentegrens');
	const start: Point = [BORDER_LEAVES_RIVER, river(BORDER_LEAVES_RIVER)];
	const end: Point = [WEST_END, river(WEST_END)];
	const ring: Point[] = [start];
	const displace = (a: Point, b: Point, depth: number) => {
		const dx = b[0] - a[0];
		const dy = b[1] - a[1];
		const length = Math.hypot(dx, dy);
		if (length > 0.35 && depth < 8) {
			const offset = (random() * 2 - 1) * 0.2 * length;
			const mid: Point = [(a[0] + b[0]) / 2 - (dy / length) * offset, (a[1] + b[1]) / 2 + (dx / length) * offset];
			displace(a, mid, depth + 1);
			displace(mid, b, depth + 1);
		} else ring.push(b);
	};
	let previous = start;
	for (const corner of [...corners, end]) {
		displace(previous, corner, 0);
		previous = corner;
	}
	// Back east along the river.
	for (let x = WEST_END + 0.05; x < BORDER_LEAVES_RIVER; x += 0.05) ring.push([x, river(x)]);
	return ring;
}

const OUTLINE = gemeenteOutline();
const inGemeente = (x: number, y: number) => polygonContains(OUTLINE, [x, y]);

// The town, in polar coordinates around the Markt.

/** The direction of (dx, dy) in degrees from the east, counterclockwise, in [0, 360). */
const degreesOf = (dx: number, dy: number) => ((Math.atan2(dy, dx) * 180) / Math.PI + 360) % 360;
const townRadius = (() => {
	const controls: Point[] = [
		[0, 1.85],
		[20, 1.72],
		[45, 1.78],
		[70, 1.85],
		[90, 1.88],
		[110, 1.78],
		[135, 1.58],
		[160, 1.45],
		[185, 1.5],
		[205, 1.6],
		[225, 2.4],
		[240, 3],
		[300, 3],
		[315, 2.1],
		[330, 1.9],
		[350, 1.85],
		[360, 1.8],
	];
	const line = curve([[-10, 1.85], ...controls, [380, 1.72]]);
	const noise = noiseAround('stadsrand', 16);
	return (degrees: number) => line(degrees) + 0.16 * noise(degrees);
})();
const centrumRadius = (() => {
	const noise = noiseAround('centrum', 10);
	return (degrees: number) => 0.55 + 0.04 * noise(degrees);
})();
const coreRadius = (() => {
	const noise = noiseAround('vestingwal', 12);
	return (degrees: number) => 0.38 + 0.03 * noise(degrees);
})();
/** A border between two sectors at `degrees`, bending a little with the distance from the Markt. */
const sectorBorder = (key: string, degrees: number, wobble: number) => {
	const noise = noiseAlong(key, 0.35);
	return (r: number) => degrees + wobble * noise(r);
};
const borders = {
	noordveldHaven: sectorBorder('noordveld-havenkwartier', 15, 4),
	noordveldEsch: sectorBorder('noordveld-esch', 150, 4),
	eschHaven: sectorBorder('esch-havenkwartier', 248, 3),
	oudeHavenKade: sectorBorder('oude-haven-kadebuurt', 292, 3),
	kadeZuiderdok: sectorBorder('kadebuurt-zuiderdok', 322, 3),
	eschNoordZuid: sectorBorder('esch-noord-zuid', 192, 3),
	noordveldWestOost: sectorBorder('noordveld-west-oost', 92, 4),
	veldhoeveWest: sectorBorder('veldhoeve-west', 100, 3),
	veldhoeveOost: sectorBorder('veldhoeve-oost', 35, 3),
	wallSouthWest: sectorBorder('wal-zuidwest', 238, 2),
	wallSouthEast: sectorBorder('wal-zuidoost', 302, 2),
};
const veldhoeveRadius = (() => {
	const noise = noiseAround('veldhoeve', 20);
	return (degrees: number) => 1.2 + 0.03 * noise(degrees);
})();
const lijsterlaanRadius = (() => {
	const noise = noiseAround('lijsterlaan', 20);
	return (degrees: number) => 1.08 + 0.03 * noise(degrees);
})();
const kerkbuurtLine = noiseAlong('kerkbuurt', 0.2);

/** Which buurt of the town (x, y) lies in, or undefined outside the town. */
function townBuurt(x: number, y: number): BuurtCode | undefined {
	const r = Math.hypot(x, y);
	const a = degreesOf(x, y);
	if (r >= townRadius(a) || y <= river(x)) return undefined;
	if (r < centrumRadius(a)) {
		const wall = a < borders.wallSouthWest(r) || a > borders.wallSouthEast(r);
		if (wall && r >= coreRadius(a)) return BU.vestingwal;
		return 0.55 * x + 0.85 * y > 0.03 + 0.01 * kerkbuurtLine(x) ? BU.kerkbuurt : BU.binnenstad;
	}
	if (a >= borders.noordveldHaven(r) && a < borders.noordveldEsch(r)) {
		if (a >= borders.veldhoeveOost(r) && a < borders.veldhoeveWest(r) && r > veldhoeveRadius(a)) return BU.veldhoeve;
		return a >= borders.noordveldWestOost(r) ? BU.noordveldWest : BU.noordveldOost;
	}
	if (a >= borders.noordveldEsch(r) && a < borders.eschHaven(r)) {
		if (a < borders.eschNoordZuid(r)) return BU.eschNoord;
		return r < lijsterlaanRadius(a) ? BU.eschZuid : BU.merelbuurt;
	}
	if (a >= borders.eschHaven(r) && a < borders.oudeHavenKade(r)) return BU.oudeHaven;
	if (a >= borders.oudeHavenKade(r) && a < borders.kadeZuiderdok(r)) return BU.kadebuurt;
	return BU.zuiderdok;
}

/**
 * The village Ellerhoek: an irregular blob, with the Dorpskern around the church on its
 * south-east side and the Lindebuurt around that on the west and north.
 */
const VILLAGE: Point = [5.8, 0.56];
const DORPSKERN: Point = [5.92, 0.38];
const villageRadius = (() => {
	const noise = noiseAround('ellerhoek', 9);
	return (degrees: number) => 0.47 + 0.08 * noise(degrees);
})();
const dorpskernRadius = (() => {
	const noise = noiseAround('dorpskern', 10);
	return (degrees: number) => 0.3 + 0.04 * noise(degrees);
})();

function villageBuurt(x: number, y: number): BuurtCode | undefined {
	const [kx, ky] = [x - DORPSKERN[0], y - DORPSKERN[1]];
	if (Math.hypot(kx, ky) < dorpskernRadius(degreesOf(kx, ky))) return BU.dorpskern;
	const [vx, vy] = [x - VILLAGE[0], y - VILLAGE[1]];
	if (Math.hypot(vx, vy) < villageRadius(degreesOf(vx, vy))) return BU.lindebuurt;
	return undefined;
}

/** The buurt of a point of the map, or undefined outside the gemeente. */
function classify(x: number, y: number): BuurtCode | undefined {
	if (!inGemeente(x, y)) return undefined;
	return townBuurt(x, y) ?? villageBuurt(x, y) ?? BU.buitengebied;
}

// ---------------------------------------------------------------------------------------------
// The places in the demo content (`locatie` of agenda items and activities), in km around
// the Markt. The map is drawn so that each lies in its buurt; run with --plaatsen to print them.

interface Plaats {
	naam: string;
	buurt: BuurtCode;
	at: Point;
}
const PLAATSEN: Record<string, Plaats> = {
	markt: { naam: 'de Markt', buurt: BU.binnenstad, at: [-0.04, -0.07] },
	winkelstraat: { naam: 'winkelstraat ten westen van de Markt', buurt: BU.binnenstad, at: [-0.2, 0.02] },
	legeWinkels: { naam: 'winkelstraat met lege winkels', buurt: BU.binnenstad, at: [-0.27, -0.09] },
	waag: { naam: 'buurthuis De Waag, Waagstraat 2', buurt: BU.kerkbuurt, at: [0.08, 0.05] },
	kerkplein: { naam: 'de cafés aan het Kerkplein', buurt: BU.kerkbuurt, at: [0.14, 0.2] },
	geveltuinen: { naam: 'straten met geveltuinen in de Kerkbuurt', buurt: BU.kerkbuurt, at: [0.26, 0.08] },
	vestingwal: { naam: 'het wandelpad over de Vestingwal', buurt: BU.vestingwal, at: [-0.3, 0.33] },
	kade: { naam: 'de nieuwe kade in de Oude Haven', buurt: BU.oudeHaven, at: [-0.02, -0.82] },
	pontje: { naam: 'de oever bij de Oude Haven, tegenover de Zuiderweide', buurt: BU.oudeHaven, at: [-0.15, -0.95] },
	deKade: { naam: 'buurthuis De Kade, Kadestraat 4', buurt: BU.kadebuurt, at: [0.4, -0.58] },
	kadestraat: { naam: 'de Kadestraat', buurt: BU.kadebuurt, at: [0.56, -0.74] },
	werfterrein: { naam: 'buurtpark Werfterrein, Werfkade 10', buurt: BU.zuiderdok, at: [1.15, -0.55] },
	graanloods: { naam: 'de oude graanloods', buurt: BU.zuiderdok, at: [0.78, -0.42] },
	informatiecentrum: { naam: 'informatiecentrum Zuiderdok, Dokweg 3', buurt: BU.zuiderdok, at: [0.95, -0.2] },
	nieuweStraten: { naam: 'de nieuwe straten van het Zuiderdok', buurt: BU.zuiderdok, at: [1.45, -0.05] },
	vinkenstraat: { naam: 'het grasveld aan de Vinkenstraat', buurt: BU.eschNoord, at: [-0.98, 0.2] },
	eschpark: { naam: 'het Eschpark', buurt: BU.eschZuid, at: [-0.6, -0.62] },
	spreeuwstraat: { naam: 'de flats aan de Spreeuwstraat', buurt: BU.eschZuid, at: [-0.72, -0.32] },
	portiekflats: { naam: 'de portiekflats van Esch-Zuid', buurt: BU.eschZuid, at: [-0.62, -0.4] },
	deSchakel: { naam: 'wijkcentrum De Schakel, Lijsterlaan 40', buurt: BU.eschZuid, at: [-0.84, -0.48] },
	lijsterlaan: { naam: 'de Lijsterlaan bij basisschool De Wieken', buurt: BU.merelbuurt, at: [-1.1, -0.5] },
	merelplein: { naam: 'speeltuin Merelplein', buurt: BU.merelbuurt, at: [-1.05, -0.9] },
	noordplein: { naam: 'het Noordplein met de supermarkt', buurt: BU.noordveldWest, at: [-0.5, 0.98] },
	noordveldweg: { naam: 'de Noordveldweg', buurt: BU.noordveldWest, at: [-0.42, 1.4] },
	schoolzone: { naam: 'de schoolzone voor De Vlieger', buurt: BU.noordveldOost, at: [0.47, 1.02] },
	deVlieger: { naam: 'brede school De Vlieger, Vliegerpad 1', buurt: BU.veldhoeve, at: [0.54, 1.16] },
	trapveld: { naam: 'het trapveld in Veldhoeve', buurt: BU.veldhoeve, at: [0.94, 1.17] },
	dorpshuis: { naam: 'dorpshuis De Linde, Dorpsstraat 12', buurt: BU.dorpskern, at: [5.93, 0.43] },
	kerkEllerhoek: { naam: 'de kerk van Ellerhoek', buurt: BU.dorpskern, at: [5.84, 0.33] },
	oudeSchool: { naam: 'de oude school van Ellerhoek', buurt: BU.dorpskern, at: [6.02, 0.27] },
	boerderij: { naam: 'een boerderij met een AED, noordoost van het dorp', buurt: BU.buitengebied, at: [6.75, 1.85] },
	ommetje: { naam: 'een bankje aan het ommetje rond Ellerhoek', buurt: BU.buitengebied, at: [6.45, -0.2] },
	ellerweg: { naam: 'het fietspad langs de Ellerweg', buurt: BU.buitengebied, at: [3.6, 0.32] },
};

// ---------------------------------------------------------------------------------------------
// Seed points and their Voronoi cells.

const BOUNDS: [number, number, number, number] = [-6.5, -6, 9.5, 7];

/** Whether a point lies within `limit` km of the gemeente border. */
function nearBorder(x: number, y: number, limit: number): boolean {
	for (let i = 0, j = OUTLINE.length - 1; i < OUTLINE.length; j = i++) {
		const [ax, ay] = OUTLINE[j]!;
		const [bx, by] = OUTLINE[i]!;
		if (
			x < Math.min(ax, bx) - limit ||
			x > Math.max(ax, bx) + limit ||
			y < Math.min(ay, by) - limit ||
			y > Math.max(ay, by) + limit
		)
			continue;
		const [dx, dy] = [bx - ax, by - ay];
		const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
		if (Math.hypot(x - ax - t * dx, y - ay - t * dy) < limit) return true;
	}
	return false;
}

/** Where borders run: there the seeds lie close together, so that the borders follow their rules closely. */
function fineArea(x: number, y: number): boolean {
	return townOrVillage(x, y) || nearBorder(x, y, 0.15);
}

const townOrVillage = (x: number, y: number) =>
	(x > -2.3 && x < 2.7 && y > -2.0 && y < 2.5) || (x > 4.9 && x < 6.9 && y > -0.6 && y < 1.7);

function seedPoints(): Point[] {
	const points: Point[] = [];
	// Fine: a jittered triangular lattice, 55 m apart.
	const fine = randomFor('fijn');
	const step = 0.055;
	const rowStep = step * 0.866;
	for (let row = 0; BOUNDS[1] + row * rowStep < BOUNDS[3]; row++) {
		const y0 = BOUNDS[1] + row * rowStep;
		for (let x0 = BOUNDS[0] + (row % 2) * (step / 2); x0 < BOUNDS[2]; x0 += step) {
			if (!fineArea(x0, y0)) continue;
			points.push([x0 + (fine() - 0.5) * 0.6 * step, y0 + (fine() - 0.5) * 0.6 * rowStep]);
		}
	}
	// Coarse: a slanted lattice of about 240 × 160 m where no border runs.
	const coarse = randomFor('grof');
	const angle = (17 * Math.PI) / 180;
	const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
	for (let i = -50; i <= 50; i++) {
		for (let j = -60; j <= 60; j++) {
			const u = i * 0.24 + (coarse() - 0.5) * 0.05;
			const v = j * 0.16 + (coarse() - 0.5) * 0.035;
			const x = 1.5 + u * cos - v * sin;
			const y = 0.5 + u * sin + v * cos;
			if (x <= BOUNDS[0] || x >= BOUNDS[2] || y <= BOUNDS[1] || y >= BOUNDS[3]) continue;
			// Leave a margin around the fine lattice so that no two seeds nearly coincide.
			if (nearBorder(x, y, 0.2) || [-0.06, 0, 0.06].some((d) => fineArea(x + d, y) || fineArea(x, y + d))) continue;
			points.push([x, y]);
		}
	}
	return points;
}

/**
 * The buurt of every cell: `classify` of its seed, the cells of the places forced into their
 * buurt, then every buurt made one piece (stray bits of a buurt, and holes in the gemeente,
 * join the neighbour they touch most).
 */
function labelCells(delaunay: Delaunay<Point>, points: Point[]): (BuurtCode | undefined)[] {
	const labels = points.map(([x, y]) => classify(x, y));
	for (const plaats of Object.values(PLAATSEN)) labels[delaunay.find(plaats.at[0], plaats.at[1])] = plaats.buurt;
	const neighbours = points.map((_, i) => [...delaunay.neighbors(i)]);
	const onHull = new Set(delaunay.hull);
	for (let round = 0; round < 10; round++) {
		let changed = false;
		const seen = new Uint8Array(points.length);
		const components = new Map<BuurtCode | undefined, number[][]>();
		for (let start = 0; start < points.length; start++) {
			if (seen[start]) continue;
			const label = labels[start];
			const component = [start];
			seen[start] = 1;
			for (let k = 0; k < component.length; k++) {
				for (const n of neighbours[component[k]!]!) {
					if (!seen[n] && labels[n] === label) {
						seen[n] = 1;
						component.push(n);
					}
				}
			}
			components.set(label, [...(components.get(label) ?? []), component]);
		}
		for (const [label, parts] of components) {
			const keep =
				label === undefined
					? parts.filter((p) => p.some((i) => onHull.has(i)))
					: [parts.reduce((a, b) => (b.length > a.length ? b : a))];
			for (const part of parts) {
				if (keep.includes(part)) continue;
				const counts = new Map<BuurtCode | undefined, number>();
				for (const i of part)
					for (const n of neighbours[i]!)
						if (labels[n] !== label) counts.set(labels[n], (counts.get(labels[n]) ?? 0) + 1);
				const [best] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [label];
				for (const i of part) labels[i] = best;
				changed = true;
			}
		}
		if (!changed) return labels;
	}
	throw new Error('the buurten do not settle into one piece each');
}

/** Signed area of a ring in the plane: positive when counterclockwise with y north. */
const signedArea = (ring: Position[]) => {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
	return sum / 2;
};

// ---------------------------------------------------------------------------------------------
// From cells to the topology.

/** One Polygon per area, in km, from merging its cells; every area must come out in one piece. */
function mergeCells(points: Point[], labels: (BuurtCode | undefined)[], wijken: Wijk[], gemeente: Area) {
	const voronoi = Delaunay.from(points).voronoi(BOUNDS);
	const cells: FeatureCollection<Polygon, { buurt: string }> = { type: 'FeatureCollection', features: [] };
	labels.forEach((buurt, i) => {
		if (buurt === undefined) return;
		const ring = voronoi.cellPolygon(i) as Position[] | null;
		if (!ring) throw new Error(`cell ${i} has no polygon`);
		// Clockwise, as d3-geo expects of an exterior ring.
		if (signedArea(ring) > 0) ring.reverse();
		cells.features.push({ type: 'Feature', properties: { buurt }, geometry: { type: 'Polygon', coordinates: [ring] } });
	});
	const cellTopology = topology({ cells });
	const geometries = (cellTopology.objects.cells as GeometryCollection<{ buurt: string }>).geometries as TopoPolygon<{
		buurt: string;
	}>[];
	const area = (a: Area, inside: (buurt: string) => boolean): Feature<Polygon, AreaProperties> => {
		const merged: MultiPolygon = merge(
			cellTopology,
			geometries.filter((g) => inside(g.properties!.buurt)),
		);
		if (merged.coordinates.length !== 1)
			throw new Error(`${a.code} ${a.naam} is in ${merged.coordinates.length} pieces`);
		return {
			type: 'Feature',
			id: a.code,
			properties: { naam: a.naam },
			geometry: { type: 'Polygon', coordinates: merged.coordinates[0]! },
		};
	};
	return {
		gemeenten: { type: 'FeatureCollection', features: [area(gemeente, () => true)] },
		wijken: {
			type: 'FeatureCollection',
			features: wijken.map((w) => area(w, (b) => w.buurten.some((x) => x.code === b))),
		},
		buurten: {
			type: 'FeatureCollection',
			features: wijken.flatMap((w) => w.buurten.map((b) => area(b, (x) => x === b.code))),
		},
	} satisfies Record<GeoLevel, FeatureCollection<Polygon, AreaProperties>>;
}

/** Throws if two segments of the arcs cross: then simplification has made areas overlap. */
function assertPlanar(arcs: Position[][]): void {
	const segments: [Position, Position][] = arcs.flatMap((arc) =>
		arc.slice(1).map((p, i): [Position, Position] => [arc[i]!, p]),
	);
	const key = (p: Position) => `${p[0]},${p[1]}`;
	const cross = (a: Position, b: Position, c: Position) =>
		(b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
	for (let i = 0; i < segments.length; i++) {
		const [a, b] = segments[i]!;
		for (let j = i + 1; j < segments.length; j++) {
			const [c, d] = segments[j]!;
			if (Math.max(a[0]!, b[0]!) < Math.min(c[0]!, d[0]!) || Math.max(c[0]!, d[0]!) < Math.min(a[0]!, b[0]!)) continue;
			if (Math.max(a[1]!, b[1]!) < Math.min(c[1]!, d[1]!) || Math.max(c[1]!, d[1]!) < Math.min(a[1]!, b[1]!)) continue;
			if ([key(a), key(b)].some((k) => k === key(c) || k === key(d))) continue;
			const d1 = cross(a, b, c);
			const d2 = cross(a, b, d);
			const d3 = cross(c, d, a);
			const d4 = cross(c, d, b);
			if (d1 * d2 <= 0 && d3 * d4 <= 0)
				throw new Error(`borders cross near ${a.map((v) => v.toFixed(3)).join(', ')} km`);
		}
	}
}

/** Smooths away the zigzag of the cells: a few passes of a [1, 2, 1] filter; the ends of the arc (where borders meet) stay in place. */
function smooth(arc: Position[], passes = 4): Position[] {
	let points = arc;
	for (let pass = 0; pass < passes; pass++) {
		points = points.map((p, i) => {
			const [a, b] = [points[i - 1], points[i + 1]];
			return a && b ? [(a[0]! + 2 * p[0]! + b[0]!) / 4, (a[1]! + 2 * p[1]! + b[1]!) / 4] : p;
		});
	}
	return points;
}

/** Minimum triangle area (km²) a border vertex must span to stay: removes the zigzag of the cells. */
const SIMPLIFY_KM2 = 0.0008;

function build(): { text: string; geo: GeoTopology } {
	const { gemeente, wijken } = readAreas();
	const points = seedPoints();
	const delaunay = Delaunay.from(points);
	const labels = labelCells(delaunay, points);
	const levels = mergeCells(points, labels, wijken, gemeente);
	const borders = topology(levels) as Topology<GeoTopology['objects']>;
	const smoothed: typeof borders = { ...borders, arcs: borders.arcs.map((arc) => smooth(arc)) };
	// In the town and the village borders keep more detail: there the areas are small.
	const weight = (triangle: [[number, number], [number, number], [number, number]]) => {
		const [x, y] = triangle[1];
		return planarTriangleArea(triangle) * (townOrVillage(x, y) ? 3 : 1);
	};
	const simplified = simplify(presimplify(smoothed, weight), SIMPLIFY_KM2);
	assertPlanar(simplified.arcs);
	const projected: typeof borders = { ...simplified, arcs: simplified.arcs.map((arc) => arc.map(toLonLat)) };
	const lons = projected.arcs.flat().map((p) => p[0]!);
	const lats = projected.arcs.flat().map((p) => p[1]!);
	const floor = (v: number) => Math.floor(v * 1e5) / 1e5;
	const ceil = (v: number) => Math.ceil(v * 1e5) / 1e5;
	projected.bbox = [
		floor(Math.min(...lons)),
		floor(Math.min(...lats)),
		ceil(Math.max(...lons)),
		ceil(Math.max(...lats)),
	];
	const quantised = quantize(projected, 1e5);
	const objects = Object.fromEntries(
		GEO_LEVELS.map((level) => {
			const collection = quantised.objects[level];
			return [
				level,
				{
					type: 'GeometryCollection',
					geometries: collection.geometries.map((g) => ({
						type: g.type,
						id: g.id,
						properties: { naam: (g.properties as AreaProperties).naam },
						arcs: (g as TopoPolygon).arcs,
					})),
				},
			];
		}),
	) as GeoTopology['objects'];
	const geo: GeoTopology = {
		type: 'Topology',
		bron: BRON,
		licentie: LICENTIE,
		bbox: quantised.bbox,
		transform: quantised.transform,
		objects,
		arcs: quantised.arcs,
	};
	verify(geo, wijken);
	return { text: `${JSON.stringify(geo)}\n`, geo };
}

/** The finished file must be what the portal expects: every area small and positive, the levels adding up, the places in their buurt. */
function verify(geo: GeoTopology, wijken: Wijk[]): void {
	const features = (level: GeoLevel) => feature(geo, geo.objects[level]).features;
	const areaOf = new Map<string, number>();
	for (const level of GEO_LEVELS) {
		for (const f of features(level)) {
			const area = geoArea(f);
			if (!(area > 0 && area < 2 * Math.PI)) throw new Error(`${f.id}: wrong winding (area ${area})`);
			areaOf.set(String(f.id), area);
		}
	}
	const sum = (codes: string[]) => codes.reduce((s, c) => s + (areaOf.get(c) ?? NaN), 0);
	const close = (a: number, b: number) => Math.abs(a - b) / b < 1e-6;
	if (!close(sum(wijken.map((w) => w.code)), areaOf.get(GEMEENTE)!))
		throw new Error('the wijken do not add up to the gemeente');
	for (const w of wijken)
		if (!close(sum(w.buurten.map((b) => b.code)), areaOf.get(w.code)!))
			throw new Error(`the buurten of ${w.code} do not add up`);
	const buurten = features('buurten');
	for (const [key, plaats] of Object.entries(PLAATSEN)) {
		const inside = buurten.filter((f) => geoContains(f, toLonLat(plaats.at))).map((f) => f.id);
		if (inside.join() !== plaats.buurt)
			throw new Error(`${key} (${plaats.naam}) lies in ${inside.join(' and ') || 'no buurt'}, not in ${plaats.buurt}`);
	}
}

const { text, geo } = build();
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
const km2 = (f: Feature) => (geoArea(f) * 6371.0088 ** 2).toFixed(1);
const summary = GEO_LEVELS.map((level) => `${feature(geo, geo.objects[level]).features.length} ${level}`).join(', ');
const shown = relative(ROOT, OUT);
console.log(`${shown.startsWith('..') ? OUT : shown}: ${summary}, ${geo.arcs.length} arcs, ${text.length} bytes`);
if (options.plaatsen) {
	for (const level of GEO_LEVELS)
		for (const f of feature(geo, geo.objects[level]).features)
			console.log(`${f.id} ${f.properties.naam}: ${km2(f)} km²`);
	for (const [key, plaats] of Object.entries(PLAATSEN)) {
		const [lon, lat] = toLonLat(plaats.at);
		console.log(`${key}: ${lat.toFixed(5)}, ${lon.toFixed(5)}  (${plaats.naam})`);
	}
}
