/**
 * A real municipality end to end: a portal for Utrecht (GM0344) made from the city's own
 * boundary files (wijken) and CBS's figures (buurt names), its figures brought in with the
 * importers from the real CBS files, built with the same generator. The theme pages of every
 * wijk and the figures page of every buurt must show the source's values; a count that
 * secondary suppression hides shows as "verborgen" (which ones: the `status` column of the
 * published open-data CSVs). Expected values are worked out here from the source files and
 * the mapping, with plain Intl formatting. The boundaries come from the city's own
 * files through import:geo, so the portal also gets its maps: checked against those files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { dsvFormat } from 'd3';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readDataFile } from '#lib/content/parse-file.ts';
import { readJson } from '#lib/content/source.ts';
import { buurtSlug } from '#lib/site/urls.ts';
import { cellString } from '#lib/wijkkompas/import/numbers.ts';
import { type CbsPortal, writeCbsPortal } from '#tests/support/cbs-portal.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { HIDDEN, statusByCell } from '#tests/support/published-status.ts';
import { buildPortal, runCli } from '#tests/support/run.ts';

const DATA = join(REPO, '..', 'shared', 'data', 'utrecht');
const present = existsSync(DATA);
if (!present)
	console.warn(
		`Overgeslagen: ${DATA} ontbreekt. Deze test heeft de echte gegevens van Utrecht nodig (../shared/data/utrecht).`,
	);

interface Def {
	id: string;
	eenheid: string;
	decimalen?: number;
}
type Spec = string | { kolom: string; factor?: number; gedeeldDoor?: string; decimalen?: number };
const dir = join(TMP, 'utrecht');
const defs = readDataFile(join(REPO, 'templates/indicatoren/cbs-kerncijfers.yaml')).indicatoren as Def[];
const defOf = new Map(defs.map((d) => [d.id, d]));
const mapping = (name: string) =>
	(readDataFile(join(REPO, 'templates/koppelingen', name)).jaren as Record<number, Record<string, Spec>>)[2023]!;

const titleCase = (name: string) =>
	name
		.toLowerCase()
		.replace(/\s*-\s*/g, '-')
		.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
/** A boundary file (GeoJSON) of the city, read as the importer reads it. */
const geojson = (path: string) => readJson(readFileSync(path, 'utf8')).source!.data as { features: unknown[] };
const number = (v: unknown) => {
	const text = cellString(v).trim();
	return ['', '.', 'x', 'X'].includes(text) ? null : Number(text);
};
/** A figure missing from the source: with CBS's reason ('.' = not yet published, 'x' = secret) or none. */
type Missing = 'nog niet gepubliceerd' | 'geheim' | null;
const missing = (v: unknown): Missing => {
	const text = cellString(v).trim();
	return text === '.' ? 'nog niet gepubliceerd' : text === 'x' || text === 'X' ? 'geheim' : null;
};
function expected(spec: Spec, cell: (column: string) => unknown): number | Missing {
	const s = typeof spec === 'string' ? { kolom: spec } : spec;
	let v = number(cell(s.kolom));
	if (v === null) return missing(cell(s.kolom));
	if (s.gedeeldDoor) {
		const d = number(cell(s.gedeeldDoor));
		if (!d) return null;
		v = v / d;
	}
	v *= s.factor ?? 1;
	return s.decimalen === undefined ? v : Number(v.toFixed(s.decimalen));
}
function display(def: Def, v: number | Missing): string {
	if (v === null) return 'niet bekend';
	if (typeof v === 'string') return v;
	if (def.eenheid === 'aantal' && v > 0 && v < 5) return 'minder dan 5';
	const d = def.decimalen ?? 0;
	const n = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
	return (
		(
			{
				procent: `${n}%`,
				euro: `€ ${n}`,
				km: `${n} km`,
				'per km²': `${n} per km²`,
				'personen per huishouden': `${n} personen per huishouden`,
			} as Record<string, string>
		)[def.eenheid] ?? n
	);
}
const decode = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
/** The value shown for an indicator on a built page: "Laatste cijfer (2023)" or, when not shown, "Cijfer 2023". */
function shownOnPage(html: string, id: string): string | undefined {
	const article = new RegExp(`<article[^>]*data-indicator="${id}"[^>]*>([\\s\\S]*?)</article>`).exec(html)?.[1];
	if (!article) return undefined;
	const fact = /<dt>(?:Laatste cijfer \(2023\)|Cijfer 2023)<\/dt>\s*<dd>([\s\S]*?)(?:<span|<\/dd>)/.exec(article)?.[1];
	return fact === undefined ? undefined : decode(fact);
}

describe.skipIf(!present)('Utrecht end to end: 10 wijken and 111 buurten (needs ../shared/data/utrecht)', () => {
	let portal: CbsPortal;
	let expectations: Map<string, Map<string, number | Missing>>;

	beforeAll(async () => {
		const sheets = (await readXlsxFile(join(DATA, 'kwb-2023-utrecht.xlsx'))) as { data: unknown[][] }[];
		const sheet = sheets[0]!.data;
		const header = sheet[0]!.map(String);
		const rows = sheet.slice(1).map((r) => new Map(header.map((h, i) => [h, r[i]])));
		const wijkNames = new Map(
			(
				geojson(join(DATA, 'wijk.geojson')).features as {
					properties: { KODE: string; NAAM: string };
				}[]
			).map((f) => [`WK0344${f.properties.KODE}`, titleCase(f.properties.NAAM)]),
		);
		const buurtCodes = (geojson(join(DATA, 'buurt.geojson')).features as { properties: { KODE: string } }[]).map(
			(f) => `BU0344${f.properties.KODE}`,
		);
		const areas = [
			...[...wijkNames].map(([code, naam]) => ({ code, naam })),
			...buurtCodes.map((code) => ({
				code,
				naam: cellString(rows.find((r) => r.get('gwb_code_10') === code)?.get('regio') ?? code),
			})),
		];
		portal = writeCbsPortal(dir, {
			naam: 'Wijkportaal Utrecht',
			gemeenten: [{ code: 'GM0344', naam: 'Utrecht' }],
			areas,
			indicatoren: readFileSync(join(REPO, 'templates/indicatoren/cbs-kerncijfers.yaml'), 'utf8'),
		});

		expectations = new Map();
		const put = (code: string, id: string, v: number | Missing) => {
			if (!expectations.has(code)) expectations.set(code, new Map());
			expectations.get(code)!.set(id, v);
		};
		for (const row of rows) {
			const code = String(row.get('gwb_code_10'));
			for (const [id, spec] of Object.entries(mapping('cbs-kwb-2023-xlsx.yaml')))
				put(
					code,
					id,
					expected(spec, (c) => row.get(c)),
				);
		}
		const statline = dsvFormat(';').parse(
			readFileSync(join(DATA, 'nabijheid-voorzieningen-buurt-2023.csv'), 'utf8').replace(/^\uFEFF/, ''),
		);
		for (const row of statline) {
			const code = String(row['Regioaanduiding/Codering (code)']).trim();
			for (const [id, spec] of Object.entries(mapping('cbs-nabijheid-2023-statline.yaml')))
				put(
					code,
					id,
					expected(spec, (c) => row[c]),
				);
		}

		const env = { WIJKPORTAAL_NU: '2026-11-01T12:00:00+01:00' };
		const kwb = runCli(
			'import-kwb',
			[
				'--bestand',
				join(DATA, 'kwb-2023-utrecht.xlsx'),
				'--koppeling',
				join(REPO, 'templates/koppelingen/cbs-kwb-2023-xlsx.yaml'),
				'--content',
				portal.contentDir,
			],
			{ cwd: dir, env },
		);
		if (kwb.status !== 0) throw new Error(`import:kwb mislukt:\n${kwb.stdout}\n${kwb.stderr}`);
		const nabijheid = runCli(
			'import-statline',
			[
				'--bestand',
				join(DATA, 'nabijheid-voorzieningen-buurt-2023.csv'),
				'--koppeling',
				join(REPO, 'templates/koppelingen/cbs-nabijheid-2023-statline.yaml'),
				'--content',
				portal.contentDir,
			],
			{ cwd: dir, env },
		);
		if (nabijheid.status !== 0) throw new Error(`import:statline mislukt:\n${nabijheid.stdout}\n${nabijheid.stderr}`);
		const geo = runCli(
			'import-geo',
			[
				'--gemeente',
				'GM0344',
				'--wijken',
				join(DATA, 'wijk.geojson'),
				'--buurten',
				join(DATA, 'buurt.geojson'),
				'--koppeling',
				join(REPO, 'templates/geo/utrecht.yaml'),
				'--content',
				portal.contentDir,
			],
			{ cwd: dir, env },
		);
		if (geo.status !== 0) throw new Error(`import:geo mislukt:\n${geo.stdout}\n${geo.stderr}`);
		const build = buildPortal(portal.contentDir, { out: join(dir, 'dist'), cwd: dir });
		if (build.status !== 0) throw new Error(`bouwen mislukt:\n${build.stdout}\n${build.stderr}`);
	}, 300_000);

	afterAll(() => {
		if (!process.env.BEWAAR) rmSync(dir, { recursive: true, force: true });
	});

	const page = (...parts: string[]) => readFileSync(join(dir, 'dist', ...parts, 'index.html'), 'utf8');
	/** The theme pages of a wijk (/wijken/<wijk>/cijfers/<thema>/), their HTML by slug. */
	const themePages = (folder: string) =>
		readdirSync(join(dir, 'dist', 'wijken', folder, 'cijfers'), { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.map((e) => [e.name, page('wijken', folder, 'cijfers', e.name)] as const);
	/**
	 * The figures secondary suppression hides ("gebied|indicator|jaar"), read from the `status`
	 * column of the portal's published open-data CSVs.
	 */
	const hiddenBesides = () => {
		const hidden = new Set<string>();
		const folder = join(dir, 'dist', 'open-data');
		for (const file of readdirSync(folder).filter((f) => f.endsWith('.csv')))
			for (const [cell, status] of statusByCell(readFileSync(join(folder, file), 'utf8'), file))
				if (status === HIDDEN) hidden.add(cell);
		return hidden;
	};
	/** What a page shows for a figure: "verborgen" when secondary suppression hides it, else the value. */
	const shown = (hidden: Set<string>, code: string, id: string, v: number | Missing) =>
		hidden.has(`${code}|${id}|2023`) ? HIDDEN : display(defOf.get(id)!, v);

	function compare(code: string, html: string, hidden: Set<string>): number {
		const own = expectations.get(code);
		expect(own, `${code} in de bronbestanden`).toBeDefined();
		let compared = 0;
		for (const [id, v] of own!) {
			expect(shownOnPage(html, id), `${code} ${id}`).toBe(shown(hidden, code, id, v));
			compared++;
		}
		return compared;
	}

	it('shows every source value on the theme pages of each of the 10 wijken, with the gemeente beside it', () => {
		const wijken = [...portal.wijkFolders];
		expect(wijken).toHaveLength(10);
		const hidden = hiddenBesides();
		const gemeente = expectations.get('GM0344')!;
		for (const [code, folder] of wijken) {
			const profile = page('wijken', folder, 'cijfers');
			expect(profile).toContain(`<h1>Cijfers van ${portal.names.get(code)}</h1>`);
			const themes = themePages(folder);
			expect(themes.length, folder).toBeGreaterThan(1);
			// The profile links to every theme page.
			for (const [slug] of themes) expect(profile).toContain(`href="/wijken/${folder}/cijfers/${slug}/"`);
			expect(compare(code, themes.map(([, html]) => html).join('\n'), hidden)).toBeGreaterThanOrEqual(15);
			const inwoners = themes
				.map(([, html]) =>
					new RegExp('data-indicator="inwoners"[\\s\\S]*?<dt>Hele gemeente \\(2023\\)</dt>\\s*<dd>([^<]*)</dd>').exec(
						html,
					),
				)
				.find(Boolean)?.[1];
			expect(inwoners).toBe(shown(hidden, 'GM0344', 'inwoners', gemeente.get('inwoners')!));
			for (const html of [profile, ...themes.map(([, h]) => h)]) {
				// No chart or map code: the one script is the search field's island runtime, a file of the site.
				expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
					expect.stringMatching(/^<script type="module" src="\/assets\/[\w.-]+\.js">$/),
				]);
				expect(html).not.toMatch(/<script[^>]*>[^<]/);
			}
		}
	});

	it('shows every source value on the figures page of each of the 111 buurten, linked from the buurt page', () => {
		const hidden = hiddenBesides();
		let buurten = 0;
		for (const [wijkCode, folder] of portal.wijkFolders) {
			for (const [code, naam] of portal.names) {
				if (!code.startsWith(`BU${wijkCode.slice(2)}`)) continue;
				const slug = buurtSlug({ naam });
				const escaped = naam.replace(/&/g, '&amp;');
				const buurtPage = page('wijken', folder, 'buurten', slug);
				expect(buurtPage).toContain(`id="cijfers">Cijfers van ${escaped} in het kort</h2>`);
				expect(buurtPage).toContain(`href="/wijken/${folder}/buurten/${slug}/cijfers/"`);
				const html = page('wijken', folder, 'buurten', slug, 'cijfers');
				expect(html).toContain(`<h1>Cijfers van ${escaped}</h1>`);
				compare(code, html, hidden);
				buurten++;
			}
		}
		expect(buurten).toBe(111);
	});

	it('offers every value of a wijk and its buurten as a download', () => {
		const [code, folder] = [...portal.wijkFolders][0]!;
		const csv = readFileSync(join(dir, 'dist', 'wijken', folder, 'cijfers.csv'), 'utf8');
		const lines = csv
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(';'));
		const codes = new Set(lines.map((l) => l[0]));
		const buurten = [...portal.names.keys()].filter((c) => c.startsWith(`BU${code.slice(2)}`));
		expect([...codes].sort()).toEqual([code, ...buurten].sort());
		const inwoners = lines.find((l) => l[0] === code && l[2] === 'inwoners')!;
		expect(Number(inwoners[6])).toBe(expectations.get(code)!.get('inwoners'));
	});

	it('draws the city with its 10 wijken on the home page, each a link to its page', () => {
		const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
		const svg = /<svg [^>]*class="kaart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
		const links = [...svg.matchAll(/<a href="([^"]+)" class="kaart-gebied" aria-label="([^"]+)"/g)].map((m) => [
			m[2],
			m[1],
		]);
		expect(links.sort()).toEqual(
			[...portal.wijkFolders].map(([code, folder]) => [portal.names.get(code), `/wijken/${folder}/`]).sort(),
		);
		expect(svg).not.toMatch(/\sstyle=|<script/);
	});

	it('draws each wijk with exactly its own buurten, from the city boundary files', () => {
		const buurtFeatures = geojson(join(DATA, 'buurt.geojson')).features as {
			properties: { KODE: string; WIJKKODE: string };
		}[];
		let total = 0;
		for (const [code, folder] of portal.wijkFolders) {
			const html = page('wijken', folder);
			const svg = /<svg [^>]*class="kaart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
			const hrefs = [...svg.matchAll(/<a href="([^"]+)" class="kaart-gebied"/g)].map((m) => m[1]);
			const own = buurtFeatures
				.filter((f) => `WK0344${f.properties.WIJKKODE}` === code)
				.map(
					(f) => `/wijken/${folder}/buurten/${buurtSlug({ naam: portal.names.get(`BU0344${f.properties.KODE}`)! })}/`,
				);
			expect(hrefs.sort()).toEqual(own.sort());
			total += hrefs.length;
		}
		expect(total).toBe(111);
	});

	it('shows one indicator for all 111 buurten on a map with the same figures in the table', () => {
		const html = page('kaart', 'cijfers', 'inwoners');
		const section = /<section aria-labelledby="buurten-GM0344">([\s\S]*?)<\/section>/.exec(html)![1]!;
		const names = [...section.matchAll(/class="kaart-gebied[^"]*"[^>]*aria-label="([^"]+)"/g)].map((m) =>
			decode(m[1]!),
		);
		const rows = [
			...section.matchAll(/<tr>\s*<th scope="row">\s*<a [^>]+>([^<]+)<\/a>\s*<\/th>\s*<td>([^<]+)<\/td>\s*<\/tr>/g),
		].map((m) => `${decode(m[1]!)}: ${decode(m[2]!)}`);
		expect(names).toHaveLength(111);
		expect(names.sort()).toEqual(rows.sort());
		const inwoners = defOf.get('inwoners')!;
		for (const [code, naam] of portal.names) {
			if (!code.startsWith('BU')) continue;
			expect(rows).toContain(`${decode(naam)}: ${display(inwoners, expectations.get(code)!.get('inwoners')!)}`);
		}
	});
});
