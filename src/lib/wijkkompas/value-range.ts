/**
 * Whether a figure can be true for its unit (VALUE_RANGE in src/lib/content/limits.ts):
 * used by the value-file check and by the importers, so that neither accepts 1e308 km or
 * a number too large to read (1e999, which JavaScript reads as Infinity and JSON writes as
 * null).
 */
import { VALUE_RANGE } from '#lib/content/limits.ts';
import type { Eenheid } from '#schemas/indicatoren.ts';

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });

/**
 * Why `value` (shown as `typed`, as the editor wrote it) cannot be a figure of indicator
 * `indicator` in `eenheid`, or undefined when it can.
 */
export function valueRangeProblem(
	typed: string,
	value: number,
	eenheid: Eenheid,
	indicator: string,
): string | undefined {
	if (!Number.isFinite(value)) {
		return `${typed} is te groot: zo'n groot getal kan niet worden gelezen. Controleer het getal.`;
	}
	const [min, max] = VALUE_RANGE[eenheid];
	if (value >= min && value <= max) return undefined;
	return `${typed} is te ${value < min ? 'klein' : 'groot'} voor de indicator '${indicator}' (eenheid ${eenheid}): een waarde ligt tussen ${nl.format(min)} en ${nl.format(max)}. Controleer het getal, en de eenheid van de indicator.`;
}
