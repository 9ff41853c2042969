/**
 * Lists everything in the content folder once, before anything is read: each entry is
 * looked at with lstat (see safe-path.ts) and links, hard links, devices, FIFOs, sockets
 * and hidden names (starting with '.') are reported instead of skipped. Only what passes
 * is handed to discover.ts, so no content file is found through a link.
 */
import { type Dir, lstatSync, opendirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

import type { Problem } from './problem.ts';
import { entryProblem, unsafeEntryMessage } from './safe-path.ts';

/**
 * At most this many files and folders in the content folder. A national portal (all
 * 2,738 wijken of the Netherlands, see scripts/bench/national-content.ts) has about
 * 5,500: a folder and a wijk.md per wijk; even with years of wijkagenda and activities
 * (15,000 items) a real portal stays far below this. More means a mistake, or an attempt
 * to make the check and the build run out of time or memory.
 */
export const MAX_CONTENT_ENTRIES = 50_000;

const count = new Intl.NumberFormat('nl-NL');

export interface ContentTree {
	/** Every safe file and folder, by path relative to the content folder ("wijken/noord/wijk.md"). */
	kinds: Map<string, 'file' | 'folder'>;
	/** The safe entries of each safe folder, sorted; '' is the content folder. */
	children: Map<string, string[]>;
	/** Entries that were reported and must not be read, nor reported as missing. */
	refused: Set<string>;
	problems: Problem[];
	/** True when the folder holds too many entries: nothing was listed then. */
	tooMany: boolean;
}

/**
 * @param shown how a path is named in a problem.
 * @param maxEntries the limit (tests use a small one).
 */
export function walkContent(
	root: string,
	shown: (path: string) => string,
	maxEntries = MAX_CONTENT_ENTRIES,
): ContentTree {
	const tree: ContentTree = { kinds: new Map(), children: new Map(), refused: new Set(), problems: [], tooMany: false };
	const pending = [''];
	let seen = 0;
	while (pending.length) {
		const folder = pending.pop()!;
		const names: string[] = [];
		let dir: Dir;
		try {
			dir = opendirSync(join(root, folder));
		} catch {
			tree.problems.push({
				file: shown(join(root, folder)),
				message:
					'deze map kan niet worden gelezen. Controleer of de map bestaat en of u de rechten hebt om hem te lezen.',
			});
			continue;
		}
		try {
			for (let entry = dir.readSync(); entry; entry = dir.readSync()) {
				if (++seen > maxEntries) {
					tree.tooMany = true;
					break;
				}
				names.push(entry.name);
			}
		} finally {
			dir.closeSync();
		}
		if (tree.tooMany) {
			return {
				...tree,
				kinds: new Map(),
				children: new Map(),
				problems: [
					{
						file: shown(root),
						message: `de contentmap bevat meer dan ${count.format(maxEntries)} bestanden en mappen. Zoveel heeft een portaal niet nodig. Haal de bestanden weg die niet bij het portaal horen.`,
					},
				],
			};
		}
		names.sort();
		const safe: string[] = [];
		for (const name of names) {
			const rel = folder ? `${folder}/${name}` : name;
			const path = join(root, rel);
			let stats: Stats;
			try {
				stats = lstatSync(path);
			} catch {
				continue; // removed while listing
			}
			const isFolder = stats.isDirectory();
			const problem = entryProblem(stats);
			if (name.startsWith('.')) {
				tree.refused.add(rel);
				tree.problems.push({ file: shown(path), message: hiddenMessage(isFolder) });
			} else if (problem) {
				tree.refused.add(rel);
				tree.problems.push({ file: shown(path), message: unsafeEntryMessage(problem) });
			} else {
				safe.push(name);
				tree.kinds.set(rel, isFolder ? 'folder' : 'file');
				if (isFolder) pending.push(rel);
			}
		}
		tree.children.set(folder, safe);
	}
	return tree;
}

function hiddenMessage(isFolder: boolean): string {
	return isFolder
		? 'deze map is verborgen: de naam begint met een punt. Een verborgen map wordt niet gecontroleerd en niet gepubliceerd. Geef de map een naam zonder punt aan het begin, of haal de map weg.'
		: 'dit bestand is verborgen: de naam begint met een punt. Een verborgen bestand wordt niet gecontroleerd en niet gepubliceerd. Geef het bestand een naam zonder punt aan het begin, of haal het weg.';
}
