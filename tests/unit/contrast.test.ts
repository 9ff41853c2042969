import { describe, expect, it } from 'vitest';

import { contrastRatio, MIN_CONTRAST } from '#lib/site/contrast.ts';

// Expected values follow the WCAG 2 definition: relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B
// of linearised sRGB channels, contrast = (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour.

describe('contrastRatio', () => {
	it('is 21 for black on white', () => {
		// (1 + 0.05) / (0 + 0.05) = 21
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
	});

	it('does not depend on the order of the two colours', () => {
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
		expect(contrastRatio('#ffffff', '#1d5b79')).toBeCloseTo(contrastRatio('#1d5b79', '#ffffff'), 12);
	});

	it('is 1 for a colour on itself', () => {
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
		expect(contrastRatio('#1d5b79', '#1d5b79')).toBe(1);
	});

	it('gives about 4.48 for #777777 on white, just below the AA minimum', () => {
		// 0x77 = 119: ((119/255 + 0.055) / 1.055)^2.4 = 0.18448; 1.05 / 0.23448 = 4.478
		const r = contrastRatio('#777777', '#ffffff');
		expect(r).toBeCloseTo(4.478, 3);
		expect(r).toBeLessThan(MIN_CONTRAST);
	});

	it('gives about 4.54 for #767676 on white, just above the AA minimum', () => {
		// 0x76 = 118: ((118/255 + 0.055) / 1.055)^2.4 = 0.18116; 1.05 / 0.23116 = 4.542
		const r = contrastRatio('#767676', '#ffffff');
		expect(r).toBeCloseTo(4.542, 3);
		expect(r).toBeGreaterThanOrEqual(MIN_CONTRAST);
	});

	it('weights the channels: pure red on white is about 4.00', () => {
		// L(red) = 0.2126: 1.05 / 0.2626 = 3.998
		expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(3.998, 3);
	});

	it('gives about 7.43 for the documented example accent colour #1d5b79', () => {
		expect(contrastRatio('#1d5b79', '#ffffff')).toBeCloseTo(7.434, 3);
	});

	it('reads 3-digit hex as the doubled 6-digit form', () => {
		expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
		expect(contrastRatio('#fff', '#fff')).toBe(1);
		expect(contrastRatio('#777', '#fff')).toBe(contrastRatio('#777777', '#ffffff'));
		expect(contrastRatio('#f00', '#fff')).toBeCloseTo(3.998, 3);
	});

	it('accepts upper-case hex digits', () => {
		expect(contrastRatio('#1D5B79', '#FFFFFF')).toBe(contrastRatio('#1d5b79', '#ffffff'));
	});

	it('uses 4.5 as the minimum, the WCAG AA level for normal text', () => {
		expect(MIN_CONTRAST).toBe(4.5);
	});
});
