/**
 * Reads content/geo/gebieden.topojson and checks its structure: valid JSON, a TopoJSON
 * Topology with the three objects, (Multi)Polygon geometries with a CBS code and a name,
 * and arc references that exist. Every problem is reported in Dutch with the line.
 */
import { join, relative, sep } from 'node:path';

import { parseJson, readUtf8 } from '#lib/content/json-file.ts';
import { DATA_FILE_MAX_BYTES } from '#lib/content/limits.ts';
import { lineAt, type Problem } from '#lib/content/problem.ts';
import { checkContentPath, unsafeEntryMessage, unsafePathMessage } from '#lib/content/safe-path.ts';
import { fileTooLarge } from '#lib/content/text-checks.ts';
import { BUURT_CODE, CODE_FORMS, GEMEENTE_CODE, WIJK_CODE } from '#lib/site/cbs-codes.ts';

import { GEO_FILE, GEO_FOLDER, GEO_LEVELS, type GeoLevel, type GeoTopology } from './format.ts';
import { geometryProblems } from './geometry-check.ts';

export const geoFile = (contentDir: string) => join(contentDir, GEO_FOLDER, GEO_FILE);

const REMAKE = 'Maak het bestand opnieuw met npm run import:geo (zie docs/importeren.md).';
const CODE_FORM: Record<GeoLevel, string> = {
	gemeenten: CODE_FORMS.gemeente,
	wijken: CODE_FORMS.wijk,
	buurten: CODE_FORMS.buurt,
};
const CODE_PATTERN: Record<GeoLevel, RegExp> = { gemeenten: GEMEENTE_CODE, wijken: WIJK_CODE, buurten: BUURT_CODE };

export interface GeoRead {
	topology?: GeoTopology;
	/** The file as editors see it, e.g. "content/geo/gebieden.topojson". */
	shownPath: string;
	/** The line on which a geometry's code stands, for messages about it. */
	lineOfCode: (code: string) => number | undefined;
	problems: Problem[];
}

/** Undefined when the portal has no geometry file (a portal without maps). */
export function readGeo(contentDir: string, cwd = process.cwd()): GeoRead | undefined {
	const path = geoFile(contentDir);
	const unsafe = checkContentPath(contentDir, path);
	if (unsafe?.reason === 'missing') return undefined;
	const shownPath = relative(cwd, path).split(sep).join('/');
	// Never read through a link or outside the content folder (discover.ts reports the same).
	if (unsafe) {
		const { reason, isTarget } = unsafe;
		const message =
			isTarget && (reason === 'link' || reason === 'hardlink' || reason === 'special')
				? unsafeEntryMessage(reason)
				: unsafePathMessage(unsafe, isTarget ? shownPath : relative(cwd, unsafe.path).split(sep).join('/'));
		return { shownPath, lineOfCode: () => undefined, problems: [{ file: shownPath, message }] };
	}
	const problems: Problem[] = [];
	const report = (message: string, line?: number, field?: string) =>
		problems.push({ file: shownPath, line, field, message });
	let text = '';
	const lineOfCode = (code: string) => {
		const match = new RegExp(`"id"\\s*:\\s*"${code}"`).exec(text);
		return match ? lineAt(text, match.index) : undefined;
	};

	const tooLarge = fileTooLarge(path, DATA_FILE_MAX_BYTES);
	if (tooLarge) {
		report(
			`${tooLarge} Maak het bestand opnieuw met npm run import:geo, met een grotere waarde voor --detail (minder details).`,
		);
		return { shownPath, lineOfCode, problems };
	}
	const read = readUtf8(path);
	if (read === undefined) {
		report(`het bestand is niet opgeslagen als UTF-8. ${REMAKE}`);
		return { shownPath, lineOfCode, problems };
	}
	text = read;
	const parsed = parseJson(text);
	if (!parsed.ok) {
		report(
			parsed.message ??
				`dit is geen geldig JSON-bestand (er ontbreekt bijvoorbeeld een komma, haakje of aanhalingsteken). ${REMAKE}`,
			parsed.line,
		);
		return { shownPath, lineOfCode, problems };
	}
	const topo = parsed.value as Partial<GeoTopology> & Record<string, unknown>;
	if (
		!topo ||
		typeof topo !== 'object' ||
		topo.type !== 'Topology' ||
		!Array.isArray(topo.arcs) ||
		!topo.objects ||
		typeof topo.objects !== 'object'
	) {
		report(
			`dit is geen TopoJSON-bestand: het moet een object zijn met "type": "Topology", "objects" en "arcs". ${REMAKE}`,
			1,
		);
		return { shownPath, lineOfCode, problems };
	}
	const arcCount = topo.arcs.length;
	for (const p of geometryProblems(topo as { arcs: unknown[]; transform?: unknown }, text))
		report(p.message, p.line, p.field);
	const codes = new Set<string>();
	for (const level of GEO_LEVELS) {
		const object = (topo.objects as Record<string, unknown>)[level] as
			{ type?: unknown; geometries?: unknown } | undefined;
		if (!object || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
			report(
				`het deel "${level}" ontbreekt of is geen GeometryCollection. Het bestand heeft de delen gemeenten, wijken en buurten nodig. ${REMAKE}`,
				1,
				`objects.${level}`,
			);
			continue;
		}
		object.geometries.forEach((geometry: Record<string, unknown>, index: number) => {
			const field = `objects.${level}.${index + 1}`;
			const id = geometry?.id;
			const code = typeof id === 'string' ? id : undefined;
			// Found only for a problem: searching a national file for every code would take minutes.
			const report = (message: string) =>
				problems.push({ file: shownPath, line: code ? lineOfCode(code) : undefined, field, message });
			if (!code || !CODE_PATTERN[level].test(code)) {
				report(
					`deze geometrie heeft geen geldige CBS-code als "id"${code ? ` ('${code}')` : ''}. Een code in ${level} is ${CODE_FORM[level]}. ${REMAKE}`,
				);
				return;
			}
			if (codes.has(code))
				report(`de code ${code} staat twee keer in het bestand. Elk gebied hoort er één keer in te staan. ${REMAKE}`);
			codes.add(code);
			const naam = (geometry.properties as { naam?: unknown } | undefined)?.naam;
			if (typeof naam !== 'string' || !naam.trim())
				report(`de geometrie van ${code} heeft geen naam (properties.naam). ${REMAKE}`);
			if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
				report(
					`de geometrie van ${code} is een ${String(geometry.type)}, geen vlak. Een gebied moet een Polygon of MultiPolygon zijn. ${REMAKE}`,
				);
				return;
			}
			if (!arcsValid(geometry.arcs, geometry.type === 'Polygon' ? 2 : 3, arcCount)) {
				report(
					`de geometrie van ${code} verwijst naar lijnen (arcs) die niet in het bestand staan, of heeft geen lijnen. Het bestand is beschadigd. ${REMAKE}`,
				);
			}
		});
	}
	return { topology: problems.length ? undefined : (topo as GeoTopology), shownPath, lineOfCode, problems };
}

/** Nested arrays of arc indices, `depth` levels deep, every index within the arcs list (~i = -i-1 means reversed). */
function arcsValid(arcs: unknown, depth: number, count: number): boolean {
	if (!Array.isArray(arcs) || arcs.length === 0) return false;
	if (depth === 1) return arcs.every((i) => Number.isInteger(i) && (i >= 0 ? i < count : ~i < count));
	return arcs.every((a) => arcsValid(a, depth - 1, count));
}
