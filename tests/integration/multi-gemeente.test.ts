/**
 * End-to-end: builds a portal with two gemeenten (tests/fixtures/multi-gemeente) and a
 * portal with one gemeente (tests/fixtures/minimal) with the real build script, and checks
 * how the home page and /wijken/ group the wijken.
 *
 * Fixture multi-gemeente: portaal.yaml lists Lindewaard (GM9998) first, then Oosterveen (GM9997).
 * Lindewaard has the wijk Zuiderhof (buurten Molenbuurt, Kerkbuurt; one agenda item "gepland"),
 * Oosterveen has the dorp Aalwijk (buurt Turfhoek). Alphabetically Aalwijk comes first, so a page
 * that ignored the gemeenten would list Aalwijk before Zuiderhof.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPortal, type RunResult } from '#tests/support/run.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMP_PARENT = join(ROOT, 'tests', '.tmp');
const tmpDirs: string[] = [];

interface Build {
	result: RunResult;
	out: string;
}

function build(fixture: string): Build {
	mkdirSync(TMP_PARENT, { recursive: true });
	const dir = mkdtempSync(join(TMP_PARENT, `${fixture}-`));
	tmpDirs.push(dir);
	const out = join(dir, 'site');
	const result = buildPortal(`tests/fixtures/${fixture}`, { out, now: '2026-06-01T10:00:00Z', cwd: ROOT });
	return { result, out };
}

const read = (b: Build, page: string) => readFileSync(join(b.out, page), 'utf8');

/** The <main> element of a page. */
function mainOf(html: string): string {
	const m = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html);
	if (!m) throw new Error('page has no <main>');
	return m[1]!;
}

const text = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

interface Heading {
	level: number;
	text: string;
	index: number;
}

function headings(html: string): Heading[] {
	return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({
		level: Number(m[1]),
		text: text(m[2]!),
		index: m.index,
	}));
}

/** Links to wijk pages (/wijken/<slug>/, nothing deeper), in document order. */
function wijkLinks(html: string): { slug: string; index: number }[] {
	return [...html.matchAll(/href="\/wijken\/([a-z0-9-]+)\/"/g)].map((m) => ({ slug: m[1]!, index: m.index }));
}

/** Headings of the given level and wijk links, merged in document order, as short labels. */
function outline(html: string, level: number): string[] {
	const events = [
		...headings(html)
			.filter((h) => h.level === level)
			.map((h) => ({ label: `h${h.level} ${h.text}`, index: h.index })),
		...wijkLinks(html).map((l) => ({ label: `wijk ${l.slug}`, index: l.index })),
	];
	return events.sort((a, b) => a.index - b.index).map((e) => e.label);
}

/** Pairs of consecutive headings where the level goes down by more than one (h2 → h4). */
function skippedLevels(html: string): string[] {
	const hs = headings(html);
	const skips: string[] = [];
	for (let i = 1; i < hs.length; i++) {
		if (hs[i]!.level > hs[i - 1]!.level + 1) {
			skips.push(`h${hs[i - 1]!.level} "${hs[i - 1]!.text}" → h${hs[i]!.level} "${hs[i]!.text}"`);
		}
	}
	return skips;
}

/** The part of a page from one heading text up to the next heading of the same or a higher level. */
function sectionAfter(html: string, headingText: string): string {
	const hs = headings(html);
	const i = hs.findIndex((h) => h.text === headingText);
	if (i < 0) throw new Error(`heading "${headingText}" not found`);
	const start = hs[i]!;
	const next = hs.slice(i + 1).find((h) => h.level <= start.level);
	return html.slice(start.index, next?.index ?? html.length);
}

let multi: Build;
let single: Build;

beforeAll(() => {
	multi = build('multi-gemeente');
	single = build('minimal');
}, 120_000);

afterAll(() => {
	for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
});

describe('a portal with two gemeenten', () => {
	it('builds without errors', () => {
		expect(multi.result.stderr).not.toMatch(/De inhoud bevat|mislukt/);
		expect(multi.result.status).toBe(0);
	});

	it('creates the home page, /wijken/ and a page for each wijk, buurt and agenda item', () => {
		for (const page of [
			'index.html',
			'wijken/index.html',
			'wijken/zuiderhof/index.html',
			'wijken/aalwijk/index.html',
			'wijken/zuiderhof/buurten/molenbuurt/index.html',
			'wijken/zuiderhof/buurten/kerkbuurt/index.html',
			'wijken/aalwijk/buurten/turfhoek/index.html',
			'wijken/zuiderhof/agenda/index.html',
			'wijken/zuiderhof/agenda/bankjes-molenplein/index.html',
		]) {
			expect(existsSync(join(multi.out, page)), page).toBe(true);
		}
	});

	it('gives each wijk page its own name as h1', () => {
		expect(headings(mainOf(read(multi, 'wijken/zuiderhof/index.html')))[0]).toMatchObject({
			level: 1,
			text: 'Zuiderhof',
		});
		expect(headings(mainOf(read(multi, 'wijken/aalwijk/index.html')))[0]).toMatchObject({ level: 1, text: 'Aalwijk' });
	});

	it('groups the wijken on the home page per gemeente, in the order of portaal.yaml', () => {
		const main = mainOf(read(multi, 'index.html'));
		expect(outline(main, 3)).toEqual([
			'h3 Gemeente Lindewaard',
			'wijk zuiderhof',
			'h3 Gemeente Oosterveen',
			'wijk aalwijk',
		]);
	});

	it('nests the home page headings: h2 for the wijken, h3 per gemeente, h4 per wijk', () => {
		const main = mainOf(read(multi, 'index.html'));
		expect(headings(main).map((h) => `h${h.level} ${h.text}`)).toEqual([
			'h1 Wijkportaal Lindewaard en Oosterveen',
			'h2 Wijken en dorpen',
			'h3 Gemeente Lindewaard',
			'h4 Zuiderhof',
			'h3 Gemeente Oosterveen',
			'h4 Aalwijk',
		]);
	});

	it('shows each wijk with its own buurten and open agenda items under its gemeente on the home page', () => {
		const main = mainOf(read(multi, 'index.html'));
		const lindewaard = text(sectionAfter(main, 'Gemeente Lindewaard'));
		const oosterveen = text(sectionAfter(main, 'Gemeente Oosterveen'));
		expect(lindewaard).toContain('Zuiderhof');
		expect(lindewaard).toContain('2 buurten');
		expect(lindewaard).toContain('1 open punt op de wijkagenda');
		expect(lindewaard).not.toContain('Aalwijk');
		expect(oosterveen).toContain('Aalwijk');
		expect(oosterveen).toContain('Dorp');
		expect(oosterveen).toContain('1 buurt');
		expect(oosterveen).toContain('0 open punten op de wijkagenda');
		expect(oosterveen).not.toContain('Zuiderhof');
	});

	it('gives /wijken/ an h2 per gemeente, each followed by its own wijk', () => {
		const main = mainOf(read(multi, 'wijken/index.html'));
		expect(outline(main, 2)).toEqual([
			'h2 Gemeente Lindewaard',
			'wijk zuiderhof',
			'h2 Gemeente Oosterveen',
			'wijk aalwijk',
		]);
	});

	it('lists the buurten of each wijk under its gemeente on /wijken/', () => {
		const main = mainOf(read(multi, 'wijken/index.html'));
		const lindewaard = sectionAfter(main, 'Gemeente Lindewaard');
		const oosterveen = sectionAfter(main, 'Gemeente Oosterveen');
		expect(lindewaard).toContain('href="/wijken/zuiderhof/buurten/molenbuurt/"');
		expect(lindewaard).toContain('href="/wijken/zuiderhof/buurten/kerkbuurt/"');
		expect(lindewaard).not.toContain('turfhoek');
		expect(oosterveen).toContain('href="/wijken/aalwijk/buurten/turfhoek/"');
		expect(oosterveen).not.toContain('molenbuurt');
	});

	it('does not skip heading levels on the home page', () => {
		expect(skippedLevels(mainOf(read(multi, 'index.html')))).toEqual([]);
	});

	it('does not skip heading levels on /wijken/ (gemeenten without stadsdelen: wijk names belong in h3 under the h2)', () => {
		// WCAG 1.3.1: the wijk name directly under "Gemeente Lindewaard" (h2) should be an h3.
		expect(skippedLevels(mainOf(read(multi, 'wijken/index.html')))).toEqual([]);
	});

	it('does not call two gemeenten "de gemeente" in the notice that the portal is fictitious', () => {
		const html = read(multi, 'index.html');
		const notice = /<p class="[^"]*\bnotice--fictief\b[^"]*">([\s\S]*?)<\/p>/.exec(html);
		expect(notice).not.toBeNull();
		const noticeText = text(notice![1]!);
		expect(noticeText).toContain('Lindewaard');
		expect(noticeText).toContain('Oosterveen');
		// "De gemeente Lindewaard en Oosterveen, haar wijken" reads as one gemeente with a double name.
		expect(noticeText).not.toContain('De gemeente Lindewaard en Oosterveen');
		expect(noticeText).toContain('De gemeenten Lindewaard en Oosterveen, hun wijken');
	});
});

describe('a portal with one gemeente', () => {
	const wijkSlugs = () =>
		readdirSync(join(ROOT, 'tests', 'fixtures', 'minimal', 'wijken'), { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.map((e) => e.name)
			.sort();

	it('builds without errors', () => {
		expect(single.result.status).toBe(0);
	});

	it('has no "Gemeente ..." grouping heading on the home page', () => {
		const main = mainOf(read(single, 'index.html'));
		expect(headings(main).filter((h) => h.text.startsWith('Gemeente '))).toEqual([]);
		expect(main).not.toMatch(/aria-labelledby="gemeente-/);
	});

	it('lists its wijken on the home page directly under "Wijken en dorpen"', () => {
		const main = mainOf(read(single, 'index.html'));
		const section = sectionAfter(main, 'Wijken en dorpen');
		expect([...new Set(wijkLinks(section).map((l) => l.slug))].sort()).toEqual(wijkSlugs());
		expect(headings(section)[0]).toMatchObject({ level: 2, text: 'Wijken en dorpen' });
		expect(headings(section)[1]?.level).toBe(3);
	});

	it('has no "Gemeente ..." heading on /wijken/', () => {
		const main = mainOf(read(single, 'wijken/index.html'));
		expect(headings(main).filter((h) => h.text.startsWith('Gemeente '))).toEqual([]);
	});
});
