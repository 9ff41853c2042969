/**
 * File slots: fields that name a file the site publishes or reads (a wijk logo, a news
 * picture, the basemap, the theme's stylesheet, a picture in a news text), each filled
 * with a hostile file or a path that leads out of the content folder. Symbolic links and
 * hidden files are covered by tests/unit; this is about what such a file holds and where
 * a path points.
 */
export type SlotKind = 'logo' | 'nieuwsbeeld' | 'basiskaart' | 'thema' | 'figuur';

export interface SlotVariant {
	id: string;
	slot: SlotKind;
	/** The field's value; `{dir}` stands for the absolute path of the content folder. */
	value: string;
	/** Files to lay into the slot's folder (name → content); none for a bare path. */
	files: Record<string, string>;
}

const EVIL = 'https://evil.example';
const svg = (inner: string, attrs = '') =>
	`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attrs}>${inner}<circle cx="5" cy="5" r="4"/></svg>`;

/** Hostile picture files: name → content. */
export const HOSTILE_PICTURES: Record<string, string> = {
	'svg-script.svg': svg('<script>alert(1)</script>'),
	'svg-onload.svg': svg('', ' onload="alert(1)"'),
	'svg-extern-beeld.svg': svg(`<image href="${EVIL}/x.png" width="10" height="10"/>`),
	'svg-extern-use.svg': svg(`<use href="${EVIL}/x.svg#a"/>`),
	'svg-foreignobject.svg': svg(
		`<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="${EVIL}/"></iframe></foreignObject>`,
	),
	'svg-javascript-link.svg': svg('<a xlink:href="javascript:alert(1)"><text y="5">x</text></a>'),
	'svg-animate-href.svg': svg(
		'<a><animate attributeName="href" values="javascript:alert(1)"/><text y="5">x</text></a>',
	),
	'svg-style-import.svg': svg(`<style>@import url(${EVIL}/x.css); circle { fill: url(${EVIL}/x.svg#g); }</style>`),
	'svg-xxe.svg': `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text y="5">&x;</text>')}`,
	'html-als-png.png': `<!doctype html><html><body><script>alert(1)</script></body></html>`,
	'svg-als-png.png': svg('<script>alert(1)</script>'),
	'html-als-svg.svg': `<!doctype html><html><body><img src=x onerror=alert(1)><script>alert(1)</script></body></html>`,
};

/** Paths that lead out of the content folder, to another site, or to a system file. */
export const HOSTILE_PATHS: string[] = [
	'../../../etc/passwd',
	'/etc/passwd',
	'../../../../../../etc/passwd.svg',
	'/etc/../etc/passwd.svg',
	`${EVIL}/x.svg`,
	'//evil.example/x.svg',
	'file:///etc/passwd.svg',
	'data:image/svg+xml,<svg onload=alert(1)>.svg',
	'..%2F..%2F..%2Fetc%2Fpasswd.svg',
	'{dir}/portaal.yaml',
	'C:\\Windows\\win.ini',
];

const THEME_CSS = `@import url(${EVIL}/x.css);\nbody { background: url(${EVIL}/x.png); }\n`;

export function slotVariants(): SlotVariant[] {
	const variants: SlotVariant[] = [];
	for (const slot of ['logo', 'nieuwsbeeld', 'figuur'] as const) {
		for (const [name, content] of Object.entries(HOSTILE_PICTURES))
			variants.push({ id: `${slot}/${name}`, slot, value: `kwaad-${name}`, files: { [`kwaad-${name}`]: content } });
		for (const path of HOSTILE_PATHS) variants.push({ id: `${slot}/pad ${path}`, slot, value: path, files: {} });
	}
	variants.push(
		{
			id: 'basiskaart/html-als-pmtiles',
			slot: 'basiskaart',
			value: 'kwaad.pmtiles',
			files: { 'kwaad.pmtiles': '<!doctype html><script>alert(1)</script>' },
		},
		...[
			`${EVIL}/x.pmtiles`,
			'//evil.example/x.pmtiles',
			'../../../etc/passwd.pmtiles',
			'/../../../etc/passwd.pmtiles',
			'/etc/passwd',
			'file:///etc/passwd.pmtiles',
		].map((path): SlotVariant => ({ id: `basiskaart/pad ${path}`, slot: 'basiskaart', value: path, files: {} })),
		{
			id: 'thema/css-met-externe-bestanden',
			slot: 'thema',
			value: '{dir}/thema.css',
			files: { 'thema.css': THEME_CSS },
		},
		...['/etc/passwd', '/proc/self/environ', '../../../../../../etc/passwd', `${EVIL}/x.css`, '{dir}/portaal.yaml'].map(
			(path): SlotVariant => ({ id: `thema/pad ${path}`, slot: 'thema', value: path, files: {} }),
		),
	);
	return variants;
}
