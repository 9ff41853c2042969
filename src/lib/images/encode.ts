/**
 * Encoding with sharp: reading a picture's upright size, making one variant, and cleaning a
 * published original. Every output is turned upright by its EXIF orientation and carries no
 * metadata at all (no EXIF, no GPS, no XMP, no ICC profile: colours are converted to sRGB).
 */
import sharp, { type Sharp } from 'sharp';

import type { ImageFormat } from '#lib/content/image-file.ts';

import { type SourceInfo, uprightSize, type Variant, type VariantFormat } from './plan.ts';

/**
 * Encoder settings, tuned for photos on the web. AVIF effort 2 is about seven times faster
 * than sharp's default and only slightly larger.
 */
const SETTINGS = {
	avif: { quality: 50, effort: 2 },
	webp: { quality: 75, effort: 4 },
	jpeg: { quality: 80, mozjpeg: true },
	png: { compressionLevel: 9, effort: 7 },
} as const satisfies Record<VariantFormat, object>;

/** A published original is re-encoded in its own format, a little finer than the variants. */
const ORIGINAL_SETTINGS = {
	avif: { quality: 60, effort: 2 },
	webp: { quality: 85, effort: 4 },
	jpeg: { quality: 88, mozjpeg: true },
	png: { compressionLevel: 9, effort: 7 },
	gif: { effort: 7 },
} as const;

/**
 * Bumped whenever what this file makes changes: it is part of the cache key, so a build
 * never serves a variant made by older settings.
 */
export const ENCODER_VERSION = `1;${JSON.stringify(SETTINGS)};${JSON.stringify(ORIGINAL_SETTINGS)};sharp ${sharp.versions.sharp}`;

/** Decoding is strict: a broken file is an error, not a half-grey photo. */
const open = (bytes: Uint8Array, animated = false): Sharp =>
	animated
		? sharp(bytes, { failOn: 'error', animated }).toColourspace('srgb')
		: sharp(bytes, { failOn: 'error' }).rotate().toColourspace('srgb');

/** The upright size of a picture, and whether it really has see-through pixels. */
export async function readSourceInfo(bytes: Uint8Array): Promise<SourceInfo> {
	const meta = await sharp(bytes, { failOn: 'error' }).metadata();
	if (!meta.width || !meta.height) throw new Error('picture without a size');
	const { width, height } = uprightSize(meta.width, meta.height, meta.orientation);
	const transparent = meta.hasAlpha ? !(await sharp(bytes, { failOn: 'error' }).stats()).isOpaque : false;
	return { width, height, transparent };
}

/** One variant: scaled to exactly its planned size, in its format, without metadata. */
export async function encodeVariant(bytes: Uint8Array, variant: Variant): Promise<Buffer> {
	const image = open(bytes).resize(variant.width, variant.height, { fit: 'fill' });
	if (variant.format === 'jpeg') image.flatten({ background: '#ffffff' });
	return image.toFormat(variant.format, SETTINGS[variant.format]).toBuffer();
}

/** A raster picture in its own format, upright and without metadata (GIF animations are kept). */
export async function cleanOriginal(bytes: Uint8Array, format: Exclude<ImageFormat, 'svg'>): Promise<Buffer> {
	return open(bytes, format === 'gif')
		.toFormat(format, ORIGINAL_SETTINGS[format])
		.toBuffer();
}
