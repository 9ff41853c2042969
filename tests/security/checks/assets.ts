/**
 * Published pictures and stylesheets. A picture must be what its name says (an HTML file
 * renamed .png is not a picture); an SVG must hold no script, event handler, embedded
 * HTML or reference to anything outside itself; a stylesheet loads nothing from another site.
 */
import { XMLParser } from 'fast-xml-parser';

import { schemeOf } from './urls.ts';
import { xmlProblem } from './xml.ts';

const MAGIC: Record<string, (b: Uint8Array) => boolean> = {
	png: (b) => b[0] === 0x89 && String.fromCharCode(...b.subarray(1, 4)) === 'PNG',
	jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
	jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
	gif: (b) => String.fromCharCode(...b.subarray(0, 4)) === 'GIF8',
	webp: (b) =>
		String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP',
	avif: (b) => String.fromCharCode(...b.subarray(4, 8)) === 'ftyp',
};

const FORBIDDEN_SVG = /^(?:script|foreignobject|iframe|embed|object|handler|listener)$/;
/** url(...) and @import targets in CSS. */
const CSS_REFS = /url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3/gi;

function cssFindings(css: string, where: string): string[] {
	const findings: string[] = [];
	for (const m of css.matchAll(CSS_REFS)) {
		const url = (m[2] ?? m[4] ?? '').trim();
		const scheme = schemeOf(url);
		if (/^[\\/]{2}/.test(url) || (scheme !== undefined && scheme !== 'data'))
			findings.push(`${where} refers outside the site: ${JSON.stringify(url.slice(0, 100))}`);
	}
	if (/expression\s*\(|javascript\s*:|-moz-binding|behaviou?r\s*:/i.test(css))
		findings.push(`${where} contains script in CSS`);
	return findings;
}

export function checkCss(text: string): string[] {
	return cssFindings(text, 'stylesheet');
}

type XmlNode = Record<string, unknown>;

export function checkSvg(text: string): string[] {
	if (/<!DOCTYPE[^>]*\[|<!ENTITY/i.test(text)) return ['declares XML entities (a DOCTYPE with an internal subset)'];
	const invalid = xmlProblem(text);
	if (invalid) return [`not a well-formed SVG: ${invalid}`];
	const findings: string[] = [];
	const visit = (nodes: unknown) => {
		if (!Array.isArray(nodes)) return;
		for (const node of nodes as XmlNode[]) {
			for (const [key, value] of Object.entries(node)) {
				if (key === ':@' || key === '#text') continue;
				const tag = key.replace(/^.*:/, '').toLowerCase();
				if (FORBIDDEN_SVG.test(tag)) findings.push(`<${key}> in an SVG`);
				for (const [attr, v] of Object.entries((node[':@'] as XmlNode | undefined) ?? {})) {
					const name = attr.toLowerCase();
					const val = String(v);
					if (/^on/.test(name.replace(/^.*:/, ''))) findings.push(`event handler ${attr} on <${key}>`);
					if (/(?:^|:)href$/.test(name) && !val.trim().startsWith('#'))
						findings.push(`<${key} ${attr}="${val.slice(0, 80)}"> refers outside the picture`);
					if (name === 'style') findings.push(...cssFindings(val, `style on <${key}>`));
					if (/^(?:animate|set)$/.test(tag) && name === 'attributename' && /href/i.test(val))
						findings.push(`<${key}> changes a link`);
				}
				if (tag === 'style') findings.push(...cssFindings(JSON.stringify(value), '<style> in an SVG'));
				visit(value);
			}
		}
	};
	visit(
		new XMLParser({
			preserveOrder: true,
			ignoreAttributes: false,
			attributeNamePrefix: '',
			processEntities: true,
			parseTagValue: false,
		}).parse(text),
	);
	if (/javascript\s*:/i.test(text) && !findings.length) findings.push('javascript: in an SVG');
	return findings;
}

/** A published picture: an SVG by the rules above, any other picture by its first bytes. */
export function checkPicture(bytes: Uint8Array, name: string): string[] {
	const ext = name.split('.').pop()!.toLowerCase();
	if (ext === 'svg') return checkSvg(new TextDecoder().decode(bytes));
	const magic = MAGIC[ext];
	if (!magic) return [`unknown kind of picture: .${ext}`];
	return magic(bytes)
		? []
		: [
				`is not a .${ext} picture (its first bytes are ${JSON.stringify(new TextDecoder().decode(bytes.subarray(0, 24)))})`,
			];
}
