/**
 * A minimal PMTiles v3 writer for tests (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * a 127-byte header, one root directory, JSON metadata and the tiles, in that order.
 * Directory and metadata are gzip-compressed ("internal compression" 2), tiles too
 * ("tile compression" 2); the tiles are Mapbox Vector Tiles made with geojson-vt + vt-pbf.
 * No leaf directories: fine for the few hundred tiles of a small town.
 */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

import type { FeatureCollection } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { zxyToTileId } from 'pmtiles';

const vtpbf = createRequire(import.meta.url)('vt-pbf') as {
	fromGeojsonVt: (
		layers: Record<string, { features: unknown[] }>,
		options?: { version?: number; extent?: number },
	) => Uint8Array;
};

const HEADER_BYTES = 127;
const GZIP = 2;
const MVT = 1;

interface Entry {
	tileId: number;
	offset: number;
	length: number;
	runLength: number;
}

function writeVarint(out: number[], value: number): void {
	let n = value;
	while (n >= 0x80) {
		out.push((n % 0x80) | 0x80);
		n = Math.floor(n / 0x80);
	}
	out.push(n);
}

/** The directory encoding of the spec: ids as deltas, then run lengths, lengths, offsets. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
	const out: number[] = [];
	writeVarint(out, entries.length);
	let lastId = 0;
	for (const e of entries) {
		writeVarint(out, e.tileId - lastId);
		lastId = e.tileId;
	}
	for (const e of entries) writeVarint(out, e.runLength);
	for (const e of entries) writeVarint(out, e.length);
	entries.forEach((e, i) => {
		const previous = entries[i - 1];
		// 0 means "right after the previous tile"; otherwise offset + 1.
		writeVarint(out, previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
	});
	return Uint8Array.from(out);
}

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
	const r = (lat * Math.PI) / 180;
	return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

export interface PmtilesInput {
	/** Layer name → features in longitude/latitude. */
	layers: Record<string, FeatureCollection>;
	/** [west, south, east, north] */
	bounds: [number, number, number, number];
	minZoom?: number;
	maxZoom?: number;
}

/** A vector PMTiles v3 archive with one tile per z/x/y over `bounds` that has features. */
export function writePmtiles({ layers, bounds, minZoom = 0, maxZoom = 14 }: PmtilesInput): Uint8Array {
	const [west, south, east, north] = bounds;
	const indexes = Object.fromEntries(
		Object.entries(layers).map(([name, fc]) => [
			name,
			new GeoJSONVT(fc, { maxZoom, indexMaxZoom: maxZoom, extent: 4096, buffer: 64 }),
		]),
	);
	const tiles: { tileId: number; data: Uint8Array }[] = [];
	for (let z = minZoom; z <= maxZoom; z++) {
		for (let x = lonToX(west, z); x <= lonToX(east, z); x++) {
			for (let y = latToY(north, z); y <= latToY(south, z); y++) {
				const tile: Record<string, { features: unknown[] }> = {};
				for (const [name, index] of Object.entries(indexes)) {
					const t = index.getTile(z, x, y);
					if (t && t.features.length) tile[name] = t;
				}
				if (!Object.keys(tile).length) continue;
				tiles.push({
					tileId: zxyToTileId(z, x, y),
					data: gzipSync(vtpbf.fromGeojsonVt(tile, { version: 2, extent: 4096 })),
				});
			}
		}
	}
	tiles.sort((a, b) => a.tileId - b.tileId);
	const entries: Entry[] = [];
	let offset = 0;
	for (const t of tiles) {
		entries.push({ tileId: t.tileId, offset, length: t.data.length, runLength: 1 });
		offset += t.data.length;
	}
	const root = gzipSync(serializeDirectory(entries));
	const metadata = gzipSync(
		JSON.stringify({
			name: 'testbasiskaart',
			attribution: 'Testbasiskaart',
			vector_layers: Object.keys(layers).map((id) => ({ id, fields: {}, minzoom: minZoom, maxzoom: maxZoom })),
		}),
	);
	if (HEADER_BYTES + root.length > 16_384) throw new Error('root directory too large for this simple writer');
	const rootOffset = HEADER_BYTES;
	const metadataOffset = rootOffset + root.length;
	const tileDataOffset = metadataOffset + metadata.length;

	const header = new DataView(new ArrayBuffer(HEADER_BYTES));
	new Uint8Array(header.buffer).set(new TextEncoder().encode('PMTiles'), 0);
	header.setUint8(7, 3);
	const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
	u64(8, rootOffset);
	u64(16, root.length);
	u64(24, metadataOffset);
	u64(32, metadata.length);
	u64(40, tileDataOffset); // leaf directories: none
	u64(48, 0);
	u64(56, tileDataOffset);
	u64(64, offset);
	u64(72, entries.length); // addressed tiles
	u64(80, entries.length); // tile entries
	u64(88, entries.length); // tile contents
	header.setUint8(96, 1); // clustered: tiles are in tile id order
	header.setUint8(97, GZIP);
	header.setUint8(98, GZIP);
	header.setUint8(99, MVT);
	header.setUint8(100, minZoom);
	header.setUint8(101, maxZoom);
	const e7 = (v: number) => Math.round(v * 1e7);
	header.setInt32(102, e7(west), true);
	header.setInt32(106, e7(south), true);
	header.setInt32(110, e7(east), true);
	header.setInt32(114, e7(north), true);
	header.setUint8(118, Math.min(maxZoom, 12));
	header.setInt32(119, e7((west + east) / 2), true);
	header.setInt32(123, e7((south + north) / 2), true);

	const out = new Uint8Array(tileDataOffset + offset);
	out.set(new Uint8Array(header.buffer), 0);
	out.set(root, rootOffset);
	out.set(metadata, metadataOffset);
	let at = tileDataOffset;
	for (const t of tiles) {
		out.set(t.data, at);
		at += t.data.length;
	}
	return out;
}
