/**
 * Pictures are judged by their bytes, not by their name: a PNG named .svg, a text or web
 * page named .png, a too large file and every kind of unsafe SVG are refused by
 * `loadContent` at the line of the field that names the picture. The demo's own SVGs and
 * the usual output of drawing programs pass.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { IMAGE_EXTENSION_LIST, IMAGE_EXTENSIONS, imageBytesProblem, imageMime } from '#lib/content/image-file.ts';
import { loadContent } from '#lib/content/load.ts';
import { formatProblem } from '#lib/content/problem.ts';
import { FIXTURES, REPO, TMP } from '#tests/support/fixtures.ts';

const ROOT = join(TMP, 'image-files');
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

const PNG = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(32)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32)]);
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(32)]);
const WEBP = Buffer.concat([Buffer.from('RIFF\x24\0\0\0WEBPVP8 ', 'latin1'), Buffer.alloc(32)]);
const AVIF = Buffer.concat([Buffer.from('\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf', 'latin1'), Buffer.alloc(32)]);
const HEIC = Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(32)]);

let count = 0;
/** The problems of a minimal portal whose news article shows `bestand` with these bytes (none: no such file). */
function newsImageProblems(bestand: string, bytes?: string | Buffer): string[] {
	const content = join(ROOT, `geval-${++count}`, 'content');
	rmSync(content, { recursive: true, force: true });
	cpSync(join(FIXTURES, 'minimal'), content, { recursive: true });
	if (bytes !== undefined) writeFileSync(join(content, 'nieuws', bestand), bytes);
	const article = join(content, 'nieuws/eerste-bericht.mdx');
	writeFileSync(article, readFileSync(article, 'utf8').replace('bestand: beelden/portaal.svg', `bestand: ${bestand}`));
	const prefix = `${relative(process.cwd(), article)}, regel 7, veld afbeelding.bestand: `;
	return loadContent(content).problems.map((p) => {
		const line = formatProblem(p);
		return line.startsWith(prefix) ? line.slice(prefix.length) : line;
	});
}

const svg = (body: string, attributes = '') =>
	`<svg xmlns="http://www.w3.org/2000/svg"${attributes} viewBox="0 0 10 10">${body}</svg>`;
const UNSAFE_FIX =
	'Een afbeelding op de site mag geen code, links of bestanden van buiten bevatten. Sla de afbeelding opnieuw op als eenvoudige SVG (in Inkscape: Opslaan als, Geoptimaliseerde SVG), of gebruik een PNG-bestand.';
const INVALID_FIX = 'Sla de afbeelding opnieuw op als SVG met een tekenprogramma, of gebruik een PNG-bestand.';
const XLINK = ' xmlns:xlink="http://www.w3.org/1999/xlink"';

describe('pictures by their bytes', () => {
	it('one list of picture kinds, used in every message', () => {
		expect(Object.keys(IMAGE_EXTENSIONS)).toEqual(['svg', 'png', 'jpg', 'jpeg', 'webp', 'avif', 'gif']);
		expect(IMAGE_EXTENSION_LIST).toBe('.svg, .png, .jpg, .jpeg, .webp, .avif en .gif');
		expect(imageMime('beelden/Foto.JPG')).toBe('image/jpeg');
		expect(newsImageProblems('beelden/foto.bmp')).toEqual([
			`'beelden/foto.bmp' is geen afbeelding die de site kan tonen. Gebruik een bestand dat eindigt op ${IMAGE_EXTENSION_LIST}.`,
		]);
	});

	it('accepts each kind when the bytes match the name', () => {
		for (const [name, bytes] of [
			['a.png', PNG],
			['a.jpg', JPEG],
			['a.jpeg', JPEG],
			['a.gif', GIF],
			['a.webp', WEBP],
			['a.avif', AVIF],
			['a.svg', svg('')],
		] as const) {
			expect(imageBytesProblem(Buffer.from(bytes), name), name).toBeUndefined();
		}
	});

	it('refuses a PNG renamed .svg or .jpg, and says what it really is', () => {
		expect(newsImageProblems('beelden/portaal.svg', PNG)).toEqual([
			"het bestand 'beelden/portaal.svg' is eigenlijk een PNG-afbeelding, geen SVG. Geef het bestand de extensie .png, of sla de afbeelding opnieuw op als SVG.",
		]);
		expect(newsImageProblems('beelden/foto.jpg', PNG)).toEqual([
			"het bestand 'beelden/foto.jpg' is eigenlijk een PNG-afbeelding, geen JPEG. Geef het bestand de extensie .png, of sla de afbeelding opnieuw op als JPEG.",
		]);
		expect(newsImageProblems('beelden/foto.png', svg(''))).toEqual([
			"het bestand 'beelden/foto.png' is eigenlijk een SVG-afbeelding, geen PNG. Geef het bestand de extensie .svg, of sla de afbeelding opnieuw op als PNG.",
		]);
	});

	it('refuses a text file, a web page or a HEIC photo renamed to a picture', () => {
		expect(newsImageProblems('beelden/foto.png', 'Dit is gewone tekst.')).toEqual([
			`het bestand 'beelden/foto.png' is geen PNG-afbeelding, maar een tekstbestand. Gebruik een echt afbeeldingsbestand (${IMAGE_EXTENSION_LIST}).`,
		]);
		expect(newsImageProblems('beelden/foto.png', '<!doctype html><script>alert(1)</script>')).toEqual([
			`het bestand 'beelden/foto.png' is geen PNG-afbeelding, maar een HTML-bestand (een webpagina). Gebruik een echt afbeeldingsbestand (${IMAGE_EXTENSION_LIST}).`,
		]);
		expect(newsImageProblems('beelden/foto.jpg', HEIC)).toEqual([
			`het bestand 'beelden/foto.jpg' is geen JPEG-afbeelding, maar een HEIC-foto (zoals een iPhone die maakt), die niet elke browser kan tonen. Gebruik een echt afbeeldingsbestand (${IMAGE_EXTENSION_LIST}).`,
		]);
		expect(newsImageProblems('beelden/portaal.svg', '<html><body>x</body></html>')).toEqual([
			`het bestand 'beelden/portaal.svg' is geen SVG-afbeelding, maar een HTML-bestand (een webpagina). Gebruik een echt afbeeldingsbestand (${IMAGE_EXTENSION_LIST}).`,
		]);
	});

	it('checks pictures in the text of a news article the same way', () => {
		const content = join(ROOT, 'in-de-tekst', 'content');
		rmSync(content, { recursive: true, force: true });
		cpSync(join(FIXTURES, 'minimal'), content, { recursive: true });
		writeFileSync(join(content, 'nieuws/beelden/foto.png'), '<!doctype html><script>alert(1)</script>');
		const article = join(content, 'nieuws/eerste-bericht.mdx');
		writeFileSync(article, `${readFileSync(article, 'utf8')}\n![Kinderen op het klimrek](beelden/foto.png)\n`);
		expect(loadContent(content).problems.map(formatProblem)).toEqual([
			`${relative(process.cwd(), article)}, regel 12: het bestand 'beelden/foto.png' is geen PNG-afbeelding, maar een HTML-bestand (een webpagina). Gebruik een echt afbeeldingsbestand (${IMAGE_EXTENSION_LIST}).`,
		]);
	});

	it('refuses a picture larger than 5 MB', () => {
		const big = Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]);
		expect(newsImageProblems('beelden/foto.png', big)).toEqual([
			"het bestand 'beelden/foto.png' is te groot: 6 MB. Een afbeelding mag hoogstens 5 MB zijn. Maak de afbeelding kleiner (bijvoorbeeld 2000 pixels breed) en sla het bestand opnieuw op.",
		]);
	});

	it('refuses a picture named with .. or an absolute path', () => {
		expect(newsImageProblems('../portaal.svg')).toEqual([
			`'../portaal.svg' verwijst naar een plek buiten ${relative(process.cwd(), join(ROOT, `geval-${count}`, 'content/nieuws'))}/. Zet de afbeelding in die map (of een map daarin) en schrijf de naam zonder / of .. vooraan.`,
		]);
		expect(newsImageProblems('/etc/passwd.svg')[0]).toMatch(/^'\/etc\/passwd.svg' verwijst naar een plek buiten /);
	});
});

describe('SVG pictures', () => {
	const unsafe: [string, string, string][] = [
		['script', svg('<script>alert(1)</script>'), 'bevat een script (<script>)'],
		[
			'script in another prefix',
			svg('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'),
			'bevat een script (<script>)',
		],
		[
			'XHTML inside',
			svg('<g xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></g>'),
			'gebruikt een XML-naamruimte die niet is toegestaan (xmlns="http://www.w3.org/1999/xhtml" bij <g>)',
		],
		[
			'foreignObject',
			svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
			'bevat <foreignObject>, waarmee een afbeelding een webpagina met code kan insluiten',
		],
		['onload', svg('', ' onload="alert(1)"'), 'bevat een script in het attribuut onload bij <svg>'],
		['onclick', svg('<rect onclick="alert(1)"/>'), 'bevat een script in het attribuut onclick bij <rect>'],
		[
			'href javascript',
			svg('<use href="javascript:alert(1)"/>'),
			'verwijst naar iets buiten de afbeelding (href="javascript:alert(1)" bij <use>)',
		],
		[
			'href hidden by an entity',
			svg('<use href="&#106;avascript:alert(1)"/>'),
			'verwijst naar iets buiten de afbeelding (href="javascript:alert(1)" bij <use>)',
		],
		[
			'xlink:href to another site',
			svg('<use xlink:href="https://evil.example/x.svg#a"/>', XLINK),
			'verwijst naar iets buiten de afbeelding (xlink:href="https://evil.example/x.svg#a" bij <use>)',
		],
		[
			'use of another file',
			svg('<use href="sprite.svg#a"/>'),
			'verwijst naar iets buiten de afbeelding (href="sprite.svg#a" bij <use>)',
		],
		[
			'url() in an attribute',
			svg('<rect fill="url(https://evil.example/x)"/>'),
			'laadt iets van buiten de afbeelding met url(…) (in het attribuut fill bij <rect>)',
		],
		[
			'url() hidden by an entity',
			svg('<rect fill="u&#114;l(https://evil.example/x)"/>'),
			'laadt iets van buiten de afbeelding met url(…) (in het attribuut fill bij <rect>)',
		],
		[
			'url() in a style attribute',
			svg('<rect style="fill: url(\'//evil.example/x\')"/>'),
			'laadt iets van buiten de afbeelding met url(…) (in het attribuut style bij <rect>)',
		],
		[
			'@import in <style>',
			svg('<style>@import url(https://evil.example/x.css);</style>'),
			'laadt een ander bestand met @import (in <style>)',
		],
		[
			'@import in CDATA',
			svg('<style><![CDATA[@import "x.css";]]></style>'),
			'laadt een ander bestand met @import (in <style>)',
		],
		[
			'external url() in <style>',
			svg('<style>rect { fill: url(https://evil.example/x) }</style>'),
			'laadt iets van buiten de afbeelding met url(…) (in <style>)',
		],
		[
			'CSS escape',
			svg('<style>rect { fill: u\\72l(https://evil.example/x) }</style>'),
			'bevat opmaak (CSS) met een backslash (\\), waarmee een verboden opdracht verstopt kan worden (in <style>)',
		],
		[
			'image-set()',
			svg('<style>rect { fill: image-set("https://evil.example/x" 1x) }</style>'),
			'laadt mogelijk iets van buiten de afbeelding met image-set(…) (in <style>)',
		],
		[
			'ENTITY',
			`<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${svg('<text>&xxe;</text>')}`,
			'bevat een DOCTYPE- of ENTITY-regel (<!…>), waarmee een SVG-bestand andere bestanden kan inlezen',
		],
		[
			'DOCTYPE',
			`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${svg('')}`,
			'bevat een DOCTYPE- of ENTITY-regel (<!…>), waarmee een SVG-bestand andere bestanden kan inlezen',
		],
		['<a>', svg('<a href="#x"><rect/></a>'), 'bevat een link (<a>); een afbeelding op de site mag geen links bevatten'],
		[
			'<image> from another site',
			svg('<image href="https://evil.example/x.png"/>'),
			'bevat een ingesloten afbeelding (<image>), die van buiten de afbeelding kan komen',
		],
		[
			'<image> with data',
			svg('<image href="data:image/png;base64,AAAA"/>'),
			'bevat een ingesloten afbeelding (<image>), die van buiten de afbeelding kan komen',
		],
		[
			'<feImage>',
			svg('<filter id="f"><feImage href="https://evil.example/x.png"/></filter>'),
			'bevat een ingesloten afbeelding (<feImage>), die van buiten de afbeelding kan komen',
		],
		[
			'<iframe>',
			svg('<iframe src="https://evil.example"/>'),
			'bevat <iframe>, waarmee een afbeelding een andere webpagina kan insluiten',
		],
		['<embed>', svg('<embed src="x.swf"/>'), 'bevat <embed>, waarmee een afbeelding een ander bestand kan insluiten'],
		[
			'<object>',
			svg('<object data="x.html"/>'),
			'bevat <object>, waarmee een afbeelding een ander bestand kan insluiten',
		],
		[
			'<animate> of href',
			svg('<use href="#a"><animate attributeName="href" to="javascript:alert(1)"/></use>'),
			'bevat een animatie (<animate>), die links en andere attributen kan veranderen',
		],
		[
			'<set> of href',
			svg('<use href="#a"><set attributeName="href" to="javascript:alert(1)"/></use>'),
			'bevat een animatie (<set>), die links en andere attributen kan veranderen',
		],
		[
			'style sheet instruction',
			`<?xml-stylesheet href="https://evil.example/x.css"?>${svg('')}`,
			'bevat een verwerkingsinstructie (<?xml-stylesheet …?>), die een ander bestand kan laden',
		],
		[
			'prefix bound to XHTML',
			svg('', ' xmlns:x="http://www.w3.org/1999/xhtml"'),
			'gebruikt een XML-naamruimte die niet is toegestaan (xmlns:x="http://www.w3.org/1999/xhtml" bij <svg>)',
		],
		[
			'xml:base',
			svg('<rect xml:base="https://evil.example/"/>'),
			'bevat het attribuut xml:base bij <rect>, dat in een afbeelding op de site niet is toegestaan',
		],
		[
			'unknown element',
			svg('<video src="x.mp4"/>'),
			'bevat het onderdeel <video>, dat in een afbeelding op de site niet is toegestaan',
		],
		[
			'unknown attribute',
			svg('<rect formaction="x"/>'),
			'bevat het attribuut formaction bij <rect>, dat in een afbeelding op de site niet is toegestaan',
		],
	];
	it.each(unsafe)('refuses %s', (_, text, what) => {
		expect(newsImageProblems('beelden/portaal.svg', text)).toEqual([
			`het bestand 'beelden/portaal.svg' ${what}. ${UNSAFE_FIX}`,
		]);
	});

	const invalid: [string, string, string][] = [
		['broken XML', svg('<rect>'), 'is geen geldig SVG-bestand: de XML-code klopt niet op regel 1 van de afbeelding'],
		[
			'no SVG namespace',
			'<svg viewBox="0 0 10 10"><rect/></svg>',
			'mist het attribuut xmlns="http://www.w3.org/2000/svg" bij <svg>; zonder dat attribuut toont een browser de afbeelding niet',
		],
		[
			'two pictures in one file',
			`${svg('')}\n${svg('')}`,
			'is geen geldig SVG-bestand: de XML-code klopt niet op regel 2 van de afbeelding',
		],
	];
	it.each(invalid)('refuses %s', (_, text, what) => {
		expect(newsImageProblems('beelden/portaal.svg', text)).toEqual([
			`het bestand 'beelden/portaal.svg' ${what}. ${INVALID_FIX}`,
		]);
	});

	it('accepts the demo SVGs and the usual output of drawing programs', () => {
		for (const file of [
			'content/wijken/havenkwartier/logo.svg',
			'content/nieuws/beelden/speeltuin-merelplein.svg',
			'tests/fixtures/minimal/nieuws/beelden/portaal.svg',
		]) {
			expect(imageBytesProblem(readFileSync(join(REPO, file)), file), file).toBeUndefined();
		}
		const inkscape = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:svg="http://www.w3.org/2000/svg" xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg8" inkscape:version="0.92.4" sodipodi:docname="tekening.svg">
  <defs id="defs2"><linearGradient id="verloop"><stop offset="0" stop-color="#1d5b79"/></linearGradient></defs>
  <sodipodi:namedview id="base" pagecolor="#ffffff" bordercolor="#666666" inkscape:zoom="0.35" />
  <metadata id="metadata5"><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format><dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage" /><dc:title /></cc:Work></rdf:RDF></metadata>
  <g inkscape:label="Laag 1" inkscape:groupmode="layer" id="layer1"><rect style="fill:url(#verloop);stroke-width:0.26" width="50" height="40" x="20" y="30" /></g>
</svg>`;
		const illustrator = `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 24.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
	 viewBox="0 0 100 100" style="enable-background:new 0 0 100 100;" xml:space="preserve">
<style type="text/css">
	.st0{fill:#FFFFFF;}
</style>
<defs><path id="golf" d="M0 0h10"/></defs>
<rect class="st0" width="100" height="100"/><use xlink:href="#golf"/>
</svg>`;
		expect(newsImageProblems('beelden/inkscape.svg', inkscape)).toEqual([]);
		expect(newsImageProblems('beelden/illustrator.svg', illustrator)).toEqual([]);
	});
});
