/**
 * SVG pictures are XML documents that a browser can run: scripts, event attributes,
 * links, embedded pages and files loaded from elsewhere. A picture on the portal may hold
 * none of that. The file is parsed as XML with namespaces (never executed) and checked
 * against an allow-list of drawing elements and attributes; anything else is refused.
 *
 * Drawing programs add metadata in their own namespaces (Inkscape, Sodipodi, RDF,
 * Creative Commons, Dublin Core). Browsers treat elements and attributes in those
 * namespaces as inert data, so they are allowed; their children are still checked.
 */
import { type Attr, DOMParser, type Element, type Node, onWarningStopParsing } from '@xmldom/xmldom';

export interface SvgFinding {
	/** What is wrong, to follow "het bestand 'x.svg' …", without a full stop. */
	what: string;
	/** True when the file is not valid SVG at all; false when it holds something unsafe. */
	invalid: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Namespaces of drawing programs' metadata: inert for the browser. */
const METADATA_NS = new Set([
	'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	'http://creativecommons.org/ns#',
	'http://purl.org/dc/elements/1.1/',
	'http://www.inkscape.org/namespaces/inkscape',
	'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
]);
/** Namespaces a prefix (xmlns:x="…") may stand for. */
const DECLARABLE_NS = new Set([SVG_NS, XLINK_NS, ...METADATA_NS]);

/** SVG elements that draw, group, describe or style; none of them runs code or loads a file. */
const ELEMENTS = new Set(
	(
		'svg g defs symbol use title desc metadata style switch ' +
		'path rect circle ellipse line polyline polygon text tspan textPath ' +
		'linearGradient radialGradient stop pattern clipPath mask marker ' +
		'filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting ' +
		'feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur ' +
		'feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence'
	).split(' '),
);

/** SVG elements refused with their own explanation; any other element gets a general one. */
const REFUSED_ELEMENTS: Record<string, string> = {
	script: 'bevat een script (<script>)',
	foreignObject: 'bevat <foreignObject>, waarmee een afbeelding een webpagina met code kan insluiten',
	iframe: 'bevat <iframe>, waarmee een afbeelding een andere webpagina kan insluiten',
	embed: 'bevat <embed>, waarmee een afbeelding een ander bestand kan insluiten',
	object: 'bevat <object>, waarmee een afbeelding een ander bestand kan insluiten',
	a: 'bevat een link (<a>); een afbeelding op de site mag geen links bevatten',
	image: 'bevat een ingesloten afbeelding (<image>), die van buiten de afbeelding kan komen',
	feImage: 'bevat een ingesloten afbeelding (<feImage>), die van buiten de afbeelding kan komen',
	animate: 'bevat een animatie (<animate>), die links en andere attributen kan veranderen',
	set: 'bevat een animatie (<set>), die links en andere attributen kan veranderen',
	animateMotion: 'bevat een animatie (<animateMotion>)',
	animateTransform: 'bevat een animatie (<animateTransform>)',
	handler: 'bevat een script (<handler>)',
	listener: 'bevat een script (<listener>)',
};

/** Attributes (without namespace) that set geometry, presentation, filters or accessibility. */
const ATTRIBUTES = new Set(
	// core and accessibility
	(
		'id class lang role tabindex focusable version baseProfile type media ' +
		// geometry and references within the picture
		'x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points pathLength transform viewBox preserveAspectRatio ' +
		'dx dy rotate textLength lengthAdjust startOffset method spacing side href ' +
		// gradients, patterns, clipping, masks, markers
		'gradientUnits gradientTransform spreadMethod offset patternUnits patternContentUnits patternTransform ' +
		'clipPathUnits maskUnits maskContentUnits markerWidth markerHeight markerUnits refX refY orient ' +
		// filters
		'filterUnits primitiveUnits in in2 result stdDeviation mode values operator k1 k2 k3 k4 order kernelMatrix ' +
		'divisor bias targetX targetY edgeMode preserveAlpha surfaceScale diffuseConstant specularConstant ' +
		'specularExponent kernelUnitLength scale xChannelSelector yChannelSelector radius tableValues slope ' +
		'intercept amplitude exponent azimuth elevation z pointsAtX pointsAtY pointsAtZ limitingConeAngle ' +
		'baseFrequency numOctaves seed stitchTiles ' +
		// presentation attributes (read as CSS, so checked as CSS below)
		'fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin stroke-miterlimit ' +
		'stroke-dasharray stroke-dashoffset stroke-opacity opacity color display visibility clip-path clip-rule ' +
		'mask filter marker-start marker-mid marker-end font-family font-size font-style font-weight font-variant ' +
		'font-stretch font-size-adjust text-anchor text-decoration dominant-baseline alignment-baseline ' +
		'baseline-shift letter-spacing word-spacing writing-mode direction unicode-bidi stop-color stop-opacity ' +
		'flood-color flood-opacity lighting-color color-interpolation color-interpolation-filters shape-rendering ' +
		'text-rendering image-rendering paint-order vector-effect overflow transform-origin transform-box ' +
		'mix-blend-mode isolation enable-background style'
	).split(' '),
);
/** Plain text attributes: never read as CSS or as a link. */
const TEXT_ATTRIBUTE = /^(?:aria-[a-z]+|data-[a-z0-9_.-]+|id|class|lang|role)$/;

const short = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);
const invalid = (what: string): SvgFinding => ({ what, invalid: true });
const unsafe = (what: string): SvgFinding => ({ what, invalid: false });

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const PI_NODE = 7;

/** The first unsafe or invalid part of an SVG file's text, or undefined when it is a safe picture. */
export function svgProblem(text: string): SvgFinding | undefined {
	// A DOCTYPE can define entities that read other files or explode in size: never parsed.
	if (/<!(?!--|\[CDATA\[)/.test(text)) {
		return unsafe('bevat een DOCTYPE- of ENTITY-regel (<!…>), waarmee een SVG-bestand andere bestanden kan inlezen');
	}
	let root: Element | null;
	let documentNodes: Node[];
	try {
		const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, 'application/xml');
		root = doc.documentElement;
		documentNodes = children(doc);
	} catch (error) {
		const line = (error as { locator?: { lineNumber?: number } }).locator?.lineNumber;
		return invalid(
			`is geen geldig SVG-bestand: de XML-code klopt niet${line ? ` op regel ${line} van de afbeelding` : ''}`,
		);
	}
	for (const [i, node] of documentNodes.entries()) {
		if (node.nodeType === PI_NODE && !(i === 0 && node.nodeName === 'xml')) return processingInstruction(node);
	}
	if (!root || root.namespaceURI !== SVG_NS || root.localName !== 'svg') {
		return root && root.localName === 'svg'
			? invalid(
					`mist het attribuut xmlns="${SVG_NS}" bij <svg>; zonder dat attribuut toont een browser de afbeelding niet`,
				)
			: invalid('is geen SVG-afbeelding: het begint niet met <svg>');
	}

	const pending: Element[] = [root];
	while (pending.length) {
		const element = pending.pop()!;
		const problem = checkElement(element);
		if (problem) return problem;
		for (const child of children(element).reverse()) {
			if (child.nodeType === ELEMENT_NODE) pending.push(child as Element);
			else if (child.nodeType === PI_NODE) return processingInstruction(child);
		}
	}
	return undefined;
}

function checkElement(element: Element): SvgFinding | undefined {
	const tag = short(element.nodeName);
	// Namespace declarations first: they decide what every name below them means.
	for (const attribute of attributes(element)) {
		if (attribute.namespaceURI !== XMLNS_NS) continue;
		const allowed = attribute.name === 'xmlns' ? attribute.value === SVG_NS : DECLARABLE_NS.has(attribute.value);
		if (!allowed)
			return unsafe(
				`gebruikt een XML-naamruimte die niet is toegestaan (${short(attribute.name)}="${short(attribute.value)}" bij <${tag}>)`,
			);
	}
	const inert = element.namespaceURI !== null && METADATA_NS.has(element.namespaceURI);
	if (!inert) {
		const name = element.localName ?? '';
		if (element.namespaceURI !== SVG_NS || !ELEMENTS.has(name)) {
			const refused = element.namespaceURI === SVG_NS ? REFUSED_ELEMENTS[name] : undefined;
			return unsafe(refused ?? `bevat het onderdeel <${tag}>, dat in een afbeelding op de site niet is toegestaan`);
		}
	}
	for (const attribute of attributes(element)) {
		const problem = checkAttribute(attribute, tag, inert);
		if (problem) return problem;
	}
	if (element.namespaceURI === SVG_NS && element.localName === 'style') {
		const css = children(element)
			.filter((c) => c.nodeType === TEXT_NODE || c.nodeType === CDATA_NODE)
			.map((c) => c.nodeValue ?? '')
			.join('');
		const problem = cssProblem(css);
		if (problem) return unsafe(`${problem} (in <style>)`);
	}
	return undefined;
}

function checkAttribute(attribute: Attr, tag: string, inertElement: boolean): SvgFinding | undefined {
	const { namespaceURI: ns, value } = attribute;
	const local = attribute.localName ?? attribute.name;
	const at = `het attribuut ${short(attribute.name)} bij <${tag}>`;
	if (ns === XMLNS_NS) return undefined;
	if (/^on/i.test(local)) return unsafe(`bevat een script in ${at}`);
	if (ns !== null && METADATA_NS.has(ns)) return undefined;
	if (ns === null && inertElement) return undefined;
	const allowed =
		ns === null
			? ATTRIBUTES.has(local) || TEXT_ATTRIBUTE.test(local)
			: ns === XLINK_NS
				? local === 'href' || local === 'title'
				: ns === XML_NS
					? local === 'space' || local === 'lang'
					: false;
	if (!allowed) return unsafe(`bevat ${at}, dat in een afbeelding op de site niet is toegestaan`);
	if (local === 'href' && (ns === null || ns === XLINK_NS)) {
		// Only a reference to a part of the picture itself, such as href="#schaduw".
		if (!/^#[\w.:-]+$/.test(value))
			return unsafe(
				`verwijst naar iets buiten de afbeelding (${short(attribute.name)}="${short(value)}" bij <${tag}>)`,
			);
		return undefined;
	}
	if ((ns === null && TEXT_ATTRIBUTE.test(local)) || ns === XML_NS || ns === XLINK_NS) return undefined;
	const css = cssProblem(value);
	return css ? unsafe(`${css} (in ${at})`) : undefined;
}

/**
 * What is unsafe in CSS (a <style> element, a style attribute or a presentation attribute,
 * which browsers also read as CSS): anything that loads a file from elsewhere, or escapes
 * (\) that could hide such a rule from this check.
 */
export function cssProblem(css: string): string | undefined {
	if (css.includes('\\'))
		return 'bevat opmaak (CSS) met een backslash (\\), waarmee een verboden opdracht verstopt kan worden';
	if (/@import/i.test(css)) return 'laadt een ander bestand met @import';
	for (const match of css.matchAll(/url\s*\(/gi)) {
		const rest = css.slice(match.index + match[0].length);
		if (!/^\s*(['"]?)#[\w.:-]+\1\s*\)/.test(rest)) return 'laadt iets van buiten de afbeelding met url(…)';
	}
	const loader = /(?:^|[^\w-])((?:-webkit-)?(?:image-set|image|src|cross-fade|element|expression))\s*\(/i.exec(css);
	if (loader) return `laadt mogelijk iets van buiten de afbeelding met ${loader[1]}(…)`;
	if (/-moz-binding|behavior\s*:/i.test(css)) return 'bevat opmaak (CSS) die code kan laden';
	return undefined;
}

function processingInstruction(node: Node): SvgFinding {
	return unsafe(`bevat een verwerkingsinstructie (<?${short(node.nodeName)} …?>), die een ander bestand kan laden`);
}

function children(node: Node): Node[] {
	const list: Node[] = [];
	for (let child = node.firstChild; child; child = child.nextSibling) list.push(child);
	return list;
}

function attributes(element: Element): Attr[] {
	const list: Attr[] = [];
	for (let i = 0; i < element.attributes.length; i++) list.push(element.attributes.item(i)!);
	return list;
}
