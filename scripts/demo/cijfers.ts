/**
 * Makes the figures of the demo portal's wijkkompas: content/indicatoren/waarden/*.json for
 * the fictional gemeente Brinkwoude (GM9999), every wijk and buurt, 2021–2025.
 *
 *   npm exec -- node scripts/demo/cijfers.ts [--out <map>]
 *
 * Without --out it writes to content/indicatoren/waarden/; the unit tests use --out to check
 * that the committed files are exactly what this script makes.
 *
 * Deterministic: every random number comes from a seeded generator keyed by what it is for
 * (indicator, area, year), so a run gives the same files on every machine, and changing one
 * profile below changes only the figures that depend on it.
 *
 * The wijken and buurten come from content/wijken/<wijk>/wijk.md, the indicators (ids,
 * decimals, which wijken) from content/indicatoren/indicatoren.yaml. Every buurt has a
 * profile below that gives it its character; each buurt's figures are made first and the
 * wijk and gemeente figures are added up from them, so counts add up and rates are the
 * weighted averages of their buurten.
 *
 * The figures contain on purpose what a real monitor runs into (see `checkGaps`):
 * - panel figures with too few answers: small buurten every year, Zuiderdok and Veldhoeve
 *   until the panel recruited new residents in 2024, and all of Ellerhoek in 2022;
 * - no panel in Ellerhoek in 2023: no rows at all for that wijk and its buurten;
 * - one unknown CBS figure: the income of Zuiderdok in 2022 (`"waarde": null`);
 * - small counts (1–4) of woninginbraken and nieuwe woningen in small buurten.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { readDataFile } from '#lib/content/parse-file.ts';
import { slugify } from '#lib/site/slug.ts';
import { compareRows } from '#lib/wijkkompas/import/write.ts';
import { type Indicator, indicatorenSchema } from '#schemas/indicatoren.ts';
import { hashSeed, seeded } from '#scripts/bench/random.ts';
import { parseCommandLine } from '#scripts/cli/options.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONTENT = join(ROOT, 'content');
const { values: options } = parseCommandLine({
	usage: 'npm exec -- node scripts/demo/cijfers.ts [--out <map>]',
	options: {
		out: {
			type: 'string',
			value: '<map>',
			description: 'de map voor de bestanden (standaard: content/indicatoren/waarden)',
		},
	},
	more: 'Maakt de cijfers van het voorbeeldportaal Brinkwoude opnieuw.',
});
const OUT = options.out ? resolve(options.out) : join(CONTENT, 'indicatoren', 'waarden');
const JAREN = [2021, 2022, 2023, 2024, 2025] as const;
const SEED = 'brinkwoude';

// ---------------------------------------------------------------------------------------
// Seeded random numbers

/** Mulberry32 (scripts/bench/random.ts), seeded with what the numbers are for. */
const generator = (key: string) => seeded(hashSeed(`${SEED}|${key}`));

const uniform = (key: string) => generator(key)();

/** Standard normal (Box–Muller). */
function normal(key: string): number {
	const g = generator(key);
	const u = 1 - g();
	const v = g();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function poisson(lambda: number, key: string): number {
	if (lambda <= 0) return 0;
	if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(key)));
	const g = generator(key);
	const limit = Math.exp(-lambda);
	let k = 0;
	let p = 1;
	do {
		k++;
		p *= g();
	} while (p > limit);
	return k - 1;
}

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));
const roundTo = (x: number, decimals: number) => Number(x.toFixed(decimals));

// ---------------------------------------------------------------------------------------
// Profiles: the character of each buurt

type Jaar = (typeof JAREN)[number];
/** A value per year 2021–2025, or one value for every year. */
type PerJaar = number | readonly number[];
const inJaar = (v: PerJaar, jaar: Jaar) => (typeof v === 'number' ? v : v[JAREN.indexOf(jaar)]!);

interface BuurtProfiel {
	/** Woningen on 1 January 2021. */
	woningen: number;
	/** New woningen finished in each year 2021–2025; they count from 1 January of the next year. */
	nieuw: readonly number[];
	/** Persons per huishouden in 2021, and the change per year. */
	hh: number;
	hhTrend?: number;
	/** Share of the woningen that is lived in (new buildings stand empty for a while). */
	bewoond?: PerJaar;
	/** Percentages in 2021 and their change per year (percentage points). */
	p65: [number, number];
	p014: [number, number];
	alleen: [number, number];
	koop: [number, number];
	groen: [number, number];
	/** WOZ-waarde and income per inhabitant in 2021, euro. */
	woz: number;
	inkomen: number;
	/** Huishoudens with a low income in 2021, %. */
	laag: number;
	/** Per 1.000 inhabitants in 2021. */
	bijstand: number;
	inbraak: number;
	meldingen: number;
	/** Distances in km. */
	huisarts: PerJaar;
	supermarkt: PerJaar;
	school: PerJaar;
	/** Land area and public space, km². */
	oppervlakte: number;
	openbaar: number;
	/** Panel members who answer, as a share of the inhabitants. */
	respons: PerJaar;
	/** How well-off and settled the buurt is, −1 … 1: shifts every panel figure a little. */
	welstand: number;
}

const NOOIT = [0, 0, 0, 0, 0] as const;

const BUURTEN: Record<string, BuurtProfiel> = {
	// Centrum: old, small houses, many people living alone, lower incomes, busy and little green.
	BU99990101: {
		woningen: 1500,
		nieuw: [3, 0, 6, 2, 4],
		hh: 1.55,
		p65: [21, 0.2],
		p014: [7, -0.1],
		alleen: [62, 0.3],
		koop: [34, 0.2],
		groen: [6, 0.1],
		woz: 238000,
		inkomen: 25400,
		laag: 14.2,
		bijstand: 42,
		inbraak: 2.3,
		meldingen: 95,
		huisarts: 0.4,
		supermarkt: 0.3,
		school: 0.5,
		oppervlakte: 0.42,
		openbaar: 0.17,
		respons: 0.045,
		welstand: -0.3,
	},
	BU99990102: {
		woningen: 1520,
		nieuw: [0, 2, 0, 1, 0],
		hh: 1.75,
		p65: [24, 0.3],
		p014: [9, -0.1],
		alleen: [55, 0.2],
		koop: [41, 0.1],
		groen: [9, 0.3],
		woz: 252000,
		inkomen: 27200,
		laag: 11.1,
		bijstand: 30,
		inbraak: 1.9,
		meldingen: 70,
		huisarts: 0.5,
		supermarkt: 0.4,
		school: 0.6,
		oppervlakte: 0.55,
		openbaar: 0.2,
		respons: 0.045,
		welstand: 0,
	},
	BU99990103: {
		woningen: 1010,
		nieuw: [0, 0, 1, 0, 0],
		hh: 1.9,
		p65: [28, 0.4],
		p014: [10, -0.1],
		alleen: [47, 0.2],
		koop: [58, 0.1],
		groen: [24, 0],
		woz: 318000,
		inkomen: 31800,
		laag: 7.2,
		bijstand: 16,
		inbraak: 1.7,
		meldingen: 55,
		huisarts: 0.7,
		supermarkt: 0.6,
		school: 0.8,
		oppervlakte: 0.61,
		openbaar: 0.28,
		respons: 0.045,
		welstand: 0.6,
	},
	// Havenkwartier: old harbour buurten, and Zuiderdok where new homes are built every year.
	BU99990201: {
		woningen: 1090,
		nieuw: [0, 1, 0, 2, 0],
		hh: 2.0,
		p65: [19, 0.2],
		p014: [13, -0.1],
		alleen: [42, 0.2],
		koop: [38, 0.1],
		groen: [8, 0.2],
		woz: 205000,
		inkomen: 25600,
		laag: 15.3,
		bijstand: 48,
		inbraak: 2.5,
		meldingen: 80,
		huisarts: 0.9,
		supermarkt: 0.7,
		school: 0.6,
		oppervlakte: 0.58,
		openbaar: 0.22,
		respons: 0.045,
		welstand: -0.2,
	},
	BU99990202: {
		woningen: 930,
		nieuw: [0, 4, 0, 0, 3],
		hh: 1.9,
		p65: [22, 0.3],
		p014: [12, -0.1],
		alleen: [45, 0.2],
		koop: [40, 0.2],
		groen: [7, 0.1],
		woz: 215000,
		inkomen: 26400,
		laag: 13.4,
		bijstand: 40,
		inbraak: 2.2,
		meldingen: 85,
		huisarts: 1.1,
		supermarkt: 0.8,
		school: 0.7,
		oppervlakte: 0.47,
		openbaar: 0.18,
		respons: 0.045,
		welstand: -0.1,
	},
	// Zuiderdok: a gezondheidscentrum opened in 2023 (from 2024 on the map), a supermarket in 2024.
	BU99990203: {
		woningen: 210,
		nieuw: [60, 80, 120, 150, 130],
		hh: 1.85,
		hhTrend: 0.02,
		bewoond: [0.92, 0.94, 0.93, 0.94, 0.93],
		p65: [9, 0.4],
		p014: [11, 0.6],
		alleen: [48, -0.5],
		koop: [55, 0.8],
		groen: [5, 2],
		woz: 345000,
		inkomen: 33000,
		laag: 6.1,
		bijstand: 10,
		inbraak: 3.0,
		meldingen: 120,
		huisarts: [1.6, 1.6, 1.6, 0.5, 0.5],
		supermarkt: [1.2, 1.2, 1.2, 1.2, 0.9],
		school: 1.4,
		oppervlakte: 0.74,
		openbaar: 0.3,
		respons: [0.025, 0.025, 0.025, 0.045, 0.045],
		welstand: 0.4,
	},
	// De Esch: post-war flats and rijtjeshuizen, large green spaces, lower incomes; flats renovated from 2023.
	BU99990301: {
		woningen: 1730,
		nieuw: [0, 0, 2, 0, 0],
		hh: 2.15,
		hhTrend: -0.005,
		p65: [17, 0.2],
		p014: [19, 0],
		alleen: [38, 0.2],
		koop: [32, 0.1],
		groen: [22, 0.4],
		woz: 198000,
		inkomen: 23400,
		laag: 17.4,
		bijstand: 58,
		inbraak: 2.8,
		meldingen: 72,
		huisarts: 0.6,
		supermarkt: 0.5,
		school: 0.4,
		oppervlakte: 0.92,
		openbaar: 0.38,
		respons: 0.032,
		welstand: -0.3,
	},
	BU99990302: {
		woningen: 1900,
		nieuw: [0, 0, 0, 1, 0],
		hh: 2.1,
		hhTrend: -0.005,
		p65: [19, 0.2],
		p014: [18, 0],
		alleen: [40, 0.2],
		koop: [35, 0.1],
		groen: [28, 0.3],
		woz: 205000,
		inkomen: 23900,
		laag: 16.2,
		bijstand: 52,
		inbraak: 2.6,
		meldingen: 68,
		huisarts: 0.8,
		supermarkt: 0.6,
		school: 0.5,
		oppervlakte: 1.05,
		openbaar: 0.5,
		respons: 0.032,
		welstand: -0.1,
	},
	BU99990303: {
		woningen: 860,
		nieuw: NOOIT,
		hh: 2.4,
		p65: [14, 0.1],
		p014: [22, 0.1],
		alleen: [30, 0.1],
		koop: [48, 0.2],
		groen: [18, 0.5],
		woz: 225000,
		inkomen: 25200,
		laag: 12.3,
		bijstand: 38,
		inbraak: 2.3,
		meldingen: 60,
		huisarts: 1.0,
		supermarkt: 0.8,
		school: 0.4,
		oppervlakte: 0.64,
		openbaar: 0.25,
		respons: 0.032,
		welstand: 0.3,
	},
	// Noordveld: young families in owner-occupied homes; Veldhoeve was finished in 2022.
	BU99990401: {
		woningen: 1240,
		nieuw: [2, 0, 0, 3, 0],
		hh: 2.65,
		hhTrend: -0.02,
		p65: [12, 0.5],
		p014: [22, -0.4],
		alleen: [18, 0.3],
		koop: [78, 0],
		groen: [19, 0.1],
		woz: 365000,
		inkomen: 33800,
		laag: 4.1,
		bijstand: 9,
		inbraak: 1.6,
		meldingen: 45,
		huisarts: 1.2,
		supermarkt: 0.8,
		school: 0.5,
		oppervlakte: 1.1,
		openbaar: 0.4,
		respons: 0.045,
		welstand: 0.2,
	},
	BU99990402: {
		woningen: 1200,
		nieuw: [0, 1, 0, 0, 2],
		hh: 2.55,
		hhTrend: -0.02,
		p65: [14, 0.5],
		p014: [20, -0.4],
		alleen: [20, 0.3],
		koop: [74, 0],
		groen: [21, 0.1],
		woz: 352000,
		inkomen: 32900,
		laag: 4.9,
		bijstand: 11,
		inbraak: 1.7,
		meldingen: 48,
		huisarts: 1.4,
		supermarkt: 0.6,
		school: 0.6,
		oppervlakte: 1.02,
		openbaar: 0.38,
		respons: 0.045,
		welstand: 0.1,
	},
	BU99990403: {
		woningen: 300,
		nieuw: [190, 70, 0, 1, 0],
		hh: 2.75,
		bewoond: [0.9, 0.95, 0.98, 0.98, 0.98],
		p65: [6, 0.2],
		p014: [27, 0.8],
		alleen: [12, 0.2],
		koop: [85, 0],
		groen: [12, 1.5],
		woz: 410000,
		inkomen: 34500,
		laag: 3.0,
		bijstand: 5,
		inbraak: 1.3,
		meldingen: 60,
		huisarts: 1.9,
		supermarkt: 1.3,
		school: 0.9,
		oppervlakte: 0.63,
		openbaar: 0.22,
		respons: [0.015, 0.015, 0.015, 0.04, 0.04],
		welstand: 0.3,
	},
	// Ellerhoek: a village of about 1.800 people with farms around it; older, green, content, far from the city.
	BU99990501: {
		woningen: 470,
		nieuw: [0, 2, 0, 1, 0],
		hh: 2.3,
		hhTrend: -0.01,
		p65: [27, 0.5],
		p014: [15, -0.2],
		alleen: [30, 0.3],
		koop: [68, 0],
		groen: [40, 0],
		woz: 315000,
		inkomen: 30200,
		laag: 6.2,
		bijstand: 12,
		inbraak: 1.2,
		meldingen: 40,
		huisarts: 0.5,
		supermarkt: 0.4,
		school: 0.5,
		oppervlakte: 0.9,
		openbaar: 0.3,
		respons: [0.045, 0.013, 0, 0.045, 0.045],
		welstand: 0,
	},
	BU99990502: {
		woningen: 196,
		nieuw: NOOIT,
		hh: 2.4,
		p65: [31, 0.5],
		p014: [13, -0.2],
		alleen: [26, 0.3],
		koop: [72, 0],
		groen: [45, 0],
		woz: 298000,
		inkomen: 29400,
		laag: 6.0,
		bijstand: 10,
		inbraak: 1.4,
		meldingen: 35,
		huisarts: 0.8,
		supermarkt: 0.7,
		school: 0.8,
		oppervlakte: 0.5,
		openbaar: 0.16,
		respons: [0.045, 0.013, 0, 0.045, 0.045],
		welstand: 0.1,
	},
	BU99990503: {
		woningen: 114,
		nieuw: [0, 1, 0, 0, 1],
		hh: 2.6,
		p65: [29, 0.4],
		p014: [14, -0.2],
		alleen: [18, 0.2],
		koop: [84, 0],
		groen: [62, 0],
		woz: 465000,
		inkomen: 31500,
		laag: 7.1,
		bijstand: 7,
		inbraak: 2.7,
		meldingen: 30,
		huisarts: 4.6,
		supermarkt: 4.3,
		school: 3.9,
		oppervlakte: 18.6,
		openbaar: 1.1,
		respons: [0.045, 0.013, 0, 0.045, 0.045],
		welstand: -0.1,
	},
};

/** For a buurt added to content/ later: an average buurt, so the script keeps working. */
const GEMIDDELDE_BUURT: BuurtProfiel = {
	woningen: 1000,
	nieuw: NOOIT,
	hh: 2.1,
	p65: [20, 0.3],
	p014: [15, 0],
	alleen: [38, 0.2],
	koop: [55, 0.1],
	groen: [18, 0],
	woz: 280000,
	inkomen: 29000,
	laag: 9,
	bijstand: 25,
	inbraak: 1.9,
	meldingen: 60,
	huisarts: 0.9,
	supermarkt: 0.7,
	school: 0.6,
	oppervlakte: 0.8,
	openbaar: 0.3,
	respons: 0.04,
	welstand: 0,
};

// Changes over the years for the whole gemeente, 2021–2025.
const WOZ_INDEX = [1, 1.12, 1.29, 1.31, 1.4];
const INKOMEN_INDEX = [1, 1.03, 1.09, 1.15, 1.19];
const LAAG_INDEX = [1, 1.03, 1.06, 1.01, 0.97];
const BIJSTAND_INDEX = [1, 0.97, 0.95, 0.95, 0.93];
const INBRAAK_INDEX = [1, 0.94, 0.97, 0.9, 0.86];
const MELDINGEN_INDEX = [1, 1.05, 1.08, 1.12, 1.1];
const RESPONS_INDEX = [1, 0.95, 1.02, 0.98, 1];

interface PanelVraag {
	/** Level per wijk in 2021 (only the wijken that get the question). */
	basis: Record<string, number>;
	/** Change for the whole gemeente per year, 2021–2025. */
	jaren: readonly number[];
	/** Extra change per year for one wijk. */
	wijkJaren?: Record<string, readonly number[]>;
	/** Effect of a buurt's welstand (−1 … 1). */
	welstand: number;
	/** Extra shift for one buurt. */
	buurt?: Record<string, number>;
	/** Publish a margin of error with this figure. */
	marge?: boolean;
}

const PANEL: Record<string, PanelVraag> = {
	'tevreden-woonomgeving': {
		basis: { centrum: 7.3, havenkwartier: 7.0, 'de-esch': 6.6, noordveld: 7.8, ellerhoek: 8.1 },
		jaren: [0, 0, -0.1, 0, 0.1],
		wijkJaren: { 'de-esch': [0, 0, 0, 0.2, 0.4], havenkwartier: [0, -0.1, -0.2, -0.1, 0.1] },
		welstand: 0.3,
		marge: true,
	},
	'veilig-voelen': {
		basis: { centrum: 76, havenkwartier: 79, 'de-esch': 70, noordveld: 89, ellerhoek: 93 },
		jaren: [0, 1, 0, 1, 1],
		wijkJaren: { centrum: [0, -2, -3, -2, -1] },
		welstand: 5,
		buurt: { BU99990101: -4 },
		marge: true,
	},
	'contact-buren': {
		basis: { centrum: 49, havenkwartier: 56, 'de-esch': 51, noordveld: 69, ellerhoek: 81 },
		jaren: [0, 1, 2, 2, 3],
		welstand: 5,
		buurt: { BU99990203: -12, BU99990403: -6 },
	},
	eenzaamheid: {
		basis: { centrum: 15, havenkwartier: 11, 'de-esch': 15, noordveld: 7, ellerhoek: 8 },
		jaren: [0, -1, -2, -2, -2],
		welstand: -3,
		marge: true,
	},
	'vertrouwen-gemeente': {
		basis: { centrum: 6.1, havenkwartier: 5.8, 'de-esch': 5.7, noordveld: 6.5, ellerhoek: 5.9 },
		jaren: [0, -0.2, -0.3, -0.2, -0.1],
		welstand: 0.2,
		marge: true,
	},
	'meedoen-buurt': {
		basis: { centrum: 20, havenkwartier: 23, 'de-esch': 18, noordveld: 26, ellerhoek: 43 },
		jaren: [0, 1, 2, 2, 3],
		welstand: 4,
	},
	'schoon-heel': {
		basis: { centrum: 6.7, havenkwartier: 6.3, 'de-esch': 6.2, noordveld: 7.4, ellerhoek: 7.6 },
		jaren: [0, 0, -0.1, 0, 0.1],
		wijkJaren: { 'de-esch': [0, 0, 0.1, 0.2, 0.3], havenkwartier: [0, -0.2, -0.3, -0.2, 0] },
		welstand: 0.3,
	},
	overlast: {
		basis: { centrum: 22, havenkwartier: 18, 'de-esch': 19, noordveld: 8, ellerhoek: 5 },
		jaren: [0, 1, 1, 0, 0],
		wijkJaren: { centrum: [0, 2, 3, 2, 1] },
		welstand: -4,
		buurt: { BU99990101: 6 },
	},
	'moeite-rondkomen': {
		basis: { centrum: 17, havenkwartier: 15, 'de-esch': 27, noordveld: 9, ellerhoek: 10 },
		jaren: [0, 4, 5, 2, 1],
		welstand: -8,
	},
	'overlast-bouwverkeer': {
		basis: { havenkwartier: 36 },
		jaren: [0, 6, 10, 8, 2],
		welstand: 0,
		buurt: { BU99990201: -8, BU99990202: 4, BU99990203: 18 },
	},
	'tevreden-bus': {
		basis: { ellerhoek: 36 },
		jaren: [0, -2, -4, -6, -7],
		welstand: 0,
		buurt: { BU99990503: -14 },
	},
};

// ---------------------------------------------------------------------------------------
// Content: areas and indicators

interface Gebied {
	code: string;
	niveau: 'gemeente' | 'wijk' | 'buurt';
	/** Wijk folder, for a wijk and its buurten. */
	wijk?: string;
	delen: Gebied[];
}

function readAreas(): Gebied {
	const portaal = readDataFile(join(CONTENT, 'portaal.yaml')) as { gemeenten: { code: string }[] };
	const gemeente: Gebied = { code: portaal.gemeenten[0]!.code, niveau: 'gemeente', delen: [] };
	const wijkenDir = join(CONTENT, 'wijken');
	for (const folder of readdirSync(wijkenDir).sort()) {
		let data: Record<string, unknown>;
		try {
			data = readDataFile(join(wijkenDir, folder, 'wijk.md'));
		} catch {
			continue;
		}
		const code = String(data.code);
		if (`GM${code.slice(2, 6)}` !== gemeente.code) continue;
		const buurten = (data.buurten as { code: string }[]).map((b): Gebied => ({
			code: b.code,
			niveau: 'buurt',
			wijk: folder,
			delen: [],
		}));
		gemeente.delen.push({ code, niveau: 'wijk', wijk: folder, delen: buurten });
	}
	return gemeente;
}

/** The demo's indicator definitions, with the schema's defaults filled in. */
function readIndicators(): Indicator[] {
	return indicatorenSchema.parse(readDataFile(join(CONTENT, 'indicatoren', 'indicatoren.yaml'))).indicatoren;
}

// ---------------------------------------------------------------------------------------
// Buurt figures as additive totals: a wijk or gemeente is the sum of its parts

/** Totals that add up: counts, and sums of value × weight for averages. */
type Totalen = Record<string, number>;

function buurtTotalen(code: string, wijk: string, eenheden: ReadonlyMap<string, string>): Map<Jaar, Totalen> {
	const p = BUURTEN[code] ?? GEMIDDELDE_BUURT;
	if (!BUURTEN[code]) console.warn(`Let op: geen profiel voor buurt ${code}; de buurt krijgt gemiddelde cijfers.`);
	const result = new Map<Jaar, Totalen>();
	let woningen = p.woningen;
	JAREN.forEach((jaar, i) => {
		const k = (what: string) => `${what}|${code}|${jaar}`;
		const t = i; // years since 2021
		if (i > 0) woningen += p.nieuw[i - 1] ?? 0;
		const bewoond = inJaar(p.bewoond ?? 0.98, jaar) * (1 + 0.004 * normal(k('bewoond')));
		const huishoudens = Math.round(woningen * bewoond);
		const hh = (p.hh + (p.hhTrend ?? -0.005) * t) * (1 + 0.006 * normal(k('hh')));
		const inwoners = Math.round(huishoudens * hh);
		const pct = ([start, trend]: [number, number], what: string) =>
			clamp(start + trend * t + 0.25 * normal(k(what)), 0, 100) / 100;
		const afstand = (v: PerJaar, what: string) => Math.max(0.1, inJaar(v, jaar) + 0.03 * normal(k(what)));
		const inbraakVerwacht = (p.inbraak * INBRAAK_INDEX[i]! * inwoners) / 1000;

		const tot: Totalen = {
			woningen,
			nieuw: p.nieuw[i] ?? 0,
			huishoudens,
			inwoners,
			oppervlakte: p.oppervlakte,
			openbaar: p.openbaar,
			groen: (clamp(p.groen[0] + p.groen[1] * t + 0.3 * normal(k('groen')), 0, 100) / 100) * p.openbaar,
			p65: pct(p.p65, 'p65') * inwoners,
			p014: pct(p.p014, 'p014') * inwoners,
			alleen: pct(p.alleen, 'alleen') * huishoudens,
			koop: pct(p.koop, 'koop') * woningen,
			woz: p.woz * WOZ_INDEX[i]! * (1 + 0.01 * normal(k('woz'))) * woningen,
			inkomen: p.inkomen * INKOMEN_INDEX[i]! * (1 + 0.008 * normal(k('inkomen'))) * inwoners,
			laag: (clamp(p.laag * LAAG_INDEX[i]! + 0.3 * normal(k('laag')), 0, 100) / 100) * huishoudens,
			// A stock, not a flow: it moves a little from year to year.
			bijstand: Math.max(
				0,
				Math.round(((p.bijstand * BIJSTAND_INDEX[i]! * inwoners) / 1000) * (1 + 0.04 * normal(k('bijstand')))),
			),
			huisarts: afstand(p.huisarts, 'huisarts') * inwoners,
			supermarkt: afstand(p.supermarkt, 'supermarkt') * inwoners,
			school: afstand(p.school, 'school') * inwoners,
			inbraken: poisson(inbraakVerwacht, k('inbraken')),
			pogingen: poisson(0.35 * inbraakVerwacht, k('pogingen')),
			meldingen: poisson((p.meldingen * MELDINGEN_INDEX[i]! * inwoners) / 1000, k('meldingen')),
		};

		// The panel: how many answered, and the sum of their answers per question.
		const respons = inJaar(p.respons, jaar) * RESPONS_INDEX[i]! * (1 + 0.06 * normal(k('respons')));
		const deelnemers = Math.round(inwoners * respons);
		for (const [id, vraag] of Object.entries(PANEL)) {
			const basis = vraag.basis[wijk];
			if (basis === undefined || deelnemers === 0) continue;
			const n = deelnemers - Math.floor(deelnemers * 0.06 * uniform(k(`n-${id}`)));
			const cijfer = eenheden.get(id) === 'cijfer';
			const echt =
				basis +
				vraag.jaren[i]! +
				(vraag.wijkJaren?.[wijk]?.[i] ?? 0) +
				vraag.welstand * p.welstand +
				(vraag.buurt?.[code] ?? 0);
			// Sampling noise, halved: the panel's figures are weighted, which steadies them.
			const p0 = clamp(echt, 1, 99);
			const sd = 0.5 * (cijfer ? 1.3 / Math.sqrt(n) : Math.sqrt((p0 * (100 - p0)) / n));
			const gemeten = cijfer ? clamp(echt + sd * normal(k(id)), 1, 10) : clamp(echt + sd * normal(k(id)), 0, 100);
			tot[`n:${id}`] = n;
			tot[`som:${id}`] = gemeten * n;
		}
		result.set(jaar, tot);
	});
	return result;
}

function optellen(delen: Totalen[]): Totalen {
	const sum: Totalen = {};
	for (const d of delen) for (const [key, v] of Object.entries(d)) sum[key] = (sum[key] ?? 0) + v;
	return sum;
}

/** Each indicator's figure from the totals of an area. */
const OBJECTIEF: Record<string, (t: Totalen) => number> = {
	inwoners: (t) => t.inwoners!,
	'inwoners-65-plus': (t) => (100 * t.p65!) / t.inwoners!,
	'kinderen-tot-15': (t) => (100 * t.p014!) / t.inwoners!,
	huishoudens: (t) => t.huishoudens!,
	alleenwonenden: (t) => (100 * t.alleen!) / t.huishoudens!,
	bevolkingsdichtheid: (t) => t.inwoners! / t.oppervlakte!,
	woningen: (t) => t.woningen!,
	woningwaarde: (t) => Math.round(t.woz! / t.woningen! / 1000) * 1000,
	koopwoningen: (t) => (100 * t.koop!) / t.woningen!,
	'nieuwe-woningen': (t) => t.nieuw!,
	'woninginbraken-per-1000': (t) => (1000 * (t.inbraken! + t.pogingen!)) / t.inwoners!,
	woninginbraken: (t) => t.inbraken!,
	'afstand-huisarts': (t) => t.huisarts! / t.inwoners!,
	'afstand-supermarkt': (t) => t.supermarkt! / t.inwoners!,
	'afstand-basisschool': (t) => t.school! / t.inwoners!,
	'inkomen-per-inwoner': (t) => Math.round(t.inkomen! / t.inwoners! / 100) * 100,
	'laag-inkomen': (t) => (100 * t.laag!) / t.huishoudens!,
	bijstand: (t) => (1000 * t.bijstand!) / t.inwoners!,
	groen: (t) => (100 * t.groen!) / t.openbaar!,
	'meldingen-openbare-ruimte': (t) => (1000 * t.meldingen!) / t.inwoners!,
};

/** Figures the source does not know or keeps secret: `"waarde": null`. */
const ONBEKEND = new Set(['inkomen-per-inwoner|BU99990203|2022']);

// ---------------------------------------------------------------------------------------
// Rows and files

interface Rij {
	gebied: string;
	indicator: string;
	jaar: number;
	waarde: number | null;
	n?: number;
	marge?: number;
}

interface Dataset {
	naam: string;
	bron: string;
	licentie: string;
	bronadres?: string;
	bijgewerkt: string;
	toelichting: string;
	/** How the source protected small groups itself (survey figures published without n). */
	bronBeveiliging?: string;
}

const DATASETS: Record<string, Dataset> = {
	'cbs-kerncijfers': {
		naam: 'Kerncijfers wijken en buurten (verzonnen voorbeeldcijfers)',
		bron: 'CBS, Kerncijfers wijken en buurten',
		licentie: 'CC BY 4.0',
		bijgewerkt: '2026-05-29',
		toelichting:
			'Dit zijn verzonnen cijfers voor de verzonnen gemeente Brinkwoude. Ze lijken op de Kerncijfers wijken en buurten van het CBS, maar ze komen niet van het CBS. Het inkomen in het Zuiderdok over 2022 is niet bekend. Het CBS kon dat cijfer niet betrouwbaar berekenen, omdat veel bewoners pas in dat jaar in de nieuwe buurt kwamen wonen.',
	},
	'gemeentelijke-monitor': {
		naam: 'Wijkmonitor Brinkwoude (verzonnen voorbeeldcijfers)',
		bron: 'Gemeente Brinkwoude, met cijfers van de politie',
		licentie: 'CC0 1.0',
		bronadres: 'https://www.brinkwoude.example/wijkmonitor',
		bijgewerkt: '2026-03-31',
		toelichting:
			'Dit zijn verzonnen cijfers voor de verzonnen gemeente Brinkwoude. Het gaat om cijfers uit de registraties van de gemeente (nieuwe woningen, groen, meldingen) en om het aantal woninginbraken volgens de politie.',
	},
	brinkwoudepanel: {
		naam: 'Brinkwoudepanel (verzonnen voorbeeldcijfers)',
		bron: 'Brinkwoudepanel (verzonnen)',
		licentie: 'Gemeente Brinkwoude, vrij te gebruiken als u de bron noemt',
		bronadres: 'https://www.brinkwoude.example/brinkwoudepanel',
		bijgewerkt: '2026-02-16',
		toelichting:
			'Dit zijn verzonnen cijfers voor de verzonnen gemeente Brinkwoude. Elk najaar vullen leden van het Brinkwoudepanel een vragenlijst in. Bij elk cijfer staat hoeveel mensen antwoord gaven (n). In 2022 gaven in Ellerhoek te weinig mensen antwoord. In 2023 is de vragenlijst in Ellerhoek niet gehouden. In 2024 zijn nieuwe bewoners van het Zuiderdok en Veldhoeve lid geworden van het panel.',
	},
	bewonersenquete: {
		naam: 'Bewonersenquête woongebieden (verzonnen voorbeeldcijfers)',
		bron: 'Bureau Onderzoek Brinkwoude (verzonnen)',
		licentie: 'CC BY 4.0',
		bijgewerkt: '2026-04-15',
		toelichting:
			'Dit zijn verzonnen cijfers voor de verzonnen gemeente Brinkwoude. In 2024 en 2025 hield de gemeente een bewonersenquête per woongebied (zie content/gebieden/woongebieden.yaml). De cijfers gaan over het hele woongebied, niet over een wijk of buurt.',
		bronBeveiliging:
			'Het onderzoeksbureau publiceert een cijfer alleen als genoeg mensen in het woongebied antwoord gaven. Hoeveel dat waren, publiceert het niet.',
	},
};

/** The questions of the bewonersenquête, asked per own area (eigen gebied). */
const ENQUETE = ['veilig-voelen', 'tevreden-woonomgeving'] as const;
const ENQUETE_JAREN = [2024, 2025] as const;

/** The own areas of the demo (content/gebieden/*.yaml): code `<indeling>/<gebied>` and buurten. */
function readOwnAreas(): { code: string; buurten: string[] }[] {
	const dir = join(CONTENT, 'gebieden');
	let names: string[];
	try {
		names = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
	} catch {
		return [];
	}
	return names.sort().flatMap((name) => {
		const data = readDataFile(join(dir, name)) as { gebieden: { naam: string; slug?: string; buurten: string[] }[] };
		return data.gebieden.map((g) => ({
			code: `${name.slice(0, -5)}/${g.slug ?? slugify(g.naam)}`,
			buurten: g.buurten,
		}));
	});
}

function datasetOf(indicator: Indicator): string {
	if (indicator.soort === 'subjectief') return 'brinkwoudepanel';
	return indicator.bron.startsWith('CBS') ? 'cbs-kerncijfers' : 'gemeentelijke-monitor';
}

function makeRows(gemeente: Gebied, indicators: Indicator[]): Map<string, Rij[]> {
	const eenheden = new Map(indicators.map((i) => [i.id, i.eenheid]));
	const buurtJaren = new Map<string, Map<Jaar, Totalen>>();
	for (const w of gemeente.delen)
		for (const b of w.delen) buurtJaren.set(b.code, buurtTotalen(b.code, w.wijk!, eenheden));
	const totalen = (area: Gebied, jaar: Jaar): Totalen =>
		area.niveau === 'buurt' ? buurtJaren.get(area.code)!.get(jaar)! : optellen(area.delen.map((d) => totalen(d, jaar)));

	const areas: Gebied[] = [gemeente, ...gemeente.delen, ...gemeente.delen.flatMap((w) => w.delen)];
	const files = new Map<string, Rij[]>(Object.keys(DATASETS).map((id) => [id, []]));
	for (const ind of indicators) {
		const rows = files.get(datasetOf(ind))!;
		const panel = ind.soort === 'subjectief';
		if (panel && !PANEL[ind.id])
			throw new Error(`Geen panelvraag voor indicator '${ind.id}'. Voeg die toe aan PANEL in scripts/demo/cijfers.ts.`);
		if (!panel && !OBJECTIEF[ind.id])
			throw new Error(
				`Geen berekening voor indicator '${ind.id}'. Voeg die toe aan OBJECTIEF in scripts/demo/cijfers.ts.`,
			);
		for (const area of areas) {
			// An area-specific indicator: its wijken and their buurten. The gemeente only for counts
			// that are kept for the whole gemeente (new homes); a panel question asked in one wijk has no gemeente figure.
			if (ind.wijken && (area.niveau === 'gemeente' ? panel : !ind.wijken.includes(area.wijk!))) continue;
			for (const jaar of JAREN) {
				const t = totalen(area, jaar);
				if (panel) {
					const n = t[`n:${ind.id}`];
					if (!n) continue; // no panel held here this year: no row
					const waarde = roundTo(t[`som:${ind.id}`]! / n, ind.decimalen);
					const row: Rij = { gebied: area.code, indicator: ind.id, jaar, waarde, n };
					if (PANEL[ind.id]!.marge && n >= (ind.minimumAntwoorden ?? 1)) {
						const marge =
							ind.eenheid === 'cijfer' ? (1.96 * 1.3) / Math.sqrt(n) : 1.96 * Math.sqrt((waarde * (100 - waarde)) / n);
						row.marge = Math.max(0.1, roundTo(marge, 1));
					}
					rows.push(row);
				} else {
					const secret = ONBEKEND.has(`${ind.id}|${area.code}|${jaar}`);
					rows.push({
						gebied: area.code,
						indicator: ind.id,
						jaar,
						waarde: secret ? null : roundTo(OBJECTIEF[ind.id]!(t), ind.decimalen),
					});
				}
			}
		}
	}
	// The bewonersenquête: the panel's answers of the own area's buurten, asked again, published without n.
	const enquete = files.get('bewonersenquete')!;
	for (const own of readOwnAreas()) {
		for (const id of ENQUETE) {
			const ind = indicators.find((i) => i.id === id);
			if (!ind) continue;
			for (const jaar of ENQUETE_JAREN) {
				const t = optellen(own.buurten.map((b) => buurtJaren.get(b)!.get(jaar)!));
				const n = t[`n:${id}`];
				if (!n) continue;
				const spread = ind.eenheid === 'cijfer' ? 0.15 : 2;
				const waarde = t[`som:${id}`]! / n + normal(`enquete|${id}|${own.code}|${jaar}`) * spread;
				enquete.push({ gebied: own.code, indicator: id, jaar, waarde: roundTo(waarde, ind.decimalen) });
			}
		}
	}
	for (const rows of files.values()) rows.sort(compareRows);
	return files;
}

/** Fails when a deliberate gap is gone, so a change to a profile cannot remove it unnoticed. */
function checkGaps(files: Map<string, Rij[]>, gemeente: Gebied, indicators: Indicator[]): void {
	const all = [...files.values()].flat();
	const minimum = new Map(indicators.map((i) => [i.id, i.minimumAntwoorden]));
	const buurten = new Set(gemeente.delen.flatMap((w) => w.delen.map((b) => b.code)));
	const ellerhoek = gemeente.delen.find((w) => w.wijk === 'ellerhoek');
	const fail = (what: string) => {
		throw new Error(
			`De voorbeeldcijfers missen iets dat er met opzet in hoort: ${what}. Pas de profielen in scripts/demo/cijfers.ts aan.`,
		);
	};
	const tooFew = (r: Rij) => r.n !== undefined && r.waarde !== null && r.n < (minimum.get(r.indicator) ?? 0);
	for (const jaar of JAREN) {
		if (!all.some((r) => r.jaar === jaar && buurten.has(r.gebied) && tooFew(r)))
			fail(`een buurt met te weinig panelantwoorden in ${jaar}`);
	}
	if (ellerhoek) {
		const panel2022 = all.filter((r) => r.gebied === ellerhoek.code && r.jaar === 2022 && r.n !== undefined);
		if (!panel2022.length || !panel2022.every(tooFew)) fail('te weinig panelantwoorden in heel Ellerhoek in 2022');
		const codes = new Set([ellerhoek.code, ...ellerhoek.delen.map((b) => b.code)]);
		if (all.some((r) => codes.has(r.gebied) && r.jaar === 2023 && r.n !== undefined))
			fail('geen panel in Ellerhoek in 2023');
		if (!all.some((r) => r.gebied === ellerhoek.code && r.jaar === 2021 && r.n !== undefined && !tooFew(r)))
			fail('een panelcijfer voor Ellerhoek in 2021');
	}
	const kleine = all.filter(
		(r) =>
			r.indicator === 'woninginbraken' && buurten.has(r.gebied) && r.waarde !== null && r.waarde >= 1 && r.waarde <= 4,
	);
	if (kleine.length < 3) fail('buurten met 1 tot 4 woninginbraken');
	if (all.filter((r) => r.waarde === null).length !== ONBEKEND.size) fail('het onbekende cijfer (waarde null)');
}

function format(dataset: Dataset, rows: Rij[]): string {
	const meta = Object.entries(dataset).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
	const row = (r: Rij) =>
		`    { ${Object.entries(r)
			.filter(([, v]) => v !== undefined)
			.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
			.join(', ')} }`;
	return `{\n${meta.join('\n')}\n  "waarden": [\n${rows.map(row).join(',\n')}\n  ]\n}\n`;
}

const gemeente = readAreas();
const indicators = readIndicators();
const files = makeRows(gemeente, indicators);
checkGaps(files, gemeente, indicators);
mkdirSync(OUT, { recursive: true });
for (const [id, rows] of files) {
	if (!rows.length) continue;
	writeFileSync(join(OUT, `${id}.json`), format(DATASETS[id]!, rows));
	console.log(`${relative(process.cwd(), join(OUT, `${id}.json`)) || id}: ${rows.length} rijen`);
}
