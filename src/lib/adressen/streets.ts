/**
 * The streets of the portal for its pages: the A–Z street index of a wijk and the streets of
 * one buurt. Pure; sorted in Dutch order (dutchCollator), letters as in the lookup chunks.
 */
import { dutchCollator } from '#lib/site/collator.ts';

import { straatLetter, streetBuurten } from './chunks.ts';
import type { AdresReeks } from './types.ts';

/** A buurt a street lies in, as the index links to it. */
export interface StraatBuurt {
	code: string;
	naam: string;
	url: string;
}

export interface IndexStraat {
	naam: string;
	/** The buurten of this wijk the street runs through (one, or more), by name. */
	buurten: StraatBuurt[];
}

export interface IndexLetter {
	/** `a`–`z`, or `0` for names that start otherwise (last). */
	letter: string;
	straten: IndexStraat[];
}

/** The A–Z street index of a wijk: only letters that have streets, `0` last. */
export function wijkStreetIndex(reeksen: readonly AdresReeks[], wijkBuurten: readonly StraatBuurt[]): IndexLetter[] {
	const byCode = new Map(wijkBuurten.map((b) => [b.code, b]));
	const streets = streetBuurten(reeksen, byCode);
	const letters = new Map<string, IndexStraat[]>();
	for (const naam of [...streets.keys()].sort(dutchCollator.compare)) {
		const buurten = streets
			.get(naam)!
			.map((code) => byCode.get(code)!)
			.sort((a, b) => dutchCollator.compare(a.naam, b.naam));
		const letter = straatLetter(naam);
		const list = letters.get(letter);
		if (list) list.push({ naam, buurten });
		else letters.set(letter, [{ naam, buurten }]);
	}
	const order = (letter: string) => (letter === '0' ? '{' : letter); // '{' sorts after 'z'
	return [...letters]
		.map(([letter, straten]) => ({ letter, straten }))
		.sort((a, b) => (order(a.letter) < order(b.letter) ? -1 : 1));
}

/** The streets of every buurt, by buurt code, each list sorted and without repeats. */
export function streetsPerBuurt(reeksen: readonly AdresReeks[]): Map<string, string[]> {
	const sets = new Map<string, Set<string>>();
	for (const { straat, buurt } of reeksen) {
		if (!straat) continue;
		let set = sets.get(buurt);
		if (!set) sets.set(buurt, (set = new Set()));
		set.add(straat);
	}
	return new Map([...sets].map(([code, set]) => [code, [...set].sort(dutchCollator.compare)]));
}
