/**
 * Dutch wording for the MDX parser's syntax errors. The parser's own messages are English and
 * about JavaScript; editors need to know which character to change.
 */
import { NEWS_HTML_ELEMENTS } from '#lib/markdown/sanitize.ts';

import { COMPONENTS } from './components.ts';
import { ESCAPE_HINT, refusedElement } from './messages.ts';

interface ParseError {
	ruleId?: string;
	source?: string;
	reason?: string;
	message?: string;
	line?: number;
	place?: { line?: number; start?: { line?: number } };
}

export function parseErrorLine(error: unknown): number {
	const e = error as ParseError;
	if (typeof e.line === 'number') return e.line;
	const place = e.place?.start?.line ?? e.place?.line;
	if (typeof place === 'number') return place;
	const fromReason = /\((\d+):\d+/.exec(e.reason ?? e.message ?? '')?.[1];
	return fromReason ? Number(fromReason) : 1;
}

export function parseErrorMessage(error: unknown): string {
	const e = error as ParseError;
	const reason = e.reason ?? e.message ?? '';
	const source = e.source ?? '';
	if (source.includes('mdx-expression') || e.ruleId === 'acorn') {
		return `hier staat een accolade { die niet goed wordt afgesloten. Code tussen accolades is in nieuws niet toegestaan. ${ESCAPE_HINT}`;
	}
	const tag = /`<\/?([^`>]*)>`/.exec(reason)?.[1];
	// An element that is not allowed anyway: say that, not how to close it.
	if (tag && !COMPONENTS[tag] && !(NEWS_HTML_ELEMENTS as readonly string[]).includes(tag)) return refusedElement(tag);
	if (/closing tag|end-tag|Unexpected closing/i.test(reason) || /end-tag|closing/.test(e.ruleId ?? '')) {
		return `${tag ? `het onderdeel <${tag}>` : 'een onderdeel'} wordt niet goed afgesloten. Sluit het af met ${tag ? `</${tag}>` : 'een sluitlabel'}, of schrijf het als <${tag ?? 'Naam'} … />. ${ESCAPE_HINT}`;
	}
	if (/comment/.test(reason)) {
		return `hier staat een HTML-opmerking (<!-- … -->). Die is in MDX niet toegestaan. Haal de opmerking weg. ${ESCAPE_HINT}`;
	}
	return `hier staat een < of { die het portaal niet kan lezen als tekst of als toegestaan onderdeel. Gebruik alleen de onderdelen uit docs/redactie.md, met waarden tussen aanhalingstekens. ${ESCAPE_HINT}`;
}
