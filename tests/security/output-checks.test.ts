/**
 * The output checks themselves must be able to fail: each catches what it is for, and
 * lets the portal's own kind of output through.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

import { adminPage } from '#lib/cms/admin-page.ts';
import { decapConfig, LOCAL_BACKEND_URL } from '#lib/cms/decap-config.ts';
import { forgeOrigins } from '#lib/cms/forge.ts';
import { escapeXml } from '#lib/share/card-svg.ts';
import { adminCsp, CSP_META } from '#lib/site/csp.ts';

import { checkCss, checkPicture, checkSvg } from './checks/assets.ts';
import { checkCsv, checkJson, checkYaml } from './checks/data.ts';
import { checkIcs, checkXml } from './checks/feeds.ts';
import { inspectHtml } from './checks/html.ts';
import { isSafeLink, isSameOrigin } from './checks/urls.ts';

const page = (body: string, head = '') =>
	`<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP_META}">${head}<title>x</title></head><body>${body}</body></html>`;

describe('HTML check', () => {
	it('passes a page like the portal makes', () => {
		expect(
			inspectHtml(
				page(
					'<main id="inhoud"><h1>Wijk</h1><a href="/wijken/noord/">Noord</a> <a href="https://www.politie.example/">Politie</a> <a href="mailto:a@b.example">mail</a> <img src="/beelden/x.svg" alt="x"><svg><a href="/kaart/"><path d="M0 0"/></a></svg></main>',
				),
			).findings,
		).toEqual([]);
	});

	it.each([
		['inline script', '<script>alert(1)</script>'],
		['script file', '<script type="module" src="/assets/x.js"></script>'],
		['event handler', '<img src="/x.png" onerror="alert(1)" alt="">'],
		['event handler on the next line', '<img src="/x.png"\nonerror="alert(1)" alt="">'],
		['style attribute', '<p style="color:red">x</p>'],
		['style element', '<style>p{}</style>'],
		['javascript link', '<a href="javascript:alert(1)">x</a>'],
		['javascript link with entities', '<a href="&#106;avascript:alert(1)">x</a>'],
		['javascript link with a tab', '<a href="java\tscript:alert(1)">x</a>'],
		['data link', '<a href="data:text/html,x">x</a>'],
		['picture from another site', '<img src="https://evil.example/x.png" alt="">'],
		['protocol-relative picture', '<img src="//evil.example/x.png" alt="">'],
		['srcset from another site', '<img srcset="/a.png 1x, https://evil.example/b.png 2x" alt="">'],
		['iframe', '<iframe src="/x"></iframe>'],
		['object', '<object data="/x"></object>'],
		['embed', '<embed src="/x">'],
		['base', '<base href="https://evil.example/">'],
		['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
		['form to another site', '<form action="https://evil.example/"><button>x</button></form>'],
		['formaction', '<button formaction="javascript:alert(1)">x</button>'],
		['stylesheet from another site', '<link rel="stylesheet" href="https://evil.example/x.css">'],
		['MathML link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
		['SVG link', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
		['SVG resource from another site', '<svg><use href="https://evil.example/x.svg#a"/></svg>'],
		['SVG animation of a link', '<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>'],
		['script in a template', '<template><script>alert(1)</script></template>'],
		['map island reading from another site', '<wijk-kaart data-gebieden="https://evil.example/x.json"></wijk-kaart>'],
		['NUL character', '<p>a\u0000b</p>'],
	])('catches %s', (_name, html) => {
		expect(inspectHtml(page(html)).findings.length).toBeGreaterThan(0);
	});

	it("allows the search island's runtime only with an island whose code comes from the site itself", () => {
		const island = (url: string) =>
			`<astro-island component-url="${url}" renderer-url="/assets/client.js" client="gebruik"><form></form></astro-island><script type="module" src="/assets/runtime.js"></script>`;
		expect(inspectHtml(page(island('/assets/KopZoeker.js'))).findings).toEqual([]);
		expect(inspectHtml(page(island('https://evil.example/x.js'))).findings.length).toBeGreaterThan(0);
		expect(inspectHtml(page(island('/beelden/x.js'))).findings.length).toBeGreaterThan(0);
	});

	it("holds the editor's page (/admin/) to its own policy: Decap from the site, no other script, no looser policy", () => {
		const csp = adminCsp(forgeOrigins({ platform: 'github', repository: 'a/b', branch: 'main' }), LOCAL_BACKEND_URL);
		const admin = adminPage({ portalName: 'Wijkportaal <b>x</b>', csp });
		expect(inspectHtml(admin, { admin: true }).findings).toEqual([]);
		expect(inspectHtml(admin).findings.length).toBeGreaterThan(0);
		const other = admin.replace('<script src="decap-cms.js"></script>', '<script src="/assets/x.js"></script>');
		expect(inspectHtml(other, { admin: true }).findings).toEqual([expect.stringContaining('script not allowed here')]);
		for (const looser of [
			csp.replace("script-src 'self' 'unsafe-eval'", "script-src 'self' 'unsafe-eval' 'unsafe-inline'"),
			csp.replace("script-src 'self'", "script-src 'self' https://cdn.example"),
			csp.replace("connect-src 'self'", "connect-src 'self' http://evil.example"),
			csp.replace("object-src 'none'", "object-src 'self'"),
		])
			expect(inspectHtml(admin.replace(escapeXml(csp), escapeXml(looser)), { admin: true }).findings, looser).toEqual([
				expect.stringContaining('meta http-equiv not allowed'),
				"the page lacks the site's own Content-Security-Policy",
			]);
	});

	it("allows the map island's module file only on a page with the island", () => {
		expect(
			inspectHtml(
				page(
					'<wijk-kaart data-gebieden="/kaart/gebieden.json"></wijk-kaart><script type="module" src="/assets/kaart.js"></script>',
				),
			).findings,
		).toEqual([]);
		expect(
			inspectHtml(page('<wijk-kaart></wijk-kaart><script type="module" src="https://evil.example/x.js"></script>'))
				.findings.length,
		).toBeGreaterThan(0);
	});

	it("requires exactly the portal's own Content-Security-Policy", () => {
		expect(inspectHtml('<!doctype html><title>x</title><p>x</p>').findings).toEqual([
			"the page lacks the site's own Content-Security-Policy",
		]);
		expect(
			inspectHtml(page('', `<meta http-equiv="Content-Security-Policy" content="script-src *">`)).findings.length,
		).toBe(1);
	});

	it('gives the text a visitor sees, escaped markup as characters', () => {
		expect(inspectHtml(page('<p>&lt;script&gt;alert(1)&lt;/script&gt;  en\n{{7*7}}</p>')).text).toContain(
			'<script>alert(1)</script> en {{7*7}}',
		);
	});
});

describe('URL rules', () => {
	it('reads schemes and origins as a browser does', () => {
		expect(isSafeLink(' javascript:alert(1)')).toBe(false);
		expect(isSafeLink('\u0001javascript:alert(1)')).toBe(false);
		expect(isSafeLink('tel:140999')).toBe(true);
		expect(isSameOrigin('/\\evil.example/x')).toBe(false);
		expect(isSameOrigin('beelden/x.svg')).toBe(true);
	});
});

describe('download checks', () => {
	it('JSON must parse', () => {
		expect(checkJson('{"a": 1}')).toEqual([]);
		expect(checkJson('{"a": 1')).toHaveLength(1);
	});

	it("YAML (the editor's configuration) is one plain document: no tags, no anchors on values", () => {
		const config = stringify(
			decapConfig({
				contentPath: 'content',
				wijken: [
					{ folder: 'noord', naam: '*a &b !!js/function "x" ---\n- y: z' },
					{ folder: 'zuid', naam: '&c *c' },
				],
				themas: ['{{x}}', 'a: b'],
				redactie: { platform: 'github', repository: 'a/b', branch: 'main' },
			}),
			{ lineWidth: 0 },
		);
		expect(checkYaml(config)).toEqual([]);
		expect(checkYaml('a: !!js/function x')).toContainEqual(expect.stringContaining('YAML tag'));
		expect(config).toContain('&a1'); // the form shared by both wijken
		expect(checkYaml('a: &x 1\nb: *x')).toEqual(['YAML anchor on a value: &x']);
		expect(checkYaml('a: 1\n---\nb: 2')).toEqual(['not exactly one YAML document']);
		expect(checkYaml('a: [1')).not.toEqual([]);
	});

	it('CSV cells must not start like a formula, and rows keep their width', () => {
		expect(checkCsv('\uFEFFgebied;naam;waarde\nWK1;Noord;-2,5\nWK2;"Zuid; ""oud""";+3\n')).toEqual([]);
		for (const cell of [
			'=HYPERLINK("https://evil.example";"x")',
			'+1+1',
			"-2+3+cmd|' /C notepad'!A0",
			'@SUM(1)',
			'"\t=1"',
			'"\r=1"',
		]) {
			expect(checkCsv(`gebied;naam;waarde\nWK1;${cell};1\n`).length, cell).toBeGreaterThan(0);
		}
		expect(checkCsv('gebied;naam;waarde\nWK1;Naam;=1+1;1\n').length).toBeGreaterThan(0);
	});
});

describe('feed and calendar checks', () => {
	it('feeds: well-formed, no active markup in their text', () => {
		expect(
			checkXml(
				'<rss><channel><item><title>Speeltuin &amp; bankjes</title><link>https://x.example/a</link></item></channel></rss>',
			),
		).toEqual([]);
		expect(
			checkXml('<rss><channel><item><title>&lt;script&gt;alert(1)&lt;/script&gt;</title></item></channel></rss>')
				.length,
		).toBeGreaterThan(0);
		expect(
			checkXml('<rss><channel><item><link>javascript:alert(1)</link></item></channel></rss>').length,
		).toBeGreaterThan(0);
		expect(checkXml('<rss><title>x</rss>').length).toBeGreaterThan(0);
	});

	it('calendars: CRLF lines, escaped values, no property smuggled in', () => {
		expect(
			checkIcs('BEGIN:VCALENDAR\r\nSUMMARY:Vergadering\\, wijkplatform\r\n  vervolg\r\nEND:VCALENDAR\r\n'),
		).toEqual([]);
		expect(
			checkIcs('BEGIN:VCALENDAR\r\nSUMMARY:x\nATTACH:https://evil.example\r\nEND:VCALENDAR\r\n').length,
		).toBeGreaterThan(0);
		expect(checkIcs('BEGIN:VCALENDAR\r\nURL:javascript:alert(1)\r\nEND:VCALENDAR\r\n').length).toBeGreaterThan(0);
		expect(checkIcs('BEGIN:VCALENDAR\r\nSUMMARY:a\u0000b\r\nEND:VCALENDAR\r\n').length).toBeGreaterThan(0);
	});
});

describe('picture and stylesheet checks', () => {
	const svg = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attrs}>${inner}</svg>`;

	it('passes a plain SVG with internal references', () => {
		expect(
			checkSvg(svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" style="fill:url(#g)"/><use href="#g"/>')),
		).toEqual([]);
	});

	it.each([
		['script', svg('<script>alert(1)</script>')],
		['onload', svg('', ' onload="alert(1)"')],
		['external picture', svg('<image href="https://evil.example/x.png"/>')],
		['foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>')],
		['external style', svg('<style>@import url(https://evil.example/x.css);</style>')],
		['entities', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`],
		['not XML', '<html><script>alert(1)</script>'],
	])('catches an SVG with %s', (_name, text) => {
		expect(checkSvg(text).length).toBeGreaterThan(0);
	});

	it('a picture must be what its name says', () => {
		expect(checkPicture(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'x.png')).toEqual([]);
		expect(checkPicture(new TextEncoder().encode('<html><script>alert(1)</script>'), 'x.png').length).toBe(1);
	});

	it('stylesheets load nothing from another site', () => {
		expect(checkCss('a{background:url(/x.png)} b{background:url("data:image/svg+xml,x")}')).toEqual([]);
		expect(checkCss('@import url(https://evil.example/x.css);').length).toBeGreaterThan(0);
		expect(checkCss('a{background:url(//evil.example/x.png)}').length).toBeGreaterThan(0);
	});
});
