/**
 * One figure as residents may see it. Panel figures with too few answers and small counts
 * are never shown as a number (disclosure control); missing is never zero.
 */
import type { Indicator } from '#schemas/indicatoren.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';
import type { Reden } from '#schemas/waarden.ts';

import type { IndexedValue } from './value-index.ts';

export type MeasurementStatus =
	/** A number that may be shown. */
	| 'getoond'
	/** No row for this area and year. */
	| 'geen-cijfer'
	/** A row with `waarde: null`: measured, but unknown or secret. */
	| 'onbekend'
	/** Panel figure with fewer answers than the indicator's minimum. */
	| 'te-weinig-antwoorden'
	/** A count from 1 up to the portal's threshold: shown as "minder dan N". */
	| 'klein-aantal'
	/**
	 * Hidden by secondary (complementary) suppression: shown, it would let a reader
	 * compute a hidden small count by subtraction from the totals.
	 */
	| 'aanvullend-verborgen';

export interface Measurement {
	jaar: number;
	status: MeasurementStatus;
	/** Only for status 'getoond'. */
	waarde?: number;
	n?: number;
	marge?: number;
	dataset?: string;
	/** For status 'onbekend': why the source has no number, when it said so. */
	reden?: Reden;
	/**
	 * A panel figure without a number of answers, shown because its dataset declares that the
	 * source protected small groups itself (`bronBeveiliging`). Pages say so.
	 */
	bronBeveiligd?: true;
}

export function measure(
	indicator: Indicator,
	jaar: number,
	value: IndexedValue | undefined,
	settings: WijkkompasInstellingen,
	/** True when secondary suppression hides this cell (see disclosure/). */
	hidden = false,
): Measurement {
	if (!value) return { jaar, status: 'geen-cijfer' };
	const base = { jaar, n: value.n, marge: value.marge, dataset: value.dataset };
	if (value.waarde === null) return { ...base, status: 'onbekend', ...(value.reden && { reden: value.reden }) };
	// Without `n`, a panel figure is only shown when its source declared its own disclosure control.
	const sourceProtected = indicator.soort === 'subjectief' && value.n === undefined && value.bronBeveiligd === true;
	if (indicator.soort === 'subjectief' && !sourceProtected) {
		const minimum = indicator.minimumAntwoorden ?? 1;
		if ((value.n ?? 0) < minimum) return { ...base, status: 'te-weinig-antwoorden' };
	}
	if (
		indicator.eenheid === 'aantal' &&
		settings.kleineAantallen > 0 &&
		value.waarde > 0 &&
		value.waarde < settings.kleineAantallen
	) {
		return { ...base, status: 'klein-aantal' };
	}
	if (hidden) return { ...base, status: 'aanvullend-verborgen' };
	return { ...base, status: 'getoond', waarde: value.waarde, ...(sourceProtected && { bronBeveiligd: true as const }) };
}

export const isShown = (m: Measurement | undefined): m is Measurement & { waarde: number } => m?.status === 'getoond';
