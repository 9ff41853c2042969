/**
 * Feeds (RSS, Atom, any .xml) and calendars (.ics). The portal has none yet; these checks
 * apply as soon as the build writes such files. Feed readers render the text of a feed
 * as HTML, so decoded text must carry no active markup; a calendar line break or control
 * character in a value would start a property of the attacker's choosing.
 */
import { XMLParser } from 'fast-xml-parser';

import { isSafeLink } from './urls.ts';
import { xmlProblem } from './xml.ts';

const ACTIVE_MARKUP =
	/<\s*\/?\s*(?:script|iframe|object|embed|img|svg|math|style|link|meta|base|form)\b|\bon[a-z]+\s*=|javascript\s*:/i;

type XmlNode = Record<string, unknown>;

function xmlTexts(nodes: unknown, out: { tag: string; text: string }[], tag = ''): void {
	if (!Array.isArray(nodes)) return;
	for (const node of nodes as XmlNode[]) {
		for (const [key, value] of Object.entries(node)) {
			if (key === ':@')
				for (const [attr, v] of Object.entries(value as XmlNode)) out.push({ tag: `${tag}@${attr}`, text: String(v) });
			else if (key === '#text') out.push({ tag, text: String(value) });
			else {
				if (/(?:^|:)script$/i.test(key)) out.push({ tag: key, text: '<script>' });
				xmlTexts(value, out, key);
			}
		}
	}
}

export function checkXml(text: string): string[] {
	const invalid = xmlProblem(text);
	if (invalid) return [`not well-formed XML: ${invalid}`];
	if (/<!ENTITY/i.test(text)) return ['declares XML entities'];
	const parsed = new XMLParser({
		preserveOrder: true,
		ignoreAttributes: false,
		attributeNamePrefix: '',
		processEntities: true,
		htmlEntities: true,
		parseTagValue: false,
	}).parse(text) as unknown;
	const texts: { tag: string; text: string }[] = [];
	xmlTexts(parsed, texts);
	const findings: string[] = [];
	for (const { tag, text: value } of texts) {
		if (ACTIVE_MARKUP.test(value)) findings.push(`active markup in <${tag}>: ${JSON.stringify(value.slice(0, 100))}`);
		if (/(?:^|[@:])(?:link|href|url)$/i.test(tag) && !isSafeLink(value.trim()))
			findings.push(`unsafe link in <${tag}>: ${JSON.stringify(value.slice(0, 100))}`);
	}
	return findings;
}

export function checkIcs(text: string): string[] {
	const findings: string[] = [];
	if (/\r(?!\n)|(?<!\r)\n/.test(text))
		findings.push('line break that is not CRLF (a value could start a new property)');
	if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(text.replace(/\r\n/g, '')))
		findings.push('control character in a line');
	// Unfold (RFC 5545 3.1), then every line is NAME[;PARAM=…]:VALUE.
	const lines = text
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.filter(Boolean);
	for (const line of lines) {
		const match = /^([A-Za-z0-9-]+)(?:;[^:]*)?:(.*)$/.exec(line);
		if (!match) findings.push(`not a calendar property: ${JSON.stringify(line.slice(0, 100))}`);
		else if (/^(?:URL|ATTACH|SOURCE|TZURL|CONFERENCE)$/i.test(match[1]!) && !isSafeLink(match[2]!))
			findings.push(`unsafe link: ${JSON.stringify(line.slice(0, 100))}`);
	}
	return findings;
}
