/**
 * The address lookup in the browser: reads what was typed (src/lib/adressen/query.ts), fetches
 * only the one small chunk it needs (`/adressen/<pc4>.json` or `/adressen/straten/<letter>.json`)
 * and answers with src/lib/adressen/lookup.ts. Chunks are fetched once per page.
 */
import { straatLetter } from '#lib/adressen/chunks.ts';
import {
	type AdresAntwoord,
	buurtenOfArea,
	buurtenOfNumber,
	findStreets,
	lookupAddress,
	type StraatTreffer,
} from '#lib/adressen/lookup.ts';
import { type AdresVraag, parseAdresVraag, showPostcode, streetKey } from '#lib/adressen/query.ts';
import type { ChunkBuurt, PostcodeChunk, StraatChunk } from '#lib/adressen/types.ts';
import type { Taal } from '#lib/i18n/talen.ts';

import { type AdresTeksten, fill, inTaal } from './texts.ts';

const cache = new Map<string, Promise<unknown>>();

/** A chunk of the address data, or null when the site has none for this key (404). */
function fetchChunk<T>(url: string): Promise<T | null> {
	let entry = cache.get(url);
	if (!entry) {
		entry = fetch(url, { credentials: 'same-origin' }).then((response) => {
			if (response.status === 404) return null;
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.json() as Promise<T>;
		});
		entry.catch(() => cache.delete(url));
		cache.set(url, entry);
	}
	return entry as Promise<T | null>;
}

/** What the lookup shows: an answer with links to buurten, or a message. */
export interface AdresUitkomst {
	/** One sentence for the resident (also announced to screen readers). */
	tekst: string;
	/** Buurten to go to (the found one first); empty when nothing was found. */
	buurten: ChunkBuurt[];
	/** Streets found by name, each with its buurten. */
	straten: StraatTreffer[];
	/** True when this is the answer (a buurt found), false for a hint or a "not found". */
	gevonden: boolean;
}

/** Whether a query is worth an address lookup in the general search (a postcode, or a street-like word). */
export function isAddressLike(query: string): boolean {
	const vraag = parseAdresVraag(query);
	return vraag.soort === 'postcode' || vraag.soort === 'geen-postcode';
}

/**
 * The answer to a query in the page's language (`texts`, `taal`): links to buurten lead to their
 * pages in that language.
 */
export async function lookUp(
	query: string,
	gemeente: string,
	texts: AdresTeksten,
	taal: Taal,
): Promise<AdresUitkomst | null> {
	const found = await answer(query, gemeente, texts);
	if (!found) return null;
	const local = (buurt: ChunkBuurt): ChunkBuurt => ({ ...buurt, url: inTaal(buurt.url, taal) });
	return {
		...found,
		buurten: found.buurten.map(local),
		straten: found.straten.map((straat) => ({ ...straat, buurten: straat.buurten.map(local) })),
	};
}

async function answer(query: string, gemeente: string, texts: AdresTeksten): Promise<AdresUitkomst | null> {
	const vraag = parseAdresVraag(query);
	switch (vraag.soort) {
		case 'leeg':
			return null;
		case 'geen-postcode':
			return none(fill(texts.geenPostcode, { tekst: vraag.tekst }));
		case 'postcode':
			return lookUpPostcode(vraag, gemeente, texts);
		case 'straat':
			return lookUpStreet(vraag.straat, texts, vraag.huisnummer);
	}
}

async function lookUpPostcode(
	vraag: Extract<AdresVraag, { soort: 'postcode' }>,
	gemeente: string,
	texts: AdresTeksten,
): Promise<AdresUitkomst> {
	const chunk = await fetchChunk<PostcodeChunk>(`/adressen/${vraag.pc4}.json`);
	if (!vraag.pc6) {
		const buurten = buurtenOfArea(chunk);
		return buurten.length
			? { tekst: fill(texts.vierCijfers, { postcode: vraag.pc4 }), buurten, straten: [], gevonden: false }
			: none(fill(texts.onbekendePostcode, { postcode: vraag.pc4, gemeente }));
	}
	const answer: AdresAntwoord = lookupAddress(chunk, vraag.pc6, vraag.huisnummer);
	const shown = showPostcode(vraag.pc6);
	switch (answer.soort) {
		case 'buurt': {
			const adres = vraag.huisnummer
				? `${answer.straat ? `${answer.straat} ${vraag.huisnummer}, ` : ''}${shown}${answer.straat ? '' : ` ${vraag.huisnummer}`}`
				: fill(texts.postcode, { postcode: shown });
			return {
				tekst: fill(texts.ligtIn, { adres, buurt: answer.buurt.naam, wijk: answer.buurt.wijk }),
				buurten: [answer.buurt],
				straten: [],
				gevonden: true,
			};
		}
		case 'meer-buurten':
			return {
				tekst: fill(texts.meerBuurten, { postcode: shown }),
				buurten: answer.buurten,
				straten: [],
				gevonden: false,
			};
		case 'onbekend-nummer':
			return none(
				fill(texts.onbekendNummer, { nummer: vraag.huisnummer!, postcode: shown, van: answer.van, tot: answer.tot }),
			);
		case 'onbekende-postcode':
			return none(fill(texts.onbekendePostcode, { postcode: shown, gemeente }));
	}
}

async function lookUpStreet(straat: string, texts: AdresTeksten, huisnummer?: number): Promise<AdresUitkomst> {
	if (streetKey(straat).replace(/\s/g, '').length < 3) return none(texts.kortStraat);
	const chunk = await fetchChunk<StraatChunk>(`/adressen/straten/${straatLetter(straat)}.json`);
	const straten = findStreets(chunk, straat, streetKey);
	if (!straten.length) return none(fill(texts.geenStraat, { straat }));
	const exact = straten.length === 1 || streetKey(straten[0]!.straat) === streetKey(straat) ? straten[0]! : undefined;
	if (exact) return answerStreet(exact, texts, huisnummer);
	return { tekst: fill(texts.kiesStraat, { straat }), buurten: [], straten, gevonden: true };
}

const none = (tekst: string): AdresUitkomst => ({ tekst, buurten: [], straten: [], gevonden: false });

/** The answer for one street: its buurt, or (with a house number) the buurt of that number. */
function answerStreet(hit: StraatTreffer, texts: AdresTeksten, huisnummer?: number): AdresUitkomst {
	const buurten = huisnummer === undefined ? hit.buurten : buurtenOfNumber(hit, huisnummer);
	const adres = huisnummer === undefined ? hit.straat : `${hit.straat} ${huisnummer}`;
	if (buurten.length === 1) {
		const buurt = buurten[0]!;
		return {
			tekst: fill(texts.ligtIn, { adres, buurt: buurt.naam, wijk: buurt.wijk }),
			buurten,
			straten: [],
			gevonden: true,
		};
	}
	const tekst =
		buurten.length === 0 && huisnummer !== undefined
			? fill(texts.nummerNietInStraat, { straat: hit.straat, nummer: huisnummer })
			: fill(texts.straatInMeer, { straat: hit.straat });
	return { tekst, buurten: buurten.length ? buurten : hit.buurten, straten: [], gevonden: true };
}
