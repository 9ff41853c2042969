/**
 * Loads the wijkkompas of a portal: the definitions (checked like every content file),
 * the value files, the rules that tie them to the portal's areas, and the computed
 * kompas. `npm run check`, the build and the importers all go through here.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import type { Loaded } from '#lib/content/portal-content.ts';
import { fieldName, type Problem } from '#lib/content/problem.ts';
import { quoted } from '#lib/content/quote.ts';
import { checkContentPath } from '#lib/content/safe-path.ts';
import { buildTime } from '#lib/site/build-time.ts';
import type { Indicatoren } from '#schemas/indicatoren.ts';
import { type Portaal, WIJKKOMPAS_STANDAARD } from '#schemas/portaal.ts';
import type { Wijk } from '#schemas/wijk.ts';

import { type AreaSet, type IndelingFile, portalAreas } from './areas.ts';
import { createKompas, type Kompas } from './kompas.ts';
import { indexValues } from './value-index.ts';
import { newSeen, readValuesFile, type ValuesFile } from './values-file.ts';

export const valuesDir = (contentDir: string) => join(contentDir, 'indicatoren', 'waarden');

/**
 * The value files of a portal, sorted by name: only ordinary files inside the content
 * folder (safe-path.ts). A link, hidden file or other unsafe entry is never read;
 * discover.ts reports it.
 */
export function valueFiles(contentDir: string): { id: string; path: string }[] {
	const dir = valuesDir(contentDir);
	if (checkContentPath(contentDir, dir, 'folder')) return [];
	return readdirSync(dir)
		.filter((n) => n.endsWith('.json') && !checkContentPath(contentDir, join(dir, n)))
		.sort()
		.map((n) => ({ id: n.slice(0, -5), path: join(dir, n) }));
}

/** Rules within indicatoren.yaml: unique ids, known themes, a minimum for panel figures, existing wijken. */
export function checkDefinitions(file: Loaded<Indicatoren>, wijkFolders: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	const report = (path: (string | number)[], message: string) =>
		problems.push({ file: file.file.file.shownPath, line: file.file.lineOf(path), field: fieldName(path), message });
	const themas = file.data.themas.map((t) => t.naam);
	const ids = new Map<string, number>();
	file.data.themas.forEach((t, i) => {
		if (themas.indexOf(t.naam) !== i)
			report(['themas', i, 'naam'], `het thema ${quoted(t.naam)} staat er twee keer in. Haal een van de twee weg.`);
	});
	file.data.indicatoren.forEach((ind, i) => {
		const first = ids.get(ind.id);
		if (first !== undefined)
			report(
				['indicatoren', i, 'id'],
				`de id ${quoted(ind.id)} wordt ook gebruikt door indicator ${first + 1}. Geef elke indicator een eigen id.`,
			);
		else ids.set(ind.id, i);
		if (!themas.includes(ind.thema))
			report(
				['indicatoren', i, 'thema'],
				`${quoted(ind.thema)} is geen thema uit de lijst 'themas' bovenaan. Kies uit: ${themas.join(', ')}.`,
			);
		if (ind.soort === 'subjectief' && ind.minimumAntwoorden === undefined) {
			report(
				['indicatoren', i, 'soort'],
				'een panelcijfer (soort subjectief) heeft een minimum aantal antwoorden nodig. Vul minimumAntwoorden in, bijvoorbeeld 30.',
			);
		}
		ind.wijken?.forEach((w, j) => {
			if (!wijkFolders.includes(w))
				report(
					['indicatoren', i, 'wijken', j],
					`${quoted(w)} is geen wijk van dit portaal. Gebruik de mapnaam van een wijk: ${wijkFolders.join(', ')}.`,
				);
		});
	});
	return problems;
}

export interface WijkkompasData {
	definitions: Indicatoren;
	files: ValuesFile[];
	areas: AreaSet;
}

/**
 * Checks every value file against the definitions and the portal's areas. Returns the data
 * only when there are no problems.
 */
export function loadValues(
	contentDir: string,
	portaal: Pick<Portaal, 'gemeenten'>,
	wijken: readonly { id: string; data: Wijk }[],
	definitions: Indicatoren,
	cwd = process.cwd(),
	/** The municipality's own areas (content/gebieden/*.yaml), which value rows may name. */
	indelingen: readonly IndelingFile[] = [],
): { data?: WijkkompasData; problems: Problem[] } {
	// `npm run build` checks the content and then builds in the same process: read the
	// (possibly very large) value files once and let the build reuse them.
	const cache = ((
		globalThis as { __wijkkompasValues?: Map<string, { data?: WijkkompasData; problems: Problem[] }> }
	).__wijkkompasValues ??= new Map<string, { data?: WijkkompasData; problems: Problem[] }>());
	const key = `${contentDir}|${stamp(contentDir)}|${JSON.stringify(definitions)}|${JSON.stringify(portaal.gemeenten)}|${wijken
		.map((w) => `${w.id}:${w.data.code}:${w.data.buurten.map((b) => b.code).join(',')}`)
		.sort()
		.join(';')}|${JSON.stringify(indelingen)}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const result = readAllValues(contentDir, portaal, wijken, definitions, cwd, indelingen);
	cache.clear();
	cache.set(key, result);
	return result;
}

function readAllValues(
	contentDir: string,
	portaal: Pick<Portaal, 'gemeenten'>,
	wijken: readonly { id: string; data: Wijk }[],
	definitions: Indicatoren,
	cwd: string,
	indelingen: readonly IndelingFile[],
): { data?: WijkkompasData; problems: Problem[] } {
	const areas = portalAreas(portaal, wijken, indelingen);
	const indicators = new Map(definitions.indicatoren.map((i) => [i.id, i]));
	const context = { areas, indicators, maxYear: buildTime().getFullYear(), seen: newSeen() };
	const problems: Problem[] = [];
	const files: ValuesFile[] = [];
	for (const { id, path } of valueFiles(contentDir)) {
		const shownPath = relative(cwd, path).split(sep).join('/');
		const result = readValuesFile(path, shownPath, id, context);
		problems.push(...result.problems);
		if (result.file) files.push(result.file);
	}
	return problems.length ? { problems } : { data: { definitions, files, areas }, problems };
}

/** The kompas of a checked portal, computed once per process for each content folder. */
export function kompasFor(
	contentDir: string,
	portaal: Pick<Portaal, 'gemeenten'> & { wijkkompas?: Portaal['wijkkompas'] },
	wijken: readonly { id: string; data: Wijk }[],
	definitions: Indicatoren,
	indelingen: readonly IndelingFile[] = [],
): Kompas {
	const cache = ((globalThis as { __wijkkompas?: Map<string, Kompas> }).__wijkkompas ??= new Map<string, Kompas>());
	const key = `${contentDir}|${stamp(contentDir)}|${JSON.stringify(indelingen)}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const { data, problems } = loadValues(contentDir, portaal, wijken, definitions, undefined, indelingen);
	if (!data) throw new Error(problems.map((p) => `${p.file} ${p.line ?? ''} ${p.message}`).join('\n'));
	const kompas = createKompas({
		areas: data.areas,
		definitions,
		gemeenten: portaal.gemeenten,
		values: indexValues(data.files, data.areas),
		settings: portaal.wijkkompas ?? WIJKKOMPAS_STANDAARD,
		files: data.files,
	});
	cache.clear();
	cache.set(key, kompas);
	return kompas;
}

/** Changes whenever a value file changes, so `astro dev` picks up new figures. */
function stamp(contentDir: string): string {
	return valueFiles(contentDir)
		.map((f) => `${f.id}:${statSync(f.path).mtimeMs}`)
		.join(',');
}
