/**
 * Stories whose consent has ended on the day of the build (WIJKPORTAAL_NU respected): not an
 * error, but a notice for the editors, printed by `npm run check` and `npm run build`.
 */
import type { LoadResult } from '#lib/content/load.ts';
import { buildTime } from '#lib/site/build-time.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { consentHolds, endedConsentNotice } from '#lib/verhalen/consent.ts';

export function endedConsentNotices(content: LoadResult['content']): string[] {
	const today = amsterdamDay(buildTime());
	return content.verhalen
		.filter((story) => !consentHolds(story.data, today))
		.map((story) => endedConsentNotice(story.file.file.shownPath, story.data));
}

/** Prints the notices, if any, as one block. */
export function reportEndedConsent(content: LoadResult['content']): void {
	const notices = endedConsentNotices(content);
	if (!notices.length) return;
	console.log(
		notices.length === 1
			? 'Let op, 1 verhaal is overgeslagen:'
			: `Let op, ${notices.length} verhalen zijn overgeslagen:`,
	);
	for (const notice of notices) console.log(`- ${notice}`);
}
