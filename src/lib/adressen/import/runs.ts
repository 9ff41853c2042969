/**
 * Compresses addresses into runs (AdresReeks): per postcode, the house numbers in order, with
 * each number that follows in the list joined to the run before it when buurt and street are
 * the same. A run `[1, 27]` covers the existing numbers between 1 and 27 (often only the odd
 * ones); a change of buurt or street starts a new run, so runs never overlap.
 */
import type { AdresReeks } from '#lib/adressen/types.ts';

/** One address: postcode, house number, buurt code and street name ('' when unknown). */
export interface Address {
	postcode: string;
	number: number;
	buurt: string;
	straat: string;
}

/** The runs of the addresses of one postcode, in any order; sorted by `van`. */
export function runsOfPostcode(
	postcode: string,
	addresses: Iterable<{ number: number; buurt: string; straat: string }>,
): AdresReeks[] {
	const sorted = [...addresses].sort((a, b) => a.number - b.number);
	const runs: AdresReeks[] = [];
	let current: AdresReeks | undefined;
	for (const a of sorted) {
		if (current && current.buurt === a.buurt && current.straat === a.straat) {
			current.tot = a.number;
			continue;
		}
		current = { postcode, van: a.number, tot: a.number, straat: a.straat, buurt: a.buurt };
		runs.push(current);
	}
	return runs;
}

/** All runs, sorted by postcode and then `van`. */
export function compressAddresses(addresses: Iterable<Address>): AdresReeks[] {
	const byPostcode = new Map<string, Address[]>();
	for (const a of addresses) {
		const list = byPostcode.get(a.postcode);
		if (list) list.push(a);
		else byPostcode.set(a.postcode, [a]);
	}
	return [...byPostcode.keys()].sort().flatMap((postcode) => runsOfPostcode(postcode, byPostcode.get(postcode)!));
}
