/**
 * Translations of content files (`speeltuin.en.md` beside `speeltuin.md`, found by discover.ts):
 * read with exactly the checks of an original (size, encoding, control characters, long lines,
 * YAML limits, no HTML in fields or body, the same Markdown limits), then checked against the
 * kind's translatable fields (src/schemas/vertaling.ts), laid over the original's fields and
 * checked once more with the kind's schema (lengths, one-line summaries). The result is attached
 * to the original entry: a translation is never an entry of its own.
 */
import { type Taal, TAAL_INFO } from '#lib/i18n/talen.ts';
import { schemas } from '#schemas/index.ts';
import { vertaalbareVelden } from '#schemas/vertaling.ts';

import type { TranslationFile } from './discover.ts';
import { type ParsedFile, parseFile } from './parse-file.ts';
import type { Loaded } from './portal-content.ts';
import { fieldName, type FieldPath, type Problem } from './problem.ts';
import { quoted } from './quote.ts';
import { checkSchema, closest, schemaAt } from './schema-problems.ts';
import { checkWijkplatformText } from './wijkplatform-text.ts';

/** A translation, read and checked, as it belongs to its original entry. */
export interface LoadedTranslation<T = unknown> {
	taal: Exclude<Taal, 'nl'>;
	file: ParsedFile;
	/** The original's data with the translated fields laid over it, checked by the kind's schema. */
	data: T;
	/** The same before the schema (as the files hold it), for the Astro loader's own parse. */
	raw: Record<string, unknown>;
	/** The translated Markdown ('' when only fields are translated: the page then shows the Dutch text). */
	body: string;
	/** The dotted paths of the fields the translation holds, e.g. ["titel", "volgendeStap.wat"]. */
	fields: string[];
}

/** A field tree: `true` where a text (or a list of texts) is translated, deeper fields below an object. */
interface FieldTree {
	[name: string]: FieldTree | true;
}

export function fieldTree(paths: readonly string[]): FieldTree {
	const tree: FieldTree = {};
	for (const path of paths) {
		const parts = path.split('.');
		let node = tree;
		parts.forEach((part, i) => {
			if (i === parts.length - 1) node[part] = true;
			else {
				const next = node[part];
				node = next && next !== true ? next : (node[part] = {});
			}
		});
	}
	return tree;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

function allowedKeysAt(schema: unknown, path: FieldPath): string[] {
	const def = (schemaAt(schema, path) as { _zod?: { def?: { type?: string; shape?: object } } } | undefined)?._zod?.def;
	return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export interface OverlayResult {
	/** The original's raw data with the translated fields in place. */
	merged: Record<string, unknown>;
	/** The translated fields' dotted paths. */
	fields: string[];
	/** Mistakes in the translation's fields: path and Dutch message (file and line are added by the caller). */
	problems: { path: FieldPath; message: string; keyLine?: boolean; notInOriginal?: boolean }[];
}

/**
 * Lays the translation's fields over the original's (both raw, as the files hold them), checking
 * that every field of the translation is translatable and exists in the original.
 *
 * @param kindSchema the kind's schema, to tell a field that is not translated from one that does not exist.
 * @param originalName the original's file name, for the messages ("speeltuin.md").
 */
export function overlayTranslation(
	original: Record<string, unknown>,
	translation: Record<string, unknown>,
	translatable: readonly string[],
	kindSchema: unknown,
	originalName: string,
): OverlayResult {
	const problems: OverlayResult['problems'] = [];
	const fields: string[] = [];
	const list = translatable.length ? translatable.join(', ') : 'geen velden, alleen de tekst onder de kop';
	const walk = (
		orig: Record<string, unknown>,
		trans: Record<string, unknown>,
		tree: FieldTree,
		path: string[],
	): Record<string, unknown> => {
		const out = { ...orig };
		for (const [key, value] of Object.entries(trans)) {
			const here = [...path, key];
			const node = tree[key];
			if (!node) {
				const known = allowedKeysAt(kindSchema, path).includes(key);
				if (known) {
					problems.push({
						path: here,
						keyLine: true,
						message: `dit veld wordt niet vertaald: het komt altijd uit ${quoted(originalName)}. Haal het weg uit de vertaling. Een vertaling van dit soort bestand kan bevatten: ${list}.`,
					});
				} else {
					const suggestion = closest(key, Object.keys(tree));
					problems.push({
						path: here,
						keyLine: true,
						message: suggestion
							? `dit veld bestaat niet. Bedoelt u '${suggestion}'? Verbeter de naam van het veld.`
							: `dit veld bestaat niet. Haal het weg of verbeter de naam. Een vertaling van dit soort bestand kan bevatten: ${list}.`,
					});
				}
				continue;
			}
			if (orig[key] === undefined) {
				problems.push({
					path: here,
					keyLine: true,
					notInOriginal: true,
					message: `dit veld staat niet in ${quoted(originalName)}, dus er is niets te vertalen. Vul het eerst in het origineel in, of haal het weg uit de vertaling.`,
				});
				continue;
			}
			if (node === true) {
				out[key] = value;
				fields.push(here.join('.'));
				continue;
			}
			if (!isRecord(value) || !isRecord(orig[key])) {
				const names = Object.keys(node).join(', ');
				problems.push({
					path: here,
					message: `hier horen de velden ${names} op de regels eronder, ingesprongen met spaties, zoals in ${quoted(originalName)}.`,
				});
				continue;
			}
			out[key] = walk(orig[key], value, node, here);
		}
		return out;
	};
	const merged = walk(original, translation, fieldTree(translatable), []);
	return { merged, fields, problems };
}

/** "Engels": the language's Dutch name, for editors' messages. */
export const taalNaam = (taal: Taal) => TAAL_INFO[taal].nederlands;

/** The file name of a path shown to editors ("content/wijken/noord/agenda/speeltuin.md" → "speeltuin.md"). */
const baseName = (shown: string) => shown.split(/[\\/]/).pop() ?? shown;

/**
 * Reads, checks and attaches the translations to their originals (`items` of every kind; an
 * original with mistakes of its own gets its translation checked only as text).
 *
 * @param talen the languages the portal offers; a translation into another language is a problem.
 *   Without it (the Astro loader, which runs after the check), every language is accepted.
 */
export function attachTranslations(
	translations: readonly TranslationFile[],
	items: readonly Loaded<unknown>[],
	talen?: readonly Taal[],
): Problem[] {
	const problems: Problem[] = [];
	const byKey = new Map(items.map((item) => [`${item.file.file.kind}:${item.file.file.id}`, item]));
	for (const file of translations) {
		const { parsed, problems: readProblems } = parseFile(file, { emptyHead: true });
		problems.push(...readProblems);
		if (!parsed) continue;
		// The same text safety as an original: no HTML in any field, and the same Markdown rules for the body.
		const textProblems = checkWijkplatformText(parsed);
		problems.push(...textProblems);
		if (talen && !talen.includes(file.taal)) {
			problems.push({
				file: file.shownPath,
				message: `deze vertaling is in het ${taalNaam(file.taal)} (${file.taal}), maar die taal staat niet bij talen in portaal.yaml. Zo komt de vertaling niet op de site. Zet ${file.taal} bij talen in portaal.yaml, of haal de vertaling weg.`,
			});
			continue;
		}
		const original = byKey.get(`${file.kind}:${file.id}`);
		const schema = schemas[file.kind];
		const overlay = overlayTranslation(
			original?.file.data ?? {},
			parsed.data,
			vertaalbareVelden(file.kind),
			schema,
			baseName(file.originalShownPath),
		);
		if (!original) {
			// The original has mistakes of its own (reported there): check only which fields the translation holds.
			problems.push(...overlay.problems.filter((p) => !p.notInOriginal).map((p) => placed(parsed, p)));
			continue;
		}
		if (overlay.problems.length) {
			problems.push(...overlay.problems.map((p) => placed(parsed, p)));
			continue;
		}
		// Nothing translated (an empty file, as an editor may leave it): the page shows the Dutch text.
		if (!overlay.fields.length && !parsed.body.trim()) continue;
		// The original is valid, so whatever the schema finds now comes from the translated fields.
		const checked = checkSchema(schema, { ...parsed, data: overlay.merged });
		problems.push(...checked.problems);
		if (checked.data === undefined || textProblems.length) continue; // refused, as the original would be
		const translation: LoadedTranslation = {
			taal: file.taal,
			file: parsed,
			data: checked.data,
			raw: overlay.merged,
			body: parsed.body,
			fields: overlay.fields,
		};
		(original.vertalingen ??= []).push(translation);
		original.vertalingen.sort((a, b) => a.taal.localeCompare(b.taal));
	}
	return problems;
}

function placed(parsed: ParsedFile, p: OverlayResult['problems'][number]): Problem {
	return {
		file: parsed.file.shownPath,
		line: p.keyLine ? (parsed.keyLineOf(p.path) ?? parsed.lineOf(p.path)) : parsed.lineOf(p.path),
		field: fieldName(p.path) || undefined,
		message: p.message,
	};
}
