/** A picture named in content (a wijk logo, a news image) must exist next to the file and be a real picture. */
import { dirname, isAbsolute, join } from 'node:path';

import { checkImageFile, IMAGE_EXTENSION_LIST, imageFormatOfName } from '../image-file.ts';
import type { ParsedFile } from '../parse-file.ts';
import type { FieldPath } from '../problem.ts';
import { quoted } from '../quote.ts';
import { checkContentPath } from '../safe-path.ts';
import type { Report } from './context.ts';

/**
 * @param path the field holding the file name (ending in `bestand`)
 * @param shownDir the folder the name is relative to, as editors see it
 */
export function checkImage(report: Report, file: ParsedFile, path: FieldPath, name: string, shownDir: string): void {
	const baseDir = dirname(file.file.path);
	if (!imageFormatOfName(name)) {
		report(
			file,
			path,
			`${quoted(name)} is geen afbeelding die de site kan tonen. Gebruik een bestand dat eindigt op ${IMAGE_EXTENSION_LIST}.`,
		);
	} else if (name.split(/[/\\]/).includes('..') || isAbsolute(name) || name.startsWith('/')) {
		report(
			file,
			path,
			`${quoted(name)} verwijst naar een plek buiten ${shownDir}. Zet de afbeelding in die map (of een map daarin) en schrijf de naam zonder / of .. vooraan.`,
		);
	} else if (checkContentPath(baseDir, join(baseDir, name))?.reason === 'missing') {
		report(
			file,
			path,
			`het bestand ${quoted(name)} bestaat niet in ${shownDir}. Zet de afbeelding in die map, of verbeter de naam.`,
		);
	} else {
		// Read only through the content folder's own files, and judged by the bytes (image-file.ts).
		const problem = checkImageFile(baseDir, join(baseDir, name), name);
		if (problem) report(file, path, problem);
	}
}
