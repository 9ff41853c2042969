/**
 * What residents achieved, newest first: realised agenda items, initiatives carried out,
 * stories, and news the communications team marked as a success.
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import type { VerbandSoort } from '#schemas/verbanden.ts';

export type SuccesSoort = Extract<VerbandSoort, 'agenda' | 'initiatieven' | 'verhalen' | 'nieuws'>;

export interface Succes {
	soort: SuccesSoort;
	id: string;
	titel: string;
	/** The day it was achieved or told (YYYY-MM-DD). */
	datum: string;
	samenvatting?: string;
	href: string;
	/** Wijk folders it belongs to (none: the whole gemeente). */
	wijken: string[];
}

const SUCCES_KEYS: Record<SuccesSoort, MessageKey> = {
	agenda: 'nieuws.succes.soort.agenda',
	initiatieven: 'nieuws.succes.soort.initiatieven',
	verhalen: 'nieuws.succes.soort.verhalen',
	nieuws: 'nieuws.succes.soort.nieuws',
};

/** The kind of a success in a language, for lists and feeds ("Wijkagenda: gerealiseerd"). */
export const succesLabel = (soort: SuccesSoort, taal: Taal = 'nl'): string => i18n(taal).t(SUCCES_KEYS[soort]);

/** Newest first; on the same day by kind, then title. */
export function sortSuccesses(items: readonly Succes[]): Succes[] {
	const order: SuccesSoort[] = ['agenda', 'initiatieven', 'verhalen', 'nieuws'];
	return [...items].sort(
		(a, b) =>
			b.datum.localeCompare(a.datum) ||
			order.indexOf(a.soort) - order.indexOf(b.soort) ||
			a.titel.localeCompare(b.titel, 'nl'),
	);
}

/** The successes of one wijk: its own, and news about it (news for the whole gemeente is not repeated per wijk). */
export function successesOfWijk(items: readonly Succes[], wijk: string): Succes[] {
	return items.filter((s) => s.wijken.includes(wijk));
}
