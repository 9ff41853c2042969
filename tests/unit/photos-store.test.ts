/**
 * Encoding and the cache, in-process with sharp: a phone photo with GPS and a quarter-turn
 * orientation comes out upright, at its planned size, with no metadata at all; a second store
 * on the same cache folder reuses the files instead of encoding again; a broken photo is a
 * Dutch ContentError.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ContentError } from '#lib/content/problem.ts';
import { pictureStore } from '#lib/images/store.ts';
import { TMP } from '#tests/support/fixtures.ts';

const ROOT = join(TMP, 'photos-store');
const CONTENT = join(ROOT, 'content');
const CACHE = join(ROOT, 'cache');
const EXIF_MARKER = Buffer.from('Exif\0\0', 'latin1');
const GPS = {
	IFD0: { Make: 'Telefoon', Software: 'Camera' },
	IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 27/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 17/1' },
};

/** A landscape 1200×800 sensor image stored with orientation 6: upright it is 800×1200. */
async function phonePhoto(): Promise<Buffer> {
	return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a7d44' } })
		.composite([
			{ input: { create: { width: 300, height: 200, channels: 3, background: '#f5c518' } }, top: 0, left: 0 },
		])
		.jpeg({ quality: 90 })
		.withExif(GPS)
		.withMetadata({ orientation: 6 })
		.toBuffer();
}

/** Whether the bytes carry any EXIF: exifr's reading and the raw marker. */
async function hasExif(bytes: Buffer): Promise<boolean> {
	const all = { tiff: true, exif: true, gps: true, xmp: true, icc: true, iptc: true, ihdr: false, jfif: false };
	return (await exifr.parse(bytes, all).catch(() => undefined)) !== undefined || bytes.includes(EXIF_MARKER);
}

beforeAll(async () => {
	rmSync(ROOT, { recursive: true, force: true });
	mkdirSync(join(CONTENT, 'initiatieven/beelden'), { recursive: true });
	writeFileSync(join(CONTENT, 'initiatieven/beelden/tuin.jpg'), await phonePhoto());
	const transparent = await sharp({
		create: { width: 500, height: 250, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
	})
		.png()
		.toBuffer();
	writeFileSync(join(CONTENT, 'initiatieven/beelden/vorm.png'), transparent);
	writeFileSync(join(CONTENT, 'initiatieven/beelden/kapot.jpg'), (await phonePhoto()).subarray(0, 600));
});
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('photo store', () => {
	it('the test photo really has GPS and orientation 6 before it is processed', async () => {
		const bytes = readFileSync(join(CONTENT, 'initiatieven/beelden/tuin.jpg'));
		expect((await exifr.gps(bytes))?.latitude).toBeCloseTo(52.09, 2);
		expect((await sharp(bytes).metadata()).orientation).toBe(6);
	});

	it('plans and makes upright variants without any metadata', async () => {
		const store = pictureStore(CONTENT, CACHE);
		const picture = await store.picture('initiatieven/beelden/tuin.jpg');
		expect(picture.info).toEqual({ width: 800, height: 1200, transparent: false });
		expect(picture.plan?.fallback).toBe('jpeg');
		expect(picture.plan?.variants.filter((v) => v.format === 'avif').map((v) => v.width)).toEqual([320, 640, 800]);
		for (const variant of picture.plan!.variants) {
			const bytes = await store.variant(picture.pad, variant);
			const meta = await sharp(bytes).metadata();
			expect(meta.format === 'heif' ? 'avif' : meta.format).toBe(variant.format);
			expect([meta.width, meta.height]).toEqual([variant.width, variant.height]);
			expect(meta.orientation ?? 1).toBe(1);
			expect(meta.exif, `${variant.width} ${variant.format}`).toBeUndefined();
			expect(meta.xmp).toBeUndefined();
			expect(meta.icc).toBeUndefined();
			expect(await hasExif(bytes)).toBe(false);
		}
		// Upright: the yellow corner of the sensor image is now at the top right.
		const small = picture.plan!.variants.find((v) => v.format === 'jpeg' && v.width === 320)!;
		const { data, info } = await sharp(await store.variant(picture.pad, small))
			.raw()
			.toBuffer({ resolveWithObject: true });
		const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
		expect(pixel(info.width - 5, 5)[2]).toBeLessThan(80); // yellow: little blue
		expect(pixel(5, 5)[0]).toBeLessThan(120); // green, not yellow
	});

	it('cleans the original: same format and size, upright, without EXIF', async () => {
		const bytes = await pictureStore(CONTENT, CACHE).original('initiatieven/beelden/tuin.jpg');
		const meta = await sharp(bytes).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 800, 1200]);
		expect(await hasExif(bytes)).toBe(false);
	});

	it('keeps PNG as the fallback for a picture with see-through parts', async () => {
		const store = pictureStore(CONTENT, CACHE);
		const picture = await store.picture('initiatieven/beelden/vorm.png');
		expect(picture.plan?.fallback).toBe('png');
		const png = picture.plan!.variants.find((v) => v.format === 'png')!;
		expect((await sharp(await store.variant(picture.pad, png)).metadata()).hasAlpha).toBe(true);
	});

	it('a second store on the same cache reads the files instead of encoding again', async () => {
		const pad = 'initiatieven/beelden/tuin.jpg';
		const first = pictureStore(CONTENT, CACHE);
		const variant = (await first.picture(pad)).plan!.variants[0]!;
		await first.variant(pad, variant);
		const [folder] = readdirSync(CACHE).filter((name) =>
			readdirSync(join(CACHE, name)).includes(`${variant.width}w.avif`),
		);
		const file = join(CACHE, folder!, `${variant.width}w.avif`);
		writeFileSync(file, 'uit de cache');
		expect((await pictureStore(CONTENT, CACHE).variant(pad, variant)).toString()).toBe('uit de cache');
		rmSync(file);
		expect((await pictureStore(CONTENT, CACHE).variant(pad, variant)).toString()).not.toBe('uit de cache');
	});

	it('refuses a broken photo with a Dutch message', async () => {
		const error = await pictureStore(CONTENT, CACHE)
			.picture('initiatieven/beelden/kapot.jpg')
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).problems[0]!.message).toMatch(
			/^het bestand '.*kapot\.jpg' is beschadigd of onvolledig: het lukt niet om de JPEG-afbeelding te lezen\./,
		);
	});
});
