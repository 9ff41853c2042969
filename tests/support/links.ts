/**
 * Internal link and anchor check over a built site: every `href`, `src` and `srcset` in every
 * HTML file that points to the site itself must lead to a file in the output folder, and every
 * `#fragment` (on the same page or another) to an element with that id there.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { type DefaultTreeAdapterTypes, parse } from 'parse5';

import { listFiles } from './fixtures.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** The origin pages are resolved against; links to any other origin are not the site's own. */
const ORIGIN = 'http://wijkportaal.invalid';
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'poster', 'action', 'data']);

interface Page {
	/** The page's own URL path ("/wijken/noord/"). */
	path: string;
	ids: Set<string>;
	links: { attribute: string; value: string }[];
}

function walk(node: Node, visit: (element: Element) => void): void {
	if ('tagName' in node) visit(node);
	const children = 'content' in node && node.content ? node.content.childNodes : [];
	for (const child of [...('childNodes' in node ? node.childNodes : []), ...children]) walk(child, visit);
}

function readPage(dist: string, file: string): Page {
	const rel = relative(dist, file).split(sep).join('/');
	const path = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
	const ids = new Set<string>();
	const links: Page['links'] = [];
	walk(parse(readFileSync(file, 'utf8')), (element) => {
		for (const { name, value, prefix } of element.attrs) {
			const attribute = prefix ? `${prefix}:${name}` : name;
			if (attribute === 'id' || (attribute === 'name' && element.tagName === 'a')) ids.add(value);
			else if (URL_ATTRIBUTES.has(attribute)) links.push({ attribute, value });
			else if (attribute === 'srcset' || attribute === 'imagesrcset') {
				for (const candidate of value.split(',')) {
					const url = candidate.trim().split(/\s+/)[0];
					if (url) links.push({ attribute, value: url });
				}
			}
		}
	});
	return { path, ids, links };
}

function decode(text: string): string | undefined {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

/** The file a URL path of the site is served from, or undefined when there is none. */
function fileFor(dist: string, pathname: string): string | undefined {
	const decoded = decode(pathname);
	if (decoded === undefined) return undefined;
	const candidates = decoded.endsWith('/')
		? [join(dist, decoded, 'index.html')]
		: [join(dist, decoded), join(dist, decoded, 'index.html')];
	return candidates.find((f) => f.startsWith(dist) && existsSync(f) && statSync(f).isFile());
}

/** Every broken internal link or anchor of the site in `dist`, as "page: attribute=value (reason)". */
export function brokenLinks(dist: string): string[] {
	const files = listFiles(dist).filter((f) => f.endsWith('.html'));
	const pages = new Map(files.map((f) => [f, readPage(dist, f)]));
	const problems: string[] = [];
	for (const page of pages.values()) {
		for (const { attribute, value } of page.links) {
			const trimmed = value.trim();
			if (/^(?:mailto|tel|data|javascript|blob):/i.test(trimmed)) continue;
			const url = new URL(trimmed, ORIGIN + page.path);
			if (url.origin !== ORIGIN) continue;
			const where = `${page.path}: ${attribute}="${value}"`;
			const target = fileFor(dist, url.pathname);
			if (!target) {
				problems.push(`${where} (no file ${url.pathname} in the site)`);
				continue;
			}
			const fragment = decode(url.hash.slice(1));
			if (fragment === '' || fragment === 'top') continue;
			const targetPage = pages.get(target);
			if (!targetPage) {
				problems.push(`${where} (an anchor into ${url.pathname}, which is not a page)`);
				continue;
			}
			if (fragment === undefined || !targetPage.ids.has(fragment))
				problems.push(`${where} (no element with id "${fragment ?? url.hash}" on ${targetPage.path})`);
		}
	}
	return problems;
}

/** How many internal links and anchors the site has (so a check over nothing cannot pass). */
export function countInternalLinks(dist: string): { links: number; anchors: number } {
	let links = 0;
	let anchors = 0;
	for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
		const page = readPage(dist, file);
		for (const { value } of page.links) {
			if (/^(?:mailto|tel|data|javascript|blob):/i.test(value.trim())) continue;
			const url = new URL(value.trim(), ORIGIN + page.path);
			if (url.origin !== ORIGIN) continue;
			links++;
			if (url.hash.length > 1) anchors++;
		}
	}
	return { links, anchors };
}
