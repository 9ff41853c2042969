/**
 * The pictures of a build: each one checked and read once, its variants made once and kept
 * in a cache folder by the hash of the picture's bytes, so a second build reuses them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { IMAGE_FORMATS, type ImageFormat, imageFormatOfName, readImageForSite } from '#lib/content/image-file.ts';
import { ContentError } from '#lib/content/problem.ts';
import { contentPathShower } from '#lib/content/safe-path.ts';

import { cleanOriginal, ENCODER_VERSION, encodeVariant, readSourceInfo } from './encode.ts';
import {
	planVariants,
	type SourceInfo,
	type Treatment,
	treatmentOf,
	type Variant,
	VARIANT_EXTENSIONS,
	type VariantPlan,
} from './plan.ts';

/** A picture from content, as pages and the /beelden/ route need it. */
export interface Picture {
	/** Path relative to the content folder: "initiatieven/beelden/moestuin.jpg". */
	pad: string;
	format: ImageFormat;
	treatment: Treatment;
	/** Upright size; undefined for an SVG without a readable size. */
	info?: SourceInfo;
	/** The variants, for a responsive picture. */
	plan?: VariantPlan;
}

/** What the store keeps of a picture during a build: no bytes, so a portal with many photos fits in memory. */
interface Loaded {
	picture: Picture;
	key: string;
	/** The file as editors see it, for messages. */
	shown: string;
}

export interface PictureStore {
	picture(pad: string): Promise<Picture>;
	/** The bytes published at a picture's own address: SVG as it is, anything else cleaned. */
	original(pad: string): Promise<Buffer>;
	variant(pad: string, variant: Variant): Promise<Buffer>;
}

/** Two builds may fill the cache at once: a file appears whole or not at all. */
function writeAtomically(file: string, bytes: Uint8Array | string): void {
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(temporary, bytes);
	renameSync(temporary, file);
}

function readCached(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

const variantName = (v: Pick<Variant, 'width' | 'format'>) => `${v.width}w.${VARIANT_EXTENSIONS[v.format]}`;

/**
 * A store for the content folder `root`, caching in `cacheDir` (one folder per picture hash:
 * info.json, origineel.<ext> and <width>w.<ext>).
 */
export function pictureStore(root: string, cacheDir: string): PictureStore {
	const shower = contentPathShower(root);
	const loaded = new Map<string, Promise<Loaded>>();
	/** Files made or found in the cache during this build: cache path → the same path once it exists. */
	const encoded = new Map<string, Promise<string>>();
	/** The picture's bytes, checked again right before they are read (also when the cache has all its variants). */
	const read = (pad: string) => readImageForSite(root, join(root, pad), shower).bytes;

	/** A picture sharp cannot read stops the build with a Dutch message, never a stack trace. */
	const unreadable = (shown: string, format: ImageFormat) =>
		new ContentError([
			{
				file: shown,
				message: `het bestand '${shown}' is beschadigd of onvolledig: het lukt niet om de ${IMAGE_FORMATS[format].label}-afbeelding te lezen. Open de afbeelding in een fotoprogramma en sla hem opnieuw op.`,
			},
		]);

	async function load(pad: string): Promise<Loaded> {
		const bytes = read(pad);
		const shown = shower(join(root, pad));
		const format = imageFormatOfName(pad)!;
		const treatment = treatmentOf(format);
		const key = createHash('sha256').update(ENCODER_VERSION).update('\0').update(bytes).digest('hex').slice(0, 32);
		const folder = join(cacheDir, key);
		mkdirSync(folder, { recursive: true });
		const infoFile = join(folder, 'info.json');
		let info: SourceInfo | undefined;
		const cached = readCached(infoFile);
		if (cached) info = JSON.parse(cached.toString('utf8')) as SourceInfo;
		else {
			try {
				info = await readSourceInfo(bytes);
			} catch (error) {
				if (format !== 'svg') throw unreadable(shown, format);
				void error; // An SVG without a size is still shown, without width and height.
			}
			if (info) writeAtomically(infoFile, JSON.stringify(info));
		}
		const plan = treatment === 'responsive' && info ? planVariants(info) : undefined;
		return { picture: { pad, format, treatment, info, plan }, key, shown };
	}

	const get = (pad: string) => {
		let found = loaded.get(pad);
		if (!found) loaded.set(pad, (found = load(pad)));
		return found;
	};

	/** Makes one file of a picture unless the cache has it, once per build; resolves to its path in the cache. */
	function cachedFile(item: Loaded, name: string, make: (source: Buffer) => Promise<Buffer>): Promise<string> {
		const file = join(cacheDir, item.key, name);
		let found = encoded.get(file);
		if (!found) {
			found = (async () => {
				if (existsSync(file)) return file;
				const source = read(item.picture.pad);
				let bytes: Buffer;
				try {
					bytes = await make(source);
				} catch {
					throw unreadable(item.shown, item.picture.format);
				}
				writeAtomically(file, bytes);
				return file;
			})();
			encoded.set(file, found);
		}
		return found;
	}

	return {
		picture: async (pad) => (await get(pad)).picture,
		async original(pad) {
			const item = await get(pad);
			const { format } = item.picture;
			if (format === 'svg') return read(pad);
			const name = `origineel.${IMAGE_FORMATS[format].extension}`;
			return readFileSync(await cachedFile(item, name, (source) => cleanOriginal(source, format)));
		},
		async variant(pad, variant) {
			const item = await get(pad);
			const { plan } = item.picture;
			if (!plan) throw new Error(`${pad} has no variants`);
			// The first variant asked for starts all of them, so the encoders work side by side.
			await Promise.all(
				plan.variants.map((v) => cachedFile(item, variantName(v), (source) => encodeVariant(source, v))),
			);
			return readFileSync(await cachedFile(item, variantName(variant), (source) => encodeVariant(source, variant)));
		},
	};
}
