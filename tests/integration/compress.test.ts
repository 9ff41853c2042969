/**
 * Precompression (scripts/build/compress.ts): the build of the minimal portal leaves a .br and a
 * .gz beside every text file above the threshold, each unpacking to exactly the file's bytes,
 * and `_headers` from public/ in the site; on a folder made by hand: which files get one, and
 * that symbolic links are never followed or written through.
 */
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { COMPRESSIBLE, compressLine, compressSite, MIN_BYTES } from '#scripts/build/compress.ts';
import { headersFileText } from '#scripts/deploy/config-text.ts';
import { TEST_BUILD_TIME } from '#tests/support/build-time.ts';
import { FIXTURES, TMP } from '#tests/support/fixtures.ts';
import { buildPortal, type RunResult } from '#tests/support/run.ts';

mkdirSync(TMP, { recursive: true });
const root = mkdtempSync(join(TMP, 'compress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function allFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? allFiles(path) : [path];
	});
}

const extension = (file: string) => file.slice(file.lastIndexOf('.') + 1);

describe('the build of the minimal portal', () => {
	const dist = join(root, 'dist');
	let build: RunResult;
	beforeAll(() => {
		build = buildPortal(join(FIXTURES, 'minimal'), { out: dist, now: TEST_BUILD_TIME, cwd: root });
	}, 180_000);

	it('succeeds and says what it compressed', () => {
		expect(build.stderr).toBe('');
		expect(build.status).toBe(0);
		expect(build.stdout).toMatch(/^Gecomprimeerd: \d+ bestanden .* als brotli .* en gzip .* in [\d,]+ seconden\.$/m);
	});

	it('writes a .br and a .gz beside every text file above the threshold, with the same bytes inside', () => {
		const files = allFiles(dist);
		const plain = files.filter((file) => !/\.(?:br|gz)$/.test(file));
		const compressible = plain.filter((file) => COMPRESSIBLE.has(extension(file)));
		const large = compressible.filter((file) => readFileSync(file).length >= MIN_BYTES);
		// The pages, the stylesheet and the scripts at least.
		expect(large.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(5);
		expect(large.some((file) => file.endsWith('.css'))).toBe(true);
		expect(large.some((file) => file.endsWith('.js'))).toBe(true);
		for (const file of large) {
			const data = readFileSync(file);
			expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(data), relative(dist, file)).toBe(true);
			expect(gunzipSync(readFileSync(`${file}.gz`)).equals(data), relative(dist, file)).toBe(true);
			expect(readFileSync(`${file}.br`).length).toBeLessThan(data.length);
		}
		// Nothing else gets one: no small files, no images, no Pagefind index (compressed already), no .br.br.
		const withCompressed = new Set(files.filter((f) => /\.(?:br|gz)$/.test(f)).map((f) => f.slice(0, -3)));
		expect([...withCompressed].sort()).toEqual([...large].sort());
	});

	it('puts the header rules of public/_headers in the site', () => {
		expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(headersFileText());
	});
});

describe('compressSite on a folder', () => {
	const site = join(root, 'site');
	const outside = join(root, 'outside');
	const page = `<!DOCTYPE html><html lang="nl"><title>Wijk</title>${'<p>Een alinea over de wijk.</p>'.repeat(200)}</html>`;
	beforeAll(() => {
		mkdirSync(join(site, 'pagefind', 'fragment'), { recursive: true });
		mkdirSync(join(site, 'assets'), { recursive: true });
		mkdirSync(outside, { recursive: true });
		writeFileSync(join(site, 'index.html'), page);
		writeFileSync(join(site, 'assets', 'app.abc123.js'), `console.log(${JSON.stringify('x'.repeat(3000))});`);
		writeFileSync(join(site, 'klein.css'), 'body{margin:0}');
		writeFileSync(join(site, 'foto.jpg'), Buffer.alloc(5000, 1));
		writeFileSync(join(site, 'pagefind', 'fragment', 'nl_1.pf_fragment'), Buffer.alloc(5000, 2));
		// Links pointing out of the site: neither they nor their targets are read or written.
		writeFileSync(join(outside, 'geheim.html'), page);
		symlinkSync(join(outside, 'geheim.html'), join(site, 'link.html'));
		symlinkSync(outside, join(site, 'map'));
		// A link where a .gz will be written: replaced by the file, the target is untouched.
		writeFileSync(join(outside, 'doel.txt'), 'niet overschrijven');
		symlinkSync(join(outside, 'doel.txt'), join(site, 'index.html.gz'));
	});

	it('compresses only text files above the threshold, inside the folder, never through a link', async () => {
		const result = await compressSite(site);
		expect(result.files).toBe(2);
		expect(compressLine(result)).toMatch(/^Gecomprimeerd: 2 bestanden/);
		expect(brotliDecompressSync(readFileSync(join(site, 'index.html.br'))).toString()).toBe(page);
		expect(gunzipSync(readFileSync(join(site, 'index.html.gz'))).toString()).toBe(page);
		expect(existsSync(join(site, 'assets', 'app.abc123.js.br'))).toBe(true);
		for (const name of ['klein.css.br', 'foto.jpg.br', 'pagefind/fragment/nl_1.pf_fragment.br', 'link.html.br'])
			expect(existsSync(join(site, name)), name).toBe(false);
		expect(readdirSync(outside).sort()).toEqual(['doel.txt', 'geheim.html']);
		expect(readFileSync(join(outside, 'doel.txt'), 'utf8')).toBe('niet overschrijven');
	});

	it('gives the same files when run again over its own output', async () => {
		const before = readFileSync(join(site, 'index.html.br'));
		expect((await compressSite(site)).files).toBe(2);
		expect(readFileSync(join(site, 'index.html.br')).equals(before)).toBe(true);
		expect(existsSync(join(site, 'index.html.br.br'))).toBe(false);
	});
});
