/**
 * The PDFs of the verhalenboeken, made after Astro has built the site into the staging
 * folder: each Dutch /wijken/<wijk>/verhalenboek/ is opened in a headless Chromium (served from
 * the staging folder on a loopback port), printed to /wijken/<wijk>/verhalenboek.pdf (A4, tagged,
 * with an outline), and given its metadata with pdf-lib (title, author, language, fixed dates,
 * so builds are reproducible). The PDFs are Dutch and exist once: the book pages in the other
 * languages (/en/wijken/<wijk>/verhalenboek/, …) are never printed. The pages were built before
 * the PDFs existed: their markers, in every language, are replaced here by the link with the size
 * (on the other languages' pages marked hreflang="nl", with a note in the page's language that
 * the PDF is in Dutch), or by a sentence that this version has no PDF.
 * Without Chromium, or when Chromium fails, no PDF is published at all (never some of them);
 * everything else is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { chromium } from 'playwright-core';

import { i18n } from '#i18n/index.ts';
import { formatNumber } from '#lib/i18n/format.ts';
import { BRONTAAL, type Taal, TALEN } from '#lib/i18n/talen.ts';
import { urls } from '#lib/site/urls.ts';
import { siteServer } from '#scripts/serve/site-server.ts';

import { CHROMIUM_ARGS, findChromium } from './pdf-chromium.ts';

/** What the book page tells the PDF maker (data attributes on the book's root element). */
interface Book {
	wijk: string;
	title: string;
	author: string;
	subject: string;
	/** The portal's public address (portaal.yaml webadres), or empty. */
	webadres: string;
}

export interface PdfResult {
	/** PDFs made, per wijk, with their size in bytes. */
	made: Map<string, number>;
	/** The Dutch lines for the build's output. */
	lines: string[];
}

const MARKER = /<span class="pdf-link" data-pdf-marker="([a-z0-9-]+)">[^<]*<\/span>/g;
const BOOK =
	/data-pdf-wijk="([^"]+)" data-pdf-title="([^"]*)" data-pdf-author="([^"]*)" data-pdf-subject="([^"]*)" data-pdf-webadres(?:="([^"]*)")?/;

const bookPage = (site: string, wijk: string) => join(site, 'wijken', wijk, 'verhalenboek', 'index.html');
/** The folder of a language's pages in the built site: the root for Dutch, `<taal>/` for the others. */
const languageRoot = (site: string, taal: Taal) => (taal === BRONTAAL ? site : join(site, taal));
const pdfFile = (site: string, wijk: string) => join(site, 'wijken', wijk, 'verhalenboek.pdf');

/** The books in a built site. */
export function findBooks(site: string): Book[] {
	const wijken = join(site, 'wijken');
	if (!existsSync(wijken)) return [];
	return readdirSync(wijken)
		.filter((wijk) => existsSync(bookPage(site, wijk)))
		.sort()
		.flatMap((wijk) => {
			const match = BOOK.exec(readFileSync(bookPage(site, wijk), 'utf8'));
			if (!match) return [];
			const [title = '', author = '', subject = '', webadres = ''] = match.slice(2).map((v = '') => unescape(v));
			return [{ wijk, title, author, subject, webadres }];
		});
}

/** "245 kB", "1,2 MB" (decimal units, in the number format of the language; Dutch by default). */
export function formatSize(bytes: number, taal: Taal = 'nl'): string {
	const number = (n: number, digits: number) => formatNumber(n, taal, { maximumFractionDigits: digits });
	if (bytes < 1_000_000) return `${number(Math.max(1, Math.round(bytes / 1000)), 0)} kB`;
	return `${number(bytes / 1_000_000, 1)} MB`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

/** @param options.skip no PDFs at all (`npm run build -- --zonder-pdf`): the pages say there is none. */
export async function makeBookPdfs(
	site: string,
	buildTime: Date,
	options: { skip?: boolean } = {},
): Promise<PdfResult> {
	const books = findBooks(site);
	const made = new Map<string, number>();
	if (!books.length) {
		replaceMarkers(site, made);
		return { made, lines: [] };
	}
	const lines: string[] = [];
	const started = performance.now();
	const search = options.skip ? undefined : findChromium();
	if (!search) {
		lines.push("De pdf's van de verhalenboeken zijn overgeslagen, zoals gevraagd met --zonder-pdf.");
	} else if (search.reason !== undefined) {
		lines.push(
			`Geen Chromium gevonden: de pdf's van de verhalenboeken zijn overgeslagen (${search.reason}) De rest van de site is wel gebouwd. Wilt u de pdf's wel? Installeer Chromium (Debian/Ubuntu: sudo apt-get install chromium) of zet CHROMIUM_PATH op het pad van een Chromium- of Chrome-programma, en bouw opnieuw.`,
		);
	} else {
		try {
			for (const [wijk, bytes] of await printBooks(site, books, search.path, buildTime)) made.set(wijk, bytes);
			const count = books.length === 1 ? '1 verhalenboek' : `${books.length} verhalenboeken`;
			lines.push(`Pdf's van ${count} gemaakt in ${seconds(performance.now() - started)}.`);
		} catch (error) {
			made.clear();
			for (const book of books) rmSync(pdfFile(site, book.wijk), { force: true });
			lines.push(
				`Het maken van de pdf's van de verhalenboeken is mislukt (${(error as Error).message.split('\n')[0]}). De rest van de site is wel gebouwd, zonder pdf's. Probeer het opnieuw; blijft dit gebeuren, controleer dan of Chromium werkt.`,
			);
		}
	}
	replaceMarkers(site, made);
	return { made, lines };
}

/** Stops at once when the program is no working Chromium (launching one would wait for it). */
function checkBrowser(executablePath: string): void {
	let version = '';
	try {
		version = execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: 'pipe' });
	} catch {
		// Handled below.
	}
	if (!/chrom/i.test(version)) throw new Error(`${executablePath} is geen werkende Chromium`);
}

async function printBooks(site: string, books: Book[], executablePath: string, buildTime: Date) {
	checkBrowser(executablePath);
	const sizes = new Map<string, number>();
	const { server, origin } = await serve(site);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
	try {
		// The book pages need no script; printing runs without JavaScript and reaches nothing but this server.
		const context = await browser.newContext({ javaScriptEnabled: false });
		await context.route('**/*', (route) =>
			new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
		);
		const page = await context.newPage();
		for (const book of books) {
			await page.goto(`${origin}/wijken/${book.wijk}/verhalenboek/`, { waitUntil: 'load', timeout: 60_000 });
			const printed = await page.pdf({
				format: 'A4',
				printBackground: true,
				tagged: true,
				outline: true,
				displayHeaderFooter: false,
				preferCSSPageSize: true,
			});
			const bytes = await withMetadata(printed, book, buildTime, origin);
			writeFileSync(pdfFile(site, book.wijk), bytes);
			sizes.set(book.wijk, bytes.length);
		}
	} finally {
		await browser.close();
		server.close();
	}
	return sizes;
}

/**
 * Title, author, language and fixed dates; pdf-lib keeps the catalog, so the structure tree
 * stays. Links to the loopback server that served the pages point to the portal's public
 * address instead, or, without one, are no longer clickable (their printed target remains).
 */
export async function withMetadata(
	pdf: Uint8Array,
	book: Omit<Book, 'wijk'>,
	buildTime: Date,
	origin: string,
): Promise<Uint8Array> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	for (const page of doc.getPages()) {
		const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
		for (let i = 0; i < (annots?.size() ?? 0); i++) {
			const action = annots!.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict);
			const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
			if (!action || !uri?.startsWith(`${origin}/`)) continue;
			if (book.webadres) action.set(PDFName.of('URI'), PDFString.of(book.webadres + uri.slice(origin.length)));
			else annots!.lookupMaybe(i, PDFDict)!.delete(PDFName.of('A'));
		}
	}
	doc.setTitle(book.title, { showInWindowTitleBar: true });
	doc.setAuthor(book.author);
	doc.setSubject(book.subject);
	doc.setLanguage('nl-NL');
	doc.setCreator('wijkportaal');
	doc.setProducer('wijkportaal');
	doc.setCreationDate(buildTime);
	doc.setModificationDate(buildTime);
	return doc.save({ useObjectStreams: false });
}

/** The staging folder served on a free loopback port, as a host would serve it. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
	const server = siteServer(dir);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
		);
	});
}

/** The pages with PDF markers in one language: /verhalen/ and every book page. */
function markerPages(site: string, taal: Taal): string[] {
	const root = languageRoot(site, taal);
	const wijken = join(root, 'wijken');
	const books = existsSync(wijken)
		? readdirSync(wijken)
				.sort()
				.map((wijk) => join(wijken, wijk, 'verhalenboek', 'index.html'))
		: [];
	return [join(root, 'verhalen', 'index.html'), ...books].filter((p) => existsSync(p) && statSync(p).isFile());
}

/**
 * What replaces a marker in a page of this language: the link to the Dutch PDF with its size, or
 * the sentence that this version of the site has no PDF. On the other languages' pages the link
 * says it leads to a Dutch document (hreflang="nl") and a note in the page's language follows.
 */
export function pdfLinkHtml(wijk: string, bytes: number | undefined, taal: Taal = 'nl'): string {
	const { t } = i18n(taal);
	if (bytes === undefined) return `<span class="pdf-link">${escapeHtml(t('verhalen.pdf.geen'))}</span>`;
	const text = escapeHtml(t('verhalen.pdf.download', { grootte: formatSize(bytes, taal) }));
	if (taal === BRONTAAL)
		return `<span class="pdf-link"><a href="${urls.verhalenboekPdf(wijk)}" type="application/pdf" download>${text}</a></span>`;
	return `<span class="pdf-link"><a href="${urls.verhalenboekPdf(wijk)}" hreflang="nl" type="application/pdf" download>${text}</a> ${escapeHtml(t('verhalen.pdf.nederlands'))}</span>`;
}

/** Puts the PDF links (or the sentence that there is none) into /verhalen/ and every book page, in every language. */
function replaceMarkers(site: string, made: Map<string, number>): void {
	for (const taal of TALEN) {
		for (const page of markerPages(site, taal)) {
			const html = readFileSync(page, 'utf8');
			if (!html.includes('data-pdf-marker=')) continue;
			writeFileSync(
				page,
				html.replace(MARKER, (_, wijk: string) => pdfLinkHtml(wijk, made.get(wijk), taal)),
			);
		}
	}
}

function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function unescape(text: string): string {
	return text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}
