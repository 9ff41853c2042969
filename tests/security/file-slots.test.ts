/**
 * Every file slot (wijk logo, news picture, picture in a news text, basemap, theme) with
 * hostile files and paths: refused by the content check with a Dutch message, or built
 * into a site that publishes nothing active and reads nothing outside the content folder.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadContent } from '#lib/content/load.ts';
import { REPO } from '#tests/support/fixtures.ts';

import { launch, serve, visitAll } from './browser.ts';
import { buildPortal, type BuildResult, limited, makeSecrets, withoutColours } from './build.ts';
import { checkSite, type SiteCheck } from './checks/site.ts';
import { ECHOES_CONTROL, formatIssue, messageIssues } from './messages.ts';
import { PortalCopy } from './portal.ts';
import { type Holder, holders, placeVariants } from './slot-portal.ts';
import { type SlotVariant, slotVariants } from './slots.ts';
import { writeSummary } from './summary.ts';

const STACK_TRACE = /^\s+at .+[(:]\d+/m;
const DEMO = join(REPO, 'content');
const MAX_BUILDS = 6;
const started = performance.now();
const root = join(tmpdir(), 'wijkportaal-veiligheid', 'bestanden');
rmSync(root, { recursive: true, force: true });
const variants = slotVariants();
const allHolders = holders(DEMO);
const secrets = makeSecrets();

const verdicts = new Map<string, { accepted: boolean; issues: string[] }>();
const builds: {
	variants: { variant: SlotVariant; holder: Holder }[];
	result: BuildResult;
	site?: SiteCheck;
	visited: string[];
}[] = [];
const notBuilt: string[] = [];

afterAll(() => {
	writeSummary('file-slots', {
		variants: variants.length,
		slots: [...new Set(variants.map((v) => v.slot))],
		accepted: [...verdicts.values()].filter((v) => v.accepted).length,
		builds: builds.length,
		acceptedNotBuilt: notBuilt.length,
		outputFilesChecked: builds.reduce((n, b) => n + (b.site?.files ?? 0), 0),
		pagesVisitedInChromium: builds.reduce((n, b) => n + b.visited.length, 0),
		seconds: Math.round((performance.now() - started) / 100) / 10,
	});
	if (!process.env.WIJKPORTAAL_VEILIGHEID_BEWAAR) rmSync(root, { recursive: true, force: true });
});

describe('hostile files and paths in every file slot', () => {
	beforeAll(() => {
		const copy = new PortalCopy(DEMO, join(root, 'klad'));
		for (const variant of variants) {
			const holder = allHolders.find((h) => h.slot === variant.slot)!;
			placeVariants(copy, [{ variant, holder }]);
			let issues: string[];
			let accepted = false;
			try {
				const { problems } = loadContent(copy.contentDir);
				accepted = problems.length === 0;
				issues = problems.flatMap((p) => {
					const own = messageIssues(p, variant.value.replaceAll('{dir}', copy.contentDir));
					return own.length ? [formatIssue(p, own)] : [];
				});
			} catch (error) {
				issues = [
					`the check crashed: ${String((error as Error).stack)
						.split('\n')
						.slice(0, 3)
						.join(' | ')}`,
				];
			}
			verdicts.set(variant.id, { accepted, issues });
			copy.restore();
		}
	}, 300_000);

	it.each(variants.map((v) => [v.id, v] as const))('%s: refused with a Dutch message for the editor', (id) => {
		expect(verdicts.get(id)?.issues.filter((i) => !i.includes(ECHOES_CONTROL))).toEqual([]);
	});

	describe('the accepted ones, built', () => {
		beforeAll(async () => {
			// Spread the accepted variants over holders: each build gives every holder at most one.
			const plans: { variant: SlotVariant; holder: Holder }[][] = [];
			// The theme feeds every stylesheet of the site: each accepted theme gets a build of its own.
			for (const slot of new Set(variants.map((v) => v.slot))) {
				const own = allHolders.filter((h) => h.slot === slot);
				const alone = slot === 'thema';
				variants
					.filter((v) => v.slot === slot && verdicts.get(v.id)?.accepted)
					.forEach((variant, i) => {
						const b = alone ? plans.length : Math.floor(i / own.length);
						if (b >= MAX_BUILDS) notBuilt.push(variant.id);
						else (plans[b] ??= []).push({ variant, holder: own[i % own.length]! });
					});
			}
			const results = await limited(
				plans.map((pairs, i) => async () => {
					const copy = new PortalCopy(DEMO, join(root, `bouw-${i + 1}`));
					placeVariants(copy, pairs);
					const dist = join(root, `bouw-${i + 1}`, 'dist');
					return { variants: pairs, dist, result: await buildPortal(REPO, copy.contentDir, dist, secrets.env) };
				}),
			);
			for (const r of results)
				builds.push({
					...r,
					site: r.result.status === 0 ? checkSite(r.dist, secrets.forbidden) : undefined,
					visited: [],
				});
		}, 600_000);

		it('builds them (or stops with Dutch messages, never a stack trace)', () => {
			for (const b of builds) {
				const ids = b.variants.map((v) => v.variant.id).join(', ');
				expect(b.result.stderr, ids).not.toMatch(STACK_TRACE);
				if (b.result.status !== 0) expect(b.result.stderr, ids).toMatch(/De inhoud bevat \d+ problee?m/);
			}
		});

		it('the build refuses nothing that the check accepted (check and build agree)', () => {
			expect(
				builds
					.filter((b) => b.result.status !== 0)
					.map((b) => `${b.variants.map((v) => v.variant.id).join(', ')}: ${b.result.stderr.slice(-1500)}`),
			).toEqual([]);
		});

		it('puts no secret, no system file and nothing active in any output, nor a secret in the build log', () => {
			const findings = builds.flatMap((b) =>
				(b.site?.findings ?? []).map((f) => `${b.variants.map((v) => v.variant.id).join(', ')} → ${f}`),
			);
			for (const b of builds) {
				for (const secret of secrets.forbidden) {
					if (withoutColours(b.result.stdout + b.result.stderr).includes(secret))
						findings.push(
							`${b.variants.map((v) => v.variant.id).join(', ')} → build log contains ${secret.slice(0, 12)}…`,
						);
				}
			}
			expect(findings).toEqual([]);
		});

		describe('in Chromium', () => {
			let browser: Browser | undefined;
			afterAll(async () => browser?.close());

			it('no dialog, navigation, request to another origin or CSP violation on the pages and pictures', async () => {
				browser = await launch();
				const events: string[] = [];
				for (const build of builds.filter((b) => b.site)) {
					const server = await serve(join(root, `bouw-${builds.indexOf(build) + 1}`, 'dist'));
					try {
						const pages = [...build.site!.pageTexts.keys()].filter(
							(p) => p === '/' || /^\/(?:wijken|nieuws)\/[^/]+\/$/.test(p),
						);
						const pictures = build.site!.pictures.filter((p) => p.startsWith('beelden/')).map((p) => `/${p}`);
						const visits = await visitAll(browser, server.origin, [...pages, ...pictures]);
						build.visited = visits.map((v) => v.url);
						events.push(...visits.flatMap((v) => v.events.map((e) => `${v.url}: ${e}`)));
					} finally {
						server.stop();
					}
				}
				expect(events).toEqual([]);
			}, 600_000);
		});
	});
});
