/**
 * Loads and checks all content of a portal: every file, every field, every rule, all at
 * once. Both `npm run check` and the build use this before Astro runs.
 */
import { checkBasiskaart, checkGeo } from '#lib/geo/check.ts';
import { readGeo } from '#lib/geo/read.ts';
import { checkNewsBodies } from '#lib/nieuws/check.ts';
import { checkDefinitions, loadValues } from '#lib/wijkkompas/load.ts';
import type { EigenGebieden } from '#schemas/eigen-gebieden.ts';
import { type ContentKind, schemas } from '#schemas/index.ts';
import type { Indicatoren } from '#schemas/indicatoren.ts';

import { discover } from './discover.ts';
import { type ParsedFile, parseFile } from './parse-file.ts';
import type { Loaded, PortalContent } from './portal-content.ts';
import { formatProblem, type Problem, sortProblems, visibleProblem } from './problem.ts';
import { checkRules, type LoadedContent } from './rules/index.ts';
import { checkSchema } from './schema-problems.ts';
import { attachTranslations } from './translations.ts';
import { checkWijkplatformText } from './wijkplatform-text.ts';

export type { Loaded, PortalContent };

/** Kinds edited by wijkplatforms: Markdown and YAML only, never HTML. */
const WIJKPLATFORM_KINDS = new Set<ContentKind>([
	'wijk',
	'agenda',
	'activiteit',
	'initiatief',
	'verhaal',
	'budget',
	'ambitie',
	'organisatie',
]);

export interface LoadResult {
	/** Complete only when `problems` is empty. */
	content: LoadedContent;
	problems: Problem[];
	fileCount: number;
}

/**
 * Parses and schema-checks the files of one kind (also used by the Astro loader), with their
 * translations attached (`vertalingen`; every language is accepted here, the check limits them).
 */
export function loadKind(contentDir: string, kind: ContentKind): { items: Loaded<unknown>[]; problems: Problem[] } {
	const { files, translations } = discover(contentDir);
	const loaded = loadFiles(files.filter((f) => f.kind === kind));
	const translationProblems = attachTranslations(
		translations.filter((t) => t.kind === kind),
		loaded.items,
	);
	return { items: loaded.items, problems: [...loaded.problems, ...translationProblems] };
}

function loadFiles(files: ReturnType<typeof discover>['files']) {
	const items: (Loaded<unknown> & { file: ParsedFile })[] = [];
	const problems: Problem[] = [];
	for (const file of files) {
		const { parsed, problems: readProblems } = parseFile(file);
		problems.push(...readProblems);
		if (!parsed) continue;
		if (WIJKPLATFORM_KINDS.has(file.kind)) problems.push(...checkWijkplatformText(parsed));
		const { data, problems: schemaProblems } = checkSchema(schemas[file.kind], parsed);
		problems.push(...schemaProblems);
		if (data !== undefined) items.push({ file: parsed, data });
	}
	return { items, problems };
}

export function loadContent(contentDir: string): LoadResult {
	const found = discover(contentDir);
	const { items, problems } = loadFiles(found.files);
	const of = <T>(kind: ContentKind) => items.filter((i) => i.file.file.kind === kind) as Loaded<T>[];
	const content = {
		portaal: of<PortalContent['portaal']['data']>('portaal')[0],
		wijken: of<PortalContent['wijken'][number]['data']>('wijk'),
		agenda: of<PortalContent['agenda'][number]['data']>('agenda'),
		activiteiten: of<PortalContent['activiteiten'][number]['data']>('activiteit'),
		nieuws: of<PortalContent['nieuws'][number]['data']>('nieuws'),
		initiatieven: of<PortalContent['initiatieven'][number]['data']>('initiatief'),
		verhalen: of<PortalContent['verhalen'][number]['data']>('verhaal'),
		budgetten: of<PortalContent['budgetten'][number]['data']>('budget'),
		ambities: of<PortalContent['ambities'][number]['data']>('ambitie'),
		socialeKaart: of<PortalContent['socialeKaart'][number]['data']>('organisatie'),
		gebieden: of<EigenGebieden>('indeling'),
	};
	// Translations beside their originals, in the languages of portaal.yaml (all of them while it has mistakes).
	problems.push(...attachTranslations(found.translations, items, content.portaal?.data.talen));
	const wijkFolders = found.files.filter((f) => f.kind === 'wijk').map((f) => f.id);
	problems.push(
		...found.problems,
		...checkRules(content, wijkFolders, contentDir, of<Indicatoren>('indicatoren')[0]?.data),
	);
	// News bodies are rendered exactly as the build renders them; components may refer to agenda items.
	problems.push(...checkNewsBodies(contentDir, content, of<Indicatoren>('indicatoren')[0]?.data));

	// The maps: the geometry file's own structure first; its ties to the content only against content without other mistakes.
	const geo = readGeo(contentDir);
	if (geo) {
		problems.push(...geo.problems);
		if (!problems.length && content.portaal) problems.push(...checkGeo(geo, { ...content, portaal: content.portaal }));
	}
	if (content.portaal) problems.push(...checkBasiskaart(contentDir, content.portaal, !!geo));

	// The wijkkompas: definitions first; values only against a portal without other mistakes.
	const indicatoren = of<Indicatoren>('indicatoren')[0];
	if (indicatoren) {
		const definitionProblems = checkDefinitions(indicatoren, wijkFolders);
		problems.push(...definitionProblems);
		if (!problems.length && content.portaal) {
			problems.push(
				...loadValues(
					contentDir,
					content.portaal.data,
					content.wijken.map((w) => ({ id: w.file.file.id, data: w.data })),
					indicatoren.data,
					undefined,
					content.gebieden.map((g) => ({ id: g.file.file.id, data: g.data })),
				).problems,
			);
		}
	}
	// A file refused by discover.ts may be refused again by its reader (geo/read.ts): report it once.
	const seen = new Set<string>();
	const unique = problems.filter((p) => !seen.has(formatProblem(p)) && !!seen.add(formatProblem(p)));
	return {
		content,
		problems: sortProblems(unique).map(visibleProblem),
		fileCount: found.files.length + found.translations.length + (geo ? 1 : 0),
	};
}
