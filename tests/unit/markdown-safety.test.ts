import { describe, expect, it } from 'vitest';

import { containsHtml, findUnsafeMarkdown } from '#lib/markdown/safety.ts';

const lines = (md: string) => findUnsafeMarkdown(md).map((f) => f.line);

describe('findUnsafeMarkdown: raw HTML', () => {
	it('reports a <script> block with its line number and the tag name', () => {
		const findings = findUnsafeMarkdown('Eerste alinea.\n\nTweede alinea.\n\n<script>alert(1)</script>\n');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.line).toBe(5);
		expect(findings[0]!.message).toContain('HTML');
		expect(findings[0]!.message).toContain('<script>');
	});

	it('reports inline HTML on the line where it is', () => {
		const findings = findUnsafeMarkdown('Regel een.\nRegel twee met <span>iets</span> erin.\nRegel drie.');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.line).toBe(2);
		expect(findings[0]!.message).toContain('<span>');
	});

	it('reports <b>x</b> once, not once per tag', () => {
		const findings = findUnsafeMarkdown('Dit is <b>x</b> vet.');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.line).toBe(1);
		expect(findings[0]!.message).toContain('<b>');
	});

	it('reports each line with HTML once', () => {
		const md = 'Een <i>schuin</i> en <b>vet</b>.\nGewoon.\nNog <u>een</u>.';
		expect(lines(md)).toEqual([1, 3]);
	});

	it('names the tag in lower case, also for an upper-case or closing tag', () => {
		expect(findUnsafeMarkdown('<IFRAME src="https://evil.example/"></IFRAME>')[0]!.message).toContain('<iframe>');
		expect(findUnsafeMarkdown('tekst </div> meer')[0]!.message).toContain('<div>');
	});

	it('reports an HTML comment', () => {
		const findings = findUnsafeMarkdown('Tekst.\n\n<!-- verborgen -->');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.line).toBe(3);
		expect(findings[0]!.message).toContain('HTML');
	});

	it('reports an <img onerror> tag', () => {
		const findings = findUnsafeMarkdown('Foto: <img src=x onerror="alert(1)">');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.message).toContain('<img>');
	});

	it('does not report HTML written as code', () => {
		expect(findUnsafeMarkdown('Typ nooit `<script>` in een tekst.')).toEqual([]);
		expect(findUnsafeMarkdown('```\n<b>vet</b>\n```')).toEqual([]);
	});

	it('finds nothing in ordinary Markdown', () => {
		const md = '# Kop\n\nDit is **vet**, *schuin* en een lijst:\n\n- een\n- twee\n\n> Citaat\n\n3 < 5 en 5 > 3.';
		expect(findUnsafeMarkdown(md)).toEqual([]);
	});
});

describe('findUnsafeMarkdown: images', () => {
	it('reports a Markdown image with its line number', () => {
		const findings = findUnsafeMarkdown('Tekst.\n\n![plattegrond](https://www.brinkwoude.example/kaart.png)');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.line).toBe(3);
		expect(findings[0]!.message).toContain('afbeelding');
	});

	it('reports a reference-style image', () => {
		const findings = findUnsafeMarkdown('Zie ![kaart][k] hier.\n\n[k]: https://www.brinkwoude.example/kaart.png');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.line).toBe(1);
		expect(findings[0]!.message).toContain('afbeelding');
	});
});

describe('findUnsafeMarkdown: links', () => {
	it('reports a javascript: link, naming the link', () => {
		const findings = findUnsafeMarkdown('Tekst.\n[klik](javascript:alert(1))');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.line).toBe(2);
		expect(findings[0]!.message).toContain('javascript:alert(1)');
	});

	it('reports javascript: in any letter case and with leading spaces', () => {
		expect(findUnsafeMarkdown('[a](JavaScript:alert(1))')).toHaveLength(1);
		expect(findUnsafeMarkdown('[a](<  javascript:alert(1)>)')).toHaveLength(1);
	});

	it('reports a javascript: autolink', () => {
		expect(findUnsafeMarkdown('<javascript:alert(1)>')).toHaveLength(1);
	});

	it('reports a data: link', () => {
		const findings = findUnsafeMarkdown('[open](data:text/html;base64,PHNjcmlwdD4=)');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.message).toContain('data:text/html');
	});

	it('reports other schemes such as file: and vbscript:', () => {
		expect(findUnsafeMarkdown('[a](file:///etc/passwd)')).toHaveLength(1);
		expect(findUnsafeMarkdown('[a](vbscript:msgbox)')).toHaveLength(1);
	});

	it('reports an unsafe reference definition on the line of the definition', () => {
		const findings = findUnsafeMarkdown('Klik [hier][x].\n\n[x]: javascript:alert(1)');
		expect(findings).toHaveLength(1);
		expect(findings[0]!.line).toBe(3);
		expect(findings[0]!.message).toContain('javascript:alert(1)');
	});

	it('reports a data: reference definition', () => {
		expect(lines('[a][d]\n\n[d]: data:text/html;base64,PHNjcmlwdD4=')).toEqual([3]);
	});

	it('allows https, http, mailto and tel links', () => {
		const md = [
			'[plan](https://www.brinkwoude.example/plan)',
			'[oud](http://www.brinkwoude.example/)',
			'[mail](mailto:wijken@brinkwoude.example)',
			'[bel](tel:140999)',
			'<https://www.brinkwoude.example>',
		].join('\n\n');
		expect(findUnsafeMarkdown(md)).toEqual([]);
	});

	it('allows relative links and anchors', () => {
		const md =
			'[wijken](/wijken/)\n\n[terug](../agenda/)\n\n[hier](./speeltuin/)\n\n[kop](#kop)\n\n[pagina](speeltuin)';
		expect(findUnsafeMarkdown(md)).toEqual([]);
	});

	it('allows safe reference definitions', () => {
		expect(findUnsafeMarkdown('Zie [het plan][p].\n\n[p]: https://www.brinkwoude.example/plan')).toEqual([]);
	});
});

describe('findUnsafeMarkdown: several problems', () => {
	it('reports each problem with its own line, in document order', () => {
		const md = ['Intro.', '', '<b>vet</b>', '', '![foto](https://x.example/a.png)', '', '[x](javascript:void(0))'].join(
			'\n',
		);
		expect(lines(md)).toEqual([3, 5, 7]);
	});
});

describe('containsHtml', () => {
	it('is true for tags', () => {
		expect(containsHtml('Dit is <b>vet</b>')).toBe(true);
		expect(containsHtml('<script>alert(1)</script>')).toBe(true);
		expect(containsHtml('einde</p>')).toBe(true);
		expect(containsHtml('<br/>')).toBe(true);
		expect(containsHtml('<img src=x onerror=alert(1)>')).toBe(true);
	});

	it('is true for comments', () => {
		expect(containsHtml('tekst <!-- opmerking -->')).toBe(true);
	});

	it('is false for a less-than sign in ordinary text', () => {
		expect(containsHtml('3 < 5')).toBe(false);
		expect(containsHtml('speeltuin <3')).toBe(false);
		expect(containsHtml('a < b > c')).toBe(false);
		expect(containsHtml('Wijkportaal Brinkwoude')).toBe(false);
	});
});

describe('deeply nested wijkplatform text', () => {
	it('reports 10,000 nested quotes with their line instead of crashing', () => {
		expect(findUnsafeMarkdown(`Gewone tekst.\n\n${'>'.repeat(10_000)} diep`)).toEqual([
			{ line: 3, message: expect.stringContaining('de tekst is hier te diep genest') as string },
		]);
		expect(findUnsafeMarkdown(`${'> '.repeat(41)}diep`)[0]!.message).toContain('te diep genest');
		expect(findUnsafeMarkdown(`${'> '.repeat(5)}niet diep`)).toEqual([]);
	});

	it('reports deeply nested lists too', () => {
		const body = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- punt`).join('\n');
		expect(findUnsafeMarkdown(body)[0]!.message).toContain('te diep genest');
	});
});
