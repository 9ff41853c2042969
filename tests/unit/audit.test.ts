import { describe, expect, it } from 'vitest';

import {
	brotliSize,
	FIRST_SCREEN_BUDGET,
	firstScreen,
	heaviest,
	isPhoto,
	kb,
	type PageRequest,
	transfer,
	TRANSFER_BUDGET,
} from '#scripts/audit/budgets.ts';
import { elementByteOffset } from '#scripts/audit/fold.ts';
import { findings, markdownReport, markdownTable, type PageAudit, textTable } from '#scripts/audit/report.ts';

const request = (url: string, transferSize: number, mimeType = 'text/css'): PageRequest => ({
	url: `http://127.0.0.1:4344${url}`,
	transferSize,
	resourceSize: transferSize * 4,
	mimeType,
	resourceType: 'Other',
});

/** Text that brotli cannot shrink much: every line different. */
function noisyHtml(lines: number): Uint8Array {
	let seed = 7;
	const random = () => (seed = (seed * 48271) % 2147483647).toString(36);
	const body = Array.from({ length: lines }, () => `<p>${random()} ${random()} ${random()}</p>`).join('\n');
	return new TextEncoder().encode(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
}

describe('first-screen budget', () => {
	it('counts the whole compressed document when it fits, without asking where the fold is', async () => {
		let asked = false;
		const result = await firstScreen(new Uint8Array(100), 9000, () => {
			asked = true;
			return Promise.resolve(10);
		});
		expect(result).toEqual({ bytes: 9000, measured: 'pagina', pageBytes: 9000, ok: true });
		expect(asked).toBe(false);
	});

	it('counts only the compressed bytes before the fold when the document is over budget', async () => {
		const html = noisyHtml(3000);
		const whole = brotliSize(html);
		expect(whole).toBeGreaterThan(FIRST_SCREEN_BUDGET);
		const short = await firstScreen(html, whole, () => Promise.resolve(2000));
		expect(short.measured).toBe('eerste-scherm');
		expect(short.bytes).toBe(brotliSize(html.subarray(0, 2000)));
		expect(short.ok).toBe(true);
		const long = await firstScreen(html, whole, () => Promise.resolve(html.length - 100));
		expect(long.ok).toBe(false);
		expect(long.bytes).toBeGreaterThan(FIRST_SCREEN_BUDGET);
	});

	it('fails a document over budget that fits on one screen (no fold found)', async () => {
		const result = await firstScreen(new Uint8Array(10), FIRST_SCREEN_BUDGET + 1, () => Promise.resolve(null));
		expect(result).toMatchObject({ measured: 'pagina', ok: false, bytes: FIRST_SCREEN_BUDGET + 1 });
	});
});

describe('transfer budget', () => {
	it('adds every request and leaves photos out of the budget, but reports them', () => {
		const requests = [
			request('/', 5000, 'text/html'),
			request('/assets/Page.css', 20_000),
			request('/beelden/verhalen/bus.jpg', 90_000, 'image/jpeg'),
			request('/favicon.ico', 1000, 'image/x-icon'),
		];
		expect(transfer(requests)).toEqual({
			total: 116_000,
			photos: 90_000,
			photoCount: 1,
			counted: 26_000,
			requests: 4,
			ok: true,
		});
		expect(transfer([...requests, request('/assets/map.js', TRANSFER_BUDGET)]).ok).toBe(false);
	});

	it('does not count icons as photos', () => {
		expect(isPhoto(request('/apple-touch-icon.png', 3000, 'image/png'))).toBe(false);
		expect(isPhoto(request('/beelden/a.webp', 3000, 'image/webp'))).toBe(true);
		expect(isPhoto(request('/logo.svg', 3000, 'image/svg+xml'))).toBe(false);
	});

	it('lists the heaviest requests first', () => {
		const list = heaviest([request('/a', 1), request('/b', 30), request('/c', 20)], 2);
		expect(list.map((r) => r.url.replace(/^http:\/\/[^/]+/, ''))).toEqual(['/b', '/c']);
	});

	it('shows sizes in KB of 1024 bytes with a decimal comma', () => {
		expect(kb(14 * 1024)).toBe('14,0 KB');
		expect(kb(1536)).toBe('1,5 KB');
	});
});

describe('fold offset in the HTML source', () => {
	it('finds the byte where the n-th element in document order starts, counting multi-byte characters', () => {
		const html = new TextEncoder().encode(
			'<!doctype html><html lang="nl"><head><title>Café</title></head><body><p>één</p><h2>Twee</h2></body></html>',
		);
		// html, head, title, body, p, h2: the same order as document.querySelectorAll('*').
		const offset = elementByteOffset(html, { index: 5, tagName: 'H2' });
		expect(offset).not.toBeNull();
		expect(new TextDecoder().decode(html.subarray(offset ?? 0))).toMatch(/^<h2>Twee<\/h2>/);
	});

	it('refuses an element whose tag does not match the source (a DOM changed after loading)', () => {
		const html = new TextEncoder().encode('<!doctype html><html><head></head><body><p>a</p></body></html>');
		expect(elementByteOffset(html, { index: 3, tagName: 'DIV' })).toBeNull();
		expect(elementByteOffset(html, { index: 40, tagName: 'P' })).toBeNull();
		// The parser adds <html>, <head> and <body> itself when they are missing: they have no place in the source.
		expect(elementByteOffset(new TextEncoder().encode('<p>a</p>'), { index: 0, tagName: 'HTML' })).toBeNull();
	});

	it('reads <noscript> as elements, as a browser without JavaScript does', () => {
		const html = new TextEncoder().encode(
			'<html><head></head><body><noscript><p>x</p></noscript><h2>y</h2></body></html>',
		);
		const offset = elementByteOffset(html, { index: 5, tagName: 'H2' });
		expect(new TextDecoder().decode(html.subarray(offset ?? 0))).toMatch(/^<h2>/);
	});
});

const page = (overrides: Partial<PageAudit> = {}): PageAudit => ({
	kind: '/wijken/*/',
	count: 5,
	path: '/wijken/centrum/',
	scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
	lost: [],
	firstScreen: { bytes: 8000, measured: 'pagina', pageBytes: 8000, ok: true },
	transfer: { total: 40_000, photos: 0, photoCount: 0, counted: 40_000, requests: 6, ok: true },
	heaviest: [],
	...overrides,
});

describe('audit findings and report', () => {
	it('finds nothing on a page that meets every target', () => {
		expect(findings(page())).toEqual([]);
	});

	it('names the category, the failing audit ids and where, hard gates before reported ones', () => {
		const result = findings(
			page({
				scores: { performance: 90, accessibility: 96, 'best-practices': 100, seo: 91 },
				lost: [
					{ category: 'accessibility', id: 'link-name', title: '', score: 0, where: ['a.kaart'] },
					{ category: 'seo', id: 'meta-description', title: '', score: 0, where: [] },
					{ category: 'performance', id: 'largest-contentful-paint', title: '', score: 0.8, where: [] },
				],
			}),
		);
		expect(result.map((f) => [f.hard, f.message])).toEqual([
			[true, 'Toegankelijkheid 96, doel 100: link-name (a.kaart)'],
			[true, 'Vindbaarheid (SEO) 91, doel 95: meta-description'],
			[false, 'Prestaties 90, doel 98: largest-contentful-paint'],
		]);
	});

	it('accepts SEO 95 and fails best practices 99', () => {
		expect(
			findings(page({ scores: { accessibility: 100, seo: 95, 'best-practices': 99 } })).map((f) => f.message),
		).toEqual(['Goede praktijken 99, doel 100']);
	});

	it('fails a hard gate that has no score, but not a performance score left out', () => {
		expect(findings(page({ scores: { accessibility: 100, seo: 100 } })).map((f) => [f.hard, f.message])).toEqual([
			[true, 'Goede praktijken: geen score'],
		]);
	});

	it('reports missed budgets with the heaviest requests', () => {
		const result = findings(
			page({
				firstScreen: { bytes: 15_000, measured: 'eerste-scherm', pageBytes: 30_000, ok: false },
				transfer: { total: 300_000, photos: 0, photoCount: 0, counted: 300_000, requests: 9, ok: false },
				heaviest: [request('/assets/map.js', 240_000, 'text/javascript')],
			}),
		);
		expect(result.every((f) => f.hard)).toBe(true);
		expect(result.map((f) => f.message)).toEqual([
			'Eerste scherm 14,6 KB gecomprimeerde HTML, budget 14,0 KB (hele pagina 29,3 KB)',
			'Overdracht 293,0 KB, budget 60,0 KB. Grootste verzoeken: /assets/map.js 234,4 KB',
		]);
	});

	it('turns a Lighthouse error into a hard finding', () => {
		const result = findings(page({ error: 'NO_FCP' }));
		expect(result.map((f) => f.hard)).toEqual([true]);
		expect(result[0]?.message).toContain('NO_FCP');
	});

	it('formats aligned text and Markdown tables with a mark at every miss', () => {
		const pages = [
			page(),
			page({
				kind: '/',
				path: '/',
				count: 1,
				scores: { accessibility: 100, 'best-practices': 96, seo: 100 },
				transfer: { total: 120_000, photos: 80_000, photoCount: 2, counted: 40_000, requests: 8, ok: true },
			}),
		];
		const text = textTable(pages).split('\n');
		expect(text).toHaveLength(3);
		expect(text[0]).toMatch(/^Soort pagina\s+Voorbeeld\s+Aantal\s+Prest\.\s+Toeg\.\s+Prakt\.\s+SEO/);
		expect(text[2]).toMatch(/^\/\s+\/\s+1\s+-\s+100\s+96 ✗\s+100\s+7,8 KB\s+39,1 KB\s+2 \(78,1 KB\)$/);
		expect(text[1]?.indexOf('100')).toBe(text[2]?.indexOf('100'));
		const markdown = markdownTable(pages).split('\n');
		expect(markdown[1]).toMatch(/^\|( --- \|){10}$/);
		expect(markdown[2]).toBe('| /wijken/\\*/ | /wijken/centrum/ | 5 | 99 | 100 | 100 | 100 | 7,8 KB | 39,1 KB | - |');
		const report = markdownReport(pages, 'Gemeten.');
		expect(report).toContain('- / (/): Goede praktijken 96, doel 100');
		expect(report).toContain('## Onder het doel (alleen gemeld)\n\nNiets.');
	});
});
