/** Numbers and dates in the reader's language (src/lib/i18n/format.ts, the `taal` of src/lib/site/dates.ts). */
import { describe, expect, it } from 'vitest';

import { formatNumber } from '#lib/i18n/format.ts';
import { intlLocale, isTaal, TAAL_INFO, taalDir, TALEN } from '#lib/i18n/talen.ts';
import { formatDate, formatDayOf, formatPeriod, formatTime } from '#lib/site/dates.ts';

describe('formatNumber', () => {
	it('writes numbers in the notation of each language', () => {
		expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
		expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
		// Polish groups with a (narrow) no-break space from five digits; Turkish as Dutch.
		expect(formatNumber(12345.5, 'pl')).toMatch(/^12\s345,5$/u);
		expect(formatNumber(1234.5, 'tr')).toBe('1.234,5');
	});

	it('keeps Latin digits in Arabic, so figures match the charts and tables', () => {
		const arabic = formatNumber(1234.5, 'ar');
		expect(arabic).toMatch(/^1,234\.5$/);
		expect(arabic).not.toMatch(/[\u0660-\u0669]/);
	});

	it('passes Intl options and gives the same result from its cache', () => {
		const percent = { style: 'percent', maximumFractionDigits: 1 } as const;
		expect(formatNumber(0.256, 'nl', percent)).toMatch(/^25,6\s?%$/u);
		expect(formatNumber(0.256, 'en', percent)).toBe('25.6%');
		expect(formatNumber(0.256, 'nl', percent)).toBe(formatNumber(0.256, 'nl', { ...percent }));
		expect(formatNumber(3, 'nl', { minimumFractionDigits: 2 })).toBe('3,00');
	});
});

describe('the languages', () => {
	it('are nl, en, pl, tr and ar; only Arabic is written right to left', () => {
		expect([...TALEN]).toEqual(['nl', 'en', 'pl', 'tr', 'ar']);
		expect(TALEN.filter((taal) => taalDir(taal) === 'rtl')).toEqual(['ar']);
		expect(intlLocale('nl')).toBe('nl-NL');
		for (const taal of TALEN) expect(TAAL_INFO[taal].naam.length, taal).toBeGreaterThan(1);
		expect(isTaal('en')).toBe(true);
		expect(isTaal('de')).toBe(false);
		expect(isTaal(undefined)).toBe(false);
	});
});

describe('dates in a language', () => {
	it('keeps the Dutch notation exactly as before when no language is given', () => {
		expect(formatDate('2026-03-14')).toBe('14 maart 2026');
		expect(formatDayOf('2026-12-08T19:30')).toBe('dinsdag 8 december 2026');
		expect(formatTime('2026-12-08T19:30')).toBe('19:30');
		expect(formatPeriod('2026-12-08T19:30', '2026-12-08T21:30')).toBe('dinsdag 8 december 2026, 19:30 tot 21:30 uur');
		expect(formatDate('2026-03-14', 'nl')).toBe(formatDate('2026-03-14'));
	});

	it('writes dates, weekdays and times in the language of the page', () => {
		expect(formatDate('2026-03-14', 'en')).toBe('14 March 2026');
		expect(formatDate('2026-03-14', 'pl')).toBe('14 marca 2026');
		expect(formatDate('2026-03-14', 'tr')).toBe('14 Mart 2026');
		expect(formatDayOf('2026-12-08T19:30', 'en')).toBe('Tuesday, 8 December 2026');
		expect(formatDayOf('2026-12-08T19:30', 'pl')).toBe('wtorek, 8 grudnia 2026');
		expect(formatDayOf('2026-12-08T19:30', 'tr')).toMatch(/^8 Aralık 2026 Salı$/);
		expect(formatTime('2026-12-08T19:30', 'en')).toBe('19:30');
		expect(formatTime('2026-12-08T19:30', 'pl')).toBe('19:30');
		// Arabic too: the 24-hour clock of the Netherlands (as on signs and in letters), in Latin digits.
		expect(formatTime('2026-12-08T19:30', 'ar')).toBe('19:30');
	});

	it('writes Arabic dates with Arabic month names and Latin digits', () => {
		const date = formatDate('2026-03-14', 'ar');
		expect(date).toContain('مارس');
		expect(date).toMatch(/14/);
		expect(date).toMatch(/2026/);
		expect(date).not.toMatch(/[\u0660-\u0669]/);
	});

	it('keeps Amsterdam time for every language, also across summer time', () => {
		for (const taal of TALEN) {
			expect(formatTime('2026-03-29T01:30', taal), taal).toMatch(/^01:30(\s?ص)?$/u);
			expect(formatTime('2026-07-01T23:15', taal), taal).toMatch(/^(23:15|11:15\s?م)$/u);
		}
	});

	it('writes a period of one day and of two days in the language', () => {
		const oneDay = formatPeriod('2026-12-08T19:30', '2026-12-08T21:30', 'en');
		expect(oneDay).toBe('Tuesday, 8 December 2026, 19:30–21:30');
		expect(oneDay).toMatch(/19:30.*21:30/);
		expect(oneDay).not.toMatch(/uur|tot/);
		const twoDays = formatPeriod('2026-12-08T19:30', '2026-12-09T01:00', 'pl');
		expect(twoDays).toMatch(/8.*9 grudnia 2026/);
		expect(twoDays).toMatch(/19:30.*01:00/);
		expect(formatPeriod('2026-12-08T19:30', '2026-12-08T21:30', 'ar')).toMatch(/19:30.*21:30/);
	});
});
