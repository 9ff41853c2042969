/**
 * Translations older than their original (src/lib/content/translation-age.ts): not an error, but a
 * warning for the editors, shown by `npm run check` (in every format) and printed by `npm run build`
 * (through reportOldEntries in old-entries.ts).
 */
import type { LoadResult } from '#lib/content/load.ts';
import { problemPlace } from '#lib/content/problem.ts';
import type { CheckWarning } from '#lib/content/report-formats.ts';
import { outdatedMessage, outdatedTranslation } from '#lib/content/translation-age.ts';

/** Every entry of a kind that can be translated, with its translations. */
function translatedEntries(content: LoadResult['content']) {
	return [
		...content.wijken,
		...content.ambities,
		...content.agenda,
		...content.activiteiten,
		...content.socialeKaart,
		...content.initiatieven,
		...content.verhalen,
	].filter((entry) => entry.vertalingen?.length);
}

/** The warnings as data, sorted by file: the translation's file, and the Dutch message naming the original. */
export function oldTranslationWarnings(content: LoadResult['content']): CheckWarning[] {
	const warnings: CheckWarning[] = [];
	for (const entry of translatedEntries(content)) {
		for (const translation of entry.vertalingen ?? []) {
			const age = outdatedTranslation(entry.file.file.path, translation.file.file.path);
			if (!age) continue;
			warnings.push({
				file: translation.file.file.shownPath,
				title: 'Vertaling ouder dan het origineel',
				message: outdatedMessage(entry.file.file.shownPath, age),
			});
		}
	}
	return warnings.sort((a, b) => a.file.localeCompare(b.file));
}

/** The warnings as the terminal shows them: a heading and one line per translation; none when there are none. */
export function oldTranslationsText(warnings: readonly CheckWarning[]): string[] {
	if (!warnings.length) return [];
	return [
		warnings.length === 1
			? 'Let op, 1 vertaling is ouder dan het origineel:'
			: `Let op, ${warnings.length} vertalingen zijn ouder dan het origineel:`,
		...warnings.map((w) => `- ${problemPlace(w)}: ${w.message}`),
	];
}
