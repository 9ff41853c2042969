/**
 * The values of one address row, read and normalised: postcode, house number, the CBS codes
 * of gemeente, wijk and buurt, and a street name. Each reader returns the clean value, or a
 * Dutch message that says what is wrong and how to fix it.
 */
import { quoted } from '#lib/content/quote.ts';

export type Read<T> = { value: T } | { problem: string };

const POSTCODE = /^([1-9]\d{3}) ?([A-Za-z]{2})$/;

/** `1234AB`, `1234 ab` → `1234AB`. */
export function readPostcode(text: string): Read<string> {
	const match = POSTCODE.exec(text.trim());
	if (match) return { value: `${match[1]}${match[2]!.toUpperCase()}` };
	return {
		problem: `${shown(text)} is geen postcode. Een postcode is vier cijfers en twee letters, bijvoorbeeld 1234AB (met of zonder spatie).`,
	};
}

/** Highest house number in the Netherlands (BAG allows five digits). */
export const MAX_HOUSE_NUMBER = 99_999;

/** A whole house number from 1 to 99999. */
export function readHouseNumber(text: string): Read<number> {
	const trimmed = text.trim();
	if (!/^\d+$/.test(trimmed))
		return {
			problem: `${shown(text)} is geen heel getal. Schrijf alleen het huisnummer, zonder letter of toevoeging (12, niet 12a of 12-2).`,
		};
	const value = Number(trimmed);
	if (value < 1 || value > MAX_HOUSE_NUMBER)
		return {
			problem: `${shown(text)} is geen bestaand huisnummer. Een huisnummer is een heel getal van 1 tot en met ${MAX_HOUSE_NUMBER}.`,
		};
	return { value };
}

/** The three levels of CBS area codes, with their prefix and length without it. */
export const CODE_LEVELS = {
	gemeente: { prefix: 'GM', length: 4, example: '0344' },
	wijk: { prefix: 'WK', length: 6, example: '034401' },
	buurt: { prefix: 'BU', length: 8, example: '03440101' },
} as const;

export type CodeLevel = keyof typeof CODE_LEVELS;

/**
 * The part of a CBS code after its prefix, in capitals: `0363AF01`. Accepts the code with or
 * without its prefix (`BU03440101`, `03440101`) and pads an all-digit code that lost its
 * leading zeros in a spreadsheet (`344` → `0344`).
 */
export function readCode(level: CodeLevel, text: string): Read<string> {
	const { prefix, length, example } = CODE_LEVELS[level];
	let code = text.trim().toUpperCase();
	if (code.startsWith(prefix)) code = code.slice(prefix.length);
	if (/^\d+$/.test(code) && code.length < length) code = code.padStart(length, '0');
	if (code.length === length && /^[0-9A-Z]+$/.test(code) && /^\d{4}/.test(code)) return { value: code };
	return {
		problem: `${shown(text)} is geen CBS-code van een ${level}. Een ${level}code heeft ${length} tekens, zoals ${example} of ${prefix}${example}; de eerste vier zijn de cijfers van de gemeente.`,
	};
}

/** The codes of one row, each with its prefix: `GM0363`, `WK0363AF`, `BU0363AF01`. */
export interface AreaCodes {
	gemeente: string;
	wijk: string;
	buurt: string;
}

/**
 * Checks that the buurt lies in the wijk and the wijk in the gemeente (codes without prefix,
 * as readCode returns them); returns the codes with their prefixes, or what does not fit.
 */
export function joinCodes(
	gemeente: string,
	wijk: string,
	buurt: string,
	columns: { gemeente: string; wijk: string; buurt: string },
): Read<AreaCodes> {
	if (!wijk.startsWith(gemeente))
		return {
			problem: `de wijkcode WK${wijk} hoort niet bij gemeente GM${gemeente}: een wijkcode begint met de vier cijfers van de gemeente. Controleer de kolommen ${columns.wijk} en ${columns.gemeente} in deze rij; misschien zijn kolommen verwisseld.`,
		};
	if (!buurt.startsWith(wijk))
		return {
			problem: `de buurtcode BU${buurt} hoort niet bij wijk WK${wijk}: een buurtcode begint met de zes tekens van de wijk. Controleer de kolommen ${columns.buurt} en ${columns.wijk} in deze rij; misschien zijn kolommen verwisseld.`,
		};
	return { value: { gemeente: `GM${gemeente}`, wijk: `WK${wijk}`, buurt: `BU${buurt}` } };
}

/** Longest street name the portal accepts (the longest Dutch street names are about 60 characters). */
export const STREET_MAX_CHARS = 80;

// Control characters (also C1), and the replacement character of text that was not UTF-8.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\ufffd]/;

/** A street name as plain text: trimmed, spaces collapsed; no control characters, no `<` or `>`. */
export function readStreetName(text: string): Read<string> {
	if (CONTROL.test(text))
		return {
			problem: `${shown(text)} bevat een onzichtbaar teken of een teken dat niet te lezen is. Sla het bestand op als CSV in UTF-8 en haal het teken weg.`,
		};
	const value = text.trim().replace(/\s+/g, ' ');
	if (/[<>]/.test(value))
		return {
			problem: `${shown(text)} is geen straatnaam: een straatnaam is gewone tekst, zonder < of >. Verbeter de naam in het bestand.`,
		};
	if (!value) return { problem: 'de straatnaam ontbreekt. Vul de naam van de straat in, of haal de rij weg.' };
	if (value.length > STREET_MAX_CHARS)
		return {
			problem: `${shown(text)} is te lang voor een straatnaam (${value.length} tekens; het mag ${STREET_MAX_CHARS} zijn). Controleer of de kolommen goed gescheiden zijn.`,
		};
	return { value };
}

/** A cell as shown in a message: quoted, or "een lege cel". */
export const shown = (text: string) => (text.trim() === '' ? 'een lege cel' : quoted(text));
