/**
 * A short plain-text excerpt of a Markdown text, for lists and feeds: the text of its first
 * paragraphs, cut at a word boundary. Only text, never markup: links keep their words only.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export function plainExcerpt(markdown: string, maxChars = 200): string {
	const tree: Root = fromMarkdown(markdown);
	let text = '';
	for (const node of tree.children) {
		if (node.type !== 'paragraph') continue;
		text = `${text} ${toString(node)}`.replace(/\s+/g, ' ').trim();
		if (text.length >= maxChars) break;
	}
	if (text.length <= maxChars) return text;
	const cut = text.slice(0, maxChars + 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > maxChars / 2 ? cut.slice(0, space) : cut.slice(0, maxChars)).replace(/[\s,;:.–-]+$/, '')}…`;
}
