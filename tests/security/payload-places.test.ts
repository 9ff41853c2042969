/**
 * Every payload family in every place of a rich portal (the demo portal): refused by the
 * content check with a Dutch message, or built into a site in which it is inert in every
 * output (HTML, JSON, CSV, feeds, calendars, stylesheets, pictures) and harmless in
 * Chromium; no secret from the build's environment ever reaches the output.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { slugify } from '#lib/site/slug.ts';
import { listFiles, REPO } from '#tests/support/fixtures.ts';

import { launch, serve, type Visit, visitAll } from './browser.ts';
import { makeSecrets, withoutColours } from './build.ts';
import { buildGroups, type Built } from './build-groups.ts';
import { type Plan, planBuilds } from './build-plan.ts';
import { checkSite, type SiteCheck } from './checks/site.ts';
import type { Mode } from './classify.ts';
import { classifyAll, type PayloadResult } from './classify-all.ts';
import { notShownAsText } from './inert.ts';
import { ECHOES_CONTROL } from './messages.ts';
import { coverPages } from './page-cover.ts';
import { type Payload, PAYLOADS } from './payloads.ts';
import { derivePlaces, type Place } from './places.ts';
import { PortalCopy } from './portal.ts';
import { writeSummary } from './summary.ts';

const DEMO = join(REPO, 'content');
const started = performance.now();
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
// A fixed folder: Astro keeps a cache per content folder, which a fixed path reuses.
const root = join(tmpdir(), 'wijkportaal-veiligheid', 'plaatsen');
rmSync(root, { recursive: true, force: true });
const places = derivePlaces(DEMO);
const withSiblings = places.flatMap((p) => [p, ...p.siblings]);
const secrets = makeSecrets();
const byId = new Map(PAYLOADS.map((p) => [p.id, p]));

let results: PayloadResult[] = [];
let plan: Plan = { groups: [], left: [], runs: 0 };
const builds: (Built & { site?: SiteCheck; visits?: Visit[] })[] = [];
const times: Record<string, number> = {};

afterAll(() => {
	const accepted = results.reduce((n, r) => n + [...r.verdicts.values()].filter((v) => v.accepted).length, 0);
	const judged = results.reduce((n, r) => n + r.verdicts.size, 0);
	const outputs: Record<string, number> = {};
	for (const b of builds.filter((b) => b.name !== 'onveranderd'))
		for (const [kind, n] of Object.entries(b.site?.counts ?? {})) outputs[kind] = (outputs[kind] ?? 0) + n;
	writeSummary('payload-places', {
		payloads: PAYLOADS.length,
		families: new Set(PAYLOADS.map((p) => p.family)).size,
		places: places.length,
		placeKinds: [...new Set(places.map((p) => p.kind))],
		pairsJudged: judged,
		pairsAccepted: accepted,
		pairsRefused: judged - accepted,
		checkRuns: results.reduce((n, r) => n + r.runs, 0) + plan.runs,
		builds: builds.length,
		buildGroups: builds.map((b) => b.name),
		acceptedNotBuilt: plan.left.length,
		acceptedNotBuiltExamples: plan.left
			.slice(0, 10)
			.map(
				(l) =>
					`${l.place.id} ← ${l.payload.id} (${l.mode}): ${l.problems[0]?.message.slice(0, 120) ?? 'more portals needed'}`,
			),
		outputFilesChecked: outputs,
		pagesVisitedInChromium: builds.reduce((n, b) => n + (b.visits?.length ?? 0), 0),
		seconds: { ...times, total: seconds(started) },
	});
	if (!process.env.WIJKPORTAAL_VEILIGHEID_BEWAAR) rmSync(root, { recursive: true, force: true });
});

describe('payloads in every place of the demo portal', () => {
	beforeAll(async () => {
		const t = performance.now();
		// The unchanged portal builds meanwhile: it shows where each field appears, and which values become file names.
		const unchanged = buildGroups(DEMO, root, withSiblings, [undefined], secrets.env);
		results = await classifyAll(DEMO, root, places, PAYLOADS);
		times.check = seconds(t);
		const [baseline] = await unchanged;
		builds.push({
			...baseline!,
			site: baseline!.result.status === 0 ? checkSite(baseline!.dist, secrets.forbidden) : undefined,
		});
	}, 900_000);

	it('finds places in every content kind, file and body', () => {
		const kinds = new Set(places.map((p) => p.kind));
		for (const kind of ['portaal', 'wijk', 'agenda', 'activiteit', 'nieuws', 'indicatoren', 'waarden', 'geo'])
			expect(kinds).toContain(kind);
		for (const kind of ['wijk', 'agenda', 'activiteit', 'nieuws'])
			expect(places.some((p) => p.kind === kind && p.body)).toBe(true);
		expect(places.length).toBeGreaterThan(80);
		expect(results.length).toBeGreaterThanOrEqual(PAYLOADS.length);
	});

	it.each(PAYLOADS.map((p) => [p.id, p] as const))(
		'%s: refused with a Dutch message for the editor',
		(_id, payload) => {
			const own = results.filter((r) => r.payloadId === payload.id);
			expect(own.length).toBeGreaterThan(0);
			expect(
				own.flatMap((r) => r.issues.filter((i) => !i.includes(ECHOES_CONTROL)).map((i) => `[${r.mode}] ${i}`)),
			).toEqual([]);
		},
	);

	it('refusals do not copy raw control characters into the terminal or CI log', () => {
		const echoes = results.flatMap((r) =>
			r.issues.filter((i) => i.includes(ECHOES_CONTROL)).map((i) => `${r.payloadId} [${r.mode}] ${i}`),
		);
		expect(echoes).toEqual([]);
	});

	describe('the accepted payloads, built together', () => {
		beforeAll(async () => {
			const t = performance.now();
			const accepted = new Map<Mode, Map<Place, Payload[]>>();
			for (const r of results) {
				for (const [placeId, verdict] of r.verdicts) {
					if (!verdict.accepted) continue;
					const place = places.find((p) => p.id === placeId)!;
					const byPlace = accepted.get(r.mode) ?? new Map<Place, Payload[]>();
					accepted.set(r.mode, byPlace);
					byPlace.set(place, [...(byPlace.get(place) ?? []), byId.get(r.payloadId)!]);
				}
			}
			const pathPlaces = placesInPaths(builds[0]?.site);
			plan = planBuilds(new PortalCopy(DEMO, join(root, 'plan'), withSiblings), accepted, {
				pathPlaces,
				maxChars: 8000,
				maxGroupsPerSet: 10,
				maxSlugChars: 100,
			});
			times.plan = seconds(t);

			const b = performance.now();
			const built = await buildGroups(DEMO, root, withSiblings, plan.groups, secrets.env);
			times.build = seconds(b);
			const c = performance.now();
			for (const build of built)
				builds.push({
					...build,
					site: build.result.status === 0 ? checkSite(build.dist, secrets.forbidden) : undefined,
				});
			times.outputs = seconds(c);
		}, 900_000);

		it('builds every combination the check accepted, without crashing', () => {
			expect(builds[0]?.result.status, builds[0]?.result.stderr).toBe(0);
			const crashes = builds.flatMap((b) =>
				b.crashes.map(
					(c) =>
						`${b.name} crashed on ${c.payloads.join(', ')}: ${c.log.replace(/\u001b\[[0-9;]*m/g, '').slice(0, 700)}`,
				),
			);
			for (const b of builds) {
				if (b.result.status !== 0)
					crashes.push(
						`${b.name} (exit ${b.result.status}): ${b.result.stderr.replace(/\u001b\[[0-9;]*m/g, '').slice(-1500)}`,
					);
			}
			expect(crashes).toEqual([]);
		});

		it('the build refuses nothing that the check accepted (check and build agree)', () => {
			const refused = builds.flatMap((b) =>
				b.refusedByBuild.map(
					(r) =>
						`${b.name} ${r.place.id}: ${r.problems
							.map((p) => p.message)
							.join(' | ')
							.slice(0, 300)}`,
				),
			);
			expect(refused).toEqual([]);
		});

		it('puts no secret from the environment and no system file in any output, nor in the build log', () => {
			const leaks = builds.flatMap((b) =>
				(b.site?.findings ?? []).filter((f) => f.includes('contains secret')).map((f) => `${b.name}: ${f}`),
			);
			for (const b of builds) {
				for (const secret of secrets.forbidden)
					if (withoutColours(b.result.stdout + b.result.stderr).includes(secret))
						leaks.push(`${b.name}: build log contains ${secret.slice(0, 12)}…`);
			}
			expect(leaks).toEqual([]);
		});

		it('keeps every output inert: HTML, JSON, CSV, feeds, calendars, stylesheets, pictures', () => {
			expect(builds[0]?.site?.findings, 'the unchanged portal itself').toEqual([]);
			const findings = builds
				.slice(1)
				.flatMap((b) =>
					(b.site?.findings ?? []).filter((f) => !f.includes('contains secret')).map((f) => `${b.name}: ${f}`),
				);
			expect(findings).toEqual([]);
		});

		it('shows accepted text in a field as the characters that were typed', () => {
			let shownPlaces = 0;
			const missing = builds.slice(1).flatMap((b) => {
				if (!b.site || !b.group) return [];
				const result = notShownAsText(b.group, b.site.pageTexts);
				shownPlaces += result.shownPlaces;
				return result.missing;
			});
			expect(shownPlaces).toBeGreaterThan(20);
			expect(missing).toEqual([]);
		});

		describe('in Chromium', () => {
			let browser: Browser | undefined;
			afterAll(async () => browser?.close());

			it('no dialog, navigation, request to another origin or CSP violation on any page', async () => {
				const t = performance.now();
				browser = await launch();
				const events: string[] = [];
				for (const build of builds.slice(1).filter((b) => b.site)) {
					const server = await serve(build.dist);
					try {
						// For every place, each kind of page that shows its payloads; the map page (opened); the pictures.
						const paths = [...new Set(['/kaart/', ...coverPages(build.site!.pageTexts)])];
						build.visits = await visitAll(
							browser,
							server.origin,
							[...paths, ...pictures(build.site!)],
							new Set(['/kaart/']),
						);
						events.push(...build.visits.flatMap((v) => v.events.map((e) => `${build.name} ${v.url}: ${e}`)));
					} finally {
						server.stop();
					}
				}
				times.chromium = seconds(t);
				expect(events).toEqual([]);
			}, 900_000);
		});
	});
});

/**
 * Places whose value becomes a file or folder name of the built site: a name in the site's
 * paths that is the value itself, or (when no value is exactly that name) the value made
 * into a web address. Names of content files and folders are left out: they come from the
 * file system, not from a value.
 */
function placesInPaths(site: SiteCheck | undefined): Set<string> {
	const own = new Set(
		listFiles(DEMO)
			.flatMap((f) => relative(DEMO, f).split(sep))
			.map((n) => n.replace(/\.[a-z]+$/, '')),
	);
	const segments = new Set(
		[...(site?.hashes.keys() ?? [])].flatMap((p) => p.split('/')).filter((n) => !own.has(n.replace(/\.[a-z]+$/, ''))),
	);
	const texts = places.filter((p): p is Place & { original: string } => typeof p.original === 'string');
	const exact = new Set(texts.filter((p) => segments.has(p.original)).map((p) => p.original));
	return new Set(
		texts
			.filter(
				(p) =>
					segments.has(slugify(p.original)) && (!exact.has(slugify(p.original)) || p.original === slugify(p.original)),
			)
			.map((p) => p.id),
	);
}

/** Published SVG pictures, opened as documents of their own (where a script in them would run). */
function pictures(site: SiteCheck): string[] {
	return site.pictures.filter((p) => p.endsWith('.svg') && !p.startsWith('assets/')).map((p) => `/${p}`);
}
