/**
 * How heavy the pages of the areas are: the wijk and buurt pages and their figures pages,
 * the bulk of a large portal. Average size in KB (1 KB = 1024 bytes) per kind and over all
 * of them, and the share of inline SVG (maps and charts) in it. Reads at most MAX_FILES
 * pages per kind, spread evenly, so a national build is measured in seconds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AreaPageKind {
	soort: string;
	paginas: number;
	/** Pages read for the averages. */
	gemeten: number;
	kbPerPagina: number;
	svgKbPerPagina: number;
}

export interface AreaPageFigures {
	paginas: number;
	kbPerPagina: number;
	svgKbPerPagina: number;
	/** SVG share of the bytes, 0–1. */
	svgAandeel: number;
	perSoort: AreaPageKind[];
}

const MAX_FILES = 400;

/** The kinds, by their path under wijken/<wijk>/. */
const KINDS: [string, RegExp][] = [
	['wijkpagina', /^index\.html$/],
	['cijfers van een wijk', /^cijfers\/(?:[^/]+\/)?index\.html$/],
	['buurtpagina', /^buurten\/[^/]+\/index\.html$/],
	['cijfers van een buurt', /^buurten\/[^/]+\/cijfers\/index\.html$/],
];

export function areaPageFigures(dist: string): AreaPageFigures | null {
	const wijken = join(dist, 'wijken');
	if (!existsSync(wijken)) return null;
	const files = new Map<string, string[]>(KINDS.map(([k]) => [k, []]));
	for (const wijk of readdirSync(wijken, { withFileTypes: true })) {
		if (!wijk.isDirectory()) continue;
		const dir = join(wijken, wijk.name);
		for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
			const path = rel.split('\\').join('/');
			const kind = KINDS.find(([, re]) => re.test(path))?.[0];
			if (kind) files.get(kind)!.push(join(dir, rel));
		}
	}
	const perSoort: AreaPageKind[] = [];
	let pages = 0;
	let bytes = 0;
	let svg = 0;
	for (const [soort, list] of files) {
		if (!list.length) continue;
		list.sort();
		const step = Math.max(1, Math.ceil(list.length / MAX_FILES));
		let read = 0;
		let kindBytes = 0;
		let kindSvg = 0;
		for (let i = 0; i < list.length; i += step) {
			const html = readFileSync(list[i]!, 'utf8');
			kindBytes += Buffer.byteLength(html);
			kindSvg += svgBytes(html);
			read++;
		}
		const kb = kindBytes / read / 1024;
		const svgKb = kindSvg / read / 1024;
		perSoort.push({ soort, paginas: list.length, gemeten: read, kbPerPagina: round(kb), svgKbPerPagina: round(svgKb) });
		pages += list.length;
		bytes += kb * list.length;
		svg += svgKb * list.length;
	}
	if (!pages) return null;
	return {
		paginas: pages,
		kbPerPagina: round(bytes / pages),
		svgKbPerPagina: round(svg / pages),
		svgAandeel: Math.round((svg / bytes) * 1000) / 1000,
		perSoort,
	};
}

/** Bytes of the inline <svg> elements of a page (outermost ones; SVG elements do not nest here). */
export function svgBytes(html: string): number {
	let total = 0;
	for (let at = html.indexOf('<svg'); at !== -1; at = html.indexOf('<svg', at)) {
		const end = html.indexOf('</svg>', at);
		if (end === -1) break;
		total += Buffer.byteLength(html.slice(at, end + 6));
		at = end + 6;
	}
	return total;
}

const round = (value: number) => Math.round(value * 10) / 10;
