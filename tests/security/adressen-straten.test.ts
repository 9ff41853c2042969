/**
 * Street names in content/adressen/adressen.csv reach the buurt pages, the A–Z street pages
 * and the published lookup chunks (/adressen/<pc4>.json, /adressen/straten/<letter>.json).
 * Every payload as a street name is either refused by the content check with a Dutch message
 * that names the file, or (built in one portal) stays inert text: the output checks find
 * nothing, the pages show it as typed, and the JSON chunks hold exactly that string.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { straatLetter } from '#lib/adressen/chunks.ts';
import { parseAdressen } from '#lib/adressen/read.ts';
import type { PostcodeChunk, StraatChunk } from '#lib/adressen/types.ts';
import { REPO } from '#tests/support/fixtures.ts';

import { buildPortal, type BuildResult, makeSecrets } from './build.ts';
import { normalizeText } from './checks/html.ts';
import { checkSite, type SiteCheck } from './checks/site.ts';
import { formatIssue, messageIssues } from './messages.ts';
import { type Payload, PAYLOADS } from './payloads.ts';

const FILE = 'content/adressen/adressen.csv';
const DEMO = join(REPO, 'content');
const root = join(tmpdir(), 'wijkportaal-veiligheid', 'adressen');
const secrets = makeSecrets();

const demoText = readFileSync(join(DEMO, 'adressen', 'adressen.csv'), 'utf8');
const [header, ...rows] = demoText.trimEnd().split('\n');

/** The demo file with `straat` as the street of data row `index` (0-based). */
function withStreet(index: number, straat: string): string {
	const lines = [...rows];
	const cells = lines[index]!.split(';');
	cells[3] = straat;
	lines[index] = cells.join(';');
	return `${[header, ...lines].join('\n')}\n`;
}

// Which payloads the check accepts as a street name (each on its own, in the first row).
const accepted: Payload[] = [];
const refusals: string[] = [];
for (const payload of PAYLOADS) {
	const { problems } = parseAdressen(withStreet(0, payload.text), FILE);
	if (!problems.length) accepted.push(payload);
	for (const p of problems) {
		const issues = messageIssues(p, payload.text);
		if (issues.length) refusals.push(`${payload.id}: ${formatIssue(p, issues)}`);
	}
}

let build: { result: BuildResult; site?: SiteCheck; dist: string } | undefined;
/** Accepted payload → the row (0-based) it stands in, one payload per row, spread over the file. */
const placed = new Map<Payload, number>();

beforeAll(async () => {
	rmSync(root, { recursive: true, force: true });
	const content = join(root, 'content');
	cpSync(DEMO, content, { recursive: true });
	let text = demoText;
	accepted.forEach((payload, i) => {
		const row = (i * 7) % rows.length;
		placed.set(payload, row);
		const lines = text.trimEnd().split('\n');
		const cells = lines[row + 1]!.split(';');
		cells[3] = payload.text;
		lines[row + 1] = cells.join(';');
		text = `${lines.join('\n')}\n`;
	});
	writeFileSync(join(content, 'adressen', 'adressen.csv'), text);
	const dist = join(root, 'dist');
	const result = await buildPortal(REPO, content, dist, secrets.env);
	build = { result, dist, site: result.status === 0 ? checkSite(dist, secrets.forbidden) : undefined };
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('street names in adressen.csv', () => {
	it('refuse what is not a street name with a Dutch message that names the file', () => {
		expect(refusals).toEqual([]);
		// Markup, line breaks, separators and control characters never reach a page.
		for (const payload of PAYLOADS.filter((p) => /[<>;\n\u0000-\u001f\u2028\u202e]/.test(p.text)))
			expect(accepted, payload.id).not.toContain(payload);
		expect(accepted.length).toBeGreaterThan(0);
	});

	it('build into a site whose every output passes the checks', () => {
		expect(build!.result.status, build!.result.stderr).toBe(0);
		expect(build!.site!.findings).toEqual([]);
	});

	it('stay text: every page that lists a street shows it as typed, and the chunks hold it exactly', () => {
		const site = build!.site!;
		const chunk = <T>(path: string) => JSON.parse(readFileSync(join(build!.dist, path), 'utf8')) as T;
		for (const [payload, row] of placed) {
			const [postcode] = rows[row]!.split(';') as [string];
			const pc = chunk<PostcodeChunk>(`adressen/${postcode.slice(0, 4)}.json`);
			expect(pc.straten, payload.id).toContain(payload.text);
			const letter = chunk<StraatChunk>(`adressen/straten/${straatLetter(payload.text)}.json`);
			expect(
				letter.straten.map(([naam]) => naam),
				payload.id,
			).toContain(payload.text);
			if (!payload.literal) continue;
			const shown = [...site.pageTexts].filter(
				([url, t]) =>
					(url.startsWith('/zoeken/straten/') || url.includes('/buurten/')) && t.includes(normalizeText(payload.text)),
			);
			expect(
				shown.map(([url]) => url.split('/')[1]),
				payload.id,
			).toEqual(expect.arrayContaining(['wijken', 'zoeken']));
		}
	});
});
