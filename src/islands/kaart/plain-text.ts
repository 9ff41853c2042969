/**
 * Text for places where MapLibre expects HTML (the attribution control). Content such as the
 * source of the boundaries or a basemap's metadata is text: tags are dropped and the rest is
 * escaped, so that nothing in a content file can become markup on the page.
 */
export function plainText(value: unknown): string {
	return String(value ?? '')
		.replace(/<[^>]*>?/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}
