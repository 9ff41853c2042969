/**
 * Renders a news body (Markdown or MDX) to safe HTML, without ever running code.
 *
 * MDX is only parsed, never compiled: the tree is checked against the rules below and then
 * turned into HTML by this module. `import`/`export`, `{expressions}`, unknown components and
 * HTML outside a short allow-list are refused with a Dutch message naming the line. The result
 * passes the portal's one sanitiser. `npm run check` and the build call this same function, so
 * a body that passes the check renders the same in the build.
 */
import { randomUUID } from 'node:crypto';

import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { type State, toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import { quoted } from '#lib/content/quote.ts';
import { NESTING_MESSAGE, tooDeepAt, tooDeepQuoteAt } from '#lib/markdown/depth.ts';
import type { MarkdownFinding } from '#lib/markdown/safety.ts';
import { isSafeHref, NEWS_HTML_ATTRIBUTES, NEWS_HTML_ELEMENTS, sanitizeTree } from '#lib/markdown/sanitize.ts';

import { COMPONENTS } from './components.ts';
import type { NewsContext } from './context.ts';
import { allowedList, CODE_MESSAGE, ESCAPE_HINT, foreignImage, linkMessage, refusedElement } from './messages.ts';
import { parseErrorLine, parseErrorMessage } from './parse-errors.ts';

export type NewsFormat = 'md' | 'mdx';

/** A news file is MDX when its name ends in .mdx, else Markdown. */
export const newsFormat = (path: string): NewsFormat => (path.endsWith('.mdx') ? 'mdx' : 'md');

export interface NewsRendering {
	/** Safe HTML; empty when there are findings. */
	html: string;
	/** Pictures the body shows, as paths inside content/nieuws/. */
	images: string[];
	/** Problems, with lines counted in the file (see `firstLine`). */
	findings: MarkdownFinding[];
}

interface JsxAttribute {
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	value?: string | null | { type: string };
}
interface JsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: JsxAttribute[];
	children: MdastNodes[];
	position?: { start: { line: number } };
}

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

const HTML_ELEMENTS = new Set<string>(NEWS_HTML_ELEMENTS);
const ONLY_COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/**
 * @param firstLine the file line on which `body` starts, so that findings name file lines.
 */
export function renderNews(body: string, format: NewsFormat, context: NewsContext, firstLine = 1): NewsRendering {
	const findings: MarkdownFinding[] = [];
	const at = (line: number | undefined, message: string) =>
		findings.push({ line: (line ?? 1) + firstLine - 1, message });
	const result = (html = ''): NewsRendering => ({
		html: findings.length ? '' : html,
		images: findings.length ? [] : images,
		findings,
	});
	const images: string[] = [];

	const quoted = tooDeepQuoteAt(body);
	if (quoted !== undefined) {
		at(quoted, NESTING_MESSAGE);
		return result();
	}
	let tree: MdastRoot;
	try {
		tree = (format === 'mdx' ? mdxParser : markdownParser).parse(body);
	} catch (error) {
		at(
			error instanceof RangeError ? 1 : parseErrorLine(error),
			error instanceof RangeError ? NESTING_MESSAGE : parseErrorMessage(error),
		);
		return result();
	}
	const deep = tooDeepAt(tree);
	if (deep !== undefined) {
		at(deep, NESTING_MESSAGE);
		return result();
	}

	checkTree(tree, context, at, images);
	if (findings.length) return result();

	const generated = generatedParts();
	const hast = toHast(tree, {
		allowDangerousHtml: format === 'md',
		handlers: {
			mdxJsxFlowElement: (state, node) => jsxToHast(state, node as JsxElement, context, generated),
			mdxJsxTextElement: (state, node) => jsxToHast(state, node as JsxElement, context, generated),
			mdxFlowExpression: () => undefined,
			mdxTextExpression: () => undefined,
			mdxjsEsm: () => undefined,
		},
	}) as HastRoot;
	const parsed = format === 'md' ? (raw(hast) as HastRoot) : hast;
	// The page's title is the only h1: a '#' heading in the text becomes h2.
	visit(parsed, 'element', (node) => {
		if (node.tagName === 'h1') node.tagName = 'h2';
	});
	return result(generated.insert(toHtml(sanitizeTree(parsed, { images: true }))));
}

interface Generated {
	add: (html: string) => Element;
	insert: (html: string) => string;
}

/**
 * HTML the portal generates for a component (an SVG chart) does not go through the sanitiser,
 * which allows no SVG. It waits behind a random token that no content file can know or forge.
 */
function generatedParts(): Generated {
	const parts = new Map<string, string>();
	const prefix = `wijkportaal-${randomUUID()}-`;
	return {
		add(html) {
			const token = `${prefix}${parts.size}`;
			parts.set(token, html);
			return placeholder(token);
		},
		insert(html) {
			return parts.size
				? html.replace(new RegExp(`<p>(${prefix}\\d+)</p>`, 'g'), (_m, token: string) => parts.get(token) ?? '')
				: html;
		},
	};
}

type At = (line: number | undefined, message: string) => void;

function checkTree(tree: MdastRoot, context: NewsContext, at: At, images: string[]): void {
	visit(tree, (node) => {
		const line = node.position?.start.line;
		switch (node.type as string) {
			case 'mdxjsEsm':
				at(
					line,
					`hier staat code (import of export). ${CODE_MESSAGE} Haal de regel weg. Een afbeelding zet u in het bericht met <Figuur bestand="…" alt="…" />.`,
				);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!ONLY_COMMENT.test((node as { value?: string }).value ?? '')) {
					at(line, `hier staat code tussen accolades ({…}). ${CODE_MESSAGE} ${ESCAPE_HINT}`);
				}
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsx(node as unknown as JsxElement, context, at, images);
				return;
			case 'html':
				checkRawHtml((node as { value: string }).value, line, at);
				return;
			case 'link':
			case 'definition': {
				const url = (node as { url: string }).url;
				if (!isSafeHref(url)) at(line, linkMessage(url));
				return;
			}
			case 'image': {
				const image = node as { url: string; alt?: string | null };
				if (!image.alt?.trim())
					at(
						line,
						'deze afbeelding heeft geen beschrijving. Schrijf tussen de [ ] wat er op de afbeelding staat, bijvoorbeeld ![Kinderen op het nieuwe klimrek](beelden/klimrek.jpg).',
					);
				const foreign = foreignImage(image.url);
				const resolved = foreign ? { problem: foreign } : context.image(image.url);
				if ('problem' in resolved) at(line, resolved.problem);
				else {
					images.push(image.url);
					image.url = resolved.src;
				}
				return;
			}
			case 'imageReference':
				at(
					line,
					'deze afbeelding verwijst naar een definitie elders in de tekst. Schrijf de afbeelding direct: ![beschrijving](beelden/foto.jpg).',
				);
				return;
			case 'footnoteReference':
			case 'footnoteDefinition':
				at(
					line,
					'voetnoten ([^1]) worden in nieuws niet ondersteund. Zet de uitleg in de tekst zelf, of tussen haakjes.',
				);
				return;
		}
	});
}

function checkJsx(node: JsxElement, context: NewsContext, at: At, images: string[]): void {
	const line = node.position?.start.line;
	if (!node.name) {
		at(line, `hier staat een leeg label (<>). ${allowedList()}`);
		return;
	}
	const spec = COMPONENTS[node.name];
	const isHtml = HTML_ELEMENTS.has(node.name);
	if (!spec && !isHtml) {
		at(line, refusedElement(node.name));
		return;
	}
	const allowed = spec ? Object.keys(spec.attributes) : (NEWS_HTML_ATTRIBUTES[node.name] ?? []);
	const values: Record<string, string> = {};
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			at(
				line,
				`bij <${node.name}> staat code tussen accolades ({…}). ${CODE_MESSAGE} Schrijf elke waarde tussen aanhalingstekens, zoals naam="waarde".`,
			);
			continue;
		}
		const name = attribute.name ?? '';
		if (!allowed.includes(name)) {
			at(
				line,
				`<${node.name}> kent het attribuut ${quoted(name)} niet. ${allowed.length ? `Gebruik alleen: ${allowed.join(', ')}.` : 'Haal het attribuut weg.'}`,
			);
			continue;
		}
		if (typeof attribute.value !== 'string') {
			at(
				line,
				attribute.value
					? `bij <${node.name}> staat ${name}={…}: code is in nieuws niet toegestaan. Schrijf de waarde tussen aanhalingstekens: ${name}="…".`
					: `bij <${node.name}> heeft ${name} geen waarde. Schrijf ${name}="…".`,
			);
			continue;
		}
		values[name] = attribute.value;
	}
	if (!spec) {
		if (node.name === 'abbr' && values.title === undefined)
			at(
				line,
				'bij <abbr> hoort de uitleg van de afkorting: <abbr title="Buitengewoon opsporingsambtenaar">boa</abbr>.',
			);
		return;
	}
	for (const [name, rule] of Object.entries(spec.attributes)) {
		const value = values[name];
		if (value === undefined) {
			if (rule.required) at(line, `bij <${node.name}> ontbreekt ${name}="…". Voorbeeld: ${spec.example}`);
		} else if (!value.trim() && rule.required) {
			at(line, `bij <${node.name}> is ${name} leeg. Vul een waarde in. Voorbeeld: ${spec.example}`);
		} else if (rule.choices && !rule.choices.includes(value)) {
			at(
				line,
				`${quoted(value)} is geen geldige waarde voor ${name} bij <${node.name}>. Kies uit: ${rule.choices.join(', ')}.`,
			);
		}
	}
	if (!spec.children && node.children.length) {
		at(line, `<${node.name}> heeft geen tekst tussen de labels. Schrijf het als ${spec.example}`);
	}
	// Resolve references now, so that the check reports a missing picture or agenda item.
	if (spec.block && node.type === 'mdxJsxTextElement') {
		at(line, `zet <${node.name}> op een eigen regel, met een lege regel erboven en eronder.`);
	}
	const rendered = spec.render({ attributes: values, children: [], context, generated: () => placeholder('') });
	if ('problem' in rendered) at(line, rendered.problem);
	else images.push(...(spec.images?.(values) ?? []));
}

/** Raw HTML in a Markdown news file: only the allow-listed inline elements, with their allowed attributes. */
function checkRawHtml(html: string, line: number | undefined, at: At): void {
	const fragment = fromHtml(html, { fragment: true });
	visit(fragment, 'element', (element: Element) => {
		const line_ = line !== undefined ? line + (element.position?.start.line ?? 1) - 1 : undefined;
		if (!HTML_ELEMENTS.has(element.tagName)) {
			at(line_, refusedElement(element.tagName));
			return 'skip';
		}
		const allowed = NEWS_HTML_ATTRIBUTES[element.tagName] ?? [];
		for (const name of Object.keys(element.properties)) {
			if (!allowed.includes(name))
				at(
					line_,
					`<${element.tagName}> mag het attribuut '${name.toLowerCase()}' niet hebben. ${allowed.length ? `Gebruik alleen: ${allowed.join(', ')}.` : 'Haal het attribuut weg.'}`,
				);
		}
		return undefined;
	});
}

/** An element that stands for generated HTML until the sanitised text is serialised. */
function placeholder(token: string): Element {
	return { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: token }] };
}

function jsxToHast(
	state: State,
	node: JsxElement,
	context: NewsContext,
	generated: Generated,
): Element | ElementContent[] | undefined {
	const children = state.all(node as unknown as MdastNodes);
	const values = Object.fromEntries(
		node.attributes
			.filter((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
			.map((a) => [a.name!, a.value as string]),
	);
	const spec = node.name ? COMPONENTS[node.name] : undefined;
	if (spec) {
		const rendered = spec.render({ attributes: values, children, context, generated: generated.add });
		return 'problem' in rendered ? undefined : rendered;
	}
	if (node.name && HTML_ELEMENTS.has(node.name))
		return { type: 'element', tagName: node.name, properties: values, children };
	return undefined;
}
