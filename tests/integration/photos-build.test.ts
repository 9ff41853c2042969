/**
 * Photos in a real build: phone photos with GPS in their EXIF (made here, and checked to carry
 * it) are published without any metadata, as AVIF, WebP and JPEG (PNG for a see-through
 * picture) in several widths; every <img> of a photo has the width and height of the file it
 * shows, every srcset file exists, and the photo of a story whose consent has ended is not
 * published at all.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

import exifr from 'exifr';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FIXTURES, layOut, listFiles, TMP } from '#tests/support/fixtures.ts';
import { runCli, type RunResult } from '#tests/support/run.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const dir = join(TMP, 'photos-build');
const content = join(dir, 'content');
const dist = join(dir, 'dist');
const EXIF_MARKER = Buffer.from('Exif\0\0', 'latin1');
/** Every kind of metadata exifr reads; not the PNG header or JFIF, which every PNG or JPEG has. */
const METADATA = {
	tiff: true,
	exif: true,
	gps: true,
	interop: true,
	xmp: true,
	icc: true,
	iptc: true,
	ihdr: false,
	jfif: false,
};
const GPS = {
	IFD0: { Make: 'Telefoon', Model: 'Wijkcamera' },
	IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 27/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 17/1' },
};

/** A photo-like picture (a gradient with a block) with GPS in its EXIF. */
async function photo(width: number, height: number, orientation = 1): Promise<Buffer> {
	const gradient = Buffer.alloc(width * height * 3);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) gradient.set([(x * 255) / width, (y * 255) / height, 120], (y * width + x) * 3);
	return sharp(gradient, { raw: { width, height, channels: 3 } })
		.jpeg({ quality: 85 })
		.withExif(GPS)
		.withMetadata({ orientation })
		.toBuffer();
}

const PHOTOS = {
	'nieuws/beelden/markt.jpg': () => photo(2400, 1600),
	'initiatieven/beelden/moestuin.jpg': () => photo(1000, 700, 6),
	'verhalen/beelden/bankje.jpg': () => photo(900, 600),
	'verhalen/beelden/kade.jpg': () => photo(800, 600),
};

let build: RunResult;

beforeAll(async () => {
	layOut(join(FIXTURES, 'photos'), dir);
	for (const [path, make] of Object.entries(PHOTOS)) {
		mkdirSync(dirname(join(content, path)), { recursive: true });
		writeFileSync(join(content, path), await make());
	}
	const drawing = await sharp({
		create: { width: 600, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
	})
		.composite([
			{ input: { create: { width: 200, height: 200, channels: 4, background: '#2a6f3e' } }, top: 100, left: 200 },
		])
		.png()
		.withExif(GPS)
		.toBuffer();
	writeFileSync(join(content, 'initiatieven/beelden/plattegrond.png'), drawing);
	build = runCli('build', [], { cwd: dir, env: { WIJKPORTAAL_NU: '2026-06-15T10:00:00+02:00' } });
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const published = () => listFiles(join(dist, 'beelden'));
const sitePath = (file: string) => '/' + relative(dist, file).split(sep).join('/');
const fileOf = (url: string) => join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));

function walk(node: Node, visit: (element: Element) => void): void {
	if ('tagName' in node) visit(node);
	for (const child of 'childNodes' in node ? node.childNodes : []) walk(child, visit);
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const candidates = (srcset: string) => srcset.split(',').map((c) => c.trim().split(/\s+/) as [string, string]);

/** Every <img> and <source> that shows a picture from /beelden/, with the page it is on. */
function pictures(): { page: string; element: Element; parent?: Element }[] {
	const found: { page: string; element: Element; parent?: Element }[] = [];
	for (const page of listFiles(dist).filter((f) => f.endsWith('.html'))) {
		walk(parse(readFileSync(page, 'utf8')), (element) => {
			const url = attr(element, 'src') ?? attr(element, 'srcset') ?? '';
			if ((element.tagName === 'img' || element.tagName === 'source') && url.startsWith('/beelden/'))
				found.push({ page: sitePath(page), element, parent: element.parentNode as Element });
		});
	}
	return found;
}

describe('photos in the build', () => {
	it('the photos really carry GPS before the build', async () => {
		for (const path of Object.keys(PHOTOS))
			expect((await exifr.gps(readFileSync(join(content, path))))?.latitude, path).toBeCloseTo(52.09, 2);
		expect(
			await exifr.parse(readFileSync(join(content, 'initiatieven/beelden/plattegrond.png')), METADATA),
		).toMatchObject({
			Make: 'Telefoon',
			GPSLatitudeRef: 'N',
		});
	});

	it('builds', () => {
		expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
	});

	it('publishes no EXIF, GPS, XMP or ICC in any picture of the site', async () => {
		const rasters = listFiles(dist).filter((f) => /\.(?:jpe?g|png|webp|avif|gif)$/i.test(f));
		expect(published().filter((f) => rasters.includes(f)).length).toBeGreaterThan(20);
		for (const file of rasters) {
			const bytes = readFileSync(file);
			expect(bytes.includes(EXIF_MARKER), sitePath(file)).toBe(false);
			expect(await exifr.parse(bytes, METADATA).catch(() => undefined), sitePath(file)).toBeUndefined();
			expect(await exifr.gps(bytes).catch(() => undefined), sitePath(file)).toBeUndefined();
			const meta = await sharp(bytes).metadata();
			expect([meta.exif, meta.xmp, meta.icc], sitePath(file)).toEqual([undefined, undefined, undefined]);
		}
	});

	it('makes AVIF, WebP and the fallback in every width, never wider than the photo', () => {
		const names = new Set(published().map(sitePath));
		// moestuin.jpg is 1000×700 stored with orientation 6: upright it is 700 wide.
		for (const width of [320, 640, 700])
			for (const ext of ['avif', 'webp', 'jpg'])
				expect(names, `${width} ${ext}`).toContain(`/beelden/initiatieven/beelden/moestuin-${width}w.${ext}`);
		expect(names).not.toContain('/beelden/initiatieven/beelden/moestuin-960w.jpg');
		for (const width of [320, 640, 960, 1280, 1920])
			expect(names).toContain(`/beelden/nieuws/beelden/markt-${width}w.avif`);
		expect(names).not.toContain('/beelden/nieuws/beelden/markt-2400w.avif');
		// The see-through drawing keeps PNG as its fallback.
		expect(names).toContain('/beelden/initiatieven/beelden/plattegrond-600w.png');
		expect(names).not.toContain('/beelden/initiatieven/beelden/plattegrond-600w.jpg');
		// The originals stay at their own address, cleaned.
		expect(names).toContain('/beelden/nieuws/beelden/markt.jpg');
	});

	it('turns a photo upright by its orientation', async () => {
		const meta = await sharp(readFileSync(join(dist, 'beelden/initiatieven/beelden/moestuin-700w.jpg'))).metadata();
		expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([700, 1000, 1]);
	});

	it('does not publish the photo of a story whose consent has ended', () => {
		expect(published().filter((f) => f.includes('kade'))).toEqual([]);
		const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
		for (const page of pages) expect(readFileSync(page, 'utf8'), sitePath(page)).not.toContain('kade');
	});

	it('shows the news photo as <picture> with AVIF and WebP sources', () => {
		const onPage = pictures().filter((p) => p.page === '/nieuws/markt/index.html');
		const img = onPage.find((p) => p.element.tagName === 'img');
		expect(img?.parent?.tagName).toBe('picture');
		expect(onPage.filter((p) => p.element.tagName === 'source').map((p) => attr(p.element, 'type'))).toEqual([
			'image/avif',
			'image/webp',
		]);
		expect(attr(img!.element, 'alt')).toBe('Kramen op het plein in de zon');
		expect(attr(img!.element, 'src')).toBe('/beelden/nieuws/beelden/markt-1920w.jpg');
		expect([attr(img!.element, 'width'), attr(img!.element, 'height')]).toEqual(['1920', '1280']);
	});

	it('every photo on every page: srcset files exist, width and height match the file, alt is set', async () => {
		const all = pictures();
		expect(all.map((p) => p.page)).toEqual(
			expect.arrayContaining([
				'/nieuws/markt/index.html',
				'/initiatieven/moestuin/index.html',
				'/verhalen/bankje/index.html',
			]),
		);
		const mistakes: string[] = [];
		for (const { page, element } of all) {
			const where = `${page}: <${element.tagName}> ${attr(element, 'src') ?? attr(element, 'srcset')}`;
			for (const [url, descriptor] of candidates(attr(element, 'srcset') ?? '').filter(([url]) => url)) {
				const meta = await sharp(readFileSync(fileOf(url))).metadata();
				if (`${meta.width}w` !== descriptor) mistakes.push(`${where}: ${url} is ${meta.width} wide, not ${descriptor}`);
			}
			if (element.tagName !== 'img') continue;
			if (!attr(element, 'alt')?.trim()) mistakes.push(`${where}: no alt text`);
			const src = attr(element, 'src')!;
			if (src.endsWith('.svg')) continue;
			const meta = await sharp(readFileSync(fileOf(src))).metadata();
			const size = `${attr(element, 'width')}×${attr(element, 'height')}`;
			if (size !== `${meta.width}×${meta.height}`)
				mistakes.push(`${where}: width×height ${size}, the file is ${meta.width}×${meta.height}`);
		}
		expect(mistakes).toEqual([]);
	});
});
