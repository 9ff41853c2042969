/**
 * A built HTML page, parsed as a browser parses it (parse5), against the portal's rules:
 * no script but the islands' own module files (the map; the search field's runtime, with
 * `<astro-island>` components loaded from the site itself), no inline script or style, no event
 * handlers, no document-wide tags (meta refresh, base), nothing embedded or loaded from
 * another site, and only web, mail and phone links.
 */
import { parse } from 'parse5';

import { LOCAL_BACKEND_URL } from '#lib/cms/decap-config.ts';
import { CSP_META } from '#lib/site/csp.ts';

import { isSafeLink, isSameOrigin, srcsetUrls } from './urls.ts';

interface Attr {
	name: string;
	value: string;
	prefix?: string;
}
interface Node {
	nodeName: string;
	tagName?: string;
	namespaceURI?: string;
	attrs?: Attr[];
	value?: string;
	childNodes?: Node[];
	content?: Node;
}

const SVG = 'http://www.w3.org/2000/svg';
const EMBEDS = new Set([
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'portal',
	'fencedframe',
	'base',
	'style',
]);
/** Attributes that make the browser fetch something while the page loads: only from the site itself. */
const LOADING = new Set([
	'src',
	'srcset',
	'imagesrcset',
	'data',
	'poster',
	'background',
	'manifest',
	'codebase',
	'lowsrc',
	'dynsrc',
	'icon',
]);
/** Attributes a visitor may follow: web, mail, phone or the site itself. */
const FOLLOWED = new Set(['href', 'cite', 'action', 'formaction', 'ping']);

export interface PageInspection {
	findings: string[];
	/** All text and attribute values as a visitor's browser holds them, whitespace collapsed. */
	text: string;
}

const attrName = (a: Attr) => (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
const describe = (tag: string, a?: Attr) => (a ? `<${tag} ${attrName(a)}="${a.value.slice(0, 80)}">` : `<${tag}>`);

function walk(node: Node, visit: (node: Node) => void): void {
	visit(node);
	node.childNodes?.forEach((child) => walk(child, visit));
	if (node.content) walk(node.content, visit);
}

/**
 * The editor's page (/admin/, src/lib/cms/admin-page.ts) has its own policy: one script, Decap CMS
 * from the site itself, and a policy that allows scripts only from the site ('unsafe-eval' for
 * Decap's configuration check), nothing embedded, and connections only to the site, https
 * origins (the forge's API) and the local editing server.
 */
export function isAdminPolicy(policy: string): boolean {
	const directives = new Map(
		policy.split(';').map((d) => {
			const [name = '', ...values] = d.trim().split(/\s+/);
			return [name, values] as const;
		}),
	);
	const is = (name: string, values: string[]) => directives.get(name)?.join(' ') === values.join(' ');
	const origins = (name: string) =>
		(directives.get(name) ?? []).every(
			(v) =>
				["'self'", 'data:', 'blob:'].includes(v) ||
				/^https:\/\/[\w.-]+(?::\d+)?$/.test(v) ||
				v === new URL(LOCAL_BACKEND_URL).origin,
		);
	return (
		is('default-src', ["'self'"]) &&
		is('script-src', ["'self'", "'unsafe-eval'"]) &&
		is('style-src', ["'self'", "'unsafe-inline'"]) &&
		is('object-src', ["'none'"]) &&
		is('base-uri', ["'self'"]) &&
		is('form-action', ["'self'"]) &&
		origins('connect-src') &&
		origins('img-src')
	);
}

const ADMIN_SCRIPT = 'decap-cms.js';

export function inspectHtml(html: string, { admin = false }: { admin?: boolean } = {}): PageInspection {
	const findings: string[] = [];
	if (html.includes('\u0000')) findings.push('the page contains a NUL character');
	const doc = parse(html) as unknown as Node;
	const elements: Node[] = [];
	const texts: string[] = [];
	walk(doc, (node) => {
		if (node.tagName) elements.push(node);
		if (node.nodeName === '#text' && node.value) texts.push(node.value);
		for (const a of node.attrs ?? []) texts.push(a.value);
	});
	const hasIsland = elements.some((e) => e.tagName === 'wijk-kaart' || e.tagName === 'astro-island');
	let policies = 0;

	for (const el of elements) {
		const tag = el.tagName!.toLowerCase();
		const attrs = el.attrs ?? [];
		const get = (name: string) => attrs.find((a) => attrName(a) === name)?.value;
		if (tag === 'script') {
			const inline = (el.childNodes ?? []).some((c) => c.value?.trim());
			const src = get('src');
			const allowed = admin
				? src === ADMIN_SCRIPT
				: hasIsland && get('type') === 'module' && !!src && isSameOrigin(src);
			if (!allowed || inline)
				findings.push(`script not allowed here: ${describe(tag, attrs[0])}${inline ? ' with inline code' : ''}`);
		}
		if (EMBEDS.has(tag)) findings.push(`element not allowed: ${describe(tag, attrs[0])}`);
		if (tag === 'meta' && get('http-equiv') !== undefined) {
			const own =
				get('http-equiv')!.toLowerCase() === 'content-security-policy' &&
				(admin ? isAdminPolicy(get('content') ?? '') : get('content') === CSP_META) &&
				policies++ === 0;
			if (!own)
				findings.push(
					`meta http-equiv not allowed: ${describe(
						tag,
						attrs.find((a) => attrName(a) === 'http-equiv'),
					)} content="${(get('content') ?? '').slice(0, 80)}"`,
				);
		}
		// The canonical link names the page's own public address (portaal.yaml `webadres`): it loads nothing.
		// So do the hreflang alternates: the same page in the portal's other languages (src/layouts/Page.astro).
		const rel = get('rel')?.toLowerCase();
		const canonical =
			(rel === 'canonical' || (rel === 'alternate' && get('hreflang') !== undefined)) &&
			/^https?:\/\//i.test(get('href') ?? '');
		if (tag === 'link' && get('href') !== undefined && !canonical && !isSameOrigin(get('href')!))
			findings.push(
				`link to another site: ${describe(
					tag,
					attrs.find((a) => attrName(a) === 'href'),
				)}`,
			);
		if (tag === 'form' && get('action') !== undefined && !isSameOrigin(get('action')!))
			findings.push(
				`form sends to another site: ${describe(
					tag,
					attrs.find((a) => attrName(a) === 'action'),
				)}`,
			);
		if (/^(?:animate|set|animatemotion|animatetransform)$/.test(tag) && /href/i.test(get('attributename') ?? ''))
			findings.push(`animation that changes a link: ${describe(tag)}`);
		if (tag === 'astro-island')
			for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
				const url = get(name);
				if (url !== undefined && !/^\/assets\/[\w.-]+\.js$/.test(url))
					findings.push(
						`island loads code from elsewhere: ${describe(
							tag,
							attrs.find((a) => attrName(a) === name),
						)}`,
					);
			}
		if (tag === 'wijk-kaart' && attrs.some((a) => a.name.startsWith('data-') && !isSameOrigin(a.value)))
			findings.push(
				`map island reads from another site: ${describe(
					tag,
					attrs.find((a) => a.name.startsWith('data-') && !isSameOrigin(a.value)),
				)}`,
			);

		for (const a of attrs) {
			const name = attrName(a);
			if (name.startsWith('on')) findings.push(`event handler attribute: ${describe(tag, a)}`);
			else if (name === 'style') findings.push(`style attribute: ${describe(tag, a)}`);
			else if (name === 'srcdoc') findings.push(`srcdoc attribute: ${describe(tag, a)}`);
			else if (LOADING.has(name)) {
				const urls = name.endsWith('srcset') ? srcsetUrls(a.value) : [a.value];
				if (urls.some((u) => !isSameOrigin(u))) findings.push(`loads from another site or scheme: ${describe(tag, a)}`);
			} else if (FOLLOWED.has(name) || name === 'xlink:href') {
				// In SVG, href on anything but a link loads a resource (use, image, feImage).
				const loads = el.namespaceURI === SVG && tag !== 'a';
				if (loads ? !isSameOrigin(a.value) : !isSafeLink(a.value))
					findings.push(`unsafe ${loads ? 'resource' : 'link'}: ${describe(tag, a)}`);
			}
		}
	}
	if (policies === 0) findings.push("the page lacks the site's own Content-Security-Policy");
	return { findings, text: normalizeText(texts.join(' ')) };
}

/** Whitespace collapsed and typographic quotes made plain, so text compares as a reader sees it. */
export function normalizeText(text: string): string {
	return text
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}
