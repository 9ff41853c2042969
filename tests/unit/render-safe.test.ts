import { describe, expect, it } from 'vitest';

import { renderSafeMarkdown } from '#lib/markdown/render-safe.ts';

/** Tag names of all elements in an HTML string, lower-cased. */
const tags = (html: string) => [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
/** All href values in an HTML string. */
const hrefs = (html: string) => [...html.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]);

describe('renderSafeMarkdown: raw HTML never reaches the output', () => {
	it('drops a <script> block including its content', () => {
		const html = renderSafeMarkdown('Welkom.\n\n<script>alert("xss")</script>\n\nTot ziens.');
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toContain('alert');
		expect(html).toContain('<p>Welkom.</p>');
		expect(html).toContain('<p>Tot ziens.</p>');
	});

	it('drops an inline <img onerror> but keeps the surrounding text', () => {
		const html = renderSafeMarkdown('Kijk <img src="x" onerror="alert(1)"> hier.');
		expect(html).not.toMatch(/<img/i);
		expect(html).not.toMatch(/onerror/i);
		expect(html).toMatch(/^<p>Kijk\s+hier\.<\/p>$/);
	});

	it('drops an <iframe>', () => {
		const html = renderSafeMarkdown('<iframe src="https://evil.example/"></iframe>\n\nTekst.');
		expect(html).not.toMatch(/<iframe/i);
		expect(html).not.toContain('evil.example');
		expect(html).toContain('<p>Tekst.</p>');
	});

	it('drops a raw <a href="javascript:..."> tag; only its text remains', () => {
		const html = renderSafeMarkdown('Klik <a href="javascript:alert(1)">hier</a> maar.');
		expect(html).not.toMatch(/javascript:/i);
		expect(tags(html)).toEqual(['p']);
		expect(html).toContain('hier');
	});

	it('drops upper-case and event-handler HTML as well', () => {
		const html = renderSafeMarkdown(
			'<SCRIPT>alert(1)</SCRIPT>\n\n<div onclick="alert(2)">vak</div>\n\n<svg onload="alert(3)"></svg>',
		);
		expect(html).not.toMatch(/<script|<div|<svg|onclick|onload|alert/i);
	});

	it('drops HTML comments', () => {
		const html = renderSafeMarkdown('Zichtbaar <!-- geheim --> tekst.');
		expect(html).not.toContain('<!--');
		expect(html).not.toContain('geheim');
	});

	it('shows HTML written inside code as text, escaped', () => {
		const html = renderSafeMarkdown('Typ nooit `<script>` in een tekst.');
		expect(html).not.toMatch(/<script/i);
		expect(tags(html)).toEqual(['p', 'code']);
		expect(html).toMatch(/<code>(?:&#x3C;|&lt;)script>?(?:&#x3E;|&gt;|>)<\/code>/);
	});
});

describe('renderSafeMarkdown: images and unsafe links', () => {
	it('removes Markdown images', () => {
		const html = renderSafeMarkdown('Voor ![plattegrond](https://www.brinkwoude.example/kaart.png) na.');
		expect(tags(html)).not.toContain('img');
		expect(html).not.toContain('kaart.png');
		expect(html).toContain('Voor');
		expect(html).toContain('na.');
	});

	it('removes reference-style images', () => {
		const html = renderSafeMarkdown('![kaart][k]\n\n[k]: https://www.brinkwoude.example/kaart.png');
		expect(tags(html)).not.toContain('img');
		expect(html).not.toContain('kaart.png');
	});

	it('removes the href of a javascript: Markdown link but keeps the link text', () => {
		const html = renderSafeMarkdown('[klik hier](javascript:alert(1))');
		expect(html).not.toMatch(/javascript/i);
		expect(hrefs(html)).toEqual([]);
		expect(html).toContain('klik hier');
	});

	it('removes the href of a javascript: link in any letter case and as an autolink', () => {
		for (const md of ['[a](JavaScript:alert(1))', '<javascript:alert(1)>', '[b][x]\n\n[x]: javascript:alert(1)']) {
			const html = renderSafeMarkdown(md);
			expect(hrefs(html), md).toEqual([]);
			expect(html, md).not.toMatch(/href="\s*javascript/i);
		}
	});

	it('removes the href of a data: link', () => {
		const html = renderSafeMarkdown('[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)');
		expect(hrefs(html)).toEqual([]);
		expect(html).not.toContain('data:');
	});
});

describe('renderSafeMarkdown: ordinary Markdown is kept', () => {
	it('keeps paragraphs, bold and emphasis', () => {
		expect(renderSafeMarkdown('Dit is **belangrijk** en *mooi*.')).toBe(
			'<p>Dit is <strong>belangrijk</strong> en <em>mooi</em>.</p>',
		);
	});

	it('keeps bullet and numbered lists', () => {
		const html = renderSafeMarkdown('- bankjes\n- bomen\n\n1. eerst\n2. dan');
		expect(tags(html)).toEqual(['ul', 'li', 'li', 'ol', 'li', 'li']);
		expect(html).toMatch(/<li>bankjes<\/li>\s*<li>bomen<\/li>/);
		expect(html).toMatch(/<li>eerst<\/li>\s*<li>dan<\/li>/);
	});

	it('keeps https and mailto links with their href', () => {
		const html = renderSafeMarkdown(
			'Lees [het plan](https://www.brinkwoude.example/plan) of mail [ons](mailto:wijken@brinkwoude.example).',
		);
		expect(hrefs(html)).toEqual(['https://www.brinkwoude.example/plan', 'mailto:wijken@brinkwoude.example']);
		expect(html).toContain('>het plan</a>');
	});

	it('keeps relative links', () => {
		expect(hrefs(renderSafeMarkdown('Zie [de wijken](/wijken/).'))).toEqual(['/wijken/']);
	});

	it('keeps tel: links, which the content check (findUnsafeMarkdown) explicitly allows', () => {
		// safety.ts accepts tel: links and tells editors to use "https://, http://, mailto: of tel:".
		// A tel: link that passes the check should therefore still work on the page.
		expect(hrefs(renderSafeMarkdown('Bel [14 0999](tel:140999).'))).toEqual(['tel:140999']);
	});

	it('escapes special characters in text', () => {
		expect(renderSafeMarkdown('Kosten & baten: 3 < 5')).toBe('<p>Kosten &#x26; baten: 3 &#x3C; 5</p>');
	});
});

describe('renderSafeMarkdown: headings fit under the page headings', () => {
	it('turns # into h3 and ## into h4 by default', () => {
		const html = renderSafeMarkdown('# Wat\n\n## Waarom\n\n### Hoe');
		expect(html).toBe('<h3>Wat</h3>\n<h4>Waarom</h4>\n<h5>Hoe</h5>');
	});

	it('uses the topHeading argument for #', () => {
		expect(renderSafeMarkdown('# Wat\n\n## Waarom', 2)).toBe('<h2>Wat</h2>\n<h3>Waarom</h3>');
		expect(renderSafeMarkdown('# Wat', 4)).toBe('<h4>Wat</h4>');
	});

	it('never goes beyond h6', () => {
		const html = renderSafeMarkdown('#### Vier\n\n##### Vijf\n\n###### Zes');
		expect(tags(html)).toEqual(['h6', 'h6', 'h6']);
		expect(renderSafeMarkdown('## Twee', 6)).toBe('<h6>Twee</h6>');
	});

	it('never produces an h1 or h2 with the default setting', () => {
		const html = renderSafeMarkdown('# Een\n\nTitel\n=====\n\nOok\n---');
		expect(tags(html)).toEqual(['h3', 'h3', 'h4']);
	});
});
