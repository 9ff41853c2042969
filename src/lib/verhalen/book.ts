/**
 * The verhalenboek of a wijk: how a storyteller is named, the years the stories span, and
 * the marker the build replaces with the PDF link once the PDF exists (scripts/build/pdf.ts).
 */
import { i18n } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import type { Verhaal } from '#schemas/verhaal.ts';

import { shownStoryteller } from './consent.ts';

/**
 * The storyteller as the consent allows: the name, or "Een bewoner van <buurt of wijk>"
 * ("een bewoner van …" in the middle of a sentence).
 */
export function storytellerLabel(
	story: Pick<Verhaal, 'verteller' | 'foto' | 'toestemming'>,
	place: string,
	midSentence = false,
	taal: Taal = 'nl',
): string {
	const { t } = i18n(taal);
	return (
		shownStoryteller(story).naam ??
		t(midSentence ? 'verhalen.verteller.bewonerMidden' : 'verhalen.verteller.bewoner', { plek: place })
	);
}

/** "2025" or "2024–2026": the years in which the stories were told. */
export function yearRange(stories: readonly { verteld: string }[]): string {
	const years = stories.map((s) => s.verteld.slice(0, 4)).sort();
	const first = years[0];
	const last = years.at(-1);
	if (!first || !last) return '';
	return first === last ? first : `${first}–${last}`;
}

/** "1 verhaal", "3 verhalen" (in the reader's language). */
export const storyCount = (n: number, taal: Taal = 'nl') => i18n(taal).t('verhalen.aantal', { aantal: n });
