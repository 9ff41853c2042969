/**
 * Builds DOM nodes without HTML strings: text is always text, and no `style` attribute is
 * ever set (the Content-Security-Policy forbids inline styles).
 */
type Child = Node | string | false | null | undefined;
type Attrs = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Attrs = {},
	...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) {
		if (name === 'style') throw new Error('no inline styles');
		if (value === undefined || value === false) continue;
		el.setAttribute(name, value === true ? '' : String(value));
	}
	for (const child of children.flat()) {
		if (child === false || child === null || child === undefined) continue;
		el.append(child);
	}
	return el;
}

let counter = 0;
/** A unique id prefix for one map on the page. */
export const uniqueId = (base: string) => `${base}-${++counter}`;
