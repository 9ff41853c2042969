/**
 * Nesting limit for Markdown and MDX trees. Renderers walk trees recursively, so a body of
 * thousands of nested quotes or lists would exhaust the stack; real texts never nest deeper
 * than a handful of levels.
 */
import type { Node } from 'unist';

/** Deepest nesting of blocks and inline elements a content text may have. */
export const MAX_NESTING = 40;

export const NESTING_MESSAGE = `de tekst is hier te diep genest (meer dan ${MAX_NESTING} niveaus van citaten, lijsten of onderdelen in elkaar). Maak de opbouw eenvoudiger.`;

/** The line of the first node nested deeper than MAX_NESTING, or undefined. Walks without recursion. */
export function tooDeepAt(tree: Node): number | undefined {
	const stack: [Node, number][] = [[tree, 0]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (depth > MAX_NESTING) return node.position?.start.line ?? 1;
		const children = (node as { children?: Node[] }).children;
		if (children) for (const child of children) stack.push([child, depth + 1]);
	}
	return undefined;
}

/**
 * The line of the first block quote nested deeper than MAX_NESTING ("> > > …"), found before
 * parsing: the Markdown parser itself recurses per level of quotes.
 */
export function tooDeepQuoteAt(text: string): number | undefined {
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const markers = /^(?:[ \t]*>)+/.exec(lines[i]!)?.[0] ?? '';
		let count = 0;
		for (const c of markers) if (c === '>') count++;
		if (count > MAX_NESTING) return i + 1;
	}
	return undefined;
}
