/** What <Foto> writes for a picture: the <source> elements and the <img> attributes. Pure. */
import { IMAGE_FORMATS } from '#lib/content/image-file.ts';

import { largestVariant, MODERN_FORMATS, srcset, VARIANT_MIME, variantPath } from './plan.ts';
import type { Picture } from './store.ts';

export interface PictureMarkup {
	sources: { type: string; srcset: string }[];
	img: { src: string; srcset?: string; width?: number; height?: number };
}

/**
 * For a responsive picture: AVIF and WebP sources and the fallback as <img>, its `src` the
 * largest fallback variant with that variant's real width and height (so nothing shifts while
 * the page loads). Other pictures: their own address and upright size.
 */
export function pictureMarkup(picture: Picture, url: (contentPath: string) => string): PictureMarkup {
	const { plan, info, pad } = picture;
	if (!plan) {
		return {
			sources: [],
			img: { src: url(pad), ...(info && { width: info.width, height: info.height }) },
		};
	}
	const fallback = largestVariant(plan.variants, plan.fallback);
	return {
		sources: MODERN_FORMATS.map((format) => ({
			type: VARIANT_MIME[format],
			srcset: srcset(pad, plan.variants, format, url),
		})),
		img: {
			src: url(variantPath(pad, fallback)),
			srcset: srcset(pad, plan.variants, plan.fallback, url),
			width: fallback.width,
			height: fallback.height,
		},
	};
}

/** The Content-Type of a published original. */
export const originalMime = (picture: Pick<Picture, 'format'>) => IMAGE_FORMATS[picture.format].mime;
