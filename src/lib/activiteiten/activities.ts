/** Activities and meetings: what is coming up and what has been, in Dutch time. */
import { fromAmsterdamTime } from '#lib/site/dates.ts';
import type { Activiteit, ActiviteitSoort } from '#schemas/activiteit.ts';

export const SOORT_LABELS: Record<ActiviteitSoort, string> = {
	wijkplatform: 'Vergadering van het wijkplatform',
	spreekuur: 'Spreekuur',
	bijeenkomst: 'Bijeenkomst',
	wijkschouw: 'Wijkschouw',
	anders: 'Activiteit',
};

type Timed = { data: Pick<Activiteit, 'start' | 'eind'> };

/** Activities that have not ended yet, soonest first. */
export function upcoming<T extends Timed>(items: readonly T[], now: Date, limit = Infinity): T[] {
	return items
		.filter((a) => fromAmsterdamTime(a.data.eind) > now)
		.sort((a, b) => a.data.start.localeCompare(b.data.start))
		.slice(0, limit);
}

/** Activities that have ended, most recent first. */
export function past<T extends Timed>(items: readonly T[], now: Date): T[] {
	return items
		.filter((a) => fromAmsterdamTime(a.data.eind) <= now)
		.sort((a, b) => b.data.start.localeCompare(a.data.start));
}
