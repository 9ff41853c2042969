/** Dutch texts that more than one part of the map shows. */
import type { PointKind } from './data.ts';

/** The layer switch of each kind of point. */
export const KIND_LABEL: Record<PointKind, string> = {
	agenda: 'Wijkagenda',
	activiteit: 'Activiteiten',
	initiatief: 'Initiatieven',
	organisatie: 'Sociale kaart',
};

/** The kind of point in a popup's link. */
export const KIND_NOUN: Record<PointKind, string> = {
	agenda: 'wijkagenda',
	activiteit: 'activiteit',
	initiatief: 'initiatief',
	organisatie: 'sociale kaart',
};

export const NOT_SHOWN_LEGEND = 'cijfer niet getoond (te weinig antwoorden, klein aantal, verborgen of geheim)';
export const NO_FIGURE = 'geen cijfer';
