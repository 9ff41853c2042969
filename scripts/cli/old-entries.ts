/**
 * Entries of the sociale kaart that have not been checked for a long time (longer than
 * `socialeKaart.controleerNa` months in portaal.yaml, on the day of the check; WIJKPORTAAL_NU
 * respected): not an error, but a warning for the editors, shown by `npm run check` (in every
 * format) and printed by `npm run build`.
 */
import type { LoadResult } from '#lib/content/load.ts';
import { problemPlace } from '#lib/content/problem.ts';
import type { CheckWarning } from '#lib/content/report-formats.ts';
import { buildTime } from '#lib/site/build-time.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { isStale, staleMessage } from '#lib/sociale-kaart/staleness.ts';
import { SOCIALE_KAART_STANDAARD } from '#schemas/portaal.ts';

import { oldTranslationsText, oldTranslationWarnings } from './old-translations.ts';

/** The warnings as data, sorted by file: file, line and field `gecontroleerd`, and the Dutch message. */
export function oldEntryWarnings(content: LoadResult['content']): CheckWarning[] {
	const today = amsterdamDay(buildTime());
	const months = content.portaal?.data.socialeKaart.controleerNa ?? SOCIALE_KAART_STANDAARD.controleerNa;
	return content.socialeKaart
		.filter((entry) => isStale(entry.data.gecontroleerd, today, months))
		.sort((a, b) => a.file.file.shownPath.localeCompare(b.file.file.shownPath))
		.map((entry) => ({
			file: entry.file.file.shownPath,
			line: entry.file.lineOf(['gecontroleerd']),
			field: 'gecontroleerd',
			title: 'Lang niet gecontroleerd',
			message: staleMessage(entry.data.naam, entry.data.gecontroleerd, months),
		}));
}

/** The warnings as the terminal shows them: a heading and one line per entry; none when there are none. */
export function oldEntriesText(warnings: readonly CheckWarning[]): string[] {
	if (!warnings.length) return [];
	return [
		warnings.length === 1
			? 'Let op, 1 organisatie op de sociale kaart is lang niet gecontroleerd:'
			: `Let op, ${warnings.length} organisaties op de sociale kaart zijn lang niet gecontroleerd:`,
		...warnings.map((w) => `- ${problemPlace(w)}: ${w.message}`),
	];
}

/**
 * Prints the warnings about old content, if any: entries of the sociale kaart checked long ago,
 * then translations older than their original (old-translations.ts), each as one block.
 */
export function reportOldEntries(content: LoadResult['content']): void {
	for (const line of oldEntriesText(oldEntryWarnings(content))) console.log(line);
	for (const line of oldTranslationsText(oldTranslationWarnings(content))) console.log(line);
}
