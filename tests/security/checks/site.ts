/**
 * Every file of a built site against the output checks, by kind: HTML pages, JSON, CSV,
 * feeds and calendars, stylesheets, published pictures (/beelden/), and, in every file
 * whatever its kind, no secret from the build's environment and no system file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

import { listFiles } from '#tests/support/fixtures.ts';

import { checkCss, checkPicture, checkSvg } from './assets.ts';
import { checkCsv, checkJson, checkYaml } from './data.ts';
import { checkIcs, checkXml } from './feeds.ts';
import { inspectHtml } from './html.ts';

export type OutputKind = 'html' | 'json' | 'yaml' | 'csv' | 'feed' | 'calendar' | 'css' | 'picture' | 'other';

export interface SiteCheck {
	/** "path/in/site: what is wrong". */
	findings: string[];
	/** Files checked per kind. */
	counts: Record<OutputKind, number>;
	/** Site path of each page ("/wijken/noord/") → its normalised text. */
	pageTexts: Map<string, string>;
	/** Site paths of the published pictures and other SVG files. */
	pictures: string[];
	/** Site path of every file → a hash of its bytes (to tell which pages a change reached). */
	hashes: Map<string, string>;
	files: number;
}

export function kindOf(path: string): OutputKind {
	// The build's compressed copies beside a file (scripts/build/compress.ts): the original is checked.
	if (/\.(?:br|gz)$/.test(path)) return 'other';
	if (path.startsWith('beelden/')) return 'picture';
	const ext = path.split('.').pop()!.toLowerCase();
	if (ext === 'html' || ext === 'htm') return 'html';
	if (ext === 'json' || ext === 'webmanifest' || ext === 'geojson') return 'json';
	if (ext === 'yml' || ext === 'yaml') return 'yaml';
	if (ext === 'csv') return 'csv';
	if (ext === 'xml' || ext === 'rss' || ext === 'atom') return 'feed';
	if (ext === 'ics' || ext === 'ical') return 'calendar';
	if (ext === 'css') return 'css';
	if (ext === 'svg') return 'picture';
	return 'other';
}

export const pageUrl = (path: string) =>
	`/${path.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith('/') ? '/' : ''))}`;

/** @param secrets texts that must be in no file at all (canary values, a line of /etc/passwd). */
export function checkSite(dist: string, secrets: string[]): SiteCheck {
	const counts: Record<OutputKind, number> = {
		html: 0,
		json: 0,
		yaml: 0,
		csv: 0,
		feed: 0,
		calendar: 0,
		css: 0,
		picture: 0,
		other: 0,
	};
	const findings: string[] = [];
	const pageTexts = new Map<string, string>();
	const pictures: string[] = [];
	const hashes = new Map<string, string>();
	const files = listFiles(dist);
	const needles = secrets.map((s) => Buffer.from(s));
	for (const file of files) {
		const path = relative(dist, file).split(sep).join('/');
		const bytes = readFileSync(file);
		hashes.set(path, createHash('sha1').update(bytes).digest('hex'));
		for (const [i, needle] of needles.entries())
			if (bytes.includes(needle)) findings.push(`${path}: contains secret ${i + 1} (${secrets[i]!.slice(0, 12)}…)`);
		const kind = kindOf(path);
		counts[kind]++;
		const text = () => bytes.toString('utf8');
		let own: string[] = [];
		if (kind === 'html') {
			// The editor at /admin/ is checked against its own, stated policy (html.ts, isAdminPolicy).
			const page = inspectHtml(text(), { admin: path === 'admin/index.html' });
			own = page.findings;
			pageTexts.set(pageUrl(path), page.text);
		} else if (kind === 'json') own = checkJson(text());
		else if (kind === 'yaml') own = checkYaml(text());
		else if (kind === 'csv') own = checkCsv(text());
		else if (kind === 'feed') own = checkXml(text());
		else if (kind === 'calendar') own = checkIcs(text());
		else if (kind === 'css') own = checkCss(text());
		else if (kind === 'picture') pictures.push(path);
		if (kind === 'picture')
			own = path.endsWith('.svg') && !path.startsWith('beelden/') ? checkSvg(text()) : checkPicture(bytes, path);
		findings.push(...own.map((f) => `${path}: ${f}`));
	}
	return { findings, counts, pageTexts, pictures, hashes, files: files.length };
}
