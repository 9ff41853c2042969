/**
 * The RSS feeds, the sitemap and robots.txt of a built portal, read with an independent XML
 * parser (fast-xml-parser): valid RSS 2.0, absolute links to pages that exist, RFC 822 dates,
 * newest first, wijk feeds with only that wijk's items; a sitemap that lists exactly the HTML
 * pages. A portal without webadres gets none of it, and the build says so in one line.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TEST_BUILD_TIME } from '#tests/support/build-time.ts';
import { FIXTURES, REPO, TMP } from '#tests/support/fixtures.ts';
import { buildPortal, type RunResult, TEST_TALEN } from '#tests/support/run.ts';

mkdirSync(TMP, { recursive: true });
const root = mkdtempSync(join(TMP, 'feeds-sitemap-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const parser = new XMLParser({
	ignoreAttributes: false,
	isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name),
});

/** webadres as the demo's portaal.yaml writes it (the test reads it itself). */
const demoWebadres = /^webadres:\s*(\S+)\s*$/m.exec(readFileSync(join(REPO, 'content', 'portaal.yaml'), 'utf8'))?.[1];

const RFC822 =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

interface Item {
	title: string;
	link: string;
	guid: { '#text': string; '@_isPermaLink': string };
	pubDate: string;
	description: string;
	category?: string[];
}

function htmlPages(dir: string, base = dir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlPages(path, base);
		return name.endsWith('.html') ? [relative(base, path).split('\\').join('/')] : [];
	});
}

describe('feeds and sitemap of the demo', () => {
	const dist = join(root, 'demo');
	const webadres = demoWebadres ?? '';

	it('has a webadres in content/portaal.yaml, without which there are no feeds to check', () => {
		expect(demoWebadres).toMatch(/^https:\/\/[^/]+$/);
	});
	let build: RunResult;
	beforeAll(() => {
		build = buildPortal(join(REPO, 'content'), { out: dist, now: TEST_BUILD_TIME, cwd: REPO });
	}, 300_000);

	/** The file in dist/ an absolute link of the portal points to. */
	const fileOf = (url: string) => {
		expect(url.startsWith(`${webadres}/`), url).toBe(true);
		const path = decodeURIComponent(new URL(url).pathname);
		return join(dist, ...path.split('/'), ...(path.endsWith('/') ? ['index.html'] : []));
	};

	const readFeed = (path: string) => {
		const xml = readFileSync(join(dist, path), 'utf8');
		expect(XMLValidator.validate(xml), path).toBe(true);
		const doc = parser.parse(xml) as { rss: { '@_version': string; channel: Record<string, unknown> } };
		expect(doc.rss['@_version']).toBe('2.0');
		return doc.rss.channel as { title: string; description: string; link: string; language: string; item?: Item[] };
	};

	const checkFeed = (path: string, pageUrl: string) => {
		const channel = readFeed(path);
		expect(channel.title).toMatch(/nieuws en successen/);
		expect(channel.description.length).toBeGreaterThan(20);
		expect(channel.language).toBe('nl-NL');
		expect(channel.link).toBe(webadres + pageUrl);
		const items = channel.item ?? [];
		expect(items.length).toBeGreaterThan(0);
		expect(items.length).toBeLessThanOrEqual(50);
		for (const item of items) {
			expect(item.title, path).toBeTruthy();
			expect(item.description, item.title).toBeTruthy();
			expect(item.category?.length, item.title).toBeGreaterThan(0);
			expect(existsSync(fileOf(item.link)), item.link).toBe(true);
			expect(item.guid['#text']).toBe(item.link);
			expect(item.pubDate, item.title).toMatch(RFC822);
			// The start of a calendar day in the Netherlands: 22:00 or 23:00 UTC the day before.
			expect(new Date(item.pubDate).getUTCHours(), item.pubDate).toBeGreaterThanOrEqual(22);
		}
		const times = items.map((i) => new Date(i.pubDate).getTime());
		expect(times, `${path}: newest first`).toEqual([...times].sort((a, b) => b - a));
		const links = items.map((i) => i.link);
		expect(new Set(links).size, `${path}: every item once`).toBe(links.length);
		return items;
	};

	it('builds without the line about a missing webadres', () => {
		expect(build.status, build.stderr + build.stdout).toBe(0);
		expect(build.stdout).not.toMatch(/geen webadres/);
	});

	it('the gemeente feed: valid RSS 2.0 with absolute links to existing pages, newest first', () => {
		const items = checkFeed('rss.xml', '/');
		// Every news item of the content is in it (the demo has fewer than 50 items in all).
		const news = readdirSync(join(REPO, 'content', 'nieuws')).filter((n) => /\.mdx?$/.test(n));
		for (const name of news) {
			const url = `${webadres}/nieuws/${name.replace(/\.mdx?$/, '')}/`;
			expect(
				items.filter((i) => i.link === url),
				url,
			).toHaveLength(1);
		}
		// Successes of other kinds too (realised agenda items at least).
		expect(items.some((i) => i.link.includes('/agenda/'))).toBe(true);
	});

	it('each wijk feed holds only items about that wijk', () => {
		const wijken = readdirSync(join(dist, 'wijken')).filter((w) => existsSync(join(dist, 'wijken', w, 'index.html')));
		expect(wijken.length).toBeGreaterThan(0);
		for (const wijk of wijken) {
			expect(existsSync(join(dist, 'wijken', wijk, 'rss.xml')), wijk).toBe(true);
			const wijkHtml = readFileSync(join(dist, 'wijken', wijk, 'index.html'), 'utf8');
			expect(wijkHtml).toContain(`<link rel="alternate" type="application/rss+xml"`);
			expect(wijkHtml).toContain(`href="/wijken/${wijk}/rss.xml"`);
			const channel = readFeed(`wijken/${wijk}/rss.xml`);
			const name = channel.title.split(':')[0]!;
			for (const item of checkFeed(`wijken/${wijk}/rss.xml`, `/wijken/${wijk}/`)) {
				expect(item.category, `${wijk}: ${item.title}`).toContain(name);
				// The page of the item itself links to the wijk (breadcrumbs or "gaat over").
				expect(readFileSync(fileOf(item.link), 'utf8'), `${wijk}: ${item.link}`).toContain(`href="/wijken/${wijk}/"`);
			}
		}
	});

	it('every feed and calendar once per language: the language named, texts and links in it', () => {
		const taal = TEST_TALEN.find((t) => t !== 'nl')!;
		const prefix = `${webadres}/${taal}/`;
		const dutch = readFeed('rss.xml');
		const channel = readFeed(`${taal}/rss.xml`);
		expect(channel.language).toBe(taal);
		expect(channel.link).toBe(prefix);
		expect(channel.title).not.toBe(dutch.title);
		const items = channel.item ?? [];
		// The same items as the Dutch feed, each linking to its page in the language.
		expect(items.map((i) => i.link).sort()).toEqual(
			(dutch.item ?? []).map((i) => i.link.replace(`${webadres}/`, prefix)).sort(),
		);
		for (const item of items) expect(existsSync(fileOf(item.link)), item.link).toBe(true);

		// The agenda feed of a wijk carries the translated title of an agenda item.
		const agenda = join(REPO, 'content', 'wijken', 'havenkwartier', 'agenda');
		const translated = readdirSync(agenda).filter((n) => n.endsWith(`.${taal}.md`));
		expect(translated.length, `the demo has agenda items in ${taal}`).toBeGreaterThan(0);
		const agendaFeed = readFeed(`${taal}/wijken/havenkwartier/agenda.xml`);
		expect(agendaFeed.language).toBe(taal);
		for (const name of translated) {
			const titel = /^titel:\s*(.+)$/m.exec(readFileSync(join(agenda, name), 'utf8'))![1]!.trim();
			const slug = name.replace(`.${taal}.md`, '');
			const own = (agendaFeed.item ?? []).filter((i) => i.link.includes(`/agenda/${slug}/`));
			expect(own.length, slug).toBeGreaterThan(0);
			for (const item of own) {
				expect(item.title, slug).toContain(titel);
				expect(item.link.startsWith(`${prefix}wijken/havenkwartier/agenda/${slug}/#`), item.link).toBe(true);
			}
		}

		// Calendars: the name in the language, every event's page in the language, translated titles.
		const ics = readFileSync(join(dist, taal, 'activiteiten.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
		const dutchIcs = readFileSync(join(dist, 'activiteiten.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
		const calName = (text: string) => /^X-WR-CALNAME:(.*)$/m.exec(text)?.[1];
		expect(calName(ics)).toBeTruthy();
		expect(calName(ics)).not.toBe(calName(dutchIcs));
		const urlsOf = (text: string) => [...text.matchAll(/^URL(?:;[^:]*)?:(.*)\r?$/gm)].map((m) => m[1]!);
		expect(urlsOf(ics).length).toBeGreaterThan(0);
		expect(urlsOf(ics)).toEqual(urlsOf(dutchIcs).map((u) => u.replace(`${webadres}/`, prefix)));
		const activiteiten = join(REPO, 'content', 'wijken', 'havenkwartier', 'activiteiten');
		const translatedActivities = readdirSync(activiteiten).filter((n) => n.endsWith(`.${taal}.md`));
		expect(translatedActivities.length, `the demo has activities in ${taal}`).toBeGreaterThan(0);
		for (const name of translatedActivities) {
			const titel = /^titel:\s*(.+)$/m.exec(readFileSync(join(activiteiten, name), 'utf8'))![1]!.trim();
			expect(ics, name).toContain(`SUMMARY:${titel.replace(/([,;\\])/g, '\\$1')}`);
			const one = join(dist, taal, 'wijken', 'havenkwartier', 'activiteiten', name.replace(`.${taal}.md`, '.ics'));
			expect(readFileSync(one, 'utf8').replace(/\r\n[ \t]/g, ''), name).toContain(`SUMMARY:${titel}`);
		}

		// Pages in the language point to the feeds and calendars in it.
		const agendaPage = readFileSync(join(dist, taal, 'wijken', 'havenkwartier', 'agenda', 'index.html'), 'utf8');
		expect(agendaPage).toContain(`href="/${taal}/wijken/havenkwartier/agenda.xml"`);
		expect(agendaPage).toContain(`href="/${taal}/rss.xml"`);
		const activitiesPage = readFileSync(join(dist, taal, 'activiteiten', 'index.html'), 'utf8');
		expect(activitiesPage).toContain(`href="/${taal}/activiteiten.ics"`);
		expect(activitiesPage).toContain(`${prefix}activiteiten.ics</code>`);
	});

	it('the sitemap lists exactly the HTML pages (not 404), and robots.txt names it', () => {
		const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
		expect(XMLValidator.validate(index)).toBe(true);
		const sitemaps = (parser.parse(index) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap;
		expect(sitemaps.length).toBeGreaterThan(0);
		const locs: string[] = [];
		for (const { loc } of sitemaps) {
			const file = fileOf(loc);
			expect(existsSync(file), loc).toBe(true);
			const xml = readFileSync(file, 'utf8');
			expect(XMLValidator.validate(xml)).toBe(true);
			locs.push(...(parser.parse(xml) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc));
		}
		expect(new Set(locs).size).toBe(locs.length);
		const listed = locs.map((loc) => relative(dist, fileOf(loc)).split('\\').join('/'));
		for (const [i, file] of listed.entries()) expect(existsSync(join(dist, file)), locs[i]).toBe(true);
		// The editor at /admin/ is no page of the portal: not in the sitemap, and robots.txt keeps search engines out.
		const pages = htmlPages(dist).filter((p) => p !== '404.html' && p !== 'admin/index.html');
		expect(existsSync(join(dist, 'admin', 'index.html'))).toBe(true);
		expect(listed.sort()).toEqual(pages.sort());
		const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${webadres}/sitemap-index.xml`);
		expect(robots).toMatch(/^Disallow: \/admin\/$/m);
	});
});

describe('a portal without webadres', () => {
	const dir = join(root, 'zonder-webadres');
	let build: RunResult;
	beforeAll(() => {
		cpSync(join(FIXTURES, 'minimal'), join(dir, 'content'), { recursive: true });
		expect(readFileSync(join(dir, 'content', 'portaal.yaml'), 'utf8')).not.toMatch(/^webadres:/m);
		build = buildPortal(join(dir, 'content'), { out: join(dir, 'dist'), cwd: dir });
	}, 300_000);

	it('builds, says once how to add the webadres, and makes no feeds, sitemap, robots.txt or share images', () => {
		expect(build.status, build.stderr + build.stdout).toBe(0);
		const lines = (build.stdout + build.stderr).split('\n').filter((l) => l.includes('webadres'));
		expect(lines).toEqual([
			"Let op: content/portaal.yaml heeft geen webadres. Daarom maakt de bouw geen RSS-feeds, geen sitemap en geen robots.txt, en krijgen pagina's geen volledige deellinks. Zet het adres van het portaal in content/portaal.yaml, bijvoorbeeld: webadres: https://wijken.gemeente.nl",
		]);
		const dist = join(dir, 'dist');
		for (const file of [
			'rss.xml',
			'robots.txt',
			'sitemap-index.xml',
			'sitemap-0.xml',
			'wijken/noord/rss.xml',
			'deelbeelden',
		])
			expect(existsSync(join(dist, file)), file).toBe(false);
		const home = readFileSync(join(dist, 'index.html'), 'utf8');
		expect(home).not.toContain('application/rss+xml');
		expect(home).not.toContain('og:url');
		expect(home).toContain('<meta property="og:title"');
	});
});
