/**
 * How far a wijk is from the target a goal sets for a wijkkompas indicator: the latest figure
 * that may be shown, the target, the distance in the indicator's unit, and whether the target is
 * reached — read in the indicator's direction (higher or lower is better). A figure that may not
 * be shown (too few answers, a small count, unknown) is never used as a number.
 */
import { formatNumber, withUnit } from '#lib/wijkkompas/format.ts';
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
export function formatTarget(indicator: IndicatorShape, target: DoelIndicator): string {
	if (target.streefwaarde === undefined) return '';
	const value = withUnit(target.streefwaarde, indicator.eenheid, decimalsOf(indicator, target.streefwaarde));
	return target.jaar === undefined ? value : `${value} in ${target.jaar}`;
}

/** A target may have more decimals than the figures (7,5 for a cijfer without decimals is still 7,5). */
const decimalsOf = (indicator: Pick<Indicator, 'decimalen'>, value: number) =>
	Math.max(indicator.decimalen, (String(value).split('.')[1] ?? '').length);

/** A distance in words: "4,3 procentpunt", "0,3 punt", "€ 1.200", "2 per 1.000 inwoners". */
export function formatDistance(indicator: IndicatorShape, size: number, decimals: number): string {
	switch (indicator.eenheid) {
		case 'procent':
			return `${formatNumber(size, decimals)} procentpunt`;
		case 'cijfer':
			return `${formatNumber(size, decimals)} punt`;
		default:
			return withUnit(size, indicator.eenheid, decimals);
	}
}

export function targetProgress(
	indicator: IndicatorShape,
	target: DoelIndicator,
	series: readonly Measurement[],
): TargetProgress {
	const latest = series.filter(isShown).at(-1);
	if (target.streefwaarde === undefined) {
		return {
			state: 'zonder-streefwaarde',
			latest,
			text: 'Er is geen streefwaarde: de wijk volgt hoe dit cijfer verandert.',
		};
	}
	if (!latest) {
		return {
			state: 'geen-cijfer',
			text: 'Er is nog geen cijfer dat wij kunnen tonen. Daarom weten wij nog niet hoe ver het doel weg is.',
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
			text: `Doel gehaald: in ${latest.jaar} was het cijfer ${withUnit(latest.waarde, indicator.eenheid, decimals)}.`,
		};
	}
	const way = difference > 0 ? 'omhoog' : 'omlaag';
	return {
		state: 'nog-niet-gehaald',
		latest,
		difference,
		text: `Nog ${formatDistance(indicator, Math.abs(difference), decimals)} te gaan: het cijfer moet ${way}, van ${withUnit(latest.waarde, indicator.eenheid, decimals)} (${latest.jaar}) naar ${withUnit(target.streefwaarde, indicator.eenheid, decimals)}.`,
	};
}
