/**
 * The plan of responsive variants: which widths (never wider than the photo), which formats
 * (AVIF and WebP plus JPEG, or PNG for see-through pictures), their sizes and addresses, and
 * the markup <Foto> writes from it.
 */
import { describe, expect, it } from 'vitest';

import { pictureMarkup } from '#lib/images/markup.ts';
import {
	planVariants,
	srcset,
	treatmentOf,
	uprightSize,
	VARIANT_WIDTHS,
	variantHeight,
	variantPath,
	variantWidths,
} from '#lib/images/plan.ts';
import { urls } from '#lib/site/urls.ts';

describe('variant widths', () => {
	it('takes every listed width below the photo and the photo’s own width, never more', () => {
		expect(variantWidths(1000)).toEqual([320, 640, 960, 1000]);
		expect(variantWidths(960)).toEqual([320, 640, 960]);
		expect(variantWidths(1920)).toEqual([320, 640, 960, 1280, 1920]);
		expect(variantWidths(200)).toEqual([200]);
		expect(variantWidths(321)).toEqual([320, 321]);
	});

	it('stops at the largest listed width for a photo wider than it', () => {
		expect(variantWidths(4032)).toEqual([...VARIANT_WIDTHS]);
		expect(Math.max(...variantWidths(6000))).toBe(1920);
	});

	it('never upscales, whatever the width', () => {
		for (let width = 1; width < 2500; width += 37) {
			const widths = variantWidths(width);
			expect(Math.max(...widths)).toBeLessThanOrEqual(width);
			expect(widths).toEqual([...new Set(widths)].sort((a, b) => a - b));
		}
	});
});

describe('variant plan', () => {
	it('makes AVIF, WebP and a JPEG fallback of every width for a photo', () => {
		const plan = planVariants({ width: 1500, height: 1000, transparent: false });
		expect(plan.fallback).toBe('jpeg');
		expect(plan.variants).toHaveLength(3 * 5);
		for (const format of ['avif', 'webp', 'jpeg'])
			expect(plan.variants.filter((v) => v.format === format).map((v) => v.width)).toEqual([320, 640, 960, 1280, 1500]);
		expect(plan.variants.find((v) => v.format === 'webp' && v.width === 640)).toEqual({
			width: 640,
			height: 427,
			format: 'webp',
		});
	});

	it('falls back to PNG for a picture with see-through parts', () => {
		const plan = planVariants({ width: 400, height: 400, transparent: true });
		expect(plan.fallback).toBe('png');
		expect(plan.variants.map((v) => v.format)).toEqual(['avif', 'avif', 'webp', 'webp', 'png', 'png']);
		expect(plan.variants.some((v) => v.format === 'jpeg')).toBe(false);
	});

	it('keeps the proportions, at least one pixel high', () => {
		expect(variantHeight({ width: 4000, height: 3000 }, 320)).toBe(240);
		expect(variantHeight({ width: 1000, height: 333 }, 640)).toBe(213);
		expect(variantHeight({ width: 5000, height: 2 }, 320)).toBe(1);
	});

	it('turns the size upright for EXIF orientations 5 to 8', () => {
		expect(uprightSize(4000, 3000, 6)).toEqual({ width: 3000, height: 4000 });
		expect(uprightSize(4000, 3000, 8)).toEqual({ width: 3000, height: 4000 });
		expect(uprightSize(4000, 3000, 3)).toEqual({ width: 4000, height: 3000 });
		expect(uprightSize(4000, 3000)).toEqual({ width: 4000, height: 3000 });
	});

	it('makes variants of photos only: SVG stays as it is, GIF is only cleaned', () => {
		expect(treatmentOf('jpeg')).toBe('responsive');
		expect(treatmentOf('png')).toBe('responsive');
		expect(treatmentOf('webp')).toBe('responsive');
		expect(treatmentOf('avif')).toBe('responsive');
		expect(treatmentOf('gif')).toBe('clean');
		expect(treatmentOf('svg')).toBe('as-is');
	});
});

describe('addresses and markup', () => {
	it('names a variant after its photo, width and format', () => {
		expect(variantPath('initiatieven/beelden/moestuin.jpg', { width: 640, format: 'avif' })).toBe(
			'initiatieven/beelden/moestuin-640w.avif',
		);
		expect(variantPath('verhalen/beelden/oma.bij.de.bank.JPEG', { width: 320, format: 'jpeg' })).toBe(
			'verhalen/beelden/oma.bij.de.bank-320w.jpg',
		);
		expect(variantPath('logo.png', { width: 200, format: 'png' })).toBe('logo-200w.png');
	});

	it('writes a srcset per format', () => {
		const { variants } = planVariants({ width: 700, height: 350, transparent: false });
		expect(srcset('verhalen/x.jpg', variants, 'webp', urls.beeld)).toBe(
			'/beelden/verhalen/x-320w.webp 320w, /beelden/verhalen/x-640w.webp 640w, /beelden/verhalen/x-700w.webp 700w',
		);
	});

	it('gives <Foto> AVIF and WebP sources and the largest fallback with its real size', () => {
		const info = { width: 3000, height: 2000, transparent: false };
		const markup = pictureMarkup(
			{ pad: 'initiatieven/beelden/tuin.jpg', format: 'jpeg', treatment: 'responsive', info, plan: planVariants(info) },
			urls.beeld,
		);
		expect(markup.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
		expect(markup.sources[0]!.srcset).toContain('/beelden/initiatieven/beelden/tuin-1920w.avif 1920w');
		expect(markup.img).toMatchObject({
			src: '/beelden/initiatieven/beelden/tuin-1920w.jpg',
			width: 1920,
			height: 1280,
		});
		expect(markup.img.srcset?.split(', ')).toHaveLength(5);
	});

	it('shows an SVG at its own address, without sources', () => {
		const markup = pictureMarkup(
			{
				pad: 'nieuws/beelden/kaart.svg',
				format: 'svg',
				treatment: 'as-is',
				info: { width: 800, height: 600, transparent: true },
			},
			urls.beeld,
		);
		expect(markup).toEqual({ sources: [], img: { src: '/beelden/nieuws/beelden/kaart.svg', width: 800, height: 600 } });
	});
});
