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
