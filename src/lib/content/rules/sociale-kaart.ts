/**
 * The sociale kaart against its wijk and the day of the check: the buurt of an entry belongs
 * to the wijk, and the day it was checked is not after today (WIJKPORTAAL_NU respected).
 */
import { buildTime } from '#lib/site/build-time.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { futureMessage, isInFuture } from '#lib/sociale-kaart/staleness.ts';
import type { Organisatie } from '#schemas/organisatie.ts';

import type { Loaded } from '../portal-content.ts';
import { checkBuurtReference, type Report, type RuleContext } from './context.ts';

export function checkSocialeKaart(
	entries: readonly Loaded<Organisatie>[],
	context: RuleContext,
	report: Report,
	today: string = amsterdamDay(buildTime()),
): void {
	for (const entry of entries) {
		checkBuurtReference(context, entry, report);
		if (isInFuture(entry.data.gecontroleerd, today)) {
			report(entry.file, ['gecontroleerd'], futureMessage(entry.data.gecontroleerd));
		}
	}
}
