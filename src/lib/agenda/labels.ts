/**
 * THE labels of the fields of a wijkagenda item, one per field. Every card, page, feed and
 * filter names a field with these words, so a resident reads the same word everywhere.
 */
export const AGENDA_LABELS = {
	titel: 'Titel',
	/** Shown without its label on cards; the lead of the item page. */
	samenvatting: 'Samenvatting',
	status: 'Status',
	volgendeStap: 'Volgende stap',
	/** One wording for one or several owners: each owner is its own value under the label. */
	probleemeigenaar: 'Eigenaar',
	thema: 'Thema',
	buurt: 'Buurt',
	wijk: 'Wijk',
	toegevoegd: 'Toegevoegd',
	gewijzigd: 'Laatst gewijzigd',
	gerealiseerd: 'Gerealiseerd',
	doelen: 'Draagt bij aan',
	links: 'Meer informatie',
	beschrijving: 'Beschrijving',
} as const;

export type AgendaField = keyof typeof AGENDA_LABELS;

/** "De gemeente kiest een aannemer. (voorjaar 2027)": the next step on one line. */
export function nextStepText(stap: { wat: string; wanneer: string }): string {
	return `${stap.wat.trim()} (${stap.wanneer.trim()})`;
}
