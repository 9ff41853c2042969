/**
 * The benchmark's typical gemeente: one real CBS gemeente of about 10 wijken and 100 buurten
 * (boundaries from the CBS files, figures as in the national portal), with what a portal that
 * is in use holds besides: about 300 agenda items, 100 activities, news, initiatives, stories
 * (so the verhalenboeken get their PDFs) and sociale-kaart entries. Every file follows the
 * schemas, and the build checks it as it checks any portal; the texts are plain and repeat.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { geoBounds, geoContains } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { GEO_FILE, GEO_FOLDER } from '#lib/geo/format.ts';

import {
	type BenchGemeente,
	type BenchWijk,
	generateNationalContent,
	nationalAreas,
	type NationalContentStats,
} from './national-content.ts';
import { randomFor } from './random.ts';

/** What the typical gemeente aims at. */
export const TYPISCH = { wijken: 10, buurten: 100, agenda: 300, activiteiten: 100 } as const;
const NIEUWS = 12;
const INITIATIEVEN = 30;
const VERHALEN_PER_WIJK = 2;
const ORGANISATIES_PER_WIJK = 8;

export interface GemeenteContentStats extends NationalContentStats {
	code: string;
	naam: string;
	agenda: number;
	activiteiten: number;
	nieuws: number;
	initiatieven: number;
	verhalen: number;
	organisaties: number;
}

/** The named gemeente closest to 10 wijken and 100 buurten (ties: the lowest code). */
export function typicalGemeente(dataDir: string): BenchGemeente {
	const areas = nationalAreas(dataDir, 1);
	const unnamed = new Set(areas.gemeentenZonderNaam);
	const distance = (g: BenchGemeente) =>
		Math.abs(g.wijken.length - TYPISCH.wijken) / TYPISCH.wijken +
		Math.abs(g.wijken.reduce((n, w) => n + w.buurten.length, 0) - TYPISCH.buurten) / TYPISCH.buurten;
	const candidates = areas.gemeenten.filter((g) => !unnamed.has(g.code) && g.wijken.length > 0);
	return candidates.reduce((best, g) => (distance(g) < distance(best) ? g : best));
}

export function generateGemeenteContent(options: { dataDir: string; contentDir: string }): GemeenteContentStats {
	const started = performance.now();
	const gemeente = typicalGemeente(options.dataDir);
	const base = generateNationalContent({
		dataDir: options.dataDir,
		contentDir: options.contentDir,
		gemeenten: [gemeente.code],
		naam: `Wijkportaal ${gemeente.naam} (prestatietest)`,
	});
	const root = options.contentDir;
	const where = centroids(root);
	const wijken = gemeente.wijken;
	const counts = { agenda: 0, activiteiten: 0, nieuws: 0, initiatieven: 0, verhalen: 0, organisaties: 0 };

	// Agenda items and activities, spread evenly over the wijken (the national generator
	// already wrote one of each in the first wijk).
	for (let i = 0; i < TYPISCH.agenda - 1; i++) {
		const wijk = wijken[i % wijken.length]!;
		write(join(root, 'wijken', wijk.slug, 'agenda', `punt-${i + 1}.md`), agendaItem(wijk, i, where));
		counts.agenda++;
	}
	for (let i = 0; i < TYPISCH.activiteiten - 1; i++) {
		const wijk = wijken[i % wijken.length]!;
		write(join(root, 'wijken', wijk.slug, 'activiteiten', `activiteit-${i + 1}.md`), activity(wijk, i, where));
		counts.activiteiten++;
	}
	wijken.forEach((wijk, w) => {
		for (let i = 0; i < ORGANISATIES_PER_WIJK; i++) {
			write(
				join(root, 'wijken', wijk.slug, 'sociale-kaart', `organisatie-${i + 1}.md`),
				organisation(wijk, w, i, where),
			);
			counts.organisaties++;
		}
		for (let i = 0; i < VERHALEN_PER_WIJK; i++) {
			write(join(root, 'verhalen', `verhaal-${wijk.slug}-${i + 1}.md`), story(wijk, i));
			counts.verhalen++;
		}
	});
	for (let i = 0; i < INITIATIEVEN; i++) {
		const wijk = wijken[i % wijken.length]!;
		write(join(root, 'initiatieven', `initiatief-${i + 1}.md`), initiative(wijk, i, where));
		counts.initiatieven++;
	}
	for (let i = 0; i < NIEUWS - 1; i++) {
		write(join(root, 'nieuws', `bericht-${i + 1}.md`), news(gemeente, i));
		counts.nieuws++;
	}
	return {
		...base,
		code: gemeente.code,
		naam: gemeente.naam,
		agenda: counts.agenda + 1,
		activiteiten: counts.activiteiten + 1,
		nieuws: counts.nieuws + 1,
		initiatieven: counts.initiatieven,
		verhalen: counts.verhalen,
		organisaties: counts.organisaties,
		seconden: (performance.now() - started) / 1000,
	};
}

function write(path: string, text: string): void {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
}

type Centroids = Map<string, Feature<Polygon | MultiPolygon>>;

/** The boundary of every area, so items land on the map inside their own buurt. */
function centroids(root: string): Centroids {
	const topo = JSON.parse(readFileSync(join(root, GEO_FOLDER, GEO_FILE), 'utf8')) as Topology;
	const out: Centroids = new Map();
	for (const name of ['buurten', 'wijken', 'gemeenten'] as const) {
		const layer = topo.objects[name] as GeometryCollection | undefined;
		if (!layer) continue;
		for (const g of layer.geometries) {
			out.set(String(g.id), feature(topo, g) as Feature<Polygon | MultiPolygon>);
		}
	}
	return out;
}

const q = (s: string) => JSON.stringify(s);
const pad = (n: number) => String(n).padStart(2, '0');

/** A buurt of the wijk, chosen by number, with its location when the boundaries know it. */
function buurtOf(wijk: BenchWijk, i: number, where: Centroids) {
	const buurt = wijk.buurten[i % wijk.buurten.length]!;
	const area = where.get(buurt.code);
	// Also inside the wijk and the gemeente: their boundaries come from other CBS files.
	const around = [where.get(wijk.code), where.get(`GM${wijk.code.slice(2, 6)}`)].filter((f) => f !== undefined);
	// A random spot inside the buurt (the check refuses a location outside it); none if the
	// boundary is too small to hit.
	let locatie: string | undefined;
	if (area) {
		const r = randomFor(`${buurt.code}|${i}`);
		const [[west, south], [east, north]] = geoBounds(area);
		for (let tries = 0; tries < 50 && !locatie; tries++) {
			const lon = Number((west + r() * (east - west)).toFixed(5));
			const lat = Number((south + r() * (north - south)).toFixed(5));
			if ([area, ...around].every((f) => geoContains(f, [lon, lat]))) locatie = `${lat}, ${lon}`;
		}
	}
	return { buurt, locatie };
}

const THEMAS = ['basis op orde', 'sociaal leefbaar', 'vertrouwen'];
const STATUSSEN = ['idee', 'gepland', 'in uitvoering', 'gerealiseerd'];
const ONDERWERPEN = [
	['Losliggende stoeptegels', 'Op verschillende plekken liggen stoeptegels los. Bewoners struikelen erover.'],
	[
		'Meer groen op het plein',
		'Bewoners willen meer bomen en planten op het plein, zodat het er koeler is in de zomer.',
	],
	['Te hard rijden', 'Auto’s rijden te hard door de straat. Ouders maken zich zorgen over de kinderen.'],
	['Een plek voor jongeren', 'Jongeren hebben geen plek om samen te zijn. Zij willen een overdekte hangplek.'],
	['Zwerfafval bij de winkels', 'Rond de winkels ligt vaak afval. Bewoners willen meer afvalbakken.'],
	['Ontmoeten in de buurt', 'Veel bewoners kennen hun buren niet. Zij willen een vaste plek om elkaar te ontmoeten.'],
];

function agendaItem(wijk: BenchWijk, i: number, where: Centroids): string {
	const [titel, tekst] = ONDERWERPEN[i % ONDERWERPEN.length] as [string, string];
	const status = STATUSSEN[i % STATUSSEN.length]!;
	const { buurt, locatie } = buurtOf(wijk, i, where);
	const maand = pad((i % 12) + 1);
	const lines = [
		'---',
		`titel: ${q(`${titel} (${buurt.naam}, punt ${i + 1})`)}`,
		`samenvatting: ${q(tekst)}`,
		`status: ${status}`,
		'probleemeigenaar:',
		`  - ${q(`Wijkplatform ${wijk.naam}`)}`,
		`thema: ${THEMAS[i % THEMAS.length]}`,
		`buurt: ${buurt.code}`,
	];
	if (locatie) lines.push(`locatie: ${q(locatie)}`);
	if (status !== 'gerealiseerd')
		lines.push('volgendeStap:', '  wat: De gemeente voert het plan uit.', `  wanneer: ${q('na de zomer')}`);
	lines.push(`toegevoegd: 2025-${maand}-0${(i % 9) + 1}`, `gewijzigd: 2026-${maand}-1${i % 9}`);
	if (status === 'gerealiseerd') lines.push(`gerealiseerd: 2026-${maand}-1${i % 9}`);
	lines.push('---', `${tekst} Het wijkplatform heeft dit punt op de agenda gezet en houdt u op de hoogte.`, '');
	return lines.join('\n');
}

const SOORTEN = ['bijeenkomst', 'spreekuur', 'wijkplatform', 'wijkschouw'];

function activity(wijk: BenchWijk, i: number, where: Centroids): string {
	const { buurt, locatie } = buurtOf(wijk, i, where);
	// Spread over a year around the build time of the tests (2026-11-20), past and coming.
	const day = new Date(Date.UTC(2026, 4, 1) + i * 4 * 86_400_000);
	const datum = day.toISOString().slice(0, 10);
	const lines = [
		'---',
		`titel: ${q(`Buurtbijeenkomst ${i + 1} in ${buurt.naam}`)}`,
		`soort: ${SOORTEN[i % SOORTEN.length]}`,
		`start: ${datum} 19:30`,
		`eind: ${datum} 21:00`,
		'plaats:',
		`  naam: ${q(`Buurthuis ${buurt.naam}`)}`,
		`  adres: ${q(`Dorpsstraat ${i + 1}, ${buurt.naam}`)}`,
	];
	if (locatie) lines.push(`  locatie: ${q(locatie)}`);
	lines.push(
		`organisator: ${q(`Wijkplatform ${wijk.naam}`)}`,
		`buurt: ${buurt.code}`,
		'---',
		'Iedereen uit de buurt is welkom. Wij praten over wat er speelt en wat u graag anders ziet. De koffie staat klaar.',
		'',
	);
	return lines.join('\n');
}

const CATEGORIEEN = ['welzijn en zorg', 'bewonersorganisaties', 'sport', 'onderwijs', 'kinderopvang', 'cultuur'];

function organisation(wijk: BenchWijk, w: number, i: number, where: Centroids): string {
	const { buurt, locatie } = buurtOf(wijk, i, where);
	const lines = [
		'---',
		`naam: ${q(`Buurtorganisatie ${i + 1} ${wijk.naam}`)}`,
		`categorie: ${CATEGORIEEN[i % CATEGORIEEN.length]}`,
		'aanbod: Hulp en activiteiten voor bewoners van de buurt, gratis en zonder verwijzing.',
		'voorWie: Alle bewoners van de wijk',
		'contact:',
		`  email: organisatie-${w + 1}-${i + 1}@prestatietest.example`,
		`adres: ${q(`Dorpsstraat ${i + 10}, ${buurt.naam}`)}`,
	];
	if (locatie) lines.push(`locatie: ${q(locatie)}`);
	lines.push(
		`buurt: ${buurt.code}`,
		'gecontroleerd: 2026-06-01',
		'---',
		'U kunt zonder afspraak langskomen. Wij helpen u zelf of zoeken samen met u de juiste hulp.',
		'',
	);
	return lines.join('\n');
}

function initiative(wijk: BenchWijk, i: number, where: Centroids): string {
	const { buurt, locatie } = buurtOf(wijk, i, where);
	const lines = [
		'---',
		`titel: ${q(`Bewonersidee ${i + 1} voor ${buurt.naam}`)}`,
		'samenvatting: Bewoners willen samen de buurt mooier maken, met hulp uit het wijkbudget.',
		`wijk: ${wijk.slug}`,
		`buurt: ${buurt.code}`,
		'stap: idee opgehaald',
		`bijdrage: [${['verbinding', 'leefbaarheid', 'onderlinge hulp'][i % 3]}]`,
		'datums:',
		`  idee opgehaald: 2026-0${(i % 9) + 1}-15`,
	];
	if (locatie) lines.push(`locatie: ${q(locatie)}`);
	lines.push('---', 'Een groep bewoners heeft een idee voor de buurt. Het wijkplatform bekijkt het samen met hen.', '');
	return lines.join('\n');
}

function story(wijk: BenchWijk, i: number): string {
	const buurt = wijk.buurten[i % wijk.buurten.length]!;
	return [
		'---',
		`titel: ${q(`Wonen in ${buurt.naam} (${i + 1})`)}`,
		`wijk: ${wijk.slug}`,
		`buurt: ${buurt.code}`,
		'thema: samenleven',
		`verteller: ${q(`Een bewoner van ${buurt.naam}`)}`,
		'verteld: 2026-05-16',
		'toestemming:',
		'  datum: 2026-05-16',
		'  publiceren: naam',
		'---',
		`Ik woon al twintig jaar in ${buurt.naam}. In die tijd is er veel veranderd. Er kwamen nieuwe huizen en nieuwe mensen.`,
		'',
		'Wat ik fijn vind, is dat de buren elkaar nog groeten. Als er iets is, staan wij voor elkaar klaar.',
		'',
	].join('\n');
}

function news(gemeente: BenchGemeente, i: number): string {
	return [
		'---',
		`titel: ${q(`Nieuws uit ${gemeente.naam}, bericht ${i + 1}`)}`,
		`datum: 2026-${pad((i % 12) + 1)}-10`,
		`samenvatting: ${q(`Wat er deze maand speelt in de wijken van ${gemeente.naam}.`)}`,
		'---',
		`In de wijken van ${gemeente.naam} gebeurt veel. Op de wijkagenda staan nieuwe punten, en er zijn weer bijeenkomsten in de buurthuizen.`,
		'',
	].join('\n');
}
