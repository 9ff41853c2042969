/**
 * Finds the content files of a portal and says which kind each one is. The folder layout
 * is the editors' contract: content/portaal.yaml, content/wijken/<wijk>/wijk.md,
 * .../agenda/<item>.md, .../activiteiten/<item>.md, .../ambitie.md, .../sociale-kaart/<naam>.md,
 * content/nieuws/<item>.mdx and the
 * wijkkompas in content/indicatoren/ (indicatoren.yaml, waarden/*.json), the maps in
 * content/geo/ (gebieden.topojson, a basemap .pmtiles), the addresses in content/adressen/
 * (adressen.csv, read by src/lib/adressen/read.ts) and pictures beside wijk.md and the
 * news. Every entry is checked first (content-walk.ts): no links, no hidden names. What
 * does not fit the layout is reported, because it would silently not be published.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { ADRESSEN_BESTAND } from '#lib/adressen/types.ts';
import { GEO_FILE, GEO_FOLDER } from '#lib/geo/format.ts';
import { isTaal, type Taal } from '#lib/i18n/talen.ts';
import { SLUG } from '#lib/site/slug.ts';
import type { ContentKind } from '#schemas/index.ts';
import { taalKeuzeTekst, type VertaalbareSoort } from '#schemas/vertaling.ts';

import { walkContent } from './content-walk.ts';
import { IMAGE_EXTENSION_LIST, imageFormatOfName } from './image-file.ts';
import type { Problem } from './problem.ts';
import { quoted } from './quote.ts';
import { contentPathShower } from './safe-path.ts';

export interface SourceFile {
	kind: ContentKind;
	/** Absolute path. */
	path: string;
	/** Path shown to editors (relative to the working directory). */
	shownPath: string;
	/** Collection id: "noord" for a wijk, "noord/speeltuin" for its items, "speeltuin-open" for news. */
	id: string;
	/** The wijk folder this file belongs to, if any. */
	wijk?: string;
}

/**
 * A translation of a content file (`speeltuin.en.md` beside `speeltuin.md`): never an entry of
 * its own. Its `id`, `kind` and `wijk` are those of the original; src/lib/content/translations.ts
 * reads it and lays it over the original.
 */
export interface TranslationFile extends SourceFile {
	kind: VertaalbareSoort;
	/** The language of the translation, from the file name. */
	taal: Exclude<Taal, 'nl'>;
	/** The original beside it, as the editor sees its path. */
	originalShownPath: string;
}

/** `<naam>.<taal>.md`: the name of a translation (a slug has no dots, so nothing else looks like it). */
const TRANSLATION_NAME = /^([^.]+)\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)\.(mdx?)$/;

const SLUG_HELP =
	'Gebruik alleen kleine letters (a-z), cijfers en streepjes, zonder spaties, bijvoorbeeld speeltuin-merelplein.';

/** What the content folder holds at the top; anything else is reported. */
const TOP_LEVEL = [
	'portaal.yaml',
	'wijken',
	'nieuws',
	'initiatieven',
	'verhalen',
	'indicatoren',
	'gebieden',
	GEO_FOLDER,
	'adressen',
] as const;

function isDir(path: string): boolean {
	return existsSync(path) && statSync(path).isDirectory();
}

export interface Discovered {
	files: SourceFile[];
	/** Translations beside their originals (checked against the portal's languages by load.ts). */
	translations: TranslationFile[];
	problems: Problem[];
}

export function discover(contentDir: string, cwd = process.cwd()): Discovered {
	const files: SourceFile[] = [];
	const translations: TranslationFile[] = [];
	const problems: Problem[] = [];
	const shown = contentPathShower(contentDir, cwd);
	const add = (kind: ContentKind, rel: string, id: string, wijk?: string) => {
		const path = join(contentDir, ...rel.split('/'));
		files.push({ kind, path, shownPath: shown(path), id, wijk });
	};
	const report = (rel: string, message: string) =>
		problems.push({ file: shown(join(contentDir, ...rel.split('/'))), message });
	const checkSlug = (rel: string, slug: string, what: string) => {
		if (SLUG.test(slug)) return true;
		report(rel, `de naam ${quoted(slug)} is niet geschikt als ${what}. ${SLUG_HELP}`);
		return false;
	};

	if (!isDir(contentDir)) {
		problems.push({
			file: shown(contentDir),
			message: 'de contentmap bestaat niet. Maak de map aan of geef de juiste map op.',
		});
		return { files, translations, problems };
	}

	// Everything in the folder, each entry checked once (links, hidden names, too many files).
	const tree = walkContent(contentDir, shown);
	problems.push(...tree.problems);
	if (tree.tooMany) return { files, translations, problems };
	const kind = (rel: string) => tree.kinds.get(rel);
	const list = (rel: string) => tree.children.get(rel) ?? [];
	const isMissing = (rel: string) => kind(rel) !== 'file' && !tree.refused.has(rel);
	const notPublished = (rel: string, where: string, fix: string) =>
		report(
			rel,
			kind(rel) === 'folder'
				? `deze map wordt niet gepubliceerd: ${where} ${fix}`
				: `dit bestand wordt niet gepubliceerd: ${where} ${fix}`,
		);
	const remove = (rel: string) =>
		kind(rel) === 'folder'
			? 'Haal de map weg, of zet wat erin staat op de juiste plek.'
			: 'Zet het bestand op de juiste plek, of haal het weg.';
	/** A folder that may only hold pictures (for logos and news images), at any depth. */
	const picturesOnly = (rel: string, where: string) => {
		for (const name of list(rel)) {
			const child = `${rel}/${name}`;
			if (kind(child) === 'folder') picturesOnly(child, where);
			else if (!imageFormatOfName(name))
				notPublished(child, `${where} horen alleen afbeeldingen (${IMAGE_EXTENSION_LIST}).`, remove(child));
		}
	};

	/**
	 * A file named like a translation (`<naam>.<taal>.md`) in `folder`: reported when its language
	 * or its original is wrong, else added. False when the name is no translation's name at all.
	 */
	const translation = (
		folder: string,
		name: string,
		ofKind: VertaalbareSoort,
		idOf: (base: string) => string,
		wijk?: string,
	) => {
		const match = TRANSLATION_NAME.exec(name);
		if (!match) return false;
		const [, base = '', code = '', extension = ''] = match;
		const rel = `${folder}/${name}`;
		const original = `${folder}/${base}.md`;
		const expected = `${base}.${code.toLowerCase()}.md`;
		if (code === 'nl') {
			report(
				rel,
				`Nederlands is de brontaal: de Nederlandse tekst staat in ${quoted(`${base}.md`)} zelf, niet in een vertaling. Zet de tekst in ${quoted(`${base}.md`)} en haal dit bestand weg.`,
			);
			return true;
		}
		if (!isTaal(code)) {
			const lower = code.toLowerCase();
			report(
				rel,
				isTaal(lower) && lower !== 'nl'
					? `de taalcode ${quoted(code)} in de naam van deze vertaling moet met kleine letters. Noem het bestand ${quoted(expected)}.`
					: `${quoted(code)} in de naam van dit bestand is geen taalcode die het portaal kent. Een vertaling heet zoals het origineel, met de taalcode voor .md, bijvoorbeeld ${quoted(`${base}.en.md`)}. Kies uit ${taalKeuzeTekst()}. Verbeter de naam, of haal het bestand weg.`,
			);
			return true;
		}
		if (extension !== 'md') {
			report(
				rel,
				`een vertaling eindigt op .md, net als het origineel. Noem het bestand ${quoted(`${base}.${code}.md`)}.`,
			);
			return true;
		}
		if (kind(original) !== 'file') {
			report(
				rel,
				`naast deze vertaling staat geen origineel: ${quoted(`${base}.md`)} ontbreekt in deze map. Een vertaling hoort naast het Nederlandse bestand met dezelfde naam. Verbeter de naam van de vertaling, zet het origineel erbij, of haal de vertaling weg.`,
			);
			return true;
		}
		if (!SLUG.test(base)) return true; // the original's name is reported
		const path = join(contentDir, ...rel.split('/'));
		translations.push({
			kind: ofKind,
			path,
			shownPath: shown(path),
			id: idOf(base),
			wijk,
			taal: code as Exclude<Taal, 'nl'>,
			originalShownPath: shown(join(contentDir, ...original.split('/'))),
		});
		return true;
	};

	for (const name of list('')) {
		if (
			!(TOP_LEVEL as readonly string[]).includes(name) ||
			kind(name) !== (name === 'portaal.yaml' ? 'file' : 'folder')
		) {
			notPublished(
				name,
				'in de contentmap horen alleen portaal.yaml en de mappen wijken, nieuws, initiatieven, verhalen, indicatoren, gebieden, geo en adressen.',
				remove(name),
			);
		}
	}

	if (kind('portaal.yaml') === 'file') add('portaal', 'portaal.yaml', 'portaal');
	else if (isMissing('portaal.yaml'))
		report(
			'portaal.yaml',
			'dit bestand ontbreekt. Elk portaal heeft een portaal.yaml met de gemeente(n); zie docs/redactie.md.',
		);

	for (const wijk of kind('wijken') === 'folder' ? list('wijken') : []) {
		const dir = `wijken/${wijk}`;
		if (kind(dir) !== 'folder') {
			notPublished(
				dir,
				'in de map wijken horen alleen mappen, één voor elke wijk.',
				'Zet het bestand in de map van een wijk, of haal het weg.',
			);
			continue;
		}
		if (!checkSlug(dir, wijk, 'mapnaam van een wijk')) continue;
		if (kind(`${dir}/wijk.md`) === 'file') add('wijk', `${dir}/wijk.md`, wijk, wijk);
		else if (isMissing(`${dir}/wijk.md`))
			report(
				`${dir}/wijk.md`,
				'dit bestand ontbreekt. Elke wijkmap heeft een wijk.md met de naam, de code en de buurten van de wijk.',
			);

		for (const name of list(dir)) {
			const rel = `${dir}/${name}`;
			if (name === 'wijk.md' && kind(rel) === 'file') continue;
			if (name === 'budget.yaml' && kind(rel) === 'file') {
				add('budget', rel, wijk, wijk);
				continue;
			}
			if (name === 'ambitie.md' && kind(rel) === 'file') {
				add('ambitie', rel, wijk, wijk);
				continue;
			}
			if ((name === 'agenda' || name === 'activiteiten' || name === 'sociale-kaart') && kind(rel) === 'folder')
				continue;
			if (kind(rel) === 'file' && /^(?:wijk|ambitie)\./.test(name)) {
				if (translation(dir, name, name.startsWith('wijk.') ? 'wijk' : 'ambitie', () => wijk, wijk)) continue;
			}
			if (kind(rel) === 'folder')
				picturesOnly(rel, 'in de mappen van een wijk (behalve agenda, activiteiten en sociale-kaart)');
			else if (!imageFormatOfName(name)) {
				notPublished(
					rel,
					`in een wijkmap horen alleen wijk.md, budget.yaml, ambitie.md, de mappen agenda, activiteiten en sociale-kaart, en afbeeldingen zoals een logo (${IMAGE_EXTENSION_LIST}).`,
					remove(rel),
				);
			}
		}

		for (const [sub, itemKind] of [
			['agenda', 'agenda'],
			['activiteiten', 'activiteit'],
			['sociale-kaart', 'organisatie'],
		] as const) {
			if (kind(`${dir}/${sub}`) !== 'folder') continue;
			for (const name of list(`${dir}/${sub}`)) {
				const rel = `${dir}/${sub}/${name}`;
				if (kind(rel) === 'folder') {
					notPublished(
						rel,
						`in de map ${sub} horen alleen .md-bestanden, geen mappen.`,
						`Zet de bestanden direct in de map ${sub}, of haal de map weg.`,
					);
					continue;
				}
				if (translation(`${dir}/${sub}`, name, itemKind, (base) => `${wijk}/${base}`, wijk)) continue;
				if (!name.endsWith('.md')) {
					report(
						rel,
						`dit bestand wordt niet gepubliceerd: in de map ${sub} horen alleen .md-bestanden. Geef het bestand een naam die eindigt op .md, of haal het weg.`,
					);
					continue;
				}
				const slug = name.slice(0, -3);
				if (checkSlug(rel, slug, 'bestandsnaam')) add(itemKind, rel, `${wijk}/${slug}`, wijk);
			}
		}
	}

	// The wijkkompas is optional: definitions here, values in waarden/*.json (read by src/lib/wijkkompas).
	for (const name of kind('indicatoren') === 'folder' ? list('indicatoren') : []) {
		const rel = `indicatoren/${name}`;
		if ((name === 'indicatoren.yaml' && kind(rel) === 'file') || (name === 'waarden' && kind(rel) === 'folder'))
			continue;
		notPublished(rel, 'in de map indicatoren horen alleen indicatoren.yaml en de map waarden.', remove(rel));
	}
	const values = kind('indicatoren/waarden') === 'folder' ? list('indicatoren/waarden') : [];
	for (const name of values) {
		const rel = `indicatoren/waarden/${name}`;
		if (kind(rel) === 'file' && name.endsWith('.json')) continue;
		notPublished(rel, 'in de map indicatoren/waarden horen alleen cijferbestanden die eindigen op .json.', remove(rel));
	}
	if (kind('indicatoren/indicatoren.yaml') === 'file')
		add('indicatoren', 'indicatoren/indicatoren.yaml', 'indicatoren');
	else if (isMissing('indicatoren/indicatoren.yaml') && values.some((n) => n.endsWith('.json'))) {
		report(
			'indicatoren/indicatoren.yaml',
			'dit bestand ontbreekt. Er staan cijfers in indicatoren/waarden, maar zonder indicatoren.yaml weet het portaal niet wat ze betekenen. Zie docs/cijfers.md.',
		);
	}

	// The municipality's own areas: one file per indeling, its name the indeling's slug.
	for (const name of kind('gebieden') === 'folder' ? list('gebieden') : []) {
		const rel = `gebieden/${name}`;
		if (kind(rel) !== 'file' || !name.endsWith('.yaml')) {
			notPublished(
				rel,
				'in de map gebieden horen alleen indelingen in eigen gebieden, elk een .yaml-bestand.',
				remove(rel),
			);
			continue;
		}
		const slug = name.slice(0, -5);
		if (checkSlug(rel, slug, 'bestandsnaam')) add('indeling', rel, slug);
	}

	// The maps: the boundaries (read by src/lib/geo/read.ts) and an optional basemap.
	for (const name of kind(GEO_FOLDER) === 'folder' ? list(GEO_FOLDER) : []) {
		const rel = `${GEO_FOLDER}/${name}`;
		if (kind(rel) === 'file' && (name === GEO_FILE || name.endsWith('.pmtiles'))) continue;
		notPublished(rel, `in de map ${GEO_FOLDER} horen alleen ${GEO_FILE} en een basiskaart (.pmtiles).`, remove(rel));
	}

	// The addresses of the portal (read by src/lib/adressen/read.ts, checked in rules/adressen.ts).
	for (const name of kind('adressen') === 'folder' ? list('adressen') : []) {
		const rel = `adressen/${name}`;
		if (kind(rel) === 'file' && rel === ADRESSEN_BESTAND) continue;
		notPublished(rel, 'in de map adressen hoort alleen adressen.csv.', remove(rel));
	}

	// Initiatives and stories: one Markdown file each, pictures in folders beside them.
	for (const [folder, itemKind, what] of [
		['initiatieven', 'initiatief', 'initiatieven'],
		['verhalen', 'verhaal', 'verhalen'],
	] as const) {
		for (const name of kind(folder) === 'folder' ? list(folder) : []) {
			const rel = `${folder}/${name}`;
			if (kind(rel) === 'folder') {
				picturesOnly(rel, `in de mappen onder ${folder}`);
				continue;
			}
			if (translation(folder, name, itemKind, (base) => base)) continue;
			if (!name.endsWith('.md')) {
				if (!imageFormatOfName(name))
					notPublished(
						rel,
						`in de map ${folder} horen alleen ${what} (.md) en afbeeldingen (${IMAGE_EXTENSION_LIST}).`,
						remove(rel),
					);
				continue;
			}
			const slug = name.slice(0, -3);
			if (checkSlug(rel, slug, 'bestandsnaam')) add(itemKind, rel, slug);
		}
	}

	const newsSlugs = new Map<string, string>();
	for (const name of kind('nieuws') === 'folder' ? list('nieuws') : []) {
		const rel = `nieuws/${name}`;
		if (kind(rel) === 'folder') {
			picturesOnly(rel, 'in de mappen onder nieuws');
			continue;
		}
		const match = /^(.*)\.mdx?$/.exec(name);
		if (!match) {
			if (!imageFormatOfName(name))
				notPublished(
					rel,
					`in de map nieuws horen alleen berichten (.md of .mdx) en afbeeldingen (${IMAGE_EXTENSION_LIST}).`,
					remove(rel),
				);
			continue;
		}
		const slug = match[1]!;
		const translated = TRANSLATION_NAME.exec(name);
		if (translated && isTaal(translated[2]?.toLowerCase())) {
			report(
				rel,
				`nieuwsberichten worden niet vertaald: ze staan in elke taal van de site in het Nederlands. Zet de tekst in ${quoted(`${translated[1]}.${translated[3]}`)}, en haal dit bestand weg.`,
			);
			continue;
		}
		if (!checkSlug(rel, slug, 'bestandsnaam')) continue;
		const other = newsSlugs.get(slug);
		if (other) {
			report(
				rel,
				`dit bericht krijgt hetzelfde webadres als ${other}. Geef een van de twee bestanden een andere naam.`,
			);
			continue;
		}
		newsSlugs.set(slug, name);
		add('nieuws', rel, slug);
	}
	return { files, translations, problems };
}
