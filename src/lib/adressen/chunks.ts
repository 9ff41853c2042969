/**
 * The published lookup chunks (formats in types.ts), made from the address runs and the
 * portal's buurten: one PostcodeChunk per 4-digit postcode, one StraatChunk per first letter
 * of the street name. Pure; only runs whose buurt is a buurt of the portal are published.
 */
import { dutchCollator } from '#lib/site/collator.ts';

import type { AdresReeks, ChunkBuurt, PostcodeChunk, StraatChunk } from './types.ts';

/**
 * The chunk letter of a street name: its first letter without accents, lower case ("Ĳsselkade"
 * and "IJsselkade" under `i`, "Émile Zolastraat" under `e`), after a leading "'t " or "'s-" as a
 * Dutch reader would look it up ("'t Hoogeind" under `h`, "'s-Gravenweg" under `g`), or `0` when
 * the name starts with anything else (a digit). The browser's lookup uses the same function.
 */
export function straatLetter(naam: string): string {
	const first = naam
		.normalize('NFKD') // also splits the ligature ĳ into i + j
		.replace(/\p{M}/gu, '')
		.replace(/^['‘’`](s|t)[\s-]+/i, '')
		.charAt(0)
		.toLowerCase();
	return first >= 'a' && first <= 'z' ? first : '0';
}

/** Numbers the buurten and streets of one chunk in the order they are first used. */
function indexer<T>(key: (value: T) => string) {
	const list: T[] = [];
	const index = new Map<string, number>();
	return {
		list,
		of(value: T): number {
			const k = key(value);
			let i = index.get(k);
			if (i === undefined) {
				i = list.length;
				index.set(k, i);
				list.push(value);
			}
			return i;
		},
	};
}

/** `/adressen/<pc4>.json`, by 4-digit postcode (in postcode order). */
export function postcodeChunks(
	reeksen: readonly AdresReeks[],
	buurten: ReadonlyMap<string, ChunkBuurt>,
): Map<string, PostcodeChunk> {
	const building = new Map<
		string,
		{
			buurten: ReturnType<typeof indexer<ChunkBuurt>>;
			straten: ReturnType<typeof indexer<string>>;
			chunk: PostcodeChunk;
		}
	>();
	const sorted = [...reeksen].sort((a, b) =>
		a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : a.van - b.van,
	);
	for (const reeks of sorted) {
		const buurt = buurten.get(reeks.buurt);
		if (!buurt) continue;
		const pc4 = reeks.postcode.slice(0, 4);
		let entry = building.get(pc4);
		if (!entry) {
			const b = indexer<ChunkBuurt>((x) => x.code);
			const s = indexer<string>((x) => x);
			entry = { buurten: b, straten: s, chunk: { buurten: b.list, straten: s.list, reeksen: {} } };
			building.set(pc4, entry);
		}
		(entry.chunk.reeksen[reeks.postcode] ??= []).push([
			reeks.van,
			reeks.tot,
			entry.buurten.of(buurt),
			reeks.straat ? entry.straten.of(reeks.straat) : -1,
		]);
	}
	return new Map([...building].map(([pc4, { chunk }]) => [pc4, chunk]));
}

/** The streets of the runs, each with the codes of its buurten (of the portal), in the order first met. */
export function streetBuurten(
	reeksen: readonly AdresReeks[],
	buurten: ReadonlyMap<string, unknown>,
): Map<string, string[]> {
	const streets = new Map<string, string[]>();
	for (const { straat, buurt } of reeksen) {
		if (!straat || !buurten.has(buurt)) continue;
		const codes = streets.get(straat);
		if (!codes) streets.set(straat, [buurt]);
		else if (!codes.includes(buurt)) codes.push(buurt);
	}
	return streets;
}

/**
 * The house numbers of a street per buurt: its runs (over all its postcodes) as `[van, tot,
 * buurtIndex]`, sorted by `van`, with touching or overlapping runs of the same buurt joined.
 */
function numbersPerBuurt(
	reeksen: readonly AdresReeks[],
	naam: string,
	indexOf: (code: string) => number,
): [number, number, number][] {
	const runs = reeksen
		.filter((r) => r.straat === naam)
		.map((r): [number, number, number] => [r.van, r.tot, indexOf(r.buurt)])
		.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const joined: [number, number, number][] = [];
	for (const run of runs) {
		const last = joined.findLast((j) => j[2] === run[2]);
		if (last && last === joined.at(-1) && run[0] <= last[1] + 2) last[1] = Math.max(last[1], run[1]);
		else joined.push([...run]);
	}
	return joined;
}

/** `/adressen/straten/<letter>.json`, by letter (`a`–`z`, `0`), streets sorted by name. */
export function straatChunks(
	reeksen: readonly AdresReeks[],
	buurten: ReadonlyMap<string, ChunkBuurt>,
): Map<string, StraatChunk> {
	const streets = streetBuurten(reeksen, buurten);
	const names = [...streets.keys()].sort(dutchCollator.compare);
	const chunks = new Map<string, { buurten: ReturnType<typeof indexer<ChunkBuurt>>; chunk: StraatChunk }>();
	for (const naam of names) {
		const letter = straatLetter(naam);
		let entry = chunks.get(letter);
		if (!entry) {
			const b = indexer<ChunkBuurt>((x) => x.code);
			entry = { buurten: b, chunk: { buurten: b.list, straten: [] } };
			chunks.set(letter, entry);
		}
		const { buurten: index, chunk } = entry;
		const codes = streets.get(naam)!.map((code) => buurten.get(code)!);
		codes.sort((a, b) => dutchCollator.compare(a.naam, b.naam));
		const indexes = codes.map((b) => index.of(b));
		if (codes.length === 1) chunk.straten.push([naam, indexes]);
		else chunk.straten.push([naam, indexes, numbersPerBuurt(reeksen, naam, (code) => index.of(buurten.get(code)!))]);
	}
	return new Map(
		[...chunks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([letter, { chunk }]) => [letter, chunk]),
	);
}
