/**
 * Responsive variants of a photo: which widths and formats the build makes, their sizes and
 * their addresses. Pure: the encoding itself is in encode.ts.
 */
import type { ImageFormat } from '#lib/content/image-file.ts';

/** The widths the build makes, in pixels. A photo is never made larger than it is. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/** Modern formats first, each with a fallback in the picture's own family. */
export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';
export const MODERN_FORMATS = ['avif', 'webp'] as const satisfies readonly VariantFormat[];

export const VARIANT_EXTENSIONS: Readonly<Record<VariantFormat, string>> = {
	avif: 'avif',
	webp: 'webp',
	jpeg: 'jpg',
	png: 'png',
};

export const VARIANT_MIME: Readonly<Record<VariantFormat, string>> = {
	avif: 'image/avif',
	webp: 'image/webp',
	jpeg: 'image/jpeg',
	png: 'image/png',
};

/**
 * What the build does with a picture of a format: responsive variants for photos, a copy
 * without metadata for GIF (which may move), and SVG exactly as it is (checked by svg-safety).
 */
export type Treatment = 'responsive' | 'clean' | 'as-is';
export function treatmentOf(format: ImageFormat): Treatment {
	if (format === 'svg') return 'as-is';
	if (format === 'gif') return 'clean';
	return 'responsive';
}

/** The size of a picture as it is shown: upright (EXIF orientation applied), and whether it has see-through parts. */
export interface SourceInfo {
	width: number;
	height: number;
	transparent: boolean;
}

export interface Variant {
	width: number;
	height: number;
	format: VariantFormat;
}

/** Width and height as stored, turned upright: EXIF orientations 5 to 8 are a quarter turn. */
export function uprightSize(width: number, height: number, orientation = 1): { width: number; height: number } {
	return orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
}

/**
 * The widths for a picture `width` pixels wide: every listed width below it, and the picture's
 * own width when it is not larger than the largest listed width (so nothing is ever upscaled
 * and a small picture keeps its full sharpness).
 */
export function variantWidths(width: number): number[] {
	if (width > VARIANT_WIDTHS.at(-1)!) return [...VARIANT_WIDTHS];
	return [...VARIANT_WIDTHS.filter((w) => w < width), width];
}

/** The height at `width`, keeping the proportions (at least one pixel). */
export function variantHeight(source: Pick<SourceInfo, 'width' | 'height'>, width: number): number {
	return Math.max(1, Math.round((source.height * width) / source.width));
}

/** JPEG for photos, PNG for pictures with see-through parts. */
export const fallbackFormat = (source: Pick<SourceInfo, 'transparent'>): VariantFormat =>
	source.transparent ? 'png' : 'jpeg';

export interface VariantPlan {
	fallback: VariantFormat;
	/** Every variant: each width in AVIF, WebP and the fallback format. */
	variants: Variant[];
}

export function planVariants(source: SourceInfo): VariantPlan {
	const fallback = fallbackFormat(source);
	const widths = variantWidths(source.width);
	const variants = [...MODERN_FORMATS, fallback].flatMap((format) =>
		widths.map((width) => ({ width, height: variantHeight(source, width), format })),
	);
	return { fallback, variants };
}

/**
 * The content path of a variant: "initiatieven/beelden/moestuin.jpg" at 640 pixels in AVIF is
 * "initiatieven/beelden/moestuin-640w.avif".
 */
export function variantPath(contentPath: string, variant: Pick<Variant, 'width' | 'format'>): string {
	const slash = contentPath.lastIndexOf('/');
	const name = contentPath.slice(slash + 1);
	const dot = name.lastIndexOf('.');
	const stem = dot > 0 ? name.slice(0, dot) : name;
	return `${contentPath.slice(0, slash + 1)}${stem}-${variant.width}w.${VARIANT_EXTENSIONS[variant.format]}`;
}

/** A srcset of the variants in one format: "url 320w, url 640w". */
export function srcset(
	contentPath: string,
	variants: readonly Variant[],
	format: VariantFormat,
	url: (contentPath: string) => string,
): string {
	return variants
		.filter((v) => v.format === format)
		.map((v) => `${url(variantPath(contentPath, v))} ${v.width}w`)
		.join(', ');
}

/** The largest variant in a format (the `src` of the fallback). */
export function largestVariant(variants: readonly Variant[], format: VariantFormat): Variant {
	const found = variants.filter((v) => v.format === format).sort((a, b) => b.width - a.width)[0];
	if (!found) throw new Error(`no ${format} variant`);
	return found;
}
