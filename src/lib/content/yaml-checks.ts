/**
 * Parses YAML within limits. Content YAML is plain data: fields, lists and text. Refused,
 * each with a Dutch message and a place:
 * - anchors and aliases (`&naam`, `*naam`): an alias repeats a part of the file, and a few
 *   lines of aliases to aliases expand to billions of values ("billion laughs"). Content
 *   never needs them; an editor who starts a text with & or * gets told to quote it;
 * - nesting deeper than YAML_MAX_DEPTH (checked on the tokens before parsing for flow
 *   collections like [[[…]]], which make the parser slow, and on the parsed nodes);
 * - field names that are lists or fields themselves (`? [a, b]: …`);
 * - control characters written as escapes ("\0", "\x07", "\u0000"): they decode to
 *   characters that are not text (raw ones are refused in the text itself).
 */
import { type Document, isAlias, isMap, isScalar, isSeq, Lexer, type LineCounter, parseDocument } from 'yaml';

import { YAML_MAX_DEPTH } from './limits.ts';
import { CONTROL_CHARACTER, controlName } from './text-checks.ts';
import {
	YAML_ALIAS_MESSAGE as ALIAS_MESSAGE,
	YAML_DEPTH_MESSAGE as DEPTH_MESSAGE,
	yamlErrorMessage,
} from './yaml-messages.ts';

export interface YamlProblem {
	/** Character offset in the YAML text. */
	offset: number;
	message: string;
}

const KEY_MESSAGE =
	"de naam van dit veld is zelf een lijst of een groep velden. Een veldnaam is een gewoon woord, gevolgd door een dubbele punt en een spatie, bijvoorbeeld 'naam: Noord'.";

// Tokens of the yaml Lexer that are markers, not text of the source.
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

/** Flow collections ([ … ], { … }) nested too deep: found on the tokens, fast, before the slow parse. */
function flowDepthProblem(text: string): YamlProblem | undefined {
	let depth = 0;
	let offset = 0;
	for (const token of new Lexer().lex(text)) {
		if (token === '[' || token === '{') {
			if (++depth > YAML_MAX_DEPTH) return { offset, message: DEPTH_MESSAGE };
		} else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
		if (!MARKERS.has(token)) offset += token.length;
	}
	return undefined;
}

type AnyNode = { range?: [number, number, number] | null; anchor?: string };

/** The first node that breaks a rule above, walking the document without recursion. */
function nodeProblem(doc: Document): YamlProblem | undefined {
	const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
	while (stack.length) {
		const { node, depth } = stack.pop()!;
		if (!node || typeof node !== 'object') continue;
		const offset = (node as AnyNode).range?.[0] ?? 0;
		if (isAlias(node) || (node as AnyNode).anchor) return { offset, message: ALIAS_MESSAGE };
		if (isScalar(node)) {
			const match = typeof node.value === 'string' ? CONTROL_CHARACTER.exec(node.value) : null;
			if (match) {
				return {
					offset,
					message: `in deze tekst staat een onzichtbaar stuurteken (${controlName(match[0])}), geschreven met een \\ (zoals \\0 of \\u0000). Zo'n teken hoort niet in een tekst. Haal het weg.`,
				};
			}
		} else if (isMap(node) || isSeq(node)) {
			if (depth + 1 > YAML_MAX_DEPTH) return { offset, message: DEPTH_MESSAGE };
			// Pushed in reverse, so that problems are found in the order of the file.
			for (let i = node.items.length - 1; i >= 0; i--) {
				const item = node.items[i];
				if (isMap(node)) {
					const { key, value } = item as { key: unknown; value: unknown };
					if (isMap(key) || isSeq(key)) return { offset: (key as AnyNode).range?.[0] ?? offset, message: KEY_MESSAGE };
					stack.push({ node: value, depth: depth + 1 }, { node: key, depth: depth + 1 });
				} else stack.push({ node: item, depth: depth + 1 });
			}
		}
	}
	return undefined;
}

export type YamlRead = { doc: Document; problems: [] } | { doc?: undefined; problems: YamlProblem[] };

/**
 * Parses YAML text and checks it within the limits above. Returns the document, or its
 * problems: every syntax error, or else the first rule broken. The text itself (control
 * characters, line length, size) is checked by the caller, before this.
 */
export function parseYaml(text: string, lineCounter: LineCounter): YamlRead {
	const deep = flowDepthProblem(text);
	if (deep) {
		// Not parsed, so the line counter is filled here: the lines up to the problem.
		lineCounter.addNewLine(0);
		for (let i = text.indexOf('\n'); i >= 0 && i < deep.offset; i = text.indexOf('\n', i + 1))
			lineCounter.addNewLine(i + 1);
		return { problems: [deep] };
	}
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
	if (doc.errors.length)
		return { problems: doc.errors.map((e) => ({ offset: e.pos[0], message: yamlErrorMessage(e.code) })) };
	const problem = nodeProblem(doc);
	return problem ? { problems: [problem] } : { doc, problems: [] };
}

/**
 * The document as plain data. Aliases are refused above; `maxAliasCount: 0` makes sure
 * none is ever expanded, even if a document skipped the checks.
 */
export function yamlData(doc: Document): unknown {
	return doc.toJS({ maxAliasCount: 0 });
}
