/**
 * Activities in the reader's language: how often a recurring activity comes back ("elke tweede
 * dinsdag van de maand", "every second Tuesday of the month"), what changed on a date, and the
 * kind of activity. From the catalogue (src/i18n/<taal>/activiteiten.json); times and dates via
 * Intl in the Amsterdam time zone. The Dutch editors' messages of the schema use describe.ts.
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { formatDate, formatDayOf, formatPeriod, formatTime } from '#lib/site/dates.ts';
import type { ActiviteitSoort } from '#schemas/activiteit.ts';

import { effectiveWeek, type Occurrence, type Recurring, weekdayOf } from './recurrence.ts';

const SOORTEN: Record<ActiviteitSoort, MessageKey> = {
	wijkplatform: 'activiteiten.soort.wijkplatform',
	spreekuur: 'activiteiten.soort.spreekuur',
	bijeenkomst: 'activiteiten.soort.bijeenkomst',
	wijkschouw: 'activiteiten.soort.wijkschouw',
	anders: 'activiteiten.soort.anders',
};

/** "Spreekuur": the kind of an activity. */
export function soortLabel(soort: ActiviteitSoort, taal: Taal = 'nl'): string {
	return i18n(taal).t(SOORTEN[soort]);
}

/** How often, without the time: "elke tweede dinsdag van de maand", "every week on Wednesday". */
export function ruleText(activity: Recurring, taal: Taal = 'nl'): string | undefined {
	const { herhaling } = activity;
	if (!herhaling) return undefined;
	const { t } = i18n(taal);
	const day = activity.start.slice(0, 10);
	const dag = String(weekdayOf(day));
	if (herhaling.elke === 'maand')
		return t('activiteiten.herhaling.maand', { week: String(effectiveWeek(day, herhaling.weekInMaand)), dag });
	if (herhaling.elke === 'week') return t('activiteiten.herhaling.week', { dag });
	return t('activiteiten.herhaling.tweeWeken', { dag });
}

/**
 * The whole rule as one sentence, with a capital:
 * "Elke tweede dinsdag van de maand, van 16:00 tot 17:00 uur, tot en met 30 juni 2027."
 */
export function recurrenceText(activity: Recurring, taal: Taal = 'nl'): string | undefined {
	const rule = ruleText(activity, taal);
	if (!rule) return undefined;
	const { t } = i18n(taal);
	const values = {
		regel: rule,
		start: formatTime(activity.start, taal),
		eind: formatTime(activity.eind, taal),
	};
	const text = activity.herhaling?.tot
		? t('activiteiten.herhaling.zinTot', { ...values, tot: formatDate(activity.herhaling.tot, taal) })
		: t('activiteiten.herhaling.zin', values);
	return `${text.charAt(0).toLocaleUpperCase(taal)}${text.slice(1)}`;
}

/**
 * One occurrence as residents read it, with what changed: `wijziging` "Verplaatst van dinsdag 12
 * januari 2027." and `notitie`, the same with the reason the editors gave.
 */
export function occurrenceText(
	o: Occurrence,
	taal: Taal = 'nl',
): { wanneer: string; wijziging?: string; notitie?: string } {
	const { t } = i18n(taal);
	const wanneer = formatPeriod(o.start, o.eind, taal);
	const wijziging =
		o.status === 'vervalt'
			? t('activiteiten.keer.vervalt')
			: o.status === 'verplaatst'
				? t('activiteiten.keer.verplaatst', { dag: formatDayOf(o.volgensRegel, taal) })
				: undefined;
	if (!wijziging) return { wanneer };
	return { wanneer, wijziging, notitie: o.reden ? `${wijziging} ${reasonText(o.reden)}` : wijziging };
}

/** The editors' reason for a changed date, ending with a full stop. */
export const reasonText = (reden: string) => reden.replace(/[.\s]*$/, '.');
