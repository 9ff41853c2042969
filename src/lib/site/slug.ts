/** "Oude Haven" → "oude-haven"; "Sint-Jansbuurt (Noord)" → "sint-jansbuurt-noord". */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
