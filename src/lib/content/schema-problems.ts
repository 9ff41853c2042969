/**
 * Runs a content schema over a parsed file and turns every issue into a Dutch problem
 * with line and field. Field types carry their own specific messages (src/schemas/fields.ts);
 * here the generic cases are worded: a missing or empty field, an unknown field (with a
 * suggestion for typos), a value of the wrong shape.
 */
import type { z } from 'astro/zod';

import type { ParsedFile } from './parse-file.ts';
import { fieldName, type FieldPath, type Problem } from './problem.ts';
import { quoted, shorten } from './quote.ts';

type AnySchema = z.ZodType;
type Def = { type: string; [key: string]: unknown };

function defOf(schema: unknown): Def | undefined {
	return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** Strips wrappers (optional, default, preprocess pipes) to reach the schema that shapes a value. */
function unwrap(schema: unknown): unknown {
	let current = schema;
	for (let i = 0; i < 10; i++) {
		const def = defOf(current);
		if (!def) return current;
		if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
			current = def.innerType;
		} else if (def.type === 'pipe') {
			// preprocess is a pipe from a transform into the real schema; a transform after it keeps the input schema
			current = defOf(def.in)?.type === 'transform' ? def.out : def.in;
		} else return current;
	}
	return current;
}

/** The schema that describes the value at a path, if the path leads anywhere. */
export function schemaAt(root: unknown, path: FieldPath): unknown {
	let current = unwrap(root);
	for (const step of path) {
		const def = defOf(current);
		if (def?.type === 'object' && typeof step === 'string')
			current = unwrap((def.shape as Record<string, unknown>)[step]);
		else if (def?.type === 'array') current = unwrap(def.element);
		else return undefined;
	}
	return current;
}

function allowedKeys(root: unknown, path: FieldPath): string[] {
	const def = defOf(schemaAt(root, path));
	return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

function enumValues(root: unknown, path: FieldPath): string[] | undefined {
	const def = defOf(schemaAt(root, path));
	return def?.type === 'enum' ? Object.values(def.entries as Record<string, string>) : undefined;
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cur = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = cur;
		}
	}
	return row[b.length]!;
}

/** Longer words get no suggestion: comparing them with every option would take too long. */
const CLOSEST_MAX_CHARS = 200;

export function closest(word: string, options: readonly string[]): string | undefined {
	if (word.length > CLOSEST_MAX_CHARS) return undefined;
	const limit = Math.max(2, Math.floor(word.length / 3));
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const option of options) {
		// The distance is at least the difference in length: skip options that cannot be close.
		if (Math.abs(option.length - word.length) > limit) continue;
		const d = distance(word.toLowerCase(), option.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [option, d];
	}
	return bestDistance <= limit ? best : undefined;
}

const SHAPES: Record<string, string> = {
	string: 'een tekst',
	boolean: 'ja of nee',
	array: "een lijst (regels die beginnen met '- ', of [a, b])",
	object: 'velden op de regels eronder, ingesprongen met spaties',
	number: 'een getal',
};

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'een lijst';
	if (typeof value === 'object') return 'losse velden';
	if (typeof value === 'number') return `het getal ${shorten(String(value))}`;
	if (typeof value === 'boolean') return value ? 'ja (true)' : 'nee (false)';
	return quoted(value);
}

function missingMessage(root: unknown, path: FieldPath): string {
	const values = enumValues(root, path);
	if (values) return `dit veld ontbreekt. Vul het in; kies uit: ${values.join(', ')}.`;
	return 'dit veld ontbreekt. Vul het in; zie docs/redactie.md voor een voorbeeld.';
}

function valueAt(data: unknown, path: FieldPath): unknown {
	let current = data;
	for (const step of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[step];
	}
	return current;
}

/** Validates `parsed.data` and reports every schema issue as a problem. */
export function checkSchema<S extends AnySchema>(
	schema: S,
	parsed: ParsedFile,
): { data?: z.output<S>; problems: Problem[] } {
	const result = schema.safeParse(parsed.data);
	if (result.success) return { data: result.data, problems: [] };

	const problems: Problem[] = [];
	const at = (path: FieldPath, message: string, keyLine = false): Problem => ({
		file: parsed.file.shownPath,
		line: keyLine ? parsed.keyLineOf(path) : parsed.lineOf(path),
		field: fieldName(path) || undefined,
		message,
	});

	for (const issue of result.error.issues) {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		const input = valueAt(parsed.data, path);
		// A rule of the schema itself (a refinement) words its own message, also for a field that is missing.
		if (issue.code === 'custom') {
			problems.push(at(path, issue.message));
			continue;
		}
		if (issue.code !== 'unrecognized_keys' && input === undefined) {
			problems.push(at(path, missingMessage(schema, path)));
			continue;
		}
		if (issue.code !== 'unrecognized_keys' && input === null) {
			const line = parsed.keyLineOf(path);
			const comment = line !== undefined && /:\s+#/.test(parsed.lineText(line));
			problems.push(
				at(
					path,
					comment
						? 'dit veld is leeg, want alles na een # wordt overgeslagen. Zet de waarde tussen aanhalingstekens, bijvoorbeeld "#1d5b79".'
						: 'dit veld is leeg. Vul een waarde in, of haal de regel weg als het veld niet verplicht is.',
					true,
				),
			);
			continue;
		}
		if (issue.code === 'unrecognized_keys') {
			const allowed = allowedKeys(schema, path);
			for (const key of issue.keys) {
				const suggestion = closest(key, allowed);
				const hint = suggestion
					? `Bedoelt u '${suggestion}'? Verbeter de naam van het veld.`
					: `Haal het veld weg of verbeter de naam. Mogelijke velden zijn: ${allowed.join(', ')}.`;
				problems.push(at([...path, key], `dit veld bestaat niet. ${hint}`, true));
			}
			continue;
		}
		if (issue.code === 'invalid_type') {
			if (issue.message && !issue.message.startsWith('Invalid input')) problems.push(at(path, issue.message));
			else
				problems.push(
					at(
						path,
						`hier hoort ${SHAPES[issue.expected] ?? issue.expected}, maar er staat ${describe(input)}. Zie docs/redactie.md voor een voorbeeld.`,
					),
				);
			continue;
		}
		if (issue.code === 'too_small') {
			if (issue.origin === 'string') problems.push(at(path, 'dit veld is leeg. Vul een tekst in.', true));
			else problems.push(at(path, 'deze lijst is leeg. Zet er minstens één regel in.', true));
			continue;
		}
		problems.push(at(path, issue.message));
	}
	return { problems };
}
