/**
 * Text for places where MapLibre expects HTML (the attribution control). Content such as the
 * source of the boundaries or a basemap's metadata is text: tags are dropped and the rest is
 * escaped, so that nothing in a content file can become markup on the page. Anything that is
 * not text (or a number) becomes empty.
 */
export function plainText(value: unknown): string {
	// Only text, a number or a yes/no can be shown; an object or a list carries no readable text.
	const text =
		typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
	return text
		.replace(/<[^>]*>?/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}
