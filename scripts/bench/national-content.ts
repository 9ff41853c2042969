/**
 * Generates a national-scale portal content folder: every gemeente, wijk and buurt of the
 * Netherlands (CBS areas 2014/2015) in one portal, with 20 indicators over 5 years for every
 * area. Used by `npm run bench`; tests can call it to build large portals of their own.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import { group } from 'd3';

import { slugify } from '#lib/site/slug.ts';

import { GEBIEDEN_DIR, KWB_FILE, type KwbRow, readAreas, readKerncijfers } from './cbs-data.ts';
import {
	type BenchIndicator,
	type DatasetId,
	DATASETS,
	INDICATOREN,
	indicatorenYaml,
	type Level,
} from './indicators.ts';
import { writeNationalGeo } from './national-geo.ts';
import { randomFor } from './random.ts';

export const JAREN = [2013, 2014, 2015, 2016, 2017];
/** The year of the real CBS key figures. */
export const KWB_JAAR = 2017;

export interface NationalContentOptions {
	/** Folder holding cbs-gebieden-2014/ and cbs-kwb-2017/ (the shared data folder). */
	dataDir: string;
	/** Content folder to create; an existing folder is removed first. */
	contentDir: string;
	/** Fraction of the gemeenten, 0 < schaal ≤ 1, spread evenly over the code list. Default 1. */
	schaal?: number;
	/** Years with figures. Default 2013–2017. */
	jaren?: number[];
	/** Also write the boundaries (content/geo/), so the portal gets its maps. Default true. */
	kaarten?: boolean;
	/** Only these gemeenten (CBS codes such as GM0344), instead of a share of all of them. */
	gemeenten?: readonly string[];
	/** The portal's name in portaal.yaml. */
	naam?: string;
}

export interface BenchBuurt {
	naam: string;
	code: string;
}

export interface BenchWijk {
	naam: string;
	code: string;
	/** Folder name under wijken/. */
	slug: string;
	buurten: BenchBuurt[];
}

export interface BenchGemeente {
	naam: string;
	code: string;
	wijken: BenchWijk[];
}

export interface NationalAreas {
	gemeenten: BenchGemeente[];
	/** Wijken left out because the area files hold no buurt for them. */
	wijkenZonderBuurten: string[];
	/** Buurten left out because their wijk is not in the area files. */
	buurtenZonderWijk: string[];
	/** Buurten renamed (code appended) so that each has its own web address in its wijk. */
	hernoemdeBuurten: number;
	/** Gemeenten that only occur in wijk codes, named by a fallback. */
	gemeentenZonderNaam: string[];
}

export interface NationalContentStats {
	contentDir: string;
	schaal: number;
	gemeenten: number;
	wijken: number;
	buurten: number;
	indicatoren: number;
	jaren: number[];
	/** Size of content/geo/gebieden.topojson in bytes (0 without maps). */
	geoBytes: number;
	/** Value rows over all value files. */
	waarden: number;
	/** Rows with a real CBS figure. */
	echteWaarden: number;
	wijkenZonderBuurten: string[];
	buurtenZonderWijk: string[];
	hernoemdeBuurten: number;
	gemeentenZonderNaam: string[];
	seconden: number;
}

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The portal's areas from the CBS files: which gemeenten, wijken and buurten, with unique slugs. */
export function nationalAreas(dataDir: string, schaal = 1, only?: readonly string[]): NationalAreas {
	if (!(schaal > 0 && schaal <= 1)) throw new Error(`schaal ${schaal} moet groter dan 0 en hoogstens 1 zijn.`);
	const dir = join(dataDir, GEBIEDEN_DIR);
	const gemeenteAreas = readAreas(join(dir, 'gemeente_2015.topojson'));
	const wijkAreas = readAreas(join(dir, 'wijk_2014.topojson'));
	const buurtAreas = readAreas(join(dir, 'buurt_2014.topojson'));

	// Buurten by wijk: BU digits 2–8 are the WK digits.
	const buurtenByWijk = group(buurtAreas, (b) => `WK${b.statcode.slice(2, 8)}`);
	const wijkCodes = new Set(wijkAreas.map((w) => w.statcode));
	const buurtenZonderWijk = buurtAreas
		.filter((b) => !wijkCodes.has(`WK${b.statcode.slice(2, 8)}`))
		.map((b) => b.statcode)
		.sort();

	// Gemeenten of 2015, plus those that wijken of 2014 refer to but that merged since.
	const names = new Map(gemeenteAreas.map((g) => [g.statcode, g.statnaam]));
	const wijkenByGemeente = group(wijkAreas, (w) => `GM${w.statcode.slice(2, 6)}`);
	const gemeentenZonderNaam: string[] = [];
	for (const [gm, wijken] of wijkenByGemeente) {
		if (names.has(gm)) continue;
		const place = [...wijken]
			.sort((a, b) => (a.statcode < b.statcode ? -1 : 1))
			.map((w) => w.statnaam.replace(/^wijk\s+\d+\s*/i, '').trim())
			.find((n) => n.length > 0);
		names.set(gm, place ? `Gemeente ${gm} (${place})` : `Gemeente ${gm}`);
		gemeentenZonderNaam.push(gm);
	}

	const allCodes = [...names.keys()].sort();
	const chosen = only
		? allCodes.filter((code) => only.includes(code))
		: allCodes.filter((_, i) => Math.floor((i + 1) * schaal) > Math.floor(i * schaal));

	const wijkenZonderBuurten: string[] = [];
	let hernoemdeBuurten = 0;
	const gemeenten: BenchGemeente[] = chosen.map((code) => {
		const naam = names.get(code)!;
		const wijken: BenchWijk[] = [];
		for (const w of (wijkenByGemeente.get(code) ?? []).slice().sort((a, b) => (a.statcode < b.statcode ? -1 : 1))) {
			const cbsBuurten = buurtenByWijk.get(w.statcode);
			if (!cbsBuurten?.length) {
				wijkenZonderBuurten.push(w.statcode);
				continue;
			}
			const buurten = cbsBuurten.map((b) => ({ naam: b.statnaam, code: b.statcode })).sort(byCode);
			// Buurt slugs must be unique within the wijk: give every clashing buurt its code.
			const count = new Map<string, number>();
			for (const b of buurten) count.set(slugify(b.naam), (count.get(slugify(b.naam)) ?? 0) + 1);
			for (const b of buurten) {
				const slug = slugify(b.naam);
				if (slug === '' || count.get(slug)! > 1) {
					b.naam = `${b.naam} (${b.code})`;
					hernoemdeBuurten++;
				}
			}
			wijken.push({ naam: w.statnaam, code: w.statcode, slug: slugify(`${naam} ${w.statnaam}`), buurten });
		}
		return { naam, code, wijken };
	});

	// Wijk folders must be unique in the portal: clashing folders get the wijk code.
	const folders = new Map<string, number>();
	for (const g of gemeenten) for (const w of g.wijken) folders.set(w.slug, (folders.get(w.slug) ?? 0) + 1);
	for (const g of gemeenten) {
		for (const w of g.wijken) if (folders.get(w.slug)! > 1) w.slug = `${w.slug}-${w.code.toLowerCase()}`;
	}

	return {
		gemeenten,
		wijkenZonderBuurten: wijkenZonderBuurten.sort(),
		buurtenZonderWijk,
		hernoemdeBuurten,
		gemeentenZonderNaam: gemeentenZonderNaam.sort(),
	};
}

export function generateNationalContent(options: NationalContentOptions): NationalContentStats {
	const started = performance.now();
	const schaal = options.schaal ?? 1;
	const jaren = options.jaren ?? JAREN;
	const areas = nationalAreas(options.dataDir, schaal, options.gemeenten);
	const kwb = readKerncijfers(join(options.dataDir, KWB_FILE));
	const root = options.contentDir;

	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'wijken'), { recursive: true });
	writeFileSync(join(root, 'portaal.yaml'), portaalYaml(areas.gemeenten, jaren, options.naam));

	let wijken = 0;
	let buurten = 0;
	for (const g of areas.gemeenten) {
		for (const w of g.wijken) {
			const dir = join(root, 'wijken', w.slug);
			mkdirSync(dir);
			writeFileSync(join(dir, 'wijk.md'), wijkMd(g, w));
			wijken++;
			buurten += w.buurten.length;
		}
	}

	// One agenda item and one activity (in the first wijk), so those collections are not empty.
	const eerste = areas.gemeenten.flatMap((g) => g.wijken)[0];
	if (eerste) {
		mkdirSync(join(root, 'wijken', eerste.slug, 'agenda'));
		writeFileSync(join(root, 'wijken', eerste.slug, 'agenda', 'prestatietest.md'), AGENDA);
		mkdirSync(join(root, 'wijken', eerste.slug, 'activiteiten'));
		writeFileSync(join(root, 'wijken', eerste.slug, 'activiteiten', 'prestatietest.md'), activiteit(eerste));
	}

	mkdirSync(join(root, 'nieuws'));
	writeFileSync(join(root, 'nieuws', 'prestatietest.md'), NIEUWS);

	mkdirSync(join(root, 'indicatoren', 'waarden'), { recursive: true });
	writeFileSync(join(root, 'indicatoren', 'indicatoren.yaml'), indicatorenYaml());
	const { waarden, echteWaarden } = writeValues(join(root, 'indicatoren', 'waarden'), areas.gemeenten, jaren, kwb);
	const geoBytes = options.kaarten === false ? 0 : writeNationalGeo(options.dataDir, root, areas.gemeenten);

	return {
		contentDir: root,
		schaal,
		gemeenten: areas.gemeenten.length,
		wijken,
		buurten,
		indicatoren: INDICATOREN.length,
		jaren,
		geoBytes,
		waarden,
		echteWaarden,
		wijkenZonderBuurten: areas.wijkenZonderBuurten,
		buurtenZonderWijk: areas.buurtenZonderWijk,
		hernoemdeBuurten: areas.hernoemdeBuurten,
		gemeentenZonderNaam: areas.gemeentenZonderNaam,
		seconden: (performance.now() - started) / 1000,
	};
}

// YAML scalars are written as JSON strings: valid YAML, and safe for names such as "'t Vliet".
const q = (s: string) => JSON.stringify(s);

function portaalYaml(
	gemeenten: BenchGemeente[],
	jaren: number[],
	naam = 'Wijkportaal Nederland (prestatietest)',
): string {
	const lines = [
		'# Landelijk prestatieportaal: alle gemeenten, wijken en buurten van het CBS (2014/2015).',
		'# Gegenereerd door npm run bench; niet met de hand bewerken.',
		`naam: ${q(naam)}`,
		// Not fictief: the gemeenten and areas are real; the generated figures are explained per dataset.
		'fictief: nee',
		'gemeenten:',
	];
	for (const g of gemeenten) {
		lines.push(`  - naam: ${q(g.naam)}`, `    code: ${g.code}`, `    nulmeting: ${jaren[0]}`);
	}
	lines.push(
		'contact:',
		'  organisatie: "Prestatietest wijkportaal"',
		'  email: wijken@prestatietest.example',
		'  website: https://www.prestatietest.example',
		'toegankelijkheid:',
		'  status: voldoet gedeeltelijk',
		'  datum: 2026-01-01',
		'  onderzoek: "Dit portaal is alleen gemaakt om de bouwtijd te meten. Het is niet apart getoetst."',
		'  contact: toegankelijkheid@prestatietest.example',
	);
	return `${lines.join('\n')}\n`;
}

const NIEUWS = `---
titel: "Alle wijken van Nederland op één portaal"
datum: 2026-01-01
samenvatting: Dit portaal bevat alle gemeenten, wijken en buurten van het CBS, om te meten hoe snel het wijkportaal bouwt.
---
Dit portaal is gemaakt voor een prestatietest. Het bevat de wijk- en buurtindeling van het CBS met cijfers over vijf jaar. De cijfers over 2017 komen van het CBS; de andere cijfers zijn verzonnen.
`;

const AGENDA = `---
titel: "Meten hoe snel het wijkportaal bouwt"
samenvatting: Wij meten hoe snel een portaal met een wijkagenda bouwt.
status: in uitvoering
volgendeStap:
  wat: De meting loopt.
  wanneer: bij elke bouw
probleemeigenaar:
  - Prestatietest wijkportaal
thema: basis op orde
toegevoegd: 2026-01-01
gewijzigd: 2026-01-01
---
Dit punt staat op de wijkagenda om de bouwtijd van een portaal met een wijkagenda te meten.
`;

const activiteit = (w: BenchWijk) => `---
titel: "Bijeenkomst over de prestatietest"
soort: bijeenkomst
start: 2027-01-15 19:30
eind: 2027-01-15 21:00
plaats:
  naam: "Buurthuis"
  adres: ${q(`Dorpsstraat 1, ${w.buurten[0]!.naam}`)}
organisator: "Prestatietest wijkportaal"
buurt: ${w.buurten[0]!.code}
---
Deze activiteit staat in het portaal om de bouwtijd van een portaal met activiteiten te meten.
`;

function wijkMd(g: BenchGemeente, w: BenchWijk): string {
	const lines = ['---', `naam: ${q(w.naam)}`, `code: ${w.code}`, 'buurten:'];
	for (const b of w.buurten) lines.push(`  - naam: ${q(b.naam)}`, `    code: ${b.code}`);
	lines.push('---', '', bodyText(g, w), '');
	return lines.join('\n');
}

function bodyText(g: BenchGemeente, w: BenchWijk): string {
	const names = w.buurten.map((b) => b.naam);
	const shown = names.length <= 4 ? names : [...names.slice(0, 3), `${names.length - 3} andere buurten`];
	const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} en ${shown.at(-1)}`;
	const count = names.length === 1 ? 'één buurt' : `${names.length} buurten`;
	return `${w.naam} is een wijk in ${g.naam} met ${count}: ${list}. Deze pagina is gemaakt voor een prestatietest van het wijkportaal, met de wijk- en buurtindeling van het CBS.`;
}

interface AreaRef {
	code: string;
	level: Level;
}

function* allAreas(gemeenten: BenchGemeente[]): Generator<AreaRef> {
	for (const g of gemeenten) {
		yield { code: g.code, level: 'gemeente' };
		for (const w of g.wijken) {
			yield { code: w.code, level: 'wijk' };
			for (const b of w.buurten) yield { code: b.code, level: 'buurt' };
		}
	}
}

const round = (value: number, decimals: number) => {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
};

const INWONERS = INDICATOREN.find((i) => i.id === 'inwoners')!;

/** Writes one value file per dataset, one row per line. */
function writeValues(dir: string, gemeenten: BenchGemeente[], jaren: number[], kwb: Map<string, KwbRow>) {
	let waarden = 0;
	let echteWaarden = 0;
	for (const dataset of Object.keys(DATASETS) as DatasetId[]) {
		const meta = DATASETS[dataset];
		const indicators = INDICATOREN.filter((i) => i.dataset === dataset);
		const fd = openSync(join(dir, `${dataset}.json`), 'w');
		let buffer = `{\n\t"naam": ${q(meta.naam)},\n\t"bron": ${q(meta.bron)},\n\t"licentie": ${q(meta.licentie)},\n\t"bijgewerkt": "2018-06-30",\n\t"toelichting": ${q(meta.toelichting)},\n\t"waarden": [`;
		let first = true;
		for (const area of allAreas(gemeenten)) {
			const row = kwb.get(area.code);
			const inhabitants = baseValue(INWONERS, area, row);
			const inwoners = inhabitants.base ?? inhabitants.synth;
			for (const ind of indicators) {
				for (const line of areaRows(ind, area, row, inwoners, jaren)) {
					buffer += `${first ? '\n' : ',\n'}\t\t${line.json}`;
					first = false;
					waarden++;
					if (line.echt) echteWaarden++;
				}
				if (buffer.length > 1 << 20) {
					writeSync(fd, buffer);
					buffer = '';
				}
			}
		}
		buffer += '\n\t]\n}\n';
		writeSync(fd, buffer);
		closeSync(fd);
	}
	return { waarden, echteWaarden };
}

/**
 * The starting value of an area: its real 2017 figure when CBS has one (`real` is then
 * that figure, or null when CBS keeps it secret), else a seeded plausible value.
 */
function baseValue(ind: BenchIndicator, area: AreaRef, row: KwbRow | undefined) {
	const r = randomFor(`${area.code}|${ind.id}|basis`);
	const real = row && ind.kwb ? ind.kwb(row) : undefined;
	const synth = ind.synth(r, area.level);
	return { real, base: typeof real === 'number' ? real : real === null ? null : synth, synth };
}

function* areaRows(ind: BenchIndicator, area: AreaRef, row: KwbRow | undefined, inwoners: number, jaren: number[]) {
	const { real, base } = baseValue(ind, area, row);
	const r = randomFor(`${area.code}|${ind.id}`);
	const trend = (r() * 2 - 1) * ind.trend;
	// Share of the inhabitants that answers the panel: small buurten often stay below the minimum.
	const respons = 0.004 + r() * 0.03;
	for (const jaar of jaren) {
		let waarde: number | null;
		let echt = false;
		if (jaar === KWB_JAAR && real !== undefined) {
			waarde = real === null ? null : round(real, ind.decimalen);
			echt = true;
		} else if (base === null || r() < 0.01) {
			waarde = null; // secret in the real data, or now and then unknown
		} else {
			let v = base * (1 + trend * (jaar - KWB_JAAR)) * (1 + (r() * 2 - 1) * ind.ruis);
			if (ind.min !== undefined) v = Math.max(ind.min, v);
			if (ind.max !== undefined) v = Math.min(ind.max, v);
			waarde = round(v, ind.decimalen);
		}
		let n: number | undefined;
		if (ind.soort === 'subjectief') {
			n = Math.round(inwoners * respons * (0.8 + r() * 0.4));
			if (n === 0) waarde = null; // nobody answered
		}
		const parts = [`"gebied":"${area.code}"`, `"indicator":"${ind.id}"`, `"jaar":${jaar}`, `"waarde":${waarde}`];
		if (n !== undefined) {
			parts.push(`"n":${n}`);
			if (waarde !== null) parts.push(`"marge":${margin(ind, waarde, n)}`);
		}
		yield { json: `{${parts.join(',')}}`, echt };
	}
}

/** A 95% margin: for a percentage from the binomial spread, for a mark from a spread of 1.2. */
function margin(ind: BenchIndicator, waarde: number, n: number): number {
	if (ind.eenheid === 'procent') {
		const p = Math.min(Math.max(waarde / 100, 0.01), 0.99);
		return round(1.96 * Math.sqrt((p * (1 - p)) / n) * 100, 1);
	}
	return round((1.96 * 1.2) / Math.sqrt(n), 2);
}
