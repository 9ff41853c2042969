/**
 * Reading YAML and JSON text with positions: the one place where content files, mapping
 * files ("koppelingen") and data files are parsed. Syntax mistakes and broken limits come
 * back as Dutch messages with their line (yaml-checks.ts, json-file.ts); a parsed text
 * answers on which line a field is, for messages about its values.
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';

import { jsonLineOf, parseJson } from './json-file.ts';
import type { FieldPath } from './problem.ts';
import { parseYaml, yamlData } from './yaml-checks.ts';

export { jsonLineOf, parseJson, readUtf8 } from './json-file.ts';

/** A mistake in a text: what is wrong (Dutch) and, where it has one, its line. */
export interface SourceProblem {
	line?: number;
	message: string;
}

/** Parsed text that knows where its fields are. Lines count from the first line of the file. */
export interface Located {
	/** The text as plain data. */
	data: unknown;
	/**
	 * File line of a field's value. For a field that is missing: the line of the field it
	 * belongs in, or none for a missing top-level field.
	 */
	lineOf: (path: FieldPath) => number | undefined;
	/**
	 * File line of a field's name; for a list item, the item. For a field that is missing:
	 * the line of the nearest part of the path that is there.
	 */
	keyLineOf: (path: FieldPath) => number | undefined;
	/** File line of a field's name (for a list item, the item); none when the field is missing. */
	nameLineOf: (path: FieldPath) => number | undefined;
}

export interface YamlSource extends Located {
	doc: Document;
}

/**
 * Parses YAML text within the limits of yaml-checks.ts. `firstLine`: the file line of the
 * text's first line (2 for the front matter of a Markdown file). Returns the parsed text, or
 * every syntax problem, or the first broken limit.
 */
export function readYaml(text: string, firstLine = 1): { source?: YamlSource; problems: SourceProblem[] } {
	const lineCounter = new LineCounter();
	const yaml = parseYaml(text, lineCounter);
	const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	if (!yaml.doc) return { problems: yaml.problems.map((p) => ({ line: toLine(p.offset), message: p.message })) };
	const doc = yaml.doc;
	const line = (node: Node | null | undefined) => (node?.range ? toLine(node.range[0]) : undefined);
	return {
		source: {
			doc,
			data: yamlData(doc),
			lineOf: (path) =>
				line(find(doc, path).value) ?? (path.length > 1 ? line(find(doc, path.slice(0, -1)).key) : undefined),
			keyLineOf: (path) => {
				const found = find(doc, path);
				return line(found.key) ?? line(found.nearest);
			},
			nameLineOf: (path) => {
				const found = find(doc, path);
				return found.found ? line(found.key ?? found.value) : undefined;
			},
		},
		problems: [],
	};
}

/**
 * The nodes of a field: its name (for a field of a group; not for a list item), its value,
 * and the value of the deepest part of the path that exists. Names match as text, so that
 * `2017:` (a number in YAML) is found by the path ['jaren', '2017'].
 */
function find(doc: Document, path: FieldPath): { found?: true; key?: Node; value?: Node; nearest?: Node } {
	let node = doc.contents;
	let key: Node | undefined;
	for (const step of path) {
		const nearest = node ?? undefined;
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
			if (!pair) return { nearest };
			key = pair.key as Node;
			node = pair.value as Node | null;
		} else if (isSeq(node) && (typeof step === 'number' || /^\d+$/.test(step))) {
			key = undefined;
			node = (node.items[Number(step)] as Node | undefined) ?? null;
			if (!node) return { nearest };
		} else return { nearest };
	}
	return { found: true, key, value: node ?? undefined, nearest: node ?? undefined };
}

export type JsonSource = Located;

/**
 * Parses JSON text within the limits of json-file.ts. On a mistake: its line (when the
 * parser names a place) and, for a broken limit, its message; without a message the text is
 * not valid JSON, and the caller says what the file should be.
 */
export function readJson(
	text: string,
): { source: JsonSource; problem?: undefined } | { source?: undefined; problem: Partial<SourceProblem> } {
	const parsed = parseJson(text);
	if (!parsed.ok) return { problem: { line: parsed.line, message: parsed.message } };
	return {
		source: {
			data: parsed.value,
			lineOf: (path) => jsonLineOf(text, path),
			keyLineOf: (path) => jsonLineOf(text, path),
			nameLineOf: (path) => jsonLineOf(text, path),
		},
	};
}
