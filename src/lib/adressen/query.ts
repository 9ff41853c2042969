/**
 * What a resident typed into "Zoek uw buurt" (or the search field): a postcode, a postcode with
 * a house number, a street name, or something that tries to be a postcode but is not one.
 * Pure: used in the browser by the search island and in unit tests.
 */
export type AdresVraag =
	| { soort: 'postcode'; pc4: string; pc6?: string; huisnummer?: number; tekst: string }
	| { soort: 'straat'; straat: string; huisnummer?: number }
	| { soort: 'geen-postcode'; tekst: string }
	| { soort: 'leeg' };

/** Dutch postcodes run from 1000 AA to 9999 ZZ; SA, SD and SS are never used, but a typo there is still "unknown". */
const POSTCODE = /^([1-9]\d{3})[\s-]*([A-Z]{2})?$/;
const POSTCODE_NUMBER = /^([1-9]\d{3})[\s-]*([A-Z]{2})[\s,.-]*(\d{1,5})(?:\s*[-\s]?\s*[A-Z0-9]{1,4})?$/;
const STREET_NUMBER = /^(.*?\p{L}.*?)[\s,]+(\d{1,5})(?:\s*[-\s]?\s*[\p{L}\d]{1,4})?$/u;

/** Reads a query: `9991 ab 12`, `9991AB`, `9991`, `Kadestraat 12a`, `Kadestraat`. */
export function parseAdresVraag(input: string): AdresVraag {
	const text = input.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (!text) return { soort: 'leeg' };
	const upper = text.toUpperCase();
	const withNumber = POSTCODE_NUMBER.exec(upper);
	if (withNumber) {
		const [, pc4, letters, number] = withNumber;
		return { soort: 'postcode', pc4: pc4!, pc6: pc4! + letters!, huisnummer: Number(number), tekst: text };
	}
	const postcode = POSTCODE.exec(upper);
	if (postcode) {
		const [, pc4, letters] = postcode;
		return letters
			? { soort: 'postcode', pc4: pc4!, pc6: pc4! + letters, tekst: text }
			: { soort: 'postcode', pc4: pc4!, tekst: text };
	}
	// Starts with digits: meant as a postcode, but not one ("999 AB", "99911AB", "9991 A 12").
	if (/^\d/.test(text)) return { soort: 'geen-postcode', tekst: text };
	const streetNumber = STREET_NUMBER.exec(text);
	if (streetNumber) return { soort: 'straat', straat: streetNumber[1]!.trim(), huisnummer: Number(streetNumber[2]) };
	return { soort: 'straat', straat: text };
}

/** A postcode as residents write it: `9991 AB`. */
export const showPostcode = (pc6: string) => `${pc6.slice(0, 4)} ${pc6.slice(4)}`;

/**
 * A street name reduced for matching: lower case, no accents, `ij` kept, no punctuation,
 * single spaces (`'s-Gravenweg` → `s gravenweg`).
 */
export function streetKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\d]+/gu, ' ')
		.trim();
}
