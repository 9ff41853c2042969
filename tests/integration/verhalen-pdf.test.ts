/**
 * The verhalenboek in a real build (tests/fixtures/verhalen-portaal over the minimal portal):
 * the PDF opened with an independent reader (pdf.js): pages, the text of every chapter,
 * metadata and tags; a build without Chromium still publishes everything but the PDF; and a
 * story whose consent has ended is a notice, not an error, and appears nowhere.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FIXTURES, layOut, listFiles, TMP } from '#tests/support/fixtures.ts';
import { runCli, runCliAsync, type RunResult } from '#tests/support/run.ts';

const NOW = '2026-06-15T10:00:00+02:00';
mkdirSync(TMP, { recursive: true });
const root = join(TMP, 'verhalen-pdf');
const withPdf = join(root, 'met');
const withoutPdf = join(root, 'zonder');
const brokenChromium = join(root, 'kapot');
const skipped = join(root, 'overgeslagen');
const pdfPath = join(withPdf, 'dist', 'wijken', 'noord', 'verhalenboek.pdf');
const bookPage = (dir: string) => join(dir, 'dist', 'wijken', 'noord', 'verhalenboek', 'index.html');

/** The published stories of the fixture, in the book's order (oldest told first). */
const CHAPTERS = ['Vijftig jaar aan de haven', 'Een moestuin achter de kerk', 'Mijn school in de wijk'];
const EXPIRED = { slug: 'oude-markt', titel: 'De oude markt die verdween' };

let built: RunResult;
let noChromium: RunResult;
let failingChromium: RunResult;
let withoutOption: RunResult;

beforeAll(async () => {
	layOut(join(FIXTURES, 'verhalen-portaal'), withPdf);
	layOut(join(FIXTURES, 'verhalen-portaal'), withoutPdf);
	layOut(join(FIXTURES, 'verhalen-portaal'), brokenChromium);
	layOut(join(FIXTURES, 'verhalen-portaal'), skipped);
	[built, noChromium, failingChromium, withoutOption] = await Promise.all([
		runCliAsync('build', [], { cwd: withPdf, env: { WIJKPORTAAL_NU: NOW } }),
		runCliAsync('build', [], {
			cwd: withoutPdf,
			env: { WIJKPORTAAL_NU: NOW, CHROMIUM_PATH: join(withoutPdf, 'geen-chromium') },
		}),
		// A program that exists but is no browser: Chromium "fails" during the build.
		runCliAsync('build', [], { cwd: brokenChromium, env: { WIJKPORTAAL_NU: NOW, CHROMIUM_PATH: '/bin/false' } }),
		runCliAsync('build', ['--zonder-pdf'], { cwd: skipped, env: { WIJKPORTAAL_NU: NOW } }),
	]);
}, 240_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the PDF of a verhalenboek', () => {
	it('is made, and the build says how long it took', () => {
		expect(built.status, built.stderr).toBe(0);
		expect(built.stdout).toMatch(/^Pdf's van 1 verhalenboek gemaakt in \d+,\d s\.$/m);
		expect(existsSync(pdfPath)).toBe(true);
	});

	it('has the cover, the contents, every chapter and the colophon, with their text', async () => {
		const doc = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)) }).promise;
		expect(doc.numPages).toBeGreaterThanOrEqual(CHAPTERS.length + 2);
		const pages: string[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const content = await (await doc.getPage(n)).getTextContent();
			pages.push(
				content.items
					.map((i) => (i as TextItem).str)
					.join(' ')
					.replace(/\s+/g, ' '),
			);
		}
		expect(pages[0]).toContain('Verhalenboek Noord');
		expect(pages[1]).toContain('Inhoud');
		// Each chapter starts on a page of its own, in the book's order.
		const starts = CHAPTERS.map((title) => pages.findIndex((p) => /hoofdstuk/i.test(p) && p.includes(title)));
		for (const start of starts) expect(start).toBeGreaterThan(1);
		expect([...starts].sort((a, b) => a - b)).toEqual(starts);
		expect(new Set(starts).size).toBe(CHAPTERS.length);
		expect(pages.join(' ')).toContain('Colofon');
		// No site navigation in the book; page numbers in the margin.
		expect(pages.join(' ')).not.toContain('Direct naar de inhoud');
		expect(pages[2]).toMatch(/\b3\b/);
		await doc.destroy();
	});

	it('has title, author, language and dates in its metadata, and is tagged', async () => {
		const doc = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)) }).promise;
		const info = (await doc.getMetadata()).info as Record<string, unknown>;
		expect(info.Title).toBe('Verhalenboek Noord');
		expect(info.Author).toBe('Gemeente Teststad');
		expect(info.Language).toBe('nl-NL');
		expect(info.Creator).toBe('wijkportaal');
		expect(info.CreationDate).toBe('D:20260615080000Z');
		expect((await doc.getMarkInfo())?.Marked).toBe(true);
		// Links lead to the portal's public address, never to the server the build printed from.
		const urls: string[] = [];
		for (let n = 1; n <= doc.numPages; n++)
			for (const a of (await (await doc.getPage(n)).getAnnotations()) as { url?: string }[])
				if (a.url) urls.push(a.url);
		expect(urls).toContain('https://wijken.teststad.example/verhalen/de-haven/');
		expect(urls.filter((u) => !u.startsWith('https://wijken.teststad.example/'))).toEqual([]);
		expect(await (await doc.getPage(1)).getStructTree()).not.toBeNull();
		await doc.destroy();
	});

	it('is linked from the book and from /verhalen/ with its size', () => {
		const size = readFileSync(pdfPath).length;
		const link = `<a href="/wijken/noord/verhalenboek.pdf" type="application/pdf" download>Download als pdf (${Math.round(size / 1000)} kB)</a>`;
		expect(readFileSync(bookPage(withPdf), 'utf8')).toContain(link);
		expect(readFileSync(join(withPdf, 'dist', 'verhalen', 'index.html'), 'utf8')).toContain(link);
		expect(readFileSync(bookPage(withPdf), 'utf8')).not.toContain('data-pdf-marker');
	});
});

describe('a build without Chromium', () => {
	it('succeeds, says so in one Dutch line, and publishes everything but the PDF', () => {
		expect(noChromium.status, noChromium.stderr).toBe(0);
		const lines = noChromium.stdout.split('\n').filter((l) => l.startsWith('Geen Chromium gevonden'));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain("Geen Chromium gevonden: de pdf's van de verhalenboeken zijn overgeslagen");
		expect(lines[0]).toContain('CHROMIUM_PATH');
		expect(noChromium.stdout).not.toContain("Pdf's van");
		const dist = join(withoutPdf, 'dist');
		expect(listFiles(dist).filter((f) => f.endsWith('.pdf'))).toEqual([]);
		for (const page of [bookPage(withoutPdf), join(dist, 'verhalen', 'index.html')]) {
			const html = readFileSync(page, 'utf8');
			expect(html).toContain('Van dit verhalenboek is in deze versie van de site geen pdf.');
			expect(html).not.toContain('verhalenboek.pdf');
			expect(html).not.toContain('data-pdf-marker');
		}
		for (const slug of ['de-haven', 'de-moestuin', 'mijn-school'])
			expect(existsSync(join(dist, 'verhalen', slug, 'index.html'))).toBe(true);
	});
});

describe('a build with --zonder-pdf', () => {
	it('makes no PDF, says so, and the pages say there is none', () => {
		expect(withoutOption.status, withoutOption.stderr).toBe(0);
		expect(withoutOption.stdout).toContain(
			"De pdf's van de verhalenboeken zijn overgeslagen, zoals gevraagd met --zonder-pdf.",
		);
		expect(withoutOption.stdout).not.toContain('Geen Chromium');
		expect(listFiles(join(skipped, 'dist')).filter((f) => f.endsWith('.pdf'))).toEqual([]);
		expect(readFileSync(bookPage(skipped), 'utf8')).toContain(
			'Van dit verhalenboek is in deze versie van de site geen pdf.',
		);
	});
});

describe('a build whose Chromium fails', () => {
	it('publishes the site without any PDF, and says so', () => {
		expect(failingChromium.status, failingChromium.stderr).toBe(0);
		expect(failingChromium.stdout).toMatch(
			/^Het maken van de pdf's van de verhalenboeken is mislukt \(.+\)\. De rest van de site is wel gebouwd, zonder pdf's\./m,
		);
		const dist = join(brokenChromium, 'dist');
		expect(listFiles(dist).filter((f) => f.endsWith('.pdf'))).toEqual([]);
		expect(readFileSync(bookPage(brokenChromium), 'utf8')).toContain(
			'Van dit verhalenboek is in deze versie van de site geen pdf.',
		);
		expect(readdirSync(brokenChromium).sort()).toEqual(['content', 'dist']);
	});
});

describe('a story whose consent has ended', () => {
	const notice = `content/verhalen/${EXPIRED.slug}.md: het verhaal "${EXPIRED.titel}" staat niet meer op de site, omdat de toestemming liep tot 2026-01-31.`;

	it('is a notice in check and build, not an error', () => {
		const check = runCli('check', [], { cwd: withPdf, env: { WIJKPORTAAL_NU: NOW } });
		expect(check.status, check.stderr).toBe(0);
		expect(check.stdout).toContain(notice);
		expect(built.stdout).toContain(notice);
		expect(built.stderr).not.toContain(EXPIRED.slug);
	});

	it('is still published on a day its consent holds', () => {
		const check = runCli('check', [], { cwd: withPdf, env: { WIJKPORTAAL_NU: '2026-01-31T23:00:00+01:00' } });
		expect(check.status).toBe(0);
		expect(check.stdout).not.toContain(EXPIRED.slug);
	});

	it('appears nowhere in the built site', () => {
		const dist = join(withPdf, 'dist');
		expect(existsSync(join(dist, 'verhalen', EXPIRED.slug))).toBe(false);
		const texts = listFiles(dist).filter((f) => /\.(html|xml|json|txt|csv)$/.test(f));
		expect(texts.length).toBeGreaterThan(10);
		for (const file of texts) {
			const text = readFileSync(file, 'utf8');
			expect(text.includes(EXPIRED.slug) || text.includes(EXPIRED.titel), relative(dist, file)).toBe(false);
		}
		const book = readFileSync(bookPage(withPdf), 'utf8');
		for (const title of CHAPTERS) expect(book).toContain(title);
	});
});
