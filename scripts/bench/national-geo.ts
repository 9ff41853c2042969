/**
 * The boundaries of a national bench portal: the CBS area maps of 2014/2015 (already
 * simplified, WGS84) cut down to the gemeenten, wijken and buurten of the generated content
 * and written as content/geo/gebieden.topojson, so the bench also measures the maps.
 * Gemeenten that merged after 2014 have no boundary of their own: theirs is the union of
 * their wijken.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { GEO_FILE, GEO_FOLDER } from '#lib/geo/format.ts';

import { GEBIEDEN_DIR } from './cbs-data.ts';
import type { BenchGemeente } from './national-content.ts';

type Props = { statcode: string; statnaam: string };

function read(path: string): { topo: Topology; layer: GeometryCollection<Props> } {
	const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	return { topo, layer: topo.objects.layer as GeometryCollection<Props> };
}

/** Writes the geometry file; returns its size in bytes. */
export function writeNationalGeo(dataDir: string, contentDir: string, gemeenten: readonly BenchGemeente[]): number {
	const dir = join(dataDir, GEBIEDEN_DIR);
	const wanted = {
		gemeenten: new Map(gemeenten.map((g) => [g.code, g.naam])),
		wijken: new Map(gemeenten.flatMap((g) => g.wijken.map((w) => [w.code, w.naam] as const))),
		buurten: new Map(
			gemeenten.flatMap((g) => g.wijken.flatMap((w) => w.buurten.map((b) => [b.code, b.naam] as const))),
		),
	};
	const collect = (file: string, names: Map<string, string>) => {
		const { topo, layer } = read(join(dir, file));
		const features: Feature<Polygon | MultiPolygon, { naam: string }>[] = [];
		for (const g of layer.geometries) {
			const code = (g.properties as Props | undefined)?.statcode?.trim();
			if (!code || !names.has(code) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
			const f = feature(topo, g) as Feature<Polygon | MultiPolygon>;
			features.push({ type: 'Feature', id: code, properties: { naam: names.get(code)! }, geometry: f.geometry });
		}
		return { topo, layer, features };
	};
	const gm = collect('gemeente_2015.topojson', wanted.gemeenten);
	const wk = collect('wijk_2014.topojson', wanted.wijken);
	const bu = collect('buurt_2014.topojson', wanted.buurten);

	const have = new Set(gm.features.map((f) => f.id));
	for (const [code, naam] of wanted.gemeenten) {
		if (have.has(code)) continue;
		const parts = wk.layer.geometries.filter(
			(g) =>
				(g.properties as Props | undefined)?.statcode?.startsWith(`WK${code.slice(2)}`) &&
				(g.type === 'Polygon' || g.type === 'MultiPolygon'),
		);
		if (!parts.length) continue;
		gm.features.push({ type: 'Feature', id: code, properties: { naam }, geometry: merge(wk.topo, parts as never) });
	}
	const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
	const topo = topology(
		{ gemeenten: collection(gm.features), wijken: collection(wk.features), buurten: collection(bu.features) },
		1e5,
	);
	const text = JSON.stringify({ ...topo, bron: 'CBS, Kadaster (wijk- en buurtkaart 2014)', licentie: 'CC BY 4.0' });
	mkdirSync(join(contentDir, GEO_FOLDER), { recursive: true });
	writeFileSync(join(contentDir, GEO_FOLDER, GEO_FILE), text);
	return Buffer.byteLength(text);
}
