/**
 * The letters on the icon of a portal without a logo: the first letter of its name, without
 * the general words every portal has ("Wijkportaal Brinkwoude" gives "B"); two letters for
 * a name of two or more words ("Wijken Den Haag" gives "DH").
 */
const GENERAL_WORDS = new Set([
	'wijkportaal',
	'portaal',
	'wijken',
	'wijk',
	'gemeente',
	'de',
	'het',
	'een',
	'van',
	'en',
	'in',
	'voor',
]);

/** The name's words (letters and digits) without general words; all words when only those are left. */
function meaningfulWords(name: string): string[] {
	const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	const kept = words.filter((w) => !GENERAL_WORDS.has(w.toLocaleLowerCase('nl')));
	return kept.length ? kept : words;
}

/** One or two capital letters for the icon; "W" for a name without letters. */
export function portalInitials(name: string): string {
	const letters = meaningfulWords(name)
		.slice(0, 2)
		.map((word) => [...word][0]!.toLocaleUpperCase('nl'));
	return letters.join('') || 'W';
}

/** A short name for a home screen (at most 12 characters, as browsers advise): the name without general words. */
export function shortName(name: string): string {
	const trimmed = name.replace(/\s+/g, ' ').trim();
	if (trimmed.length <= 12) return trimmed;
	const words = meaningfulWords(trimmed).join(' ');
	return words.length <= 12 ? words : [...words].slice(0, 12).join('').trimEnd();
}
