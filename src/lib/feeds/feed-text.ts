/**
 * Text for a field of a feed. Feed readers render titles and descriptions as HTML, so the
 * text is escaped for HTML once here (the XML writer escapes it again): a title with
 * "<script>" reaches the reader's screen as those characters. The two patterns a reader might
 * still act on inside text, a script scheme ("javascript:") and an event attribute
 * ("onclick="), are broken with a character reference, which the reader shows as the same
 * character.
 */
export function feedText(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\b((?:java|vb)script|data|livescript)(\s*):/gi, '$1$2&#58;')
		.replace(/\b(on[a-z]+)(\s*)=/gi, '$1$2&#61;');
}
