/**
 * Files are what they say: a link, hard link, FIFO or hidden file in the content folder is
 * reported, never read or published, and files in places where nothing is published are
 * reported too. Each case lays out a copy of tests/fixtures/minimal at run time (links
 * and FIFOs cannot live in git) and checks the exact Dutch problems of `loadContent`.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { walkContent } from '#lib/content/content-walk.ts';
import { readImageForSite } from '#lib/content/image-file.ts';
import { loadContent } from '#lib/content/load.ts';
import { ContentError, formatProblem } from '#lib/content/problem.ts';
import { readContentFile } from '#lib/content/safe-path.ts';
import { FIXTURES, layOut, listFiles, REPO, TMP } from '#tests/support/fixtures.ts';
import { buildPortal } from '#tests/support/run.ts';

const ROOT = join(TMP, 'safe-files');
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

const SVG =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1d5b79"/></svg>';
const LOGO = 'accentkleur: "#1d5b79"\nlogo:\n  bestand: logo.svg\n  alt: Logo van Noord\n';

/** A fresh copy of the minimal portal (optionally with a broken case laid over it); returns its content folder. */
function portal(name: string, overCase?: string): string {
	const dir = join(ROOT, name);
	if (overCase) layOut(join(FIXTURES, 'broken', overCase), dir);
	else {
		rmSync(dir, { recursive: true, force: true });
		cpSync(join(FIXTURES, 'minimal'), join(dir, 'content'), { recursive: true });
	}
	mkdirSync(join(dir, 'elders'), { recursive: true });
	return join(dir, 'content');
}

/** Gives wijk Noord a logo (logo.bestand on line 7 of wijk.md). */
function withLogo(content: string): void {
	const file = join(content, 'wijken/noord/wijk.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace('accentkleur: "#1d5b79"\n', LOGO));
}

const shown = (path: string) => relative(process.cwd(), path).split('\\').join('/');
const problems = (content: string) => loadContent(content).problems.map(formatProblem);

const KEEP_OUT = 'De site leest en publiceert alleen gewone bestanden en mappen die echt in de contentmap staan.';
const LINK = `dit is een snelkoppeling (symbolische link). ${KEEP_OUT} Zet het echte bestand of de echte map op deze plek, of haal de snelkoppeling weg.`;
const linkAt = (name: string) =>
	`het bestand '${name}' is een snelkoppeling (symbolische link). ${KEEP_OUT} Zet het echte bestand op deze plek, of haal de snelkoppeling weg.`;
const HARDLINK_TAIL = `is een harde koppeling (hard link): dezelfde inhoud heeft nog een andere naam, mogelijk buiten de contentmap. ${KEEP_OUT} Sla het op als een gewone kopie (een nieuw bestand met dezelfde inhoud).`;
const SPECIAL_TAIL = `is geen gewoon bestand, maar een apparaat, pijp (FIFO) of socket. ${KEEP_OUT}`;
const HIDDEN_FILE =
	'dit bestand is verborgen: de naam begint met een punt. Een verborgen bestand wordt niet gecontroleerd en niet gepubliceerd. Geef het bestand een naam zonder punt aan het begin, of haal het weg.';
const HIDDEN_FOLDER =
	'deze map is verborgen: de naam begint met een punt. Een verborgen map wordt niet gecontroleerd en niet gepubliceerd. Geef de map een naam zonder punt aan het begin, of haal de map weg.';
const IMAGES = '.svg, .png, .jpg, .jpeg, .webp, .avif en .gif';

describe('links, hard links and special files', () => {
	it('a logo that links to /etc/passwd is refused by check and build, and nothing of it is published', () => {
		const content = portal('logo-passwd');
		withLogo(content);
		symlinkSync('/etc/passwd', join(content, 'wijken/noord/logo.svg'));
		const c = shown(content);
		expect(problems(content)).toEqual([
			`${c}/wijken/noord/logo.svg: ${LINK}`,
			`${c}/wijken/noord/wijk.md, regel 7, veld logo.bestand: ${linkAt('logo.svg')}`,
		]);

		const dir = join(ROOT, 'logo-passwd');
		const out = join(dir, 'uit');
		const build = buildPortal(content, { out, cwd: dir });
		expect(build.status).toBe(1);
		expect(build.stderr).toContain('De site is niet gebouwd.');
		expect(`${build.stdout}${build.stderr}`).not.toContain('root:x:0:0');
		expect(existsSync(out)).toBe(false);
		// Nothing beside the content and the link's neighbours: no staging folder left with a copy.
		expect(readdirSync(dir).sort()).toEqual(['content', 'elders']);
		for (const file of listFiles(join(dir, 'elders'))) expect(readFileSync(file, 'utf8')).not.toContain('root:x:0:0');
	});

	it('a wijk folder that is a link is reported and not read', () => {
		const content = portal('wijk-link');
		const elders = join(ROOT, 'wijk-link', 'elders', 'zuid');
		cpSync(join(content, 'wijken/noord'), elders, { recursive: true });
		symlinkSync(elders, join(content, 'wijken/zuid'));
		expect(problems(content)).toEqual([`${shown(content)}/wijken/zuid: ${LINK}`]);
	});

	it('a news image that links to /etc/passwd is refused', () => {
		const content = portal('nieuws-link');
		rmSync(join(content, 'nieuws/beelden/portaal.svg'));
		symlinkSync('/etc/passwd', join(content, 'nieuws/beelden/portaal.svg'));
		const c = shown(content);
		expect(problems(content)).toEqual([
			`${c}/nieuws/beelden/portaal.svg: ${LINK}`,
			`${c}/nieuws/eerste-bericht.mdx, regel 7, veld afbeelding.bestand: ${linkAt('beelden/portaal.svg')}`,
		]);
	});

	it('a news image folder that is a link is refused, also where the image is named', () => {
		const content = portal('beelden-link');
		const elders = join(ROOT, 'beelden-link', 'elders', 'beelden');
		cpSync(join(content, 'nieuws/beelden'), elders, { recursive: true });
		rmSync(join(content, 'nieuws/beelden'), { recursive: true });
		symlinkSync(elders, join(content, 'nieuws/beelden'));
		const c = shown(content);
		expect(problems(content)).toEqual([
			`${c}/nieuws/beelden: ${LINK}`,
			`${c}/nieuws/eerste-bericht.mdx, regel 7, veld afbeelding.bestand: de map 'beelden' is een snelkoppeling (symbolische link). ${KEEP_OUT} Zet de echte map op deze plek, of haal de snelkoppeling weg.`,
		]);
	});

	it('a hard-linked logo is refused, even though its content is a fine picture', () => {
		const content = portal('hardlink');
		withLogo(content);
		const elders = join(ROOT, 'hardlink', 'elders', 'logo.svg');
		writeFileSync(elders, SVG);
		linkSync(elders, join(content, 'wijken/noord/logo.svg'));
		const c = shown(content);
		expect(problems(content)).toEqual([
			`${c}/wijken/noord/logo.svg: dit bestand ${HARDLINK_TAIL}`,
			`${c}/wijken/noord/wijk.md, regel 7, veld logo.bestand: het bestand 'logo.svg' ${HARDLINK_TAIL}`,
		]);
	});

	it('a FIFO in the place of a news image is refused without being opened', () => {
		const content = portal('fifo');
		const fifo = join(content, 'nieuws/beelden/portaal.svg');
		rmSync(fifo);
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		const c = shown(content);
		expect(problems(content)).toEqual([
			`${c}/nieuws/beelden/portaal.svg: dit ${SPECIAL_TAIL} Haal het weg.`,
			`${c}/nieuws/eerste-bericht.mdx, regel 7, veld afbeelding.bestand: het bestand 'beelden/portaal.svg' ${SPECIAL_TAIL} Haal het weg en zet er een gewoon bestand neer.`,
		]);
	});

	it('a basemap that links to /etc/passwd is refused', () => {
		const content = portal('basiskaart-link', 'basiskaart-bestaat-niet');
		symlinkSync('/etc/passwd', join(content, 'geo/ondergrond.pmtiles'));
		const c = shown(content);
		expect(problems(content)).toEqual([
			`${c}/geo/ondergrond.pmtiles: ${LINK}`,
			`${c}/portaal.yaml, regel 16, veld kaart.basiskaart: ${linkAt('geo/ondergrond.pmtiles')}`,
		]);
	});

	it('a basemap must be a PMTiles file, not something else with that name', () => {
		const content = portal('basiskaart-tekst', 'basiskaart-bestaat-niet');
		writeFileSync(join(content, 'geo/ondergrond.pmtiles'), '<html><script>alert(1)</script></html>');
		expect(problems(content)).toEqual([
			`${shown(content)}/portaal.yaml, regel 16, veld kaart.basiskaart: het bestand geo/ondergrond.pmtiles is geen PMTiles-bestand (versie 3). Zet een echte basiskaart in PMTiles-formaat in de map content/geo/, of haal basiskaart weg.`,
		]);
		writeFileSync(
			join(content, 'geo/ondergrond.pmtiles'),
			Buffer.concat([Buffer.from('PMTiles\x03'), Buffer.alloc(119)]),
		);
		expect(problems(content)).toEqual([]);
	});

	it('a boundaries file or value file that is a link is reported once and not read', () => {
		const content = portal('geo-link', 'basiskaart-bestaat-niet');
		const geo = join(content, 'geo/gebieden.topojson');
		cpSync(geo, join(ROOT, 'geo-link', 'elders', 'gebieden.topojson'));
		rmSync(geo);
		symlinkSync(join(ROOT, 'geo-link', 'elders', 'gebieden.topojson'), geo);
		const values = join(content, 'indicatoren/waarden/monitor.json');
		cpSync(values, join(ROOT, 'geo-link', 'elders', 'monitor.json'));
		rmSync(values);
		symlinkSync(join(ROOT, 'geo-link', 'elders', 'monitor.json'), values);
		rmSync(join(content, 'portaal.yaml'));
		cpSync(join(FIXTURES, 'minimal/portaal.yaml'), join(content, 'portaal.yaml'));
		const c = shown(content);
		expect(problems(content)).toEqual([
			`${c}/geo/gebieden.topojson: ${LINK}`,
			`${c}/indicatoren/waarden/monitor.json: ${LINK}`,
		]);
	});
});

describe('hidden files and files that would not be published', () => {
	it('reports hidden files and folders, also a folder named ...', () => {
		const content = portal('verborgen');
		writeFileSync(
			join(content, 'wijken/noord/agenda/.x.md'),
			readFileSync(join(content, 'wijken/noord/agenda/speeltuin.md')),
		);
		mkdirSync(join(content, '.geheim'));
		writeFileSync(join(content, '.geheim/wachtwoorden.md'), 'geheim');
		mkdirSync(join(content, 'nieuws/...'));
		writeFileSync(join(content, 'nieuws/.../bericht.mdx'), 'x');
		const c = shown(content);
		expect(problems(content)).toEqual([
			`${c}/.geheim: ${HIDDEN_FOLDER}`,
			`${c}/nieuws/...: ${HIDDEN_FOLDER}`,
			`${c}/wijken/noord/agenda/.x.md: ${HIDDEN_FILE}`,
		]);
	});

	it('reports files and folders in places where nothing is published', () => {
		const content = portal('onbekend', 'basiskaart-bestaat-niet');
		rmSync(join(content, 'portaal.yaml'));
		cpSync(join(FIXTURES, 'minimal/portaal.yaml'), join(content, 'portaal.yaml'));
		writeFileSync(join(content, 'notities.txt'), 'x');
		mkdirSync(join(content, 'concepten'));
		writeFileSync(join(content, 'wijken/lees-mij.md'), 'x');
		writeFileSync(join(content, 'wijken/noord/notities.txt'), 'x');
		writeFileSync(join(content, 'wijken/noord/banner.png'), Buffer.from('\x89PNG\r\n\x1a\n'));
		mkdirSync(join(content, 'wijken/noord/agenda/oud'));
		mkdirSync(join(content, 'wijken/noord/beelden'));
		writeFileSync(join(content, 'wijken/noord/beelden/logo.psd'), 'x');
		writeFileSync(join(content, 'nieuws/bijlage.pdf'), '%PDF-1.4');
		writeFileSync(join(content, 'nieuws/beelden/uitleg.txt'), 'x');
		writeFileSync(join(content, 'indicatoren/bron.csv'), 'x');
		writeFileSync(join(content, 'indicatoren/waarden/bron.csv'), 'x');
		writeFileSync(join(content, 'geo/wijken.geojson'), '{}');
		const c = shown(content);
		const file = 'dit bestand wordt niet gepubliceerd:';
		const place = 'Zet het bestand op de juiste plek, of haal het weg.';
		const top =
			'in de contentmap horen alleen portaal.yaml en de mappen wijken, nieuws, initiatieven, verhalen, indicatoren, gebieden, geo en adressen.';
		expect(problems(content)).toEqual([
			`${c}/concepten: deze map wordt niet gepubliceerd: ${top} Haal de map weg, of zet wat erin staat op de juiste plek.`,
			`${c}/geo/wijken.geojson: ${file} in de map geo horen alleen gebieden.topojson en een basiskaart (.pmtiles). ${place}`,
			`${c}/indicatoren/bron.csv: ${file} in de map indicatoren horen alleen indicatoren.yaml en de map waarden. ${place}`,
			`${c}/indicatoren/waarden/bron.csv: ${file} in de map indicatoren/waarden horen alleen cijferbestanden die eindigen op .json. ${place}`,
			`${c}/nieuws/beelden/uitleg.txt: ${file} in de mappen onder nieuws horen alleen afbeeldingen (${IMAGES}). ${place}`,
			`${c}/nieuws/bijlage.pdf: ${file} in de map nieuws horen alleen berichten (.md of .mdx) en afbeeldingen (${IMAGES}). ${place}`,
			`${c}/notities.txt: ${file} ${top} ${place}`,
			`${c}/wijken/lees-mij.md: ${file} in de map wijken horen alleen mappen, één voor elke wijk. Zet het bestand in de map van een wijk, of haal het weg.`,
			`${c}/wijken/noord/agenda/oud: deze map wordt niet gepubliceerd: in de map agenda horen alleen .md-bestanden, geen mappen. Zet de bestanden direct in de map agenda, of haal de map weg.`,
			`${c}/wijken/noord/beelden/logo.psd: ${file} in de mappen van een wijk (behalve agenda, activiteiten en sociale-kaart) horen alleen afbeeldingen (${IMAGES}). ${place}`,
			`${c}/wijken/noord/notities.txt: ${file} in een wijkmap horen alleen wijk.md, budget.yaml, ambitie.md, de mappen agenda, activiteiten en sociale-kaart, en afbeeldingen zoals een logo (${IMAGES}). ${place}`,
		]);
	});

	it('stops at more than 50,000 files and folders, with one message and without listing them all', () => {
		const content = portal('te-veel');
		const many = join(content, 'nieuws/beelden/veel');
		mkdirSync(many);
		for (let i = 0; i <= 50_000; i++) writeFileSync(join(many, `${i}.png`), '');
		expect(problems(content)).toEqual([
			`${shown(content)}: de contentmap bevat meer dan 50.000 bestanden en mappen. Zoveel heeft een portaal niet nodig. Haal de bestanden weg die niet bij het portaal horen.`,
		]);
		rmSync(many, { recursive: true });
		expect(problems(content)).toEqual([]);
	});

	it('counts folders as well as files towards the limit', () => {
		const content = portal('limiet-mappen');
		const entries = readdirSync(content, { recursive: true }).length;
		expect(entries).toBe(16); // 8 files and 8 folders
		expect(walkContent(content, shown, entries).tooMany).toBe(false);
		expect(walkContent(content, shown, entries - 1).tooMany).toBe(true);
	});
});

describe('the publishing routes check again before they read', () => {
	it('refuses a link to /etc/passwd even when the check was skipped', () => {
		const content = portal('route-link');
		const logo = join(content, 'wijken/noord/logo.svg');
		symlinkSync('/etc/passwd', logo);
		const read = () => readImageForSite(content, logo);
		expect(read).toThrow(ContentError);
		try {
			read();
		} catch (error) {
			expect((error as ContentError).problems).toEqual([{ file: shown(logo), message: linkAt(shown(logo)) }]);
			expect((error as Error).message).not.toContain('root:x:0:0');
		}
		// The basemap route reads through the same guard.
		expect(() => readContentFile(content, logo)).toThrow(ContentError);
	});

	it('refuses a file under a linked folder, a hard link, a FIFO, a path outside and a hidden file', () => {
		const content = portal('route-soorten');
		const elders = join(ROOT, 'route-soorten', 'elders');
		writeFileSync(join(elders, 'logo.svg'), SVG);
		symlinkSync(elders, join(content, 'wijken/zuid'));
		linkSync(join(elders, 'logo.svg'), join(content, 'wijken/noord/logo.svg'));
		const fifo = join(content, 'nieuws/beelden/wacht.svg');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		writeFileSync(join(content, 'nieuws/beelden/.verborgen.svg'), SVG);
		const messageOf = (path: string) => {
			try {
				readImageForSite(content, path);
			} catch (error) {
				expect(error).toBeInstanceOf(ContentError);
				return (error as ContentError).problems[0]!.message;
			}
			return 'gelezen';
		};
		expect(messageOf(join(content, 'wijken/zuid/logo.svg'))).toBe(
			`de map '${shown(join(content, 'wijken/zuid'))}' is een snelkoppeling (symbolische link). ${KEEP_OUT} Zet de echte map op deze plek, of haal de snelkoppeling weg.`,
		);
		expect(messageOf(join(content, 'wijken/noord/logo.svg'))).toBe(
			`het bestand '${shown(join(content, 'wijken/noord/logo.svg'))}' ${HARDLINK_TAIL}`,
		);
		expect(messageOf(fifo)).toBe(
			`het bestand '${shown(fifo)}' ${SPECIAL_TAIL} Haal het weg en zet er een gewoon bestand neer.`,
		);
		expect(messageOf(join(content, 'wijken/noord/../../../elders/logo.svg'))).toMatch(/ligt buiten de contentmap/);
		expect(messageOf(join(content, 'nieuws/beelden/.verborgen.svg'))).toMatch(
			/is verborgen: de naam begint met een punt/,
		);
	});

	it('refuses a file whose bytes are not the picture its name promises', () => {
		const content = portal('route-bytes');
		const fake = join(content, 'nieuws/beelden/foto.png');
		writeFileSync(fake, '<html><body><script>alert(1)</script></body></html>');
		expect(() => readImageForSite(content, fake)).toThrow(ContentError);
		const svg = join(content, 'nieuws/beelden/portaal.svg');
		expect(readImageForSite(content, svg)).toEqual({ bytes: readFileSync(svg), type: 'image/svg+xml' });
	});
});

describe('the demo and the fixtures still pass', () => {
	it('the demo content has no problems', () => {
		expect(problems(join(REPO, 'content'))).toEqual([]);
	});
});
