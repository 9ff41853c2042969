/**
 * Finds what wijkplatform Markdown may not contain: raw HTML (including <script>),
 * images (they would load from anywhere) and links that are not web, mail or phone links.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

import { NESTING_MESSAGE, tooDeepAt, tooDeepQuoteAt } from './depth.ts';
import { LINK_BEGINNINGS } from './link-schemes.ts';
import { isSafeHref } from './sanitize.ts';

export interface MarkdownFinding {
	/** 1-based line within the Markdown text. */
	line: number;
	message: string;
}

interface MdNode {
	type: string;
	value?: string;
	url?: string;
	position?: { start: { line: number } };
	children?: MdNode[];
}

export function findUnsafeMarkdown(markdown: string): MarkdownFinding[] {
	const findings: MarkdownFinding[] = [];
	const htmlLines = new Set<number>(); // one finding per line, not one per tag
	const visit = (node: MdNode) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'html' && !htmlLines.has(line)) {
			htmlLines.add(line);
			const tag = /<\/?([a-zA-Z][\w-]*)/.exec(node.value ?? '')?.[1];
			findings.push({
				line,
				message: `de tekst bevat HTML-code${tag ? ` (<${tag.toLowerCase()}>)` : ''}. HTML is hier niet toegestaan. Schrijf gewone tekst; gebruik Markdown voor opmaak, zoals **vet** of een lijst met '- '.`,
			});
		} else if (node.type === 'image' || node.type === 'imageReference') {
			findings.push({
				line,
				message:
					'de tekst bevat een afbeelding. Afbeeldingen zijn hier niet toegestaan. Haal de afbeelding weg, of zet er een gewone link van: [beschrijving](https://...).',
			});
		} else if ((node.type === 'link' || node.type === 'definition') && node.url && !isSafeHref(node.url)) {
			findings.push({
				line,
				message: `de link '${node.url}' is niet toegestaan. Gebruik alleen links die beginnen met ${LINK_BEGINNINGS}.`,
			});
		}
		node.children?.forEach(visit);
	};
	const quoted = tooDeepQuoteAt(markdown);
	if (quoted !== undefined) return [{ line: quoted, message: NESTING_MESSAGE }];
	let tree: MdNode;
	try {
		tree = fromMarkdown(markdown);
	} catch (error) {
		if (error instanceof RangeError) return [{ line: 1, message: NESTING_MESSAGE }];
		throw error;
	}
	const deep = tooDeepAt(tree as Parameters<typeof tooDeepAt>[0]);
	if (deep !== undefined) return [{ line: deep, message: NESTING_MESSAGE }];
	visit(tree);
	return findings;
}

/** HTML tags or comments typed into a plain text field. */
export function containsHtml(text: string): boolean {
	return /<\/?[a-zA-Z][^>]*>|<!--/.test(text);
}
