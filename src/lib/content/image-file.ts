/**
 * Pictures in content (wijk logos, news images): the one list of kinds the site publishes,
 * and a check of each file by its bytes, not by its name. A PNG named .jpg, a web page
 * named .png or an SVG with a script is refused with a Dutch message that says what the
 * file really is.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

import { ContentError } from './problem.ts';
import { checkContentPath, contentPathShower, readContentFile, unsafePathMessage } from './safe-path.ts';
import { svgProblem } from './svg-safety.ts';

/**
 * The picture formats the site publishes: the one definition. `extension` is the usual one
 * (suggested in messages); `extensions` are all names a file of the format may end in.
 */
export const IMAGE_FORMATS = {
	svg: { label: 'SVG', mime: 'image/svg+xml', extension: 'svg', extensions: ['svg'] },
	png: { label: 'PNG', mime: 'image/png', extension: 'png', extensions: ['png'] },
	jpeg: { label: 'JPEG', mime: 'image/jpeg', extension: 'jpg', extensions: ['jpg', 'jpeg'] },
	webp: { label: 'WebP', mime: 'image/webp', extension: 'webp', extensions: ['webp'] },
	avif: { label: 'AVIF', mime: 'image/avif', extension: 'avif', extensions: ['avif'] },
	gif: { label: 'GIF', mime: 'image/gif', extension: 'gif', extensions: ['gif'] },
} as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** File name extensions (lower case, without the dot) and their formats, derived from IMAGE_FORMATS. */
export const IMAGE_EXTENSIONS: Readonly<Record<string, ImageFormat>> = Object.fromEntries(
	Object.entries(IMAGE_FORMATS).flatMap(([format, { extensions }]) =>
		extensions.map((e) => [e, format as ImageFormat]),
	),
);

/** ".svg, .png, .jpg, .jpeg, .webp, .avif en .gif", for messages. */
export const IMAGE_EXTENSION_LIST = (() => {
	const names = Object.keys(IMAGE_EXTENSIONS).map((e) => `.${e}`);
	return `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
})();

/** Larger pictures slow pages down for every visitor; 5 MB is far above a good photo for the web. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The format a file name promises, by its extension (any case); undefined when it is no picture. */
export function imageFormatOfName(name: string): ImageFormat | undefined {
	const dot = name.lastIndexOf('.');
	return dot < 0 || /[/\\]/.test(name.slice(dot)) ? undefined : IMAGE_EXTENSIONS[name.slice(dot + 1).toLowerCase()];
}

/** The Content-Type for a picture's file name. */
export function imageMime(name: string): string {
	const format = imageFormatOfName(name);
	return format ? IMAGE_FORMATS[format].mime : 'application/octet-stream';
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The picture format of the bytes, or a description of what the file is instead. */
export function sniffImage(bytes: Uint8Array): { format: ImageFormat } | { other: string } {
	if (bytes.length === 0) return { other: 'een leeg bestand' };
	if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return { format: 'png' };
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { format: 'jpeg' };
	if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return { format: 'gif' };
	if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { format: 'webp' };
	if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp') {
		const size = Math.min(bytes.length, (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!, 256);
		const brands: string[] = [ascii(bytes, 8, 12)];
		for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
		if (brands.includes('avif') || brands.includes('avis')) return { format: 'avif' };
		if (brands.some((b) => ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(b))) {
			return { other: 'een HEIC-foto (zoals een iPhone die maakt), die niet elke browser kan tonen' };
		}
		return { other: 'een videobestand of een ander soort bestand' };
	}
	const start = ascii(bytes, 0, Math.min(bytes.length, 8));
	if (start.startsWith('%PDF')) return { other: 'een PDF-bestand' };
	if (start.startsWith('PK\x03\x04')) return { other: 'een ZIP-bestand (of een Word- of Excel-bestand)' };
	if (start.startsWith('BM')) return { other: 'een BMP-afbeelding' };
	if (start.startsWith('II*\0') || start.startsWith('MM\0*')) return { other: 'een TIFF-afbeelding' };
	const text = asText(bytes);
	if (text === undefined) return { other: 'een bestand van een onbekend soort' };
	const head = text.replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
	if (/^<svg[\s>/]/.test(head)) return { format: 'svg' };
	if (/^<!doctype\s+svg/i.test(head)) return { format: 'svg' };
	if (/^<!doctype\s+html|^<(?:html|head|body|script|meta|title)[\s>]/i.test(head))
		return { other: 'een HTML-bestand (een webpagina)' };
	return { other: 'een tekstbestand' };
}

/** UTF-8 text without control characters (other than whitespace), else undefined. */
function asText(bytes: Uint8Array): string | undefined {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
		// Control characters are exactly what this looks for.
		return /[\0-\x08\x0b\x0e-\x1f]/.test(text) ? undefined : text;
	} catch {
		return undefined;
	}
}

/** What is wrong with a picture's bytes for its name, as a Dutch message; undefined when it is fine. */
export function imageBytesProblem(bytes: Uint8Array, name: string): string | undefined {
	const subject = `het bestand '${name}'`;
	const expected = imageFormatOfName(name);
	if (!expected)
		return `${subject} is geen afbeelding die de site kan tonen. Gebruik een bestand dat eindigt op ${IMAGE_EXTENSION_LIST}.`;
	if (bytes.length > MAX_IMAGE_BYTES) return tooLarge(subject, bytes.length);
	const want = IMAGE_FORMATS[expected];
	const found = sniffImage(bytes);
	if ('other' in found) {
		return `${subject} is geen ${want.label}-afbeelding, maar ${found.other}. Gebruik een echt afbeeldingsbestand (${IMAGE_EXTENSION_LIST}).`;
	}
	if (found.format !== expected) {
		const real = IMAGE_FORMATS[found.format];
		return `${subject} is eigenlijk een ${real.label}-afbeelding, geen ${want.label}. Geef het bestand de extensie .${real.extension}, of sla de afbeelding opnieuw op als ${want.label}.`;
	}
	if (expected === 'svg') {
		const text = asText(bytes);
		const finding =
			text === undefined ? { what: 'is niet opgeslagen als UTF-8-tekst', invalid: true } : svgProblem(text);
		if (finding) {
			const fix = finding.invalid
				? 'Sla de afbeelding opnieuw op als SVG met een tekenprogramma, of gebruik een PNG-bestand.'
				: 'Een afbeelding op de site mag geen code, links of bestanden van buiten bevatten. Sla de afbeelding opnieuw op als eenvoudige SVG (in Inkscape: Opslaan als, Geoptimaliseerde SVG), of gebruik een PNG-bestand.';
			return `${subject} ${finding.what}. ${fix}`;
		}
	}
	return undefined;
}

const megabytes = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

function tooLarge(subject: string, size: number): string {
	return `${subject} is te groot: ${megabytes.format(size / 1024 / 1024)} MB. Een afbeelding mag hoogstens ${MAX_IMAGE_BYTES / 1024 / 1024} MB zijn. Maak de afbeelding kleiner (bijvoorbeeld 2000 pixels breed) en sla het bestand opnieuw op.`;
}

/**
 * Checks a picture named in content: a safe path below `root` (see safe-path.ts), not too
 * large, and bytes that match its name. `name` is the path as the editor wrote it,
 * relative to `root`. A Dutch message, or undefined when the picture is fine.
 */
export function checkImageFile(root: string, path: string, name: string): string | undefined {
	const unsafe = checkContentPath(root, path);
	if (unsafe)
		return unsafePathMessage(
			unsafe,
			unsafe.isTarget ? name : relative(resolve(root), unsafe.path).split(sep).join('/'),
		);
	const size = lstatSync(path).size;
	if (size > MAX_IMAGE_BYTES) return tooLarge(`het bestand '${name}'`, size);
	return imageBytesProblem(readFileSync(path), name);
}

/**
 * A picture read for publishing under /beelden/, checked again right before it is read:
 * a ContentError stops the build for anything unsafe, even if `npm run check` was skipped.
 */
export function readImageForSite(
	root: string,
	path: string,
	shown = contentPathShower(root),
): { bytes: Buffer<ArrayBuffer>; type: string } {
	const bytes = readContentFile(root, path, shown);
	const file = shown(resolve(path));
	const problem = imageBytesProblem(bytes, file);
	if (problem) throw new ContentError([{ file, message: problem }]);
	return { bytes, type: imageMime(path) };
}
