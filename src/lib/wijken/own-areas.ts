/**
 * The names of the municipality's own areas (eigen gebieden) in the reader's language. Dutch
 * pages keep the words of src/lib/wijkkompas/areas.ts; other languages get the words around
 * the names from the catalogue (src/i18n/<taal>/wijken.json). The names themselves, and the
 * kind of area an indeling names ("Woongebied"), stay as the editors wrote them.
 */
import { i18n } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { type Area, type AreaSet, joinNames, ownAreaLabel, ownAreaName } from '#lib/wijkkompas/areas.ts';
import { joinList } from '#lib/wijkkompas/text.ts';

/** "Woongebied Oude stad", or "Area Oude stad" when the indeling names no kind. */
export function ownAreaNameIn(area: Pick<Area, 'naam' | 'soort'>, taal: Taal = 'nl'): string {
	if (taal === 'nl' || area.soort) return ownAreaName(area);
	return i18n(taal).t('wijken.gebied.naam', { naam: area.naam });
}

/** "Woongebied Oude stad (buurten Binnenstad, Kerkbuurt en Oude Haven)" in the reader's language. */
export function ownAreaLabelIn(area: Area, areas: AreaSet, taal: Taal = 'nl'): string {
	if (taal === 'nl') return ownAreaLabel(area, areas);
	const names = (area.buurten ?? []).map((code) => areas.byCode.get(code)?.naam ?? code);
	return i18n(taal).t('wijken.gebied.label', {
		naam: ownAreaNameIn(area, taal),
		aantal: names.length,
		namen: joinList(names, taal),
	});
}

/** Names as a list: "A, B en C" in Dutch, "A, B and C" in English. */
export const joinNamesIn = (names: readonly string[], taal: Taal = 'nl'): string =>
	taal === 'nl' ? joinNames(names) : joinList(names, taal);
