/**
 * The portal's addresses for pages and the lookup chunks: read once per build from
 * content/adressen/adressen.csv (already checked by `npm run check`). A portal without that
 * file has no address data: every accessor returns an empty result, so there are no chunk
 * files, no street index pages and no street lists.
 */
import { postcodeChunks, straatChunks } from '#lib/adressen/chunks.ts';
import { readAdressen } from '#lib/adressen/read.ts';
import { type IndexLetter, streetsPerBuurt, wijkStreetIndex } from '#lib/adressen/streets.ts';
import type { AdresReeks, ChunkBuurt, PostcodeChunk, StraatChunk } from '#lib/adressen/types.ts';
import { contentDir } from '#lib/content/content-dir.ts';
import { ContentError } from '#lib/content/problem.ts';
import { urls } from '#lib/site/urls.ts';

import { getWijken, once } from './portal.ts';

/** Every address run of the portal, in file order; empty without an address file. */
export const getAdresReeksen = once((): Promise<AdresReeks[]> => {
	const read = readAdressen(contentDir());
	if (!read) return Promise.resolve([]);
	if (read.problems.length) throw new ContentError(read.problems);
	return Promise.resolve(read.reeksen);
});

/** Every buurt of the portal as the chunks name it, by CBS code. */
export const getChunkBuurten = once(async (): Promise<Map<string, ChunkBuurt>> => {
	const buurten = new Map<string, ChunkBuurt>();
	for (const wijk of await getWijken())
		for (const b of wijk.data.buurten)
			buurten.set(b.code, { code: b.code, naam: b.naam, wijk: wijk.data.naam, url: urls.buurt(wijk.id, b) });
	return buurten;
});

/** `/adressen/<pc4>.json`, by 4-digit postcode. */
export const getPostcodeChunks = once(async (): Promise<Map<string, PostcodeChunk>> =>
	postcodeChunks(await getAdresReeksen(), await getChunkBuurten()),
);

/** `/adressen/straten/<letter>.json`, by letter. */
export const getStraatChunks = once(async (): Promise<Map<string, StraatChunk>> =>
	straatChunks(await getAdresReeksen(), await getChunkBuurten()),
);

const allBuurtStraten = once(async () => streetsPerBuurt(await getAdresReeksen()));

/** The streets of a buurt (sorted); empty without address data. */
export async function getBuurtStraten(code: string): Promise<string[]> {
	return (await allBuurtStraten()).get(code) ?? [];
}

const allWijkIndexes = once(async (): Promise<Map<string, IndexLetter[]>> => {
	const reeksen = await getAdresReeksen();
	const indexes = new Map<string, IndexLetter[]>();
	if (!reeksen.length) return indexes;
	const wijken = await getWijken();
	// The runs of each wijk first: a portal of many wijken would otherwise read every run for each.
	const wijkOf = new Map(wijken.flatMap((w) => w.data.buurten.map((b) => [b.code, w.id] as const)));
	const perWijk = new Map<string, AdresReeks[]>();
	for (const reeks of reeksen) {
		const wijk = wijkOf.get(reeks.buurt);
		if (wijk) (perWijk.get(wijk) ?? perWijk.set(wijk, []).get(wijk)!).push(reeks);
	}
	for (const wijk of wijken) {
		const buurten = wijk.data.buurten.map((b) => ({ code: b.code, naam: b.naam, url: urls.buurt(wijk.id, b) }));
		const index = wijkStreetIndex(perWijk.get(wijk.id) ?? [], buurten);
		if (index.length) indexes.set(wijk.id, index);
	}
	return indexes;
});

/** The A–Z street index of a wijk; empty when it has no streets (then it has no index page). */
export async function getWijkStraten(wijk: string): Promise<IndexLetter[]> {
	return (await allWijkIndexes()).get(wijk) ?? [];
}

/** The wijken that have a street index page. */
export async function getWijkenMetStraten(): Promise<string[]> {
	return [...(await allWijkIndexes()).keys()];
}
