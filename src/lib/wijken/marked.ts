/**
 * Messages with one marked part, so a translation can put a link or a bold word where its
 * sentence needs it: "Kijk ook op de <a>wijkagenda van Noord</a>." The catalogue's messages
 * keep such tags as text (src/lib/i18n/translator.ts, `ignoreTag`); the page renders the three
 * parts as text, so nothing in a name can become markup.
 */
export function splitTag(text: string, tag: 'a' | 'b'): [before: string, inside: string, after: string] {
	const open = `<${tag}>`;
	const close = `</${tag}>`;
	const start = text.indexOf(open);
	const end = text.indexOf(close, start + open.length);
	if (start < 0 || end < 0) return [text, '', ''];
	return [text.slice(0, start), text.slice(start + open.length, end), text.slice(end + close.length)];
}
