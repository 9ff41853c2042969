/**
 * Reads the CBS files in ../shared/data: the area codes and names of 2014/2015
 * (TopoJSON, properties only) and the key figures of 2017 (CSV).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CbsArea {
	/** GM0141, WK014101 or BU01410101. */
	statcode: string;
	statnaam: string;
}

export const GEBIEDEN_DIR = 'cbs-gebieden-2014';
export const KWB_FILE = join('cbs-kwb-2017', 'kerncijfers-wijken-en-buurten-2017.csv');

/** The areas of a CBS TopoJSON file (object `layer`); the geometry is not needed. */
export function readAreas(path: string): CbsArea[] {
	const topo = JSON.parse(readFileSync(path, 'utf8')) as {
		objects?: Record<string, { geometries?: { properties?: Partial<CbsArea> }[] }>;
	};
	const geometries = topo.objects?.layer?.geometries;
	if (!geometries) throw new Error(`${path} heeft geen object 'layer' met gebieden.`);
	const areas: CbsArea[] = [];
	for (const g of geometries) {
		const code = g.properties?.statcode?.trim();
		const naam = g.properties?.statnaam?.trim();
		if (code && naam) areas.push({ statcode: code, statnaam: naam });
	}
	return areas;
}

/** One row of the key figures: field name → number, or null for `.` (missing or secret). */
export type KwbRow = Map<string, number | null>;

/** The key figures of 2017 by area code (codes without their padding). */
export function readKerncijfers(path: string): Map<string, KwbRow> {
	const rows = new Map<string, KwbRow>();
	if (!existsSync(path)) return rows;
	const lines = readFileSync(path, 'utf8')
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/);
	const header = (lines[0] ?? '').split(',').map((h) => h.trim());
	const codeColumn = header.indexOf('Codering_3');
	if (codeColumn < 0) throw new Error(`${path} heeft geen kolom Codering_3.`);
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i];
		if (!line) continue;
		const cells = line.split(',');
		const code = cells[codeColumn]?.trim();
		if (!code) continue;
		const row: KwbRow = new Map();
		header.forEach((name, c) => {
			const cell = cells[c]?.trim() ?? '';
			const value = cell === '' || cell === '.' ? null : Number(cell);
			row.set(name, value !== null && Number.isFinite(value) ? value : null);
		});
		rows.set(code, row);
	}
	return rows;
}
