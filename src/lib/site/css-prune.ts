/**
 * Ships only the CSS the built pages use. After Astro has written the site, every stylesheet
 * Astro bundled (dist/assets/*.css) loses
 * - the rules whose selectors match nothing in the built HTML or the site's scripts
 *   (PurgeCSS; classes an island or script adds at run time are string literals in its
 *   bundle, so they count as used), and
 * - the design tokens (custom properties) nothing refers to: a token stays when a kept rule,
 *   a kept token, a page (inline `style`, SVG) or a script names it, followed transitively.
 * This works on whatever token theme the portal chose in portaal.yaml. A pruned stylesheet gets
 * a new fingerprint in its name, and every reference to the old name is rewritten, so a
 * browser never keeps a stale copy under long-term caching.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import postcss, { type Declaration, type Root } from 'postcss';
import { PurgeCSS } from 'purgecss';

/** Stylesheets left as they are: MapLibre's own, whose classes its code composes at run time. */
const UNTOUCHED = /^maplibre-gl\b/;
/** Files whose text can name a class or a token. */
const TEXT = /\.(html|js|mjs|css|svg|json|webmanifest)$/;
/** A word in a page or script, as PurgeCSS reads selectors: class names, element names, attribute words. */
const WORD = /[\w-]+/g;
/** A custom property named anywhere in text: `var(--x)`, `getPropertyValue('--x')`, `style="--x: 1"`. */
const TOKEN_NAME = /--[\w-]+/g;

export interface PruneResult {
	files: { from: string; to: string; before: number; after: number }[];
	tokensBefore: number;
	tokensAfter: number;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path) : [path];
	});
}

/** The names a value refers to with var(--name). */
function varRefs(value: string): string[] {
	return [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] ?? '');
}

/**
 * Removes the custom properties no kept rule, kept token, page or script refers to.
 * `named` holds the token names found in pages and scripts. Returns the numbers of
 * distinct tokens declared before and after.
 */
export function pruneTokens(roots: Root[], named: Set<string>): { before: number; after: number } {
	const declared = new Map<string, Declaration[]>();
	const used = new Set<string>(named);
	for (const root of roots) {
		root.walkDecls((decl) => {
			if (decl.prop.startsWith('--')) {
				declared.set(decl.prop, [...(declared.get(decl.prop) ?? []), decl]);
			} else {
				for (const name of varRefs(decl.value)) used.add(name);
			}
		});
		// A token used in an at-rule's parameters (rare, e.g. @container) also counts.
		root.walkAtRules((rule) => {
			for (const name of varRefs(rule.params)) used.add(name);
		});
	}
	const kept = new Set<string>();
	const queue = [...used];
	while (queue.length > 0) {
		const name = queue.pop()!;
		if (kept.has(name)) continue;
		kept.add(name);
		for (const decl of declared.get(name) ?? []) queue.push(...varRefs(decl.value));
	}
	for (const [name, decls] of declared) {
		if (kept.has(name)) continue;
		for (const decl of decls) decl.remove();
	}
	for (const root of roots) {
		root.walkRules((rule) => {
			if (rule.nodes.length === 0) rule.remove();
		});
		root.walkAtRules((rule) => {
			if (rule.nodes !== undefined && rule.nodes.length === 0) rule.remove();
		});
	}
	return { before: declared.size, after: [...declared.keys()].filter((name) => kept.has(name)).length };
}

/** A content fingerprint in the style of the bundler's: 8 URL-safe characters. */
const fingerprint = (css: string) => createHash('sha256').update(css).digest('base64url').slice(0, 8);

/**
 * Prunes the stylesheets of a built site in `dist` in place; see the top of this file.
 * `scripts`: the site's own script code (without the libraries it bundles, whose words, such
 * as every HTML element name in React, would keep everything); without it every script file
 * in `dist` is read.
 */
export async function pruneSiteCss(dist: string, scripts?: readonly string[]): Promise<PruneResult> {
	const files = walk(dist).filter((file) => TEXT.test(file));
	const assets = join(dist, 'assets');
	const sheets = files.filter(
		(file) => file.startsWith(assets) && file.endsWith('.css') && !UNTOUCHED.test(basename(file)),
	);
	const sheetSet = new Set(sheets);
	// Everything that can use a selector or a token: pages and scripts (not the stylesheets themselves).
	const words = new Set<string>();
	const named = new Set<string>();
	const isScript = (file: string) => /\.m?js$/.test(file);
	const collect = (text: string) => {
		for (const [word] of text.matchAll(WORD)) words.add(word);
		for (const [name] of text.matchAll(TOKEN_NAME)) named.add(name);
	};
	// One file at a time: a national portal has gigabytes of HTML, too much to hold at once.
	for (const file of files) {
		if (!file.endsWith('.css') && !file.endsWith('.json') && !(scripts && isScript(file)))
			collect(readFileSync(file, 'utf8'));
	}
	for (const text of scripts ?? []) collect(text);
	// Stylesheets outside the bundle (e.g. the wijk colours) may use tokens too.
	for (const file of files.filter((f) => f.endsWith('.css') && !sheetSet.has(f))) {
		postcss.parse(readFileSync(file, 'utf8')).walkDecls((decl) => {
			for (const name of varRefs(decl.value)) named.add(name);
		});
	}

	const purged = await new PurgeCSS().purge({
		content: [{ raw: [...words].join(' '), extension: 'html' }],
		css: sheets.map((file) => ({ raw: readFileSync(file, 'utf8'), name: file })),
		defaultExtractor: (content) => content.match(WORD) ?? [],
		// States the browser or a script sets: keep them even when no page has them when built.
		// MapLibre's classes are named only in its own bundle, which is not read (see `scripts`):
		// the portal's rules for its controls and popups must stay.
		safelist: { standard: [/^is-/, /^met-js$/], greedy: [/maplibregl-/] },
	});
	const byFile = new Map(purged.map((result) => [result.file, result.css]));
	const roots = sheets.map((file) => postcss.parse(byFile.get(file) ?? readFileSync(file, 'utf8'), { from: file }));
	const tokens = pruneTokens(roots, named);

	const result: PruneResult = { files: [], tokensBefore: tokens.before, tokensAfter: tokens.after };
	const renames = new Map<string, string>();
	sheets.forEach((file, i) => {
		const before = Buffer.byteLength(readFileSync(file));
		const css = roots[i]?.toResult().css ?? '';
		const from = basename(file);
		const to = `${from.replace(/(\.[\w-]{8})?\.css$/, '')}.${fingerprint(css)}.css`;
		writeFileSync(file, css);
		renameSync(file, join(assets, to));
		renames.set(from, to);
		result.files.push({ from, to, before, after: Buffer.byteLength(css) });
	});
	for (const file of files) {
		if (sheetSet.has(file)) continue;
		const text = readFileSync(file, 'utf8');
		let next = text;
		for (const [from, to] of renames) next = next.replaceAll(`/${from}`, `/${to}`);
		if (next !== text) writeFileSync(file, next);
	}
	return result;
}
