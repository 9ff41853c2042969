/**
 * Finding an address in the published chunks. Pure: the search island runs it in the browser on
 * the one chunk it fetched; unit tests run it on built chunks.
 */
import type { ChunkBuurt, PostcodeChunk, StraatChunk } from './types.ts';

export type AdresAntwoord =
	/** The address (or the whole postcode) lies in one buurt. */
	| { soort: 'buurt'; buurt: ChunkBuurt; straat?: string }
	/** A postcode without a house number whose addresses lie in more than one buurt. */
	| { soort: 'meer-buurten'; buurten: ChunkBuurt[]; van: number; tot: number }
	/** The postcode is known, the house number is not. */
	| { soort: 'onbekend-nummer'; van: number; tot: number }
	/** The postcode is not in the portal's address data. */
	| { soort: 'onbekende-postcode' };

/** Looks up a postcode (and house number) in the chunk of its 4-digit area (`null`: no chunk). */
export function lookupAddress(chunk: PostcodeChunk | null, pc6: string, huisnummer?: number): AdresAntwoord {
	const runs = chunk?.reeksen[pc6];
	if (!chunk || !runs?.length) return { soort: 'onbekende-postcode' };
	const van = runs[0]![0];
	const tot = runs.reduce((max, run) => Math.max(max, run[1]), van);
	if (huisnummer === undefined) {
		const codes = [...new Set(runs.map((run) => run[2]))];
		if (codes.length === 1) return { soort: 'buurt', buurt: chunk.buurten[codes[0]!]! };
		return { soort: 'meer-buurten', buurten: codes.map((i) => chunk.buurten[i]!), van, tot };
	}
	const run = runs.find(([from, to]) => huisnummer >= from && huisnummer <= to);
	if (!run) return { soort: 'onbekend-nummer', van, tot };
	const straat = run[3] >= 0 ? chunk.straten[run[3]] : undefined;
	return { soort: 'buurt', buurt: chunk.buurten[run[2]]!, ...(straat ? { straat } : {}) };
}

/** The buurten of every postcode area of a 4-digit postcode without letters. */
export function buurtenOfArea(chunk: PostcodeChunk | null): ChunkBuurt[] {
	if (!chunk) return [];
	const used = new Set(Object.values(chunk.reeksen).flatMap((runs) => runs.map((run) => run[2])));
	return [...used].map((i) => chunk.buurten[i]!);
}

export interface StraatTreffer {
	straat: string;
	buurten: ChunkBuurt[];
	/** House numbers per buurt, for a street in more than one buurt. */
	nummers?: { van: number; tot: number; buurt: ChunkBuurt }[];
}

/**
 * The buurten of a house number on a street: one when the street lies in one buurt or the number
 * falls in the numbers of one buurt; more when the numbers of two buurten overlap (odd and even
 * sides); none when the number is not on the street.
 */
export function buurtenOfNumber(hit: StraatTreffer, huisnummer: number): ChunkBuurt[] {
	if (!hit.nummers) return hit.buurten;
	const found = hit.nummers.filter((n) => huisnummer >= n.van && huisnummer <= n.tot).map((n) => n.buurt);
	return [...new Set(found)];
}

/**
 * Streets whose name matches a query (same reduced key: accents, case and punctuation ignored):
 * exact matches first, then names that start with it, then names that contain it.
 */
export function findStreets(
	chunk: StraatChunk | null,
	query: string,
	keyOf: (name: string) => string,
	limit = 8,
): StraatTreffer[] {
	if (!chunk) return [];
	const wanted = keyOf(query);
	if (!wanted) return [];
	const scored: [number, StraatTreffer][] = [];
	for (const [straat, buurten, nummers] of chunk.straten) {
		const key = keyOf(straat);
		const score = key === wanted ? 0 : key.startsWith(wanted) ? 1 : key.includes(wanted) ? 2 : -1;
		if (score < 0) continue;
		const hit: StraatTreffer = { straat, buurten: buurten.map((i) => chunk.buurten[i]!) };
		if (nummers) hit.nummers = nummers.map(([van, tot, i]) => ({ van, tot, buurt: chunk.buurten[i]! }));
		scored.push([score, hit]);
	}
	return scored
		.sort((a, b) => a[0] - b[0])
		.slice(0, limit)
		.map(([, hit]) => hit);
}
