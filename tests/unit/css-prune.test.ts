/**
 * The CSS pruning after the build (src/lib/site/css-prune.ts) on a small built site in a
 * temporary folder, with a real token theme: once with the demo's theme (tokens under its theme
 * class) and once with the same package's variables under :root, as a portal with another
 * theme could have. About a second.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import postcss from 'postcss';
import { afterEach, describe, expect, it } from 'vitest';

import { pruneSiteCss, pruneTokens } from '#lib/site/css-prune.ts';
import { resolveTokens } from '#lib/site/theme.ts';

const THEMES = [
	'@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
	'@nl-design-system-unstable/voorbeeld-design-tokens/dist/variables.css',
];

const COMPONENTS = `
.utrecht-html h1 { color: var(--utrecht-heading-1-color, var(--wp-kop)); }
.utrecht-html textarea { border-color: var(--utrecht-textarea-border-color); }
.kaart-kies.is-gekozen { outline: 2px solid var(--wp-gekozen); }
.ongebruikt { color: red; }
.kaart-kies .maplibregl-ctrl-group button { inline-size: 44px; }
:root { --wp-kop: var(--wp-basis); --wp-basis: #123456; --wp-los: 1px; --wp-gekozen: blue; --wp-inline: 1; --wp-script: 2; }
`;

const HTML = (css: string) =>
	`<!doctype html><html class="utrecht-html voorbeeld-theme"><head><link rel="stylesheet" href="/assets/${css}"></head>` +
	`<body><h1>Kop</h1><div class="kaart-kies" style="width: calc(var(--wp-inline) * 1px)"></div></body></html>`;
const SCRIPT = `el.classList.add('is-gekozen'); getComputedStyle(el).getPropertyValue('--wp-script');`;

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function site(theme: string): string {
	const dist = mkdtempSync(join(tmpdir(), 'css-prune-'));
	folders.push(dist);
	mkdirSync(join(dist, 'assets'));
	writeFileSync(join(dist, 'assets', 'Page.AbCd1234.css'), readFileSync(resolveTokens(theme), 'utf8') + COMPONENTS);
	writeFileSync(join(dist, 'assets', 'kaart.Xy12_-ab.js'), SCRIPT);
	writeFileSync(join(dist, 'index.html'), HTML('Page.AbCd1234.css'));
	return dist;
}

function declared(css: string): Set<string> {
	const names = new Set<string>();
	postcss.parse(css).walkDecls((decl) => {
		if (decl.prop.startsWith('--')) names.add(decl.prop);
	});
	return names;
}

describe.each(THEMES)('pruning the built CSS with %s', (theme) => {
	it('keeps only the rules and tokens the pages and scripts use, under a new name', async () => {
		const dist = site(theme);
		const before = declared(readFileSync(join(dist, 'assets', 'Page.AbCd1234.css'), 'utf8'));
		const result = await pruneSiteCss(dist);

		const [name] = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.css'));
		expect(name).toMatch(/^Page\.[\w-]{8}\.css$/);
		expect(name).not.toBe('Page.AbCd1234.css');
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`href="/assets/${name}"`);

		const css = readFileSync(join(dist, 'assets', name ?? ''), 'utf8');
		const after = declared(css);
		// Rules: the heading and the state a script sets stay; no textarea and no unused class.
		expect(css).toContain('.utrecht-html h1');
		expect(css).toContain('.kaart-kies.is-gekozen');
		expect(css).not.toContain('textarea');
		expect(css).not.toContain('.ongebruikt');
		// MapLibre names its classes only in its own bundle, which is not read: the rules for them stay.
		expect(css).toContain('.kaart-kies .maplibregl-ctrl-group button');
		// Tokens: used ones and what they refer to, transitively; from a page's style and a script too.
		for (const token of [
			'--utrecht-heading-1-color',
			'--wp-kop',
			'--wp-basis',
			'--wp-gekozen',
			'--wp-inline',
			'--wp-script',
		]) {
			if (before.has(token)) expect(after, token).toContain(token);
		}
		expect(after).not.toContain('--wp-los');
		expect(after).not.toContain('--utrecht-textarea-border-color');
		// The theme shrinks to a small part, and every token kept is referred to.
		expect(before.size).toBeGreaterThan(1000);
		expect(after.size).toBeLessThan(before.size / 10);
		expect(result.tokensBefore).toBe(before.size);
		expect(result.tokensAfter).toBe(after.size);
		const referred = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]));
		for (const token of after) if (!['--wp-inline', '--wp-script'].includes(token)) expect(referred).toContain(token);
	});
});

describe('pruneTokens', () => {
	it('follows references through tokens and drops rules left empty', () => {
		const root = postcss.parse(
			':root{--a:var(--b);--b:var(--c, 1px);--c:2px;--d:var(--a);--e:3px}.x{margin:var(--a)}.leeg{--e:4px}',
		);
		expect(pruneTokens([root], new Set())).toEqual({ before: 5, after: 3 });
		expect(root.toString()).toBe(':root{--a:var(--b);--b:var(--c, 1px);--c:2px}.x{margin:var(--a)}');
	});
});
