/**
 * Static maps and choropleths: the SVG a page gets (links, names, current area, hatching,
 * numbered points, labels that do not collide), the classes of a choropleth, and the
 * checks that tie the geometry file to the content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import { choropleth, classBreaks, classOf } from '#lib/geo/choropleth.ts';
import { type AreaFeature, geoAreas, rewind } from '#lib/geo/features.ts';
import type { GeoTopology } from '#lib/geo/format.ts';
import { mapPoints, wijkMap } from '#lib/geo/maps.ts';
import { renderAreaMap } from '#lib/geo/svg/area-map.ts';
import { portalAreas } from '#lib/wijkkompas/areas.ts';
import { createKompas } from '#lib/wijkkompas/kompas.ts';
import { indexValues } from '#lib/wijkkompas/value-index.ts';
import type { Indicatoren } from '#schemas/indicatoren.ts';
import { WIJKKOMPAS_STANDAARD } from '#schemas/portaal.ts';
import type { Wijk } from '#schemas/wijk.ts';
import { FIXTURES, REPO } from '#tests/support/fixtures.ts';

const minimal = geoAreas(
	JSON.parse(readFileSync(join(FIXTURES, 'geo-minimal', 'gebieden.topojson'), 'utf8')) as GeoTopology,
);
const noord = {
	id: 'noord',
	data: {
		naam: 'Noord',
		code: 'WK999601',
		soort: 'wijk',
		buurten: [
			{ naam: 'Oude Haven', code: 'BU99960101' },
			{ naam: 'Kerkbuurt', code: 'BU99960102' },
		],
	} as Wijk,
};

/** Every <a> in an SVG string with its attributes. */
function links(svg: string) {
	return [...svg.matchAll(/<a ([^>]*)>/g)].map((m) =>
		Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a): [string, string] => [a[1]!, a[2]!])),
	);
}

describe('static area map', () => {
	it('makes every buurt a link with its name, marks the current one and numbers the points', () => {
		const svg = renderAreaMap(
			wijkMap(minimal, noord, {
				currentBuurt: 'BU99960102',
				points: [
					{
						n: 1,
						lat: 52.005,
						lon: 5.005,
						name: 'Nieuwe speeltuin (wijkagenda)',
						href: '/wijken/noord/agenda/speeltuin/',
						soort: 'agenda',
					},
				],
			}),
		);
		expect(svg).toMatch(
			/^<svg [^>]*role="group" aria-label="Kaart van de wijk Noord met de buurten en genummerde plekken\./,
		);
		expect(links(svg)).toEqual([
			{ href: '/wijken/noord/buurten/oude-haven/', class: 'kaart-gebied', 'aria-label': 'Oude Haven' },
			{
				href: '/wijken/noord/buurten/kerkbuurt/',
				class: 'kaart-gebied kaart-huidig',
				'aria-label': 'Kerkbuurt (deze buurt)',
				'aria-current': 'page',
			},
			{
				href: '/wijken/noord/agenda/speeltuin/',
				class: 'kaart-punt kaart-punt-agenda',
				'aria-label': '1. Nieuwe speeltuin (wijkagenda)',
			},
		]);
		expect(svg).not.toMatch(/style=/);
		// The point lies in the western half of the map (Oude Haven), where its coordinates are.
		const cx = Number(/<circle cx="([\d.]+)"/.exec(svg)![1]);
		expect(cx).toBeLessThan(480 / 2);
	});

	it('hatches areas whose figure is not shown and escapes names', () => {
		const svg = renderAreaMap({
			id: 'k',
			label: 'Test & <meer>',
			areas: [
				{ feature: minimal.byCode.get('BU99960101')!, naam: 'A & B', klasse: 3 },
				{ feature: minimal.byCode.get('BU99960102')!, naam: 'C', nietGetoond: true },
			],
		});
		expect(svg).toContain('aria-label="Test &amp; &lt;meer&gt;"');
		expect(svg).toContain('<pattern id="k-arcering"');
		expect(svg).toMatch(/<g class="kaart-gebied kaart-klasse-3" role="img" aria-label="A &amp; B">/);
		expect(svg).toMatch(
			/<g class="kaart-gebied kaart-niet-getoond" role="img" aria-label="C"><path d="[^"]+" fill="url\(#k-arcering\)"\/>/,
		);
	});

	it('rewinds polygons drawn the other way round, so they do not cover the globe', () => {
		const f = minimal.byCode.get('BU99960101')!;
		const reversed = {
			...f,
			geometry: { type: 'Polygon', coordinates: [[...(f.geometry.coordinates[0] as number[][])].reverse()] },
		} as AreaFeature;
		const svg = renderAreaMap({ id: 'r', label: 'r', areas: [{ feature: rewind(reversed), naam: 'Oude Haven' }] });
		const d = /<path d="([^"]+)"/.exec(svg)![1]!;
		const xs = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThanOrEqual(480);
	});

	it('draws an area that a coarse file reduced to a single point, in the middle of the map', () => {
		const point = {
			type: 'Feature',
			id: 'BU99960103',
			properties: { naam: 'Punt' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[5.01, 52.01],
						[5.01, 52.01],
						[5.01, 52.01],
						[5.01, 52.01],
					],
				],
			},
		} as AreaFeature;
		const svg = renderAreaMap({ id: 'p', label: 'p', areas: [{ feature: point, naam: 'Punt' }] });
		expect(svg).not.toMatch(/NaN|Infinity/);
		expect(svg).toMatch(/viewBox="0 0 480 \d+"/);
		expect(/<path d="M([\d.]+),([\d.]+)/.exec(svg)?.slice(1).map(Number)).toEqual([240, 336]);
	});

	it('draws a line-shaped area (no height) with a finite map height', () => {
		const line = {
			type: 'Feature',
			id: 'BU99960104',
			properties: { naam: 'Dijk' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[5.0, 52.0],
						[5.02, 52.0],
						[5.0, 52.0],
					],
				],
			},
		} as AreaFeature;
		const svg = renderAreaMap({ id: 'l', label: 'l', areas: [{ feature: line, naam: 'Dijk' }] });
		expect(svg).not.toMatch(/NaN|Infinity/);
	});

	it('shows the outline of a gemeente without wijken instead of failing', () => {
		const gemeente = minimal.byCode.get('WK999601')!;
		const svg = renderAreaMap({ id: 'g', label: 'Gemeente zonder wijken', areas: [], outline: gemeente });
		const d = /<path class="kaart-grens" d="([^"]+)"/.exec(svg)![1]!;
		expect(d).not.toMatch(/NaN|Infinity/);
		const xs = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
		// Fitted to the outline: it fills the map (within its padding).
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(8);
		expect(Math.max(...xs)).toBeLessThanOrEqual(472);
		expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
	});
});

const SHARED = join(REPO, '..', 'shared', 'data', 'cbs-gebieden-2014', 'buurt_2014.topojson');
describe.skipIf(!existsSync(SHARED))('labels on a real city (CBS buurten of Utrecht; needs ../shared/data)', () => {
	it('places labels inside the map without any two overlapping', () => {
		const topo = JSON.parse(readFileSync(SHARED, 'utf8')) as Topology;
		const all = feature(topo, topo.objects.layer as never) as unknown as { features: AreaFeature[] };
		const utrecht = all.features
			.filter((f) => String((f.properties as unknown as { statcode: string }).statcode).startsWith('BU0344'))
			.map((f) => rewind({ ...f, properties: { naam: (f.properties as unknown as { statnaam: string }).statnaam } }));
		expect(utrecht.length).toBeGreaterThan(90);
		const svg = renderAreaMap({
			id: 'u',
			label: 'Utrecht',
			areas: utrecht.map((f) => ({ feature: f, naam: f.properties.naam, href: '/x/' })),
		});
		const [, , width, height] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);
		const boxes = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" dy="0.35em">([^<]+)<\/text>/g)].map((m) => {
			const x = Number(m[1]);
			const y = Number(m[2]);
			const w = m[3]!.length * 12 * 0.58;
			return { x0: x - w / 2, x1: x + w / 2, y0: y - 7.5, y1: y + 7.5 };
		});
		expect(boxes.length).toBeGreaterThanOrEqual(5); // some labels fit
		expect(boxes.length).toBeLessThan(utrecht.length); // and some are left out rather than overlap
		for (const b of boxes) {
			expect(b.x0).toBeGreaterThanOrEqual(0);
			expect(b.x1).toBeLessThanOrEqual(width!);
			expect(b.y1).toBeLessThanOrEqual(height!);
		}
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i]!;
				const b = boxes[j]!;
				expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `labels ${i} and ${j} overlap`).toBe(false);
			}
		}
	});
});

describe('choropleth classes', () => {
	it('splits shown values into at most five classes of about equal size, on the rounded figures', () => {
		const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		const breaks = classBreaks(values, 0);
		expect(breaks).toHaveLength(4);
		const classes = values.map((v) => classOf(v, breaks, 0));
		expect(classes).toEqual([...classes].sort((a, b) => a - b));
		expect(new Set(classes).size).toBe(5);
		expect(classes.filter((c) => c === 1)).toHaveLength(2);
		// Equal rounded figures share a class.
		expect(classOf(4.96, classBreaks([4.96, 5.04, 1, 9], 1), 1)).toBe(
			classOf(5.04, classBreaks([4.96, 5.04, 1, 9], 1), 1),
		);
		expect(classBreaks([3, 3, 3], 0)).toEqual([]);
		expect(classBreaks([1, 2], 0)).toEqual([2]);
	});

	it('uses one year for all areas, never colours a suppressed or missing figure, and names each class', () => {
		const gemeenten = [
			{ naam: 'Teststad', code: 'GM9996', stadsdelen: [], themas: [], themaUitleg: {}, nulmeting: 2021 },
		];
		const wijken = [
			{
				id: 'a',
				data: {
					naam: 'Aa',
					code: 'WK999601',
					soort: 'wijk',
					buurten: [{ naam: 'A1', code: 'BU99960101' }],
					contacten: [],
				} as unknown as Wijk,
			},
			{
				id: 'b',
				data: {
					naam: 'Bee',
					code: 'WK999602',
					soort: 'wijk',
					buurten: [{ naam: 'B1', code: 'BU99960201' }],
					contacten: [],
				} as unknown as Wijk,
			},
			{
				id: 'c',
				data: {
					naam: 'Cee',
					code: 'WK999603',
					soort: 'wijk',
					buurten: [{ naam: 'C1', code: 'BU99960301' }],
					contacten: [],
				} as unknown as Wijk,
			},
			{
				id: 'd',
				data: {
					naam: 'Dee',
					code: 'WK999604',
					soort: 'wijk',
					buurten: [{ naam: 'D1', code: 'BU99960401' }],
					contacten: [],
				} as unknown as Wijk,
			},
		];
		const definitions: Indicatoren = {
			themas: [{ naam: 'Samen' }],
			indicatoren: [
				{
					id: 'tevreden',
					naam: 'Tevreden',
					omschrijving: 'x',
					eenheid: 'procent',
					decimalen: 1,
					thema: 'Samen',
					richting: 'hoger is beter',
					soort: 'subjectief',
					minimumAntwoorden: 30,
					bron: 'T',
					licentie: 'CC0',
				},
			],
		};
		const rows = [
			{ gebied: 'WK999601', jaar: 2024, waarde: 61.2, n: 80 },
			{ gebied: 'WK999602', jaar: 2024, waarde: 70.04, n: 12 }, // too few answers
			{ gebied: 'WK999603', jaar: 2024, waarde: 55.5, n: 90 },
			{ gebied: 'WK999601', jaar: 2023, waarde: 50, n: 80 },
			{ gebied: 'WK999604', jaar: 2023, waarde: 99, n: 80 }, // only an older year: no figure in 2024
		].map((r) => ({ ...r, indicator: 'tevreden' }));
		const kompas = createKompas({
			areas: portalAreas({ gemeenten }, wijken),
			definitions,
			gemeenten,
			values: indexValues([
				{
					id: 'panel',
					dataset: { naam: 'P', bron: 'P', licentie: 'CC0', bijgewerkt: '2026-01-01', waarden: rows },
				},
			]),
			settings: WIJKKOMPAS_STANDAARD,
			files: [],
		});
		const c = choropleth(kompas, definitions.indicatoren[0]!, kompas.input.areas.children.get('GM9996')!, 'GM9996');
		expect(c.jaar).toBe(2024);
		expect(c.entries.map((e) => [e.area.naam, e.klasse, e.tekst])).toEqual([
			['Aa', 2, '61,2%'],
			['Bee', undefined, 'te weinig antwoorden'],
			['Cee', 1, '55,5%'],
			['Dee', undefined, 'geen cijfer'],
		]);
		expect(c.legend).toEqual([
			{ klasse: 1, label: '55,5% tot 58,4%' },
			{ klasse: 2, label: '58,4% tot en met 61,2%' },
		]);
	});
});

describe('map points', () => {
	it('numbers located agenda items (not cancelled ones) and upcoming activities', () => {
		const agenda = [
			{ id: 'noord/b', data: { titel: 'Bankjes', status: 'gepland', locatie: { lat: 52.005, lon: 5.005 } } },
			{ id: 'noord/a', data: { titel: 'Afval', status: 'geschrapt', locatie: { lat: 52.005, lon: 5.005 } } },
			{ id: 'noord/c', data: { titel: 'Zonder plek', status: 'idee' } },
		] as never;
		const activiteiten = [
			{
				id: 'noord/v',
				data: {
					titel: 'Vergadering',
					start: '2027-03-01T19:30',
					eind: '2027-03-01T21:30',
					plaats: { naam: 'Buurthuis', adres: 'x', locatie: { lat: 52.006, lon: 5.015 } },
				},
			},
			{
				id: 'noord/o',
				data: {
					titel: 'Oud',
					start: '2020-03-01T19:30',
					eind: '2020-03-01T21:30',
					plaats: { naam: 'Buurthuis', adres: 'x', locatie: { lat: 52.006, lon: 5.015 } },
				},
			},
		] as never;
		const points = mapPoints(agenda, activiteiten, new Date('2026-11-23T12:00:00Z'), (id) => id.split('/')[0]!);
		expect(points.map((p) => [p.n, p.titel, p.soort, p.href, p.uitleg])).toEqual([
			[1, 'Bankjes', 'agenda', '/wijken/noord/agenda/b/', 'Wijkagenda: gepland'],
			[
				2,
				'Vergadering',
				'activiteit',
				'/wijken/noord/activiteiten/v/',
				'Activiteit op maandag 1 maart 2027, Buurthuis',
			],
		]);
	});
});
