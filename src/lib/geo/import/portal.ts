/**
 * What the geometry import wants to know of the portal: the names of its gemeenten and the
 * codes of its wijken and buurten. Read leniently (front matter only, no checks), because
 * boundaries are often imported before the portal is complete; `npm run check` checks the
 * portal itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readYaml as readYamlText } from '#lib/content/source.ts';

import { count, few } from './words.ts';

export interface PortalAreas {
	/** Gemeente code → name, from portaal.yaml. */
	gemeenten: Map<string, string>;
	/** Codes of the wijken and buurten in content/wijken/<wijk>/wijk.md. */
	codes: Set<string>;
	/** True when the portal has at least one wijk.md. */
	hasWijken: boolean;
}

const asList = (v: unknown): Record<string, unknown>[] =>
	Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

/** The fields of a YAML text; none when it cannot be read (`npm run check` reports why). */
function readYaml(text: string): Record<string, unknown> {
	const data = readYamlText(text).source?.data;
	return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

export function readPortalAreas(contentDir: string): PortalAreas {
	const result: PortalAreas = { gemeenten: new Map(), codes: new Set(), hasWijken: false };
	const portaal = join(contentDir, 'portaal.yaml');
	if (existsSync(portaal)) {
		for (const g of asList(readYaml(readFileSync(portaal, 'utf8')).gemeenten)) {
			if (typeof g.code === 'string' && typeof g.naam === 'string')
				result.gemeenten.set(g.code.trim().toUpperCase(), g.naam.trim());
		}
	}
	const wijken = join(contentDir, 'wijken');
	if (!existsSync(wijken)) return result;
	for (const folder of readdirSync(wijken).sort()) {
		const file = join(wijken, folder, 'wijk.md');
		if (!existsSync(file)) continue;
		result.hasWijken = true;
		const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
		if (!front) continue;
		const data = readYaml(front);
		if (typeof data.code === 'string') result.codes.add(data.code.trim().toUpperCase());
		for (const b of asList(data.buurten)) if (typeof b.code === 'string') result.codes.add(b.code.trim().toUpperCase());
	}
	return result;
}

/**
 * Notes on how the imported areas match the portal: wijken and buurten without a boundary,
 * boundaries without a wijk or buurt, another gemeente. Notes only: `npm run check` enforces it.
 */
export function portalNotes(portal: PortalAreas, gemeente: string, codes: string[]): string[] {
	const notes: string[] = [];
	const otherGemeenten = [...portal.gemeenten.keys()].filter((c) => c !== gemeente);
	if (portal.gemeenten.size && !portal.gemeenten.has(gemeente))
		notes.push(
			`${gemeente} staat niet in portaal.yaml; daar ${otherGemeenten.length === 1 ? 'staat' : 'staan'} ${few(otherGemeenten)}. Klopt de code achter --gemeente?`,
		);
	else if (otherGemeenten.length)
		notes.push(
			`Het portaal heeft ook ${few(otherGemeenten)}. Het kaartbestand bevat alleen ${gemeente}: het oude bestand wordt helemaal vervangen.`,
		);
	if (!portal.hasWijken) return notes;
	const inFile = new Set(codes);
	const missing = [...portal.codes].filter((c) => c.slice(2, 6) === gemeente.slice(2) && !inFile.has(c)).sort();
	const extra = [...inFile].filter((c) => !portal.codes.has(c)).sort();
	if (missing.length)
		notes.push(
			`${count(missing.length, 'wijk of buurt', 'wijken en buurten')} van het portaal ${missing.length === 1 ? 'heeft' : 'hebben'} geen grens in de bestanden: ${few(missing)}. Die ${missing.length === 1 ? 'komt' : 'komen'} niet op de kaart.`,
		);
	if (extra.length)
		notes.push(
			`${count(extra.length, 'grens hoort', 'grenzen horen')} bij een wijk of buurt die niet in het portaal staat: ${few(extra)}. Is de indeling veranderd? Pas dan de wijk.md aan, of gebruik grenzen van hetzelfde jaar. npm run check meldt dit ook.`,
		);
	return notes;
}
