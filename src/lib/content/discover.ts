/**
 * Finds the content files of a portal and says which kind each one is. The folder layout
 * is the editors' contract: content/portaal.yaml, content/wijken/<wijk>/wijk.md,
 * .../agenda/<item>.md, .../activiteiten/<item>.md, content/nieuws/<item>.mdx and the
 * wijkkompas in content/indicatoren/ (indicatoren.yaml, waarden/*.json).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { ContentKind } from '../../schemas/index.ts';
import type { Problem } from './problem.ts';

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

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SLUG_HELP =
	'Gebruik alleen kleine letters (a-z), cijfers en streepjes, zonder spaties, bijvoorbeeld speeltuin-merelplein.';

function list(dir: string): string[] {
	return existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.')).sort() : [];
}

function isDir(path: string): boolean {
	return existsSync(path) && statSync(path).isDirectory();
}

export function discover(contentDir: string, cwd = process.cwd()): { files: SourceFile[]; problems: Problem[] } {
	const files: SourceFile[] = [];
	const problems: Problem[] = [];
	// Paths inside the working directory show as they are; others from the content folder's parent.
	const base = relative(cwd, contentDir).startsWith('..') ? dirname(contentDir) : cwd;
	const shown = (path: string) => relative(base, path).split(sep).join('/') || '.';
	const add = (kind: ContentKind, path: string, id: string, wijk?: string) =>
		files.push({ kind, path, shownPath: shown(path), id, wijk });
	const checkSlug = (path: string, slug: string, what: string) => {
		if (SLUG.test(slug)) return true;
		problems.push({ file: shown(path), message: `de naam '${slug}' is niet geschikt als ${what}. ${SLUG_HELP}` });
		return false;
	};

	if (!isDir(contentDir)) {
		problems.push({ file: shown(contentDir), message: 'de contentmap bestaat niet. Maak de map aan of geef de juiste map op.' });
		return { files, problems };
	}

	const portaal = join(contentDir, 'portaal.yaml');
	if (existsSync(portaal)) add('portaal', portaal, 'portaal');
	else problems.push({ file: shown(portaal), message: 'dit bestand ontbreekt. Elk portaal heeft een portaal.yaml met de gemeente(n); zie docs/redactie.md.' });

	const wijkenDir = join(contentDir, 'wijken');
	for (const wijk of list(wijkenDir)) {
		const dir = join(wijkenDir, wijk);
		if (!isDir(dir)) continue;
		if (!checkSlug(dir, wijk, 'mapnaam van een wijk')) continue;
		const wijkFile = join(dir, 'wijk.md');
		if (existsSync(wijkFile)) add('wijk', wijkFile, wijk, wijk);
		else problems.push({ file: shown(wijkFile), message: 'dit bestand ontbreekt. Elke wijkmap heeft een wijk.md met de naam, de code en de buurten van de wijk.' });

		for (const [sub, kind] of [['agenda', 'agenda'], ['activiteiten', 'activiteit']] as const) {
			for (const name of list(join(dir, sub))) {
				const path = join(dir, sub, name);
				if (!name.endsWith('.md')) {
					problems.push({ file: shown(path), message: `dit bestand wordt niet gepubliceerd: in de map ${sub} horen alleen .md-bestanden. Geef het bestand een naam die eindigt op .md, of haal het weg.` });
					continue;
				}
				const slug = name.slice(0, -3);
				if (checkSlug(path, slug, 'bestandsnaam')) add(kind, path, `${wijk}/${slug}`, wijk);
			}
		}
	}

	// The wijkkompas is optional: definitions here, values in waarden/*.json (read by src/lib/wijkkompas).
	const indicatoren = join(contentDir, 'indicatoren', 'indicatoren.yaml');
	if (existsSync(indicatoren)) add('indicatoren', indicatoren, 'indicatoren');
	else if (list(join(contentDir, 'indicatoren', 'waarden')).length) {
		problems.push({ file: shown(indicatoren), message: 'dit bestand ontbreekt. Er staan cijfers in indicatoren/waarden, maar zonder indicatoren.yaml weet het portaal niet wat ze betekenen. Zie docs/cijfers.md.' });
	}

	const newsSlugs = new Map<string, string>();
	for (const name of list(join(contentDir, 'nieuws'))) {
		const path = join(contentDir, 'nieuws', name);
		const match = /^(.*)\.mdx?$/.exec(name);
		if (!match) continue; // images and other material for news articles
		const slug = match[1]!;
		if (!checkSlug(path, slug, 'bestandsnaam')) continue;
		const other = newsSlugs.get(slug);
		if (other) {
			problems.push({ file: shown(path), message: `dit bericht krijgt hetzelfde webadres als ${other}. Geef een van de twee bestanden een andere naam.` });
			continue;
		}
		newsSlugs.set(slug, name);
		add('nieuws', path, slug);
	}
	return { files, problems };
}
