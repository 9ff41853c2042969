/**
 * Entries of the sociale kaart that have not been checked for a long time (longer than
 * `socialeKaart.controleerNa` months in portaal.yaml, on the day of the check; WIJKPORTAAL_NU
 * respected): not an error, but a warning for the editors, printed by `npm run check` and
 * `npm run build`.
 */
import type { LoadResult } from '#lib/content/load.ts';
import { problemPlace } from '#lib/content/problem.ts';
import { buildTime } from '#lib/site/build-time.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { isStale, staleMessage } from '#lib/sociale-kaart/staleness.ts';
import { SOCIALE_KAART_STANDAARD } from '#schemas/portaal.ts';

export function oldEntryWarnings(content: LoadResult['content']): string[] {
	const today = amsterdamDay(buildTime());
	const months = content.portaal?.data.socialeKaart.controleerNa ?? SOCIALE_KAART_STANDAARD.controleerNa;
	return content.socialeKaart
		.filter((entry) => isStale(entry.data.gecontroleerd, today, months))
		.sort((a, b) => a.file.file.shownPath.localeCompare(b.file.file.shownPath))
		.map((entry) => {
			const place = problemPlace({
				file: entry.file.file.shownPath,
				line: entry.file.lineOf(['gecontroleerd']),
				field: 'gecontroleerd',
			});
			return `${place}: ${staleMessage(entry.data.naam, entry.data.gecontroleerd, months)}`;
		});
}

/** Prints the warnings, if any, as one block. */
export function reportOldEntries(content: LoadResult['content']): void {
	const warnings = oldEntryWarnings(content);
	if (!warnings.length) return;
	console.log(
		warnings.length === 1
			? 'Let op, 1 organisatie op de sociale kaart is lang niet gecontroleerd:'
			: `Let op, ${warnings.length} organisaties op de sociale kaart zijn lang niet gecontroleerd:`,
	);
	for (const warning of warnings) console.log(`- ${warning}`);
}
