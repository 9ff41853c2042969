/** All values of all datasets, indexed for quick look-up by indicator, area and year. */
import { gemeenteOfCode } from '#lib/site/cbs-codes.ts';
import type { Waarde } from '#schemas/waarden.ts';

import type { AreaSet } from './areas.ts';
import type { ValuesFile } from './values-file.ts';

export interface IndexedValue extends Waarde {
	/** Id of the dataset (file) the value comes from. */
	dataset: string;
	/**
	 * Set when the dataset declares that its source protected small groups itself
	 * (`bronBeveiliging`): a panel figure without `n` may then be shown.
	 */
	bronBeveiligd?: true;
}

export interface ValueIndex {
	get(indicator: string, area: string, year: number): IndexedValue | undefined;
	/** Every year for which the indicator has at least one value in a gemeente, ascending. */
	years(indicator: string, gemeente: string): number[];
	/** Values of one area for one indicator, by year. */
	series(indicator: string, area: string): Map<number, IndexedValue> | undefined;
}

/**
 * @param areas the portal's areas, for the gemeente of an own area (`subwijken/oost`); CBS
 *   codes carry their gemeente in the code.
 */
export function indexValues(files: readonly ValuesFile[], areas?: AreaSet): ValueIndex {
	const byKey = new Map<string, Map<number, IndexedValue>>();
	const yearSets = new Map<string, Set<number>>();
	const gemeenteOfRow = (code: string) => areas?.byCode.get(code)?.gemeente ?? gemeenteOf(code);
	for (const { id, dataset } of files) {
		const declared = dataset.bronBeveiliging !== undefined;
		for (const row of dataset.waarden) {
			const key = `${row.indicator}|${row.gebied}`;
			let series = byKey.get(key);
			if (!series) byKey.set(key, (series = new Map<number, IndexedValue>()));
			// Rows are owned by the index (fresh from JSON.parse): tag them instead of copying.
			const value = row as IndexedValue;
			value.dataset = id;
			if (declared) value.bronBeveiligd = true;
			series.set(row.jaar, value);
			const gemeente = gemeenteOfRow(row.gebied);
			const yearKey = `${row.indicator}|${gemeente}`;
			let years = yearSets.get(yearKey);
			if (!years) yearSets.set(yearKey, (years = new Set()));
			years.add(row.jaar);
		}
	}
	const sortedYears = new Map<string, number[]>();
	for (const [key, set] of yearSets)
		sortedYears.set(
			key,
			[...set].sort((a, b) => a - b),
		);
	return {
		get: (indicator, area, year) => byKey.get(`${indicator}|${area}`)?.get(year),
		years: (indicator, gemeente) => sortedYears.get(`${indicator}|${gemeente}`) ?? [],
		series: (indicator, area) => byKey.get(`${indicator}|${area}`),
	};
}

/** GM code of any CBS area code: GM0344, WK034401 and BU03440111 all lie in GM0344. */
export function gemeenteOf(code: string): string {
	return gemeenteOfCode(code);
}
