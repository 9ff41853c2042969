/**
 * The wijkkompas of a content folder (the demo's by default), built as the site builds it: the
 * content must pass the check, then `kompasFor` gets its portal, wijken, indicators and indelingen.
 */
import { join } from 'node:path';

import { loadContent, loadKind } from '#lib/content/load.ts';
import type { Kompas } from '#lib/wijkkompas/kompas.ts';
import { kompasFor } from '#lib/wijkkompas/load.ts';
import type { Indicatoren } from '#schemas/indicatoren.ts';

import { REPO } from './fixtures.ts';

export function contentKompas(contentDir = join(REPO, 'content')): { kompas: Kompas; definitions: Indicatoren } {
	const { content, problems } = loadContent(contentDir);
	if (problems.length) throw new Error(`${contentDir} does not pass the check: ${problems[0]!.message}`);
	const definitions = loadKind(contentDir, 'indicatoren').items[0]!.data as Indicatoren;
	const wijken = content.wijken.map((w) => ({ id: w.file.file.id, data: w.data }));
	const indelingen = (content.gebieden ?? []).map((g) => ({ id: g.file.file.id, data: g.data }));
	return { kompas: kompasFor(contentDir, content.portaal!.data, wijken, definitions, indelingen), definitions };
}
