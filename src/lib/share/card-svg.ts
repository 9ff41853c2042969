/**
 * The share image of an article without its own picture: a 1200×630 card with the portal's
 * name, the wijk and the title, composed as SVG and turned into a PNG at build time
 * (render.ts). Titles are content: every text is escaped, and characters XML does not allow
 * are dropped, so no title can break the SVG or add anything to it.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The colour of cards without a wijk accent colour: dark blue, white text passes WCAG AA. */
export const DEFAULT_CARD_COLOUR = '#154273';

/** Fonts that fontconfig finds on the build machine; no web fonts are downloaded. */
const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an SVG element or attribute: escaped, without characters XML forbids, whitespace collapsed. */
export function escapeXml(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** A colour the card may use: only "#rgb" or "#rrggbb" (the schema's format); anything else gives the default. */
export function cardColour(colour: string | undefined): string {
	return colour && /^#(?:[0-9a-f]{3}){1,2}$/i.test(colour) ? colour : DEFAULT_CARD_COLOUR;
}

/**
 * Splits a title over at most `maxLines` lines of about `perLine` characters, breaking
 * between words (a word longer than a line is cut); what does not fit ends in "…".
 */
export function wrapTitle(title: string, perLine: number, maxLines: number): string[] {
	const words = title.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (let word of words) {
		while ([...word].length > perLine) {
			if (line) lines.push(line);
			const chars = [...word];
			lines.push(chars.slice(0, perLine).join(''));
			word = chars.slice(perLine).join('');
			line = '';
		}
		if (!line) line = word;
		else if ([...`${line} ${word}`].length <= perLine) line = `${line} ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = [...kept[maxLines - 1]!];
	kept[maxLines - 1] = `${last
		.slice(0, Math.max(1, perLine - 1))
		.join('')
		.trimEnd()}…`;
	return kept;
}

export interface CardText {
	/** The portal's name, at the top. */
	portal: string;
	/** What kind of page ("Nieuws", "Bewonersinitiatief", "Verhaal"), with the wijk when there is one. */
	label?: string;
	/** The big text: the article's title (or the portal's name on the default card). */
	title: string;
	/** Background colour (#rgb or #rrggbb). */
	colour?: string;
}

/** The SVG source of a share card. */
export function cardSvg({ portal, label, title, colour }: CardText): string {
	const lines = wrapTitle(title, 26, 4);
	const size = lines.length > 3 ? 60 : 68;
	const lineHeight = Math.round(size * 1.2);
	const top = label ? 250 : 220;
	const titleLines = lines
		.map(
			(line, i) =>
				`<text x="80" y="${top + i * lineHeight}" font-size="${size}" font-weight="bold">${escapeXml(line)}</text>`,
		)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${cardColour(colour)}"/>`,
		`<rect x="0" y="${CARD_HEIGHT - 24}" width="${CARD_WIDTH}" height="24" fill="#ffffff" fill-opacity="0.85"/>`,
		`<g fill="#ffffff" font-family="${FONT_FAMILY}">`,
		`<text x="80" y="110" font-size="34">${escapeXml(portal)}</text>`,
		label ? `<text x="80" y="170" font-size="32" font-weight="bold" fill-opacity="0.9">${escapeXml(label)}</text>` : '',
		titleLines,
		'</g>',
		'</svg>',
	].join('');
}
