/**
 * Renders Markdown written by wijkplatforms to HTML that can never carry script or raw
 * HTML: raw HTML is dropped, images are removed, headings are moved down so they fit under
 * the page's own headings, and the result passes the portal's one sanitiser.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import { tooDeepAt, tooDeepQuoteAt } from './depth.ts';
import { sanitizeTree } from './sanitize.ts';

const parser = unified().use(remarkParse).freeze();

/** Moves every heading down so that a `#` heading becomes `top` (h3 by default); never beyond h6. */
function shiftHeadings(tree: Root, top: number): void {
	visit(tree, 'element', (node) => {
		const level = /^h([1-6])$/.exec(node.tagName)?.[1];
		if (level) node.tagName = `h${Math.min(6, Number(level) + top - 1)}`;
	});
}

/**
 * @throws RangeError for text nested too deeply; `npm run check` reports such text first
 *   (findUnsafeMarkdown), so a build never gets here with it.
 */
export function renderSafeMarkdown(markdown: string, topHeading = 3): string {
	if (tooDeepQuoteAt(markdown) !== undefined) throw new RangeError('Markdown nested too deeply');
	const mdast = parser.parse(markdown);
	if (tooDeepAt(mdast) !== undefined) throw new RangeError('Markdown nested too deeply');
	// Without allowDangerousHtml: raw HTML never reaches the tree.
	const tree = toHast(mdast) as Root;
	shiftHeadings(tree, topHeading);
	return toHtml(sanitizeTree(tree, { images: false }));
}
