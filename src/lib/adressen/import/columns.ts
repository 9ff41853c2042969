/**
 * Which column is which, from the header of a file. Names are compared without case, and the
 * CBS names may carry a year (`Buurt2025`, `Gemeente2024`), since CBS names them after the
 * year of the area division.
 */
import { headerKey } from './csv-line.ts';

export interface CbsColumns {
	/** Index of each column in a row, and its name as the header writes it. */
	postcode: Column;
	huisnummer: Column;
	buurt: Column;
	wijk: Column;
	gemeente: Column;
}

export interface Column {
	index: number;
	name: string;
}

export type ColumnsResult<T> = { columns: T } | { problem: string };

const CBS_PATTERNS: Record<keyof CbsColumns, RegExp> = {
	postcode: /^(?:pc6|postcode)$/,
	huisnummer: /^(?:huisnummer|huisnr)$/,
	buurt: /^buurt(?:code)? ?(?:\d{4})?$/,
	wijk: /^wijk(?:code)? ?(?:\d{4})?$/,
	gemeente: /^gemeente(?:code)? ?(?:\d{4})?$/,
};

export const CBS_EXPECTED = 'PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025';

/** Lists the names of a header for a message: `'PC6', 'Huisnr'`. */
const listed = (header: readonly string[]) =>
	header
		.filter((h) => h.trim())
		.map((h) => `'${h.trim()}'`)
		.join(', ') || 'geen namen';

function find(header: readonly string[], pattern: RegExp): Column | undefined {
	const index = header.findIndex((h) => pattern.test(headerKey(h)));
	return index < 0 ? undefined : { index, name: header[index]!.trim() };
}

/** The five columns of the CBS table "buurt, wijk en gemeente voor postcode en huisnummer". */
export function cbsColumns(header: readonly string[]): ColumnsResult<CbsColumns> {
	const found: Partial<CbsColumns> = {};
	const missing: string[] = [];
	const names = { postcode: 'PC6', huisnummer: 'Huisnummer', buurt: 'Buurt', wijk: 'Wijk', gemeente: 'Gemeente' };
	for (const key of Object.keys(CBS_PATTERNS) as (keyof CbsColumns)[]) {
		const column = find(header, CBS_PATTERNS[key]);
		if (column) found[key] = column;
		else missing.push(names[key]);
	}
	if (missing.length)
		return {
			problem: `${missing.length === 1 ? 'de kolom' : 'de kolommen'} ${missing.join(', ')} ${missing.length === 1 ? 'ontbreekt' : 'ontbreken'}. In de eerste rij staan: ${listed(header)}. Verwacht zijn de kolommen van het CBS-bestand: ${CBS_EXPECTED} (het jaartal achter Buurt, Wijk en Gemeente mag anders zijn). Kies het goede bestand, of verbeter de namen in de eerste rij.`,
		};
	return { columns: found as CbsColumns };
}

/** The two forms of a street file. */
export type StreetColumns =
	| { form: 'reeksen'; straat: Column; postcode: Column; van: Column; tot: Column }
	| { form: 'bag'; straat: Column; postcode: Column; huisnummer: Column };

const STREET = /^(?:openbareruimte|openbare ruimte|openbareruimtenaam|openbare ruimte naam|straatnaam|straat)$/;
const POSTCODE = /^(?:postcode|pc6)$/;
const FROM = /^(?:huisnummer van|huisnr van|van)$/;
const TO = /^(?:huisnummer tot|huisnr tot|tot)$/;
const NUMBER = /^(?:huisnummer|huisnr)$/;

export const STREET_EXPECTED =
	'straat;postcode;huisnummer van;huisnummer tot, of een adressenbestand uit de BAG met de kolommen openbareruimte (of straatnaam), postcode en huisnummer';

/** The form of a street file and its columns, from its header. */
export function streetColumns(header: readonly string[]): ColumnsResult<StreetColumns> {
	const straat = find(header, STREET);
	const postcode = find(header, POSTCODE);
	const van = find(header, FROM);
	const tot = find(header, TO);
	const huisnummer = find(header, NUMBER);
	if (straat && postcode && van && tot) return { columns: { form: 'reeksen', straat, postcode, van, tot } };
	if (straat && postcode && huisnummer) return { columns: { form: 'bag', straat, postcode, huisnummer } };
	const missing = [
		!straat && 'straat',
		!postcode && 'postcode',
		!(van && tot) && !huisnummer && 'huisnummer (of huisnummer van en huisnummer tot)',
		(van || tot) && !(van && tot) && (van ? 'huisnummer tot' : 'huisnummer van'),
	].filter((m): m is string => Boolean(m));
	return {
		problem: `${missing.length === 1 ? 'de kolom' : 'de kolommen'} ${missing.join(', ')} ${missing.length === 1 ? 'ontbreekt' : 'ontbreken'}. In de eerste rij staan: ${listed(header)}. Verwacht is ${STREET_EXPECTED}. Verbeter de namen in de eerste rij.`,
	};
}
