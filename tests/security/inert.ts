/**
 * Accepted text must be shown as text: where the portal shows a field (its marker word is
 * on the page), the page holds each payload's characters as they were typed (escaped into
 * the HTML, not parsed as markup, not evaluated as a template, not decoded once more).
 */
import { type BuildGroup, MARKER_PATTERN } from './build-plan.ts';
import { normalizeText } from './checks/html.ts';

/** "place ← payload (mode)" for every payload that a shown field does not show as typed. */
export function notShownAsText(
	group: BuildGroup,
	pageTexts: Map<string, string>,
): { missing: string[]; checked: number; shownPlaces: number } {
	const missing: string[] = [];
	let checked = 0;
	let shownPlaces = 0;
	const pagesWith = new Map<string, string[]>();
	for (const text of pageTexts.values()) {
		for (const m of new Set(text.match(MARKER_PATTERN) ?? [])) pagesWith.set(m, [...(pagesWith.get(m) ?? []), text]);
	}
	for (const [place, payloads] of group.payloads) {
		// Markdown gives a body's characters a meaning of their own; a web or mail address is shown as a normalised link.
		if (
			place.body ||
			(typeof place.original === 'string' && /^(?:https?:|mailto:|tel:)|^[^\s@]+@[^\s@]+$/.test(place.original))
		)
			continue;
		const pages = pagesWith.get(group.markers.get(place)!) ?? [];
		if (!pages.length) continue;
		shownPlaces++;
		for (const payload of payloads.filter((p) => p.literal)) {
			checked++;
			if (!pages.some((t) => t.includes(normalizeText(payload.text))))
				missing.push(`${place.id} ← ${payload.id} (${group.modes.get(place)})`);
		}
	}
	return { missing, checked, shownPlaces };
}
