/**
 * Reads one content file: checks its size and encoding, refuses control characters and
 * overlong lines, splits the YAML front matter from the Markdown body, and parses the YAML
 * within limits (source.ts), keeping positions so that every problem can name its line.
 */
import { readFileSync } from 'node:fs';

import type { SourceFile } from './discover.ts';
import { TEXT_FILE_MAX_BYTES } from './limits.ts';
import { ContentError, type FieldPath, type Problem } from './problem.ts';
import { readYaml } from './source.ts';
import { controlCharacterProblem, fileTooLarge, longLineProblem } from './text-checks.ts';

export interface ParsedFile {
	file: SourceFile;
	/** The front matter (or the whole YAML file) as plain data. */
	data: Record<string, unknown>;
	/** The Markdown body ('' for YAML files). */
	body: string;
	/** File line on which the body starts. */
	bodyLine: number;
	/**
	 * File line of a field's value. For a field that is missing: the line of the field it
	 * belongs in, or none for a missing top-level field.
	 */
	lineOf(path: FieldPath): number | undefined;
	/** File line of a field's name. */
	keyLineOf(path: FieldPath): number | undefined;
	/** File line of a field's name (for a list item, the item); none when the field is missing. */
	nameLineOf(path: FieldPath): number | undefined;
	/** The text of a file line (1-based), as the editor typed it. */
	lineText(line: number): string;
}

const FENCE = /^---[ \t]*$/;

/**
 * @param options.emptyHead a front matter without fields, or none at all, is allowed (a translation
 *   may translate only the text under it); its data is then `{}`.
 */
export function parseFile(
	file: SourceFile,
	options: { emptyHead?: boolean } = {},
): { parsed?: ParsedFile; problems: Problem[] } {
	// A .yaml file is all YAML: there is no front matter ("kop") to speak of.
	const plainYaml = file.path.endsWith('.yaml');
	const wording = (message: string) =>
		plainYaml
			? message
					.replace('de kop (YAML)', 'het bestand')
					.replace(/^de kop\b/, 'het bestand')
					.replace('in de kop', 'in het bestand')
			: message;
	const problem = (message: string, line?: number): { problems: Problem[] } => ({
		problems: [{ file: file.shownPath, line, message: wording(message) }],
	});

	const tooLarge = fileTooLarge(file.path, TEXT_FILE_MAX_BYTES);
	if (tooLarge) {
		return problem(
			`${tooLarge} Zo veel tekst hoort niet in één bestand. Verdeel de tekst over meer bestanden, of maak hem korter.`,
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file.path));
	} catch {
		return problem(
			'het bestand is niet opgeslagen als UTF-8, waardoor letters als ë en é niet goed gelezen worden. Sla het bestand opnieuw op met de codering UTF-8.',
		);
	}
	text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (text.trim() === '') {
		return problem(
			'het bestand is leeg. Vul het in volgens het voorbeeld in docs/redactie.md, of haal het bestand weg.',
		);
	}

	const textProblem = controlCharacterProblem(text) ?? longLineProblem(text);
	if (textProblem) return problem(textProblem.message, textProblem.line);

	let yamlText = text;
	let yamlLine = 1; // file line of the first YAML line
	let body = '';
	let bodyLine = 1;
	if (!plainYaml) {
		const lines = text.split('\n');
		if (!FENCE.test(lines[0] ?? '') && options.emptyHead) {
			// Only text, no fields: the whole file is the body.
			lines.unshift('---', '---');
			bodyLine = -1; // corrected below: the body starts on the file's first line
		}
		if (!FENCE.test(lines[0] ?? '')) {
			return problem(
				"het bestand begint niet met een kop. Zet op de eerste regel '---', daaronder de velden, en sluit de kop af met nog een regel '---'.",
				1,
			);
		}
		const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
		if (end < 0) {
			return problem(
				"de kop wordt niet afgesloten. Zet na de laatste regel met een veld een regel met alleen '---'.",
				1,
			);
		}
		yamlText = lines.slice(1, end).join('\n');
		yamlLine = 2;
		body = lines.slice(end + 1).join('\n');
		bodyLine = bodyLine === -1 ? 1 : end + 2;
	}

	const yaml = readYaml(yamlText, yamlLine);
	if (!yaml.source) return problem(yaml.problems[0]!.message, yaml.problems[0]!.line);
	const { lineOf, keyLineOf, nameLineOf } = yaml.source;
	let { data } = yaml.source;
	if ((data === null || data === undefined) && options.emptyHead) data = {};
	if (data === null || data === undefined) {
		return problem('de kop is leeg. Vul de velden in volgens het voorbeeld in docs/redactie.md.', yamlLine);
	}
	if (typeof data !== 'object' || Array.isArray(data)) {
		return problem("de kop bevat geen velden. Schrijf elk veld als 'naam: waarde' op een eigen regel.", yamlLine);
	}

	return {
		parsed: {
			file,
			data: data as Record<string, unknown>,
			body,
			bodyLine,
			lineOf,
			lineText: (line) => text.split('\n')[line - 1] ?? '',
			keyLineOf,
			nameLineOf,
		},
		problems: [],
	};
}

/**
 * The data of a content file (the front matter of a Markdown file, or a whole YAML file),
 * read and checked as the site reads it. For scripts that read content the site already
 * checked: a mistake throws a ContentError.
 */
export function readDataFile(path: string, shownPath = path): Record<string, unknown> {
	const { parsed, problems } = parseFile({ kind: 'portaal', path, shownPath, id: shownPath });
	if (!parsed) throw new ContentError(problems);
	return parsed.data;
}
