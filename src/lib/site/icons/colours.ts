/**
 * The colours of the portal's icons, read from its NL Design System token theme (the CSS
 * file of `uiterlijk.tokens`): the primary colour as background, with a letter colour that
 * passes WCAG AA on it. A theme without a usable primary colour gets the default dark blue.
 */
import { contrastRatio, MIN_CONTRAST } from '#lib/site/contrast.ts';

/** Dark blue with white letters (contrast about 10): the colour of icons when the theme has none. */
export const DEFAULT_ICON_COLOURS: IconColours = { background: '#154273', foreground: '#ffffff', page: '#ffffff' };

export interface IconColours {
	/** The icon's background: the theme's primary colour. */
	background: string;
	/** The letters on it. */
	foreground: string;
	/** The page background, for the manifest's splash screen. */
	page: string;
}

/** Tokens that name the primary colour, in order of preference (NL Design System naming). */
const PRIMARY_TOKENS = [
	'--basis-color-accent-1-inverse-bg-default',
	'--basis-color-action-1-inverse-bg-default',
	'--utrecht-button-primary-action-background-color',
];
const ON_PRIMARY_TOKENS = [
	'--basis-color-accent-1-inverse-color-default',
	'--basis-color-action-1-inverse-color-default',
	'--utrecht-button-primary-action-color',
];
const PAGE_TOKENS = ['--basis-color-default-bg-document', '--utrecht-document-background-color'];

const HEX = /^#(?:[0-9a-f]{3}){1,2}$/i;

/** Every custom property of a token stylesheet; the first declaration of a name counts. */
export function customProperties(css: string): Map<string, string> {
	const properties = new Map<string, string>();
	for (const match of css.matchAll(/(--[\w-]+)\s*:\s*([^;{}]+)/g)) {
		const [, name, value] = match;
		if (!properties.has(name!)) properties.set(name!, value!.trim());
	}
	return properties;
}

/** The hex colour a token comes down to through its var() references, or undefined. */
export function resolveColour(properties: Map<string, string>, name: string): string | undefined {
	let value = properties.get(name);
	for (let depth = 0; value !== undefined && depth < 20; depth++) {
		if (HEX.test(value)) return expandHex(value);
		const reference = /^var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)$/.exec(value);
		if (!reference) return undefined;
		value = properties.get(reference[1]!) ?? reference[2]?.trim();
	}
	return undefined;
}

/** "#abc" → "#aabbcc", lower case: the form a manifest and a meta tag get. */
export function expandHex(hex: string): string {
	const h = hex.slice(1).toLowerCase();
	return `#${h.length === 3 ? [...h].map((c) => c + c).join('') : h}`;
}

const firstColour = (properties: Map<string, string>, names: readonly string[]) =>
	names.map((name) => resolveColour(properties, name)).find((colour) => colour !== undefined);

/**
 * The icon colours of a token theme. The letters are the theme's own colour on its primary
 * colour when that passes WCAG AA, else white or black, whichever contrasts most; a primary
 * colour on which not even that passes gives the default colours.
 */
export function iconColours(themeCss: string): IconColours {
	const properties = customProperties(themeCss);
	const background = firstColour(properties, PRIMARY_TOKENS);
	const page = firstColour(properties, PAGE_TOKENS) ?? DEFAULT_ICON_COLOURS.page;
	if (!background) return { ...DEFAULT_ICON_COLOURS, page };
	const candidates = [firstColour(properties, ON_PRIMARY_TOKENS), '#ffffff', '#000000'].filter(
		(c): c is string => c !== undefined,
	);
	const foreground = candidates.find((c) => contrastRatio(c, background) >= MIN_CONTRAST);
	return foreground ? { background, foreground, page } : { ...DEFAULT_ICON_COLOURS, page };
}
