/** Reading built HTML in tests: every element of a parsed page (templates included) and an element's attribute. */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;

/** Every element under `node` in document order, including those inside `<template>`. */
export function elements(node: Node, found: Element[] = []): Element[] {
	if ('tagName' in node) found.push(node);
	const children = 'content' in node && node.content ? node.content.childNodes : [];
	for (const child of [...('childNodes' in node ? node.childNodes : []), ...children]) elements(child, found);
	return found;
}

export const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
