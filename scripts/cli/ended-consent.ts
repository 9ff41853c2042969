/**
 * Stories whose consent has ended on the day of the build (WIJKPORTAAL_NU respected): not an
 * error, but a notice for the editors, shown by `npm run check` (in every format) and printed
 * by `npm run build`.
 */
import type { LoadResult } from '#lib/content/load.ts';
import type { CheckWarning } from '#lib/content/report-formats.ts';
import { buildTime } from '#lib/site/build-time.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { consentHolds, endedConsentNotice } from '#lib/verhalen/consent.ts';

/**
 * The notices as data: the file, the line of `toestemming.tot` (for an annotation on that
 * line) and the Dutch message.
 */
export function endedConsentWarnings(content: LoadResult['content']): CheckWarning[] {
	const today = amsterdamDay(buildTime());
	return content.verhalen
		.filter((story) => !consentHolds(story.data, today))
		.map((story) => {
			const file = story.file.file.shownPath;
			// endedConsentNotice is "<file>: <message>"; the message is what follows the file.
			const message = endedConsentNotice(file, story.data).slice(`${file}: `.length);
			return {
				file,
				line: story.file.lineOf(['toestemming', 'tot']),
				field: 'toestemming.tot',
				title: 'Toestemming verlopen',
				message,
			};
		});
}

/**
 * The notices as the terminal shows them: a heading and "- <file>: <message>" per story (the
 * file without line or field, as it always was); none when there are none.
 */
export function endedConsentText(warnings: readonly CheckWarning[]): string[] {
	if (!warnings.length) return [];
	return [
		warnings.length === 1
			? 'Let op, 1 verhaal is overgeslagen:'
			: `Let op, ${warnings.length} verhalen zijn overgeslagen:`,
		...warnings.map((w) => `- ${w.file}: ${w.message}`),
	];
}

/** Prints the notices, if any, as one block. */
export function reportEndedConsent(content: LoadResult['content']): void {
	for (const line of endedConsentText(endedConsentWarnings(content))) console.log(line);
}
