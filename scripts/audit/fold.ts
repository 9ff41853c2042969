/**
 * Where a phone's first screen ends in the HTML source: the byte offset of the first element,
 * in document order, that starts at or below the fold (budgets.ts FOLD). The browser lays the
 * page out without JavaScript (the portal works without it, and then the DOM is exactly what
 * the HTML says) and names the element by its number in document order; parse5, which builds
 * the same tree by the same HTML standard, gives that element's place in the source.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import type { Browser } from 'playwright-core';

import { FOLD } from './budgets.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The elements of a document in document order, as `document.querySelectorAll('*')` lists them. */
function elementsInOrder(html: string): Element[] {
	// Without scripting, <noscript> holds elements, as in a browser with JavaScript off.
	const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
	const found: Element[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node) found.push(node);
		// A <template>'s content is a separate fragment, not part of the document's tree.
		if ('childNodes' in node && !(node.nodeName === 'template')) for (const child of node.childNodes) walk(child);
	};
	walk(document);
	return found;
}

/** An element as the browser names it: its number in document order and its tag name. */
export interface ElementAt {
	index: number;
	tagName: string;
}

/**
 * The byte offset in `html` where the element starts, or null when the source has no such
 * element (an element the parser added itself, or a DOM that differs from the source).
 */
export function elementByteOffset(html: Uint8Array, at: ElementAt): number | null {
	const text = new TextDecoder().decode(html);
	const element = elementsInOrder(text)[at.index];
	const start = element?.sourceCodeLocation?.startOffset;
	if (!element || start === undefined || element.tagName !== at.tagName.toLowerCase()) return null;
	return Buffer.byteLength(text.slice(0, start));
}

/**
 * Opens `url` at phone size without JavaScript in `browser` and returns the number (document
 * order and tag) of the first element that starts at or below the fold, or null when all fits.
 */
export async function firstElementBelowFold(browser: Browser, url: string): Promise<ElementAt | null> {
	const context = await browser.newContext({ viewport: FOLD, javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		return await page.evaluate((fold) => {
			const all = [...document.querySelectorAll('*')];
			const index = all.findIndex((element) => {
				const box = element.getBoundingClientRect();
				return box.top >= fold && (box.width > 0 || box.height > 0);
			});
			const element = all[index];
			return element ? { index, tagName: element.tagName } : null;
		}, FOLD.height);
	} finally {
		await context.close();
	}
}

/** The byte offset where the first screen of `url` (whose HTML is `html`) ends, or null. */
export async function foldOffset(browser: Browser, url: string, html: Uint8Array): Promise<number | null> {
	const at = await firstElementBelowFold(browser, url);
	return at === null ? null : elementByteOffset(html, at);
}
