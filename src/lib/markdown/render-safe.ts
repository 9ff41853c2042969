/**
 * Renders Markdown written by wijkplatforms to HTML that can never carry script or raw
 * HTML: raw HTML is dropped, the result passes rehype-sanitize with images removed, and
 * headings are moved down so they fit under the page's own headings.
 */
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

interface HastNode {
	type: string;
	tagName?: string;
	children?: HastNode[];
}

const schema = {
	...defaultSchema,
	tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['img', 'input', 'picture', 'source'].includes(t)),
	// The same link kinds the content check allows: web, mail and phone.
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
	// Do not prefix ids with "user-content-": there are no ids worth keeping here.
	clobberPrefix: 'md-',
};

/** Moves every heading down so that a `#` heading becomes `top` (h3 by default); never beyond h6. */
function shiftHeadings(top: number) {
	return () => (tree: HastNode) => {
		const visit = (node: HastNode) => {
			const level = node.tagName && /^h([1-6])$/.exec(node.tagName)?.[1];
			if (level) node.tagName = `h${Math.min(6, Number(level) + top - 1)}`;
			node.children?.forEach(visit);
		};
		visit(tree);
	};
}

export function renderSafeMarkdown(markdown: string, topHeading = 3): string {
	return String(
		unified()
			.use(remarkParse)
			.use(remarkRehype) // without allowDangerousHtml: raw HTML never reaches the output
			.use(shiftHeadings(topHeading))
			.use(rehypeSanitize, schema)
			.use(rehypeStringify)
			.processSync(markdown),
	);
}
