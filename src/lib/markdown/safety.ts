/**
 * Finds what wijkplatform Markdown may not contain: raw HTML (including <script>),
 * images (they would load from anywhere) and links that are not web, mail or phone links.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

export interface MarkdownFinding {
	/** 1-based line within the Markdown text. */
	line: number;
	message: string;
}

const SAFE_LINK = /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{1,2}\/|[^:/][^:]*$)/i;

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
			findings.push({ line, message: 'de tekst bevat een afbeelding. Afbeeldingen zijn hier niet toegestaan. Haal de afbeelding weg, of zet er een gewone link van: [beschrijving](https://...).' });
		} else if ((node.type === 'link' || node.type === 'definition') && node.url && !SAFE_LINK.test(node.url.trim())) {
			findings.push({ line, message: `de link '${node.url}' is niet toegestaan. Gebruik alleen links die beginnen met https://, http://, mailto: of tel:.` });
		}
		node.children?.forEach(visit);
	};
	visit(fromMarkdown(markdown) as MdNode);
	return findings;
}

/** HTML tags or comments typed into a plain text field. */
export function containsHtml(text: string): boolean {
	return /<\/?[a-zA-Z][^>]*>|<!--/.test(text);
}
