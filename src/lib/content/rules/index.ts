/**
 * The rules that span files, one module per content kind: codes that must fit together,
 * references to wijken, buurten and thema's that must exist, pictures that must be there.
 * Rules within one file are part of that file's schema (src/schemas/), so `astro dev` and
 * every other reader of the schemas apply them too.
 */
import type { Indicatoren } from '#schemas/indicatoren.ts';

import type { Problem } from '../problem.ts';
import { checkActiviteiten } from './activiteiten.ts';
import { checkAdressen } from './adressen.ts';
import { checkAgenda } from './agenda.ts';
import { checkAmbities } from './ambitie.ts';
import { type LoadedContent, reporter, ruleContext } from './context.ts';
import { checkEigenGebieden } from './eigen-gebieden.ts';
import { checkInitiatieven } from './initiatieven.ts';
import { checkNieuws } from './nieuws.ts';
import { checkPortaal } from './portaal.ts';
import { checkSocialeKaart } from './sociale-kaart.ts';
import { checkVerbanden } from './verbanden.ts';
import { checkVerhalen } from './verhalen.ts';
import { checkWijken } from './wijken.ts';

export type { LoadedContent };

/**
 * @param wijkFolders every wijk folder that exists, also those whose wijk.md has mistakes
 *   of its own: references to them are not reported again.
 * @param contentDir the content folder, for the data files that are not collections (adressen).
 * @param indicatoren the wijkkompas definitions, for the indicators a wijkambitie names.
 */
export function checkRules(
	content: LoadedContent,
	wijkFolders: readonly string[],
	contentDir?: string,
	indicatoren?: Indicatoren,
): Problem[] {
	const problems: Problem[] = [];
	const report = reporter(problems);
	const context = ruleContext(content, wijkFolders, indicatoren);
	checkPortaal(context, report);
	checkWijken(content.wijken, context, report);
	checkAgenda(content.agenda, context, report, content.ambities);
	checkActiviteiten(content.activiteiten, context, report);
	checkNieuws(content.nieuws, context, report);
	checkInitiatieven(content.initiatieven, content.budgetten, context, report);
	checkVerhalen(content.verhalen, context, report);
	checkAmbities(content.ambities, context, report);
	checkSocialeKaart(content.socialeKaart, context, report);
	checkVerbanden(content, report);
	checkEigenGebieden(content.gebieden ?? [], context, report);
	if (contentDir !== undefined) checkAdressen(contentDir, context, problems);
	return problems;
}
