/**
 * Where file-slot variants go in a portal: every wijk can hold a logo, every news item a
 * picture and a picture in its text, the portal one basemap and one theme. A variant is
 * the field's value plus the files it names, laid into the holder's folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { discover } from '#lib/content/discover.ts';

import { valueFor } from './classify.ts';
import { type Place, splitFrontMatter } from './places.ts';
import type { Edit, PortalCopy } from './portal.ts';
import type { SlotKind, SlotVariant } from './slots.ts';

export interface Holder {
	slot: SlotKind;
	place: Place;
	/** Folder (relative to the content folder) the slot's files are read from. */
	dir: string;
}

const field = (file: string, path: (string | number)[], fillers: Place['fillers']): Place => ({
	id: `${file}:${path.join('.')}`,
	kind: 'wijk',
	file,
	format: file.endsWith('.yaml') ? 'yaml' : 'front-matter',
	path,
	body: false,
	original: undefined,
	fillers,
	siblings: [],
});

export function holders(contentDir: string): Holder[] {
	const files = discover(contentDir, contentDir).files;
	const rel = (path: string) =>
		path
			.slice(contentDir.length + 1)
			.split('\\')
			.join('/');
	const list: Holder[] = [];
	for (const f of files.filter((f) => f.kind === 'wijk')) {
		list.push({
			slot: 'logo',
			place: field(rel(f.path), ['logo', 'bestand'], [{ path: ['logo', 'alt'], value: 'Logo van de wijk' }]),
			dir: rel(f.path).replace(/wijk\.md$/, ''),
		});
	}
	for (const f of files.filter((f) => f.kind === 'nieuws')) {
		const file = rel(f.path);
		list.push({
			slot: 'nieuwsbeeld',
			place: field(file, ['afbeelding', 'bestand'], [{ path: ['afbeelding', 'alt'], value: 'Tekening' }]),
			dir: 'nieuws/',
		});
		const body = splitFrontMatter(readFileSync(f.path, 'utf8')).body;
		list.push({
			slot: 'figuur',
			place: { ...field(file, [], []), id: `${file}:(tekst)`, body: true, original: body },
			dir: 'nieuws/',
		});
	}
	list.push({ slot: 'basiskaart', place: field('portaal.yaml', ['kaart', 'basiskaart'], []), dir: 'geo/' });
	list.push({ slot: 'thema', place: field('portaal.yaml', ['uiterlijk', 'tokens'], []), dir: '' });
	return list;
}

/** Puts variants into holders (one each, in order) and returns the edits made. */
export function placeVariants(copy: PortalCopy, pairs: { variant: SlotVariant; holder: Holder }[]): Edit[] {
	const edits = pairs.map(({ variant, holder }): Edit => {
		const value = variant.value.replaceAll('{dir}', copy.contentDir);
		if (holder.slot !== 'figuur') return { place: holder.place, value };
		return {
			place: holder.place,
			value: valueFor(
				holder.place,
				[`<Figuur bestand="${value}" alt="Tekening" onderschrift="Een tekening" />`],
				'append',
			),
		};
	});
	copy.apply(edits);
	for (const { variant, holder } of pairs) {
		for (const [name, content] of Object.entries(variant.files)) copy.put(join(holder.dir, name), content);
	}
	return edits;
}
