/**
 * A slug: lower case letters, digits and single dashes, e.g. "oude-haven". The one pattern
 * for every name that becomes part of a web address: folder and file names of content,
 * indicator ids, dataset names of imports.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Oude Haven" → "oude-haven"; "Sint-Jansbuurt (Noord)" → "sint-jansbuurt-noord". */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A slug cut to at most `max` characters, after a whole word where possible, never ending in a dash. */
export function shortenSlug(slug: string, max: number): string {
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max);
	const dash = cut.lastIndexOf('-');
	return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}
