/**
 * The address data of a portal: which buurt a postcode and house number lie in, and on which
 * street. Only what anyone can read on the street: postcode, house numbers, street name and the
 * CBS area code. Never names of people.
 *
 * Stored in `content/adressen/adressen.csv` (written by `npm run import:adressen`, or by hand):
 *
 *     postcode;van;tot;straat;buurt
 *     9991AA;1;27;Kadestraat;BU99990101
 *
 * one row per run of house numbers of one postcode that lie in one buurt and on one street;
 * `van` ≤ `tot`, whole numbers; `straat` may be empty when no street file was imported (a name
 * with `;` or `"` in it is quoted the CSV way: `"Weg; de ""Oude"" Molen"`); rows
 * sorted by postcode, then `van`; runs of one postcode never overlap.
 */
export interface AdresReeks {
	/** Six characters, no space, capitals: `9991AA`. */
	postcode: string;
	/** First and last house number of the run (both included). */
	van: number;
	tot: number;
	/** Street name, or '' when unknown. */
	straat: string;
	/** CBS buurt code with prefix: `BU99990101`, `BU0363AF01`. */
	buurt: string;
}

/** Column names of `content/adressen/adressen.csv`, in order. */
export const ADRES_KOLOMMEN = ['postcode', 'van', 'tot', 'straat', 'buurt'] as const;

/** Where the address file lives, relative to the content folder. */
export const ADRESSEN_BESTAND = 'adressen/adressen.csv';

/** A buurt as the published lookup chunks name it. */
export interface ChunkBuurt {
	/** CBS code, `BU…`. */
	code: string;
	naam: string;
	/** Name of its wijk. */
	wijk: string;
	/** Site path of the buurt page, `/wijken/<wijk>/buurten/<buurt>/`. */
	url: string;
}

/**
 * `/adressen/<pc4>.json`: every address run of one 4-digit postcode area (only postcodes in the
 * portal). `reeksen[pc6]` lists `[van, tot, buurtIndex, straatIndex]` sorted by `van`;
 * `straatIndex` is -1 when the street is unknown.
 */
export interface PostcodeChunk {
	buurten: ChunkBuurt[];
	straten: string[];
	reeksen: Record<string, [number, number, number, number][]>;
}

/**
 * `/adressen/straten/<letter>.json` (letter `a`–`z`, or `0` for names that start otherwise; by
 * the street name's first letter without accents, see `straatLetter`): `straten` lists
 * `[naam, buurtIndexes[]]` sorted by name (nl collation). A street that runs through more than
 * one buurt also gets its house numbers per buurt, `[van, tot, buurtIndex][]` sorted by `van`, so
 * "Lange Straat 21" finds its buurt without a postcode.
 */
export type StraatEntry = [string, number[]] | [string, number[], [number, number, number][]];

export interface StraatChunk {
	buurten: ChunkBuurt[];
	straten: StraatEntry[];
}
