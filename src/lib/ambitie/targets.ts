/**
 * How far a wijk is from the target a goal sets for a wijkkompas indicator: the latest figure
 * that may be shown, the target, the distance in the indicator's unit, and whether the target is
 * reached — read in the indicator's direction (higher or lower is better). A figure that may not
 * be shown (too few answers, a small count, unknown) is never used as a number.
 */
import { i18n } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { formatNumber, percentagePoints, withUnit } from '#lib/wijkkompas/format.ts';
import { isShown, type Measurement } from '#lib/wijkkompas/measurement.ts';
import type { DoelIndicator } from '#schemas/ambitie.ts';
import type { Indicator } from '#schemas/indicatoren.ts';

export type TargetState =
	/** The goal names the indicator without a target value. */
	| 'zonder-streefwaarde'
	/** There is no figure that may be shown yet. */
	| 'geen-cijfer'
	| 'gehaald'
	| 'nog-niet-gehaald';

export interface TargetProgress {
	state: TargetState;
	/** The latest figure that may be shown. */
	latest?: Measurement & { waarde: number };
	/** Target minus latest, in the indicator's unit (rounded to its decimals). */
	difference?: number;
	/** One sentence for residents: "Nog 4,3 procentpunt te gaan.", "Doel gehaald." */
	text: string;
}

type IndicatorShape = Pick<Indicator, 'eenheid' | 'decimalen' | 'richting'>;

/** A target value as residents read it: "12%", "7,5", "€ 30.000" (in 2028). */
export function formatTarget(indicator: IndicatorShape, target: DoelIndicator, taal: Taal = 'nl'): string {
	if (target.streefwaarde === undefined) return '';
	const value = withUnit(target.streefwaarde, indicator.eenheid, decimalsOf(indicator, target.streefwaarde), taal);
	return target.jaar === undefined
		? value
		: i18n(taal).t('ambitie.doel.inJaar', { waarde: value, jaar: String(target.jaar) });
}

/** "hoger is beter", "higher is better": the direction of an indicator. */
export function directionText(richting: Indicator['richting'], taal: Taal = 'nl'): string {
	const { t } = i18n(taal);
	return richting === 'hoger is beter'
		? t('ambitie.richting.hogerIsBeter')
		: richting === 'lager is beter'
			? t('ambitie.richting.lagerIsBeter')
			: t('ambitie.richting.neutraal');
}

/** A target may have more decimals than the figures (7,5 for a cijfer without decimals is still 7,5). */
const decimalsOf = (indicator: Pick<Indicator, 'decimalen'>, value: number) =>
	Math.max(indicator.decimalen, (String(value).split('.')[1] ?? '').length);

/** A distance in words: "4,3 procentpunt", "0,3 punt", "€ 1.200", "2 per 1.000 inwoners". */
export function formatDistance(indicator: IndicatorShape, size: number, decimals: number, taal: Taal = 'nl'): string {
	switch (indicator.eenheid) {
		case 'procent':
			return percentagePoints(size, decimals, taal);
		case 'cijfer':
			return i18n(taal).t('ambitie.afstand.cijfer', { waarde: formatNumber(size, decimals, taal) });
		default:
			return withUnit(size, indicator.eenheid, decimals, taal);
	}
}

export function targetProgress(
	indicator: IndicatorShape,
	target: DoelIndicator,
	series: readonly Measurement[],
	taal: Taal = 'nl',
): TargetProgress {
	const { t } = i18n(taal);
	const latest = series.filter(isShown).at(-1);
	if (target.streefwaarde === undefined) {
		return {
			state: 'zonder-streefwaarde',
			latest,
			text: t('ambitie.voortgang.zonderStreefwaarde'),
		};
	}
	if (!latest) {
		return {
			state: 'geen-cijfer',
			text: t('ambitie.voortgang.geenCijfer'),
		};
	}
	const decimals = decimalsOf(indicator, target.streefwaarde);
	const difference = Number((target.streefwaarde - latest.waarde).toFixed(decimals));
	const reached =
		indicator.richting === 'hoger is beter'
			? difference <= 0
			: indicator.richting === 'lager is beter'
				? difference >= 0
				: difference === 0;
	if (reached) {
		return {
			state: 'gehaald',
			latest,
			difference,
			text: t('ambitie.voortgang.gehaald', {
				jaar: String(latest.jaar),
				waarde: withUnit(latest.waarde, indicator.eenheid, decimals, taal),
			}),
		};
	}
	return {
		state: 'nog-niet-gehaald',
		latest,
		difference,
		text: t(difference > 0 ? 'ambitie.voortgang.omhoog' : 'ambitie.voortgang.omlaag', {
			afstand: formatDistance(indicator, Math.abs(difference), decimals, taal),
			waarde: withUnit(latest.waarde, indicator.eenheid, decimals, taal),
			jaar: String(latest.jaar),
			doel: withUnit(target.streefwaarde, indicator.eenheid, decimals, taal),
		}),
	};
}
