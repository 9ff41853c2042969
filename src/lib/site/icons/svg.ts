/**
 * The portal's icon as SVG: its letters on its primary colour. Only text the portal
 * itself chose goes in, escaped; the SVG refers to nothing outside itself.
 */
import { escapeXml } from '#lib/share/card-svg.ts';

import type { IconColours } from './colours.ts';

/** Fonts that fontconfig finds on the build machine (for the PNGs) and every browser has. */
const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

export interface IconSvgOptions {
	/** Rounded corners for the favicon; square (full bleed) for app icons, which the system shapes itself. */
	rounded?: boolean;
}

/** A 512×512 SVG (scalable) with one or two letters centred on the background colour. */
export function initialsSvg(initials: string, colours: IconColours, options: IconSvgOptions = {}): string {
	const letters = escapeXml(initials);
	const fontSize = [...initials].length > 1 ? 230 : 300;
	const radius = options.rounded ? ' rx="96"' : '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">` +
		`<rect width="512" height="512"${radius} fill="${colours.background}"/>` +
		`<text x="256" y="256" dy="0.35em" text-anchor="middle" font-family="${escapeXml(FONT_FAMILY)}" ` +
		`font-size="${fontSize}" font-weight="bold" fill="${colours.foreground}">${letters}</text>` +
		`</svg>\n`
	);
}
