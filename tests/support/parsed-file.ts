/** A parsed content file for rule tests: no text, every field on the same line. */
import { join } from 'node:path';

import type { ParsedFile } from '#lib/content/parse-file.ts';
import type { ContentKind } from '#schemas/index.ts';

/** Makes files under `root` (shown as content/<rel>) whose every field is on line `line`. */
export function parsedFiles(root: string, line: number) {
	return (kind: ContentKind, rel: string, id: string, wijk?: string): ParsedFile => ({
		file: { kind, path: join(root, rel), shownPath: `content/${rel}`, id, wijk },
		data: {},
		body: '',
		bodyLine: 1,
		lineOf: () => line,
		keyLineOf: () => line,
		nameLineOf: () => line,
		lineText: () => '',
	});
}
