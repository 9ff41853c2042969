/**
 * Lighthouse on the pages of a served portal, all in one Chrome (chrome-launcher, the Chromium
 * that scripts/build/pdf-chromium.ts finds): mobile form factor and Lighthouse's default
 * (simulated) throttling. Returns per page the four scores, the audits that cost points and
 * every request of the page load. Shared by `npm run audit` and the browser tests.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { type Browser, chromium } from 'playwright-core';

import { findChromium } from '#scripts/build/pdf-chromium.ts';

import type { PageRequest } from './budgets.ts';

export const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** An audit that cost points in a category. */
export interface LostAudit {
	category: Category;
	id: string;
	title: string;
	/** 0 to 1; lower is worse. */
	score: number;
	/** Where on the page, when Lighthouse says (CSS selectors or addresses), at most a few. */
	where: string[];
}

export interface LighthouseResult {
	/** 0 to 100 per category that was run. */
	scores: Partial<Record<Category, number>>;
	lost: LostAudit[];
	requests: PageRequest[];
	/** Lighthouse could not measure the page (in its words), else undefined. */
	error?: string;
}

export interface AuditBrowser {
	chrome: LaunchedChrome;
	/** The same Chrome, for Playwright (fold.ts). */
	connect(): Promise<Browser>;
	close(): Promise<void>;
}

/** Starts the one Chrome of an audit run. */
export async function startChrome(): Promise<AuditBrowser> {
	const search = findChromium();
	if (search.reason !== undefined)
		throw new Error(`Geen Chromium gevonden: ${search.reason} Installeer Chromium of zet CHROMIUM_PATH.`);
	const chrome = await launch({ chromePath: search.path, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
	let browser: Browser | undefined;
	return {
		chrome,
		async connect() {
			browser ??= await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
			return browser;
		},
		async close() {
			await browser?.close().catch(() => undefined);
			chrome.kill();
		},
	};
}

interface Item {
	url?: string;
	transferSize?: number;
	resourceSize?: number;
	mimeType?: string;
	resourceType?: string;
}

interface Detail {
	type?: string;
	items?: { node?: { selector?: string }; url?: string; sourceLocation?: { url?: string } }[];
}

function where(details: unknown): string[] {
	const items = (details as Detail | undefined)?.items ?? [];
	return items
		.map((item) => item.node?.selector ?? item.url ?? item.sourceLocation?.url ?? '')
		.filter(Boolean)
		.slice(0, 3);
}

/**
 * Runs Lighthouse on one address. `performance: false` leaves the performance category out
 * (much faster; its score depends on the machine's load, so it is never a test gate).
 */
export async function runLighthouse(
	audit: AuditBrowser,
	url: string,
	options: { performance: boolean },
): Promise<LighthouseResult> {
	const categories = CATEGORIES.filter((c) => options.performance || c !== 'performance');
	let result = await runOnce(audit, url, categories, options);
	// A failed trace recording (NO_NAVSTART, NO_FCP under heavy load) is not the page's fault;
	// Lighthouse itself advises to run again, once.
	if (result?.lhr.runtimeError) result = await runOnce(audit, url, categories, options);
	return readResult(result, categories);
}

function runOnce(
	audit: AuditBrowser,
	url: string,
	categories: Category[],
	options: { performance: boolean },
): ReturnType<typeof lighthouse> {
	return lighthouse(url, {
		port: audit.chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...categories],
		// The list of requests belongs to no category; it is asked for on its own.
		onlyAudits: ['network-requests'],
		disableFullPageScreenshot: true,
		// Without performance nothing is timed, so shorter waits after loading do (the defaults wait
		// 1 s four times; this saves some 2 s a page). Half a second without requests still lets
		// the islands that load when the browser is idle be counted in the transfer.
		...(!options.performance && {
			pauseAfterFcpMs: 0,
			pauseAfterLoadMs: 0,
			networkQuietThresholdMs: 500,
			cpuQuietThresholdMs: 0,
		}),
	});
}

function readResult(result: Awaited<ReturnType<typeof lighthouse>>, categories: Category[]): LighthouseResult {
	const lhr = result?.lhr;
	if (!lhr) return { scores: {}, lost: [], requests: [], error: 'Lighthouse gaf geen uitslag.' };
	const scores: Partial<Record<Category, number>> = {};
	const lost: LostAudit[] = [];
	for (const category of categories) {
		const found = lhr.categories[category];
		if (found?.score === null || found?.score === undefined) continue;
		scores[category] = Math.round(found.score * 100);
		for (const ref of found.auditRefs) {
			const a = lhr.audits[ref.id];
			if (ref.weight <= 0 || !a || a.score === null || a.score >= 1) continue;
			if (!['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) continue;
			lost.push({ category, id: a.id, title: a.title, score: a.score, where: where(a.details) });
		}
	}
	const items = ((lhr.audits['network-requests']?.details as { items?: Item[] } | undefined)?.items ?? []).filter(
		(item) => item.url && !item.url.startsWith('data:'),
	);
	const requests = items.map((item) => ({
		url: item.url ?? '',
		transferSize: item.transferSize ?? 0,
		resourceSize: item.resourceSize ?? 0,
		mimeType: item.mimeType ?? '',
		resourceType: item.resourceType ?? '',
	}));
	return { scores, lost, requests, error: lhr.runtimeError?.message };
}
