/**
 * The page budgets of `npm run audit` and of the browser tests, as pure functions:
 *
 * - First screen: at most FIRST_SCREEN_BUDGET bytes of compressed HTML for everything up to the
 *   end of the first screen, so the first screen can arrive in the first round trip of a new
 *   connection (10 TCP packets of ~1,400 bytes). Measured as the brotli size of the whole HTML
 *   document as the server sends it; only when that is larger, as the brotli size of the bytes
 *   before the first element that starts below a phone's first screen (FOLD, 390×844 CSS
 *   pixels), found in the browser (fold.ts).
 * - Transfer: at most TRANSFER_BUDGET bytes over the network for the whole page load (the
 *   browser's transferSize of every request: headers and compressed body), photos not counted.
 *   A page that loads photos is marked with them, so its total is read with that in mind.
 */
import { brotliCompressSync, constants } from 'node:zlib';

export const KB = 1024;
export const FIRST_SCREEN_BUDGET = 14 * KB;
export const TRANSFER_BUDGET = 60 * KB;

/** A phone's first screen in CSS pixels (a common phone of 2020-2024, e.g. iPhone 12-15). */
export const FOLD = { width: 390, height: 844 };

/** One request of a page load, as Lighthouse's network-requests audit reports it. */
export interface PageRequest {
	url: string;
	/** Bytes over the network: headers and the (compressed) body. */
	transferSize: number;
	/** Bytes of the body after decompression. */
	resourceSize: number;
	mimeType: string;
	resourceType: string;
}

/** Brotli as the build writes its .br files (scripts/build/compress.ts): quality 11, text mode. */
export function brotliSize(data: Uint8Array): number {
	return brotliCompressSync(data, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: 11,
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_SIZE_HINT]: data.length,
		},
	}).length;
}

export interface FirstScreen {
	/** Compressed bytes counted for the first screen. */
	bytes: number;
	/** 'pagina': the whole document is within budget; 'eerste-scherm': only the part before the fold was counted. */
	measured: 'pagina' | 'eerste-scherm';
	/** Compressed bytes of the whole document. */
	pageBytes: number;
	ok: boolean;
}

/**
 * The first-screen figure of one HTML document. `pageBytes` is its compressed size as served
 * (its .br file); `foldOffset` gives the byte offset in `html` where the first element below
 * the fold starts, and is asked only when the whole document is over budget (null: the whole
 * page fits on one screen).
 */
export async function firstScreen(
	html: Uint8Array,
	pageBytes: number,
	foldOffset: () => Promise<number | null>,
): Promise<FirstScreen> {
	if (pageBytes <= FIRST_SCREEN_BUDGET) return { bytes: pageBytes, measured: 'pagina', pageBytes, ok: true };
	const offset = await foldOffset();
	if (offset === null || offset >= html.length) return { bytes: pageBytes, measured: 'pagina', pageBytes, ok: false };
	const bytes = brotliSize(html.subarray(0, offset));
	return { bytes, measured: 'eerste-scherm', pageBytes, ok: bytes <= FIRST_SCREEN_BUDGET };
}

/** A photo: a raster picture (JPEG, WebP, AVIF, PNG, GIF). Icons and drawings are SVG or .ico. */
export function isPhoto(request: PageRequest): boolean {
	return (
		/^image\/(jpeg|webp|avif|png|gif)$/.test(request.mimeType) &&
		!/\/(favicon|apple-touch-icon|icon-)/.test(request.url)
	);
}

export interface Transfer {
	/** Bytes of every request. */
	total: number;
	/** Bytes of the photos among them. */
	photos: number;
	photoCount: number;
	/** Bytes that count for the budget: everything but the photos. */
	counted: number;
	requests: number;
	ok: boolean;
}

export function transfer(requests: readonly PageRequest[]): Transfer {
	const sum = (list: readonly PageRequest[]) => list.reduce((total, r) => total + r.transferSize, 0);
	const photos = requests.filter(isPhoto);
	const total = sum(requests);
	const counted = total - sum(photos);
	return {
		total,
		photos: sum(photos),
		photoCount: photos.length,
		counted,
		requests: requests.length,
		ok: counted <= TRANSFER_BUDGET,
	};
}

/** The largest requests first, to show where the bytes of a page over budget go. */
export function heaviest(requests: readonly PageRequest[], count = 5): PageRequest[] {
	return [...requests].sort((a, b) => b.transferSize - a.transferSize || (a.url < b.url ? -1 : 1)).slice(0, count);
}

/** Bytes as "12,3 KB" (1 KB = 1024 bytes), as the report shows them. */
export function kb(bytes: number): string {
	return `${(bytes / KB).toFixed(1).replace('.', ',')} KB`;
}
