/** Texts edited by wijkplatforms (wijk.md, agenda, activiteiten) carry no HTML, neither in fields nor in the body. */
import { containsHtml, findUnsafeMarkdown } from '#lib/markdown/safety.ts';

import type { ParsedFile } from './parse-file.ts';
import { fieldName, type Problem } from './problem.ts';

export function checkWijkplatformText(file: ParsedFile): Problem[] {
	const problems: Problem[] = [];
	const walk = (value: unknown, path: (string | number)[]) => {
		if (typeof value === 'string') {
			if (containsHtml(value)) {
				problems.push({
					file: file.file.shownPath,
					line: file.lineOf(path),
					field: fieldName(path) || undefined,
					message: 'deze tekst bevat HTML-code. HTML is hier niet toegestaan. Schrijf gewone tekst.',
				});
			}
		} else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
		else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
	};
	walk(file.data, []);
	for (const f of findUnsafeMarkdown(file.body)) {
		problems.push({ file: file.file.shownPath, line: file.bodyLine + f.line - 1, message: f.message });
	}
	return problems;
}
