/**
 * The basemap file in content/geo/ (`kaart.basiskaart` in portaal.yaml) is published as
 * it is: it must be an ordinary file inside the content folder (safe-path.ts) and really
 * a PMTiles archive, recognised by its header ("PMTiles" and the version, 3).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

import { checkContentPath, unsafePathMessage } from '#lib/content/safe-path.ts';

import { GEO_FOLDER } from './format.ts';

const MAGIC = 'PMTiles';

/** True when the bytes start like a PMTiles version 3 archive. */
export function isPmtiles(head: Uint8Array): boolean {
	return head.length >= 8 && String.fromCharCode(...head.subarray(0, 7)) === MAGIC && head[7] === 3;
}

export const notPmtilesMessage = (name: string) =>
	`het bestand ${name} is geen PMTiles-bestand (versie 3). Zet een echte basiskaart in PMTiles-formaat in de map content/${GEO_FOLDER}/, of haal basiskaart weg.`;

/**
 * What is wrong with the basemap file `name` in content/geo/, as a Dutch message; undefined
 * when it is fine. `missing` is the message for a file that is not there.
 */
export function basemapFileProblem(contentDir: string, name: string, missing: string): string | undefined {
	const path = join(contentDir, GEO_FOLDER, name);
	const shown = `${GEO_FOLDER}/${name}`;
	const unsafe = checkContentPath(contentDir, path);
	if (unsafe?.reason === 'missing') return missing;
	if (unsafe) return unsafePathMessage(unsafe, unsafe.isTarget ? shown : GEO_FOLDER);
	const head = new Uint8Array(8);
	const fd = openSync(path, 'r');
	try {
		readSync(fd, head, 0, head.length, 0);
	} finally {
		closeSync(fd);
	}
	return isPmtiles(head) ? undefined : notPmtilesMessage(shown);
}
