/**
 * The one HTML sanitiser of the portal. Every text that content turns into HTML (wijkplatform
 * Markdown, news Markdown and MDX) passes through `sanitizeTree` after rendering: an explicit
 * allow-list of elements, attributes and URL forms. Anything not on the list is removed, so a
 * mistake in an earlier step can never put script, styles, frames, forms, redirects or
 * requests to other websites on a page.
 */
import type { Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

import { LINK_SCHEMES } from './link-schemes.ts';

// Control characters, white space and backslashes have no place in a URL an editor writes;
// browsers ignore some of them, which is how filters are tricked ("java\tscript:").
const SUSPICIOUS = /[\u0000-\u0020\u007f-\u009f\\]/;

/** A path on the portal itself: "/wijken/noord/", not "//other.example/" or "/\other.example". */
export function isSameOriginPath(url: string): boolean {
	return /^\/(?![/\\])/.test(url) && !SUSPICIOUS.test(url);
}

/** A relative reference: no scheme before the first '/', '?' or '#' ("beelden/x.svg", "#kop", "../"). */
function isRelative(url: string): boolean {
	return !SUSPICIOUS.test(url) && !url.startsWith('//') && /^[^:/?#]*(?:[/?#]|$)/.test(url);
}

/** A link target that is safe to publish: http(s), mailto, tel, a path on the portal or an anchor. */
export function isSafeHref(url: string): boolean {
	const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
	if (scheme) return (LINK_SCHEMES as readonly string[]).includes(scheme) && !SUSPICIOUS.test(url.replace(/ /g, ''));
	return isRelative(url);
}

/** Elements allowed in rendered content text, with the attributes each may carry. */
const ELEMENTS: Record<string, string[]> = {
	p: [],
	br: [],
	hr: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	em: [],
	strong: [],
	b: [],
	i: [],
	u: [],
	s: [],
	del: [],
	ins: [],
	mark: [],
	small: [],
	sub: [],
	sup: [],
	abbr: ['title'],
	cite: [],
	q: [],
	dfn: [],
	kbd: [],
	code: [],
	pre: [],
	blockquote: [],
	ul: [],
	ol: ['start', 'reversed'],
	li: [],
	dl: [],
	dt: [],
	dd: [],
	a: ['href', 'title', 'hrefLang'],
	table: [],
	caption: [],
	thead: [],
	tbody: [],
	tfoot: [],
	tr: [],
	th: ['align', 'colSpan', 'rowSpan', 'scope'],
	td: ['align', 'colSpan', 'rowSpan'],
	details: [],
	summary: [],
	figure: [],
	figcaption: [],
	img: ['src', 'alt', 'width', 'height'],
	// Only the portal's own components set these (call-outs, linked agenda items).
	div: [],
	span: [],
	aside: [],
	time: ['dateTime'],
	section: [],
};

/** Class names the portal's own components put on elements; nothing else gets a class. */
export const COMPONENT_CLASSES = [
	'kader',
	'kader--info',
	'kader--let-op',
	'kader--succes',
	'kader__titel',
	'figuur',
	'agendapunt-link',
	'agendapunt-link__status',
	'utrecht-alert',
	'utrecht-alert--info',
	'utrecht-alert--warning',
	'utrecht-alert--ok',
	'utrecht-alert__content',
	'utrecht-alert__message',
] as const;

/** HTML elements an editor may type in news (MDX or Markdown); the rest is for generated markup. */
export const NEWS_HTML_ELEMENTS = [
	'abbr',
	'b',
	'br',
	'cite',
	'code',
	'del',
	'dfn',
	'em',
	'i',
	'ins',
	'kbd',
	'mark',
	'q',
	's',
	'small',
	'strong',
	'sub',
	'sup',
	'u',
] as const;

/** Attributes an editor may write on those elements. */
export const NEWS_HTML_ATTRIBUTES: Record<string, readonly string[]> = { abbr: ['title'] };

function schema(images: boolean): Schema {
	const tagNames = Object.keys(ELEMENTS).filter((t) => images || t !== 'img');
	const attributes: Schema['attributes'] = Object.fromEntries(tagNames.map((t) => [t, [...ELEMENTS[t]!]]));
	const withClass = ['div', 'span', 'aside', 'figure', 'p', 'a', 'strong'];
	for (const t of withClass) attributes[t] = [...(attributes[t] ?? []), ['className', ...COMPONENT_CLASSES]];
	return {
		strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
		tagNames,
		attributes,
		// Checked by isSafeHref / isSameOriginPath below, which are stricter than a protocol list.
		protocols: {},
		// Ids and names are dropped: content text never needs them, and they could clobber the page's own.
		clobber: [],
		allowComments: false,
		allowDoctypes: false,
		required: {},
		ancestors: {},
	};
}

const WITH_IMAGES = schema(true);
const WITHOUT_IMAGES = schema(false);

/**
 * Sanitises a rendered HTML tree in place and returns the clean tree.
 * @param images whether `<img>` may stay (news); its `src` must be a path on the portal.
 */
export function sanitizeTree(tree: Root, options: { images: boolean }): Root {
	const clean = sanitize(tree, options.images ? WITH_IMAGES : WITHOUT_IMAGES) as Root;
	visit(clean, 'element', (node) => {
		const props = node.properties;
		if (typeof props.href === 'string' && !isSafeHref(props.href)) delete props.href;
		if (props.href !== undefined && typeof props.href !== 'string') delete props.href;
		if (node.tagName === 'img' && !(typeof props.src === 'string' && isSameOriginPath(props.src))) delete props.src;
	});
	// An image without a safe source is no image.
	visit(clean, 'element', (node, index, parent) => {
		if (node.tagName === 'img' && node.properties.src === undefined && parent && index !== undefined) {
			parent.children.splice(index, 1);
			return index;
		}
		return undefined;
	});
	return clean;
}
