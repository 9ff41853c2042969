/** Text that MapLibre shows as HTML, and problem lines printed to a terminal, carry no markup or control characters. */
import { describe, expect, it } from 'vitest';

import { plainText } from '#islands/kaart/plain-text.ts';
import { formatProblem } from '#lib/content/problem.ts';

describe('plainText (map attribution)', () => {
	it('drops tags and escapes the rest', () => {
		expect(plainText('CBS <img src=x onerror=alert(1)> & "PDOK" <base href=https://evil.example/>')).toBe(
			'CBS  &amp; &quot;PDOK&quot; ',
		);
		expect(plainText('<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap</a>')).toBe('© OpenStreetMap');
		expect(plainText('1 < 2')).toBe('1 ');
		expect(plainText(undefined)).toBe('');
	});

	it('shows a number as text and anything that is not text as nothing', () => {
		expect(plainText(2024)).toBe('2024');
		expect(plainText({ toString: () => '<b>OSM</b>' })).toBe('');
		expect(plainText(['© OpenStreetMap'])).toBe('');
		expect(plainText(null)).toBe('');
	});
});

describe('formatProblem', () => {
	it('shows control characters and bidirectional overrides as codes', () => {
		const line = formatProblem({ file: 'content/x\u202Ed.md', line: 2, message: "'a\rb\u0000c' is geen datum." });
		expect(line).toBe("content/x\\u202Ed.md, regel 2: 'a\\u000Db\\u0000c' is geen datum.");
		const raw = [...line].filter((c) => c.charCodeAt(0) < 0x20 || c === '\u202e');
		expect(raw).toEqual([]);
	});
});
