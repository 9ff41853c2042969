/**
 * Precompression, the last step of the build in the staging folder: beside every text file of
 * the site above MIN_BYTES it writes `<file>.br` (brotli) and `<file>.gz` (gzip level 9), which
 * nginx (`brotli_static`, `gzip_static`), the preview server and CDNs send to browsers that
 * accept them, so no server compresses on every request. Pagefind's index files are compressed by
 * Pagefind already. zlib's asynchronous calls run on libuv's thread pool, so all cores help.
 * Never follows a symbolic link and writes only inside the given folder.
 */
import { lstat, open, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import { isFingerprinted } from '#lib/site/headers.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Extensions of the files that get a .br and .gz beside them. */
export const COMPRESSIBLE = new Set([
	'html',
	'css',
	'js',
	'mjs',
	'json',
	'xml',
	'svg',
	'txt',
	'ics',
	'csv',
	'webmanifest',
]);

/** Smaller files gain too little to be worth a second request path. */
export const MIN_BYTES = 1024;

/**
 * Brotli quality. 11 gives the smallest files but is about 50 times slower than 7 (demo, 21 MB
 * of text: quality 7 in 0.6 s, 9 in 4 s, 10 in 10 s, 11 in 25 s on one core, 4.10 / 4.07 / 3.79 /
 * 3.71 MB). Files with a content hash in their name (/assets/) are made once per release and
 * loaded by every visitor, and do not grow with the number of pages: 11. Pages, feeds and data
 * grow with the portal (a whole country is 20,000 pages): 7, about 8% larger than 11.
 */
export const BROTLI_QUALITY_FINGERPRINTED = 11;
export const BROTLI_QUALITY = 7;

/** Files compressed at the same time: enough to keep the thread pool busy, little memory. */
const IN_FLIGHT = 8;

export interface CompressResult {
	/** Files that got a .br and a .gz. */
	files: number;
	/** Bytes of those files, and of their .br and .gz versions. */
	bytes: number;
	brotliBytes: number;
	gzipBytes: number;
	seconds: number;
}

export interface CompressOptions {
	/** One quality for every file instead of the two above (to measure). */
	brotliQuality?: number;
}

/** Every regular file under `dir` that should be compressed; symbolic links and their targets are left alone. */
async function compressibleFiles(dir: string): Promise<string[]> {
	const found: string[] = [];
	const walk = async (folder: string) => {
		for (const entry of await readdir(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) await walk(path);
			else if (entry.isFile() && COMPRESSIBLE.has(entry.name.slice(entry.name.lastIndexOf('.') + 1))) found.push(path);
		}
	};
	await walk(dir);
	return found;
}

/** Writes `data` to a new file `path`: an existing file or link of that name is removed first, never followed. */
async function writeNew(path: string, data: Uint8Array): Promise<void> {
	await rm(path, { force: true });
	const handle = await open(path, 'wx');
	try {
		await handle.writeFile(data);
	} finally {
		await handle.close();
	}
}

export async function compressSite(dir: string, options: CompressOptions = {}): Promise<CompressResult> {
	const started = performance.now();
	const result: CompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0, seconds: 0 };
	const queue = await compressibleFiles(dir);
	const work = async () => {
		for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
			// The walk saw a regular file; check again right before reading, in case it changed.
			if (!(await lstat(path)).isFile()) continue;
			const data = await readFile(path);
			if (data.length < MIN_BYTES) continue;
			const address = `/${relative(dir, path).split(sep).join('/')}`;
			const quality =
				options.brotliQuality ?? (isFingerprinted(address) ? BROTLI_QUALITY_FINGERPRINTED : BROTLI_QUALITY);
			const [br, gz] = await Promise.all([
				brotli(data, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: quality,
						[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
						[constants.BROTLI_PARAM_SIZE_HINT]: data.length,
					},
				}),
				gzipAsync(data, { level: 9 }),
			]);
			await Promise.all([writeNew(`${path}.br`, br), writeNew(`${path}.gz`, gz)]);
			result.files++;
			result.bytes += data.length;
			result.brotliBytes += br.length;
			result.gzipBytes += gz.length;
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, work));
	result.seconds = (performance.now() - started) / 1000;
	return result;
}

/** The build's line about it, in Dutch. */
export function compressLine(result: CompressResult): string {
	const mb = (bytes: number) => (bytes / 1e6).toFixed(1).replace('.', ',');
	const seconds = result.seconds.toFixed(1).replace('.', ',');
	return `Gecomprimeerd: ${result.files} bestanden (${mb(result.bytes)} MB) als brotli (${mb(result.brotliBytes)} MB) en gzip (${mb(result.gzipBytes)} MB) in ${seconds} seconden.`;
}
