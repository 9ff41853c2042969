/**
 * The municipality's own areas (eigen gebieden): the definition's rules, the failing golden
 * fixtures (tests/fixtures/broken/eigen-gebieden-*), the areas and their gemeente, figures
 * published without a number of answers, and the dissolved boundaries.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { geoArea } from 'd3';
import { afterAll, describe, expect, it } from 'vitest';

import { loadContent } from '#lib/content/load.ts';
import type { Loaded } from '#lib/content/portal-content.ts';
import type { RuleContext } from '#lib/content/rules/context.ts';
import { checkEigenGebieden } from '#lib/content/rules/eigen-gebieden.ts';
import { dissolvedArea, indelingMap } from '#lib/geo/dissolve.ts';
import { geoAreas } from '#lib/geo/features.ts';
import type { GeoTopology } from '#lib/geo/format.ts';
import { ownAreaLabel, ownAreaName, ownAreasOver, portalAreas } from '#lib/wijkkompas/areas.ts';
import { createKompas } from '#lib/wijkkompas/kompas.ts';
import { measure } from '#lib/wijkkompas/measurement.ts';
import { indexValues } from '#lib/wijkkompas/value-index.ts';
import { type EigenGebieden, eigenGebiedenSchema } from '#schemas/eigen-gebieden.ts';
import type { Indicator, Indicatoren } from '#schemas/indicatoren.ts';
import { WIJKKOMPAS_STANDAARD } from '#schemas/portaal.ts';
import type { Dataset } from '#schemas/waarden.ts';
import type { Wijk } from '#schemas/wijk.ts';
import { FIXTURES, layOut, REPO, TMP } from '#tests/support/fixtures.ts';

const messages = (input: unknown) => {
	const result = eigenGebiedenSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('an indeling (content/gebieden/<indeling>.yaml)', () => {
	it('accepts CBS codes with letters, an own slug and a partial indeling', () => {
		expect(
			messages({
				naam: 'Gebieden',
				soort: 'Gebied',
				gebieden: [
					{ naam: 'Centrum-West', slug: 'west', buurten: ['BU0363AF01', 'BU0363AF02'] },
					{ naam: 'Centrum-Oost', buurten: ['BU03630001'] },
				],
			}),
		).toEqual([]);
	});

	it('names both places of a buurt that is in two gebieden', () => {
		expect(
			messages({
				naam: 'Subwijken',
				gebieden: [
					{ naam: 'Noord', buurten: ['BU03440101'] },
					{ naam: 'Zuid', buurten: ['BU03440102', 'BU03440101'] },
				],
			}),
		).toEqual([
			"gebieden.1.buurten.1: de buurt BU03440101 hoort al bij 'Noord' (gebied 1). Een buurt hoort bij hoogstens één gebied van een indeling. Haal hem bij een van de twee weg.",
		]);
	});

	it('refuses a buurt twice in one gebied, the same name (any case), the same web address and an empty gebied', () => {
		const found = messages({
			naam: 'Subwijken',
			gebieden: [
				{ naam: 'Noord', buurten: ['BU03440101', 'BU03440101'] },
				{ naam: 'noord', buurten: ['BU03440102'] },
				{ naam: 'Zuid', slug: 'west', buurten: ['BU03440103'] },
				{ naam: 'West', buurten: ['BU03440104'] },
				{ naam: 'Oost', buurten: [] },
			],
		});
		expect(found.sort()).toEqual([
			"gebieden.0.buurten.1: de buurt BU03440101 staat twee keer in 'Noord'. Haal er een weg.",
			"gebieden.1.naam: de naam 'noord' staat er twee keer in (ook bij gebied 1). Geef elk gebied een eigen naam.",
			'gebieden.3.naam: dit gebied krijgt hetzelfde webadres (west) als gebied 3. Vul bij een van de twee een ander webadres (slug) in.',
			'gebieden.4.buurten: dit gebied heeft geen buurten. Zet de CBS-codes van de buurten erin waaruit het gebied bestaat, of haal het gebied weg.',
		]);
	});

	it('refuses a malformed buurt code with the code forms', () => {
		expect(messages({ naam: 'S', gebieden: [{ naam: 'A', buurten: ['WK034401', 'BU0344011'] }] })).toEqual([
			"gebieden.0.buurten.0: 'WK034401' is geen geldige CBS-buurtcode. Schrijf BU en 8 cijfers of hoofdletters (de eerste 4 zijn de gemeente), bijvoorbeeld BU03440111 of BU0363AF01. Kijk in wijk.md welke code de buurt heeft.",
			"gebieden.0.buurten.1: 'BU0344011' is geen geldige CBS-buurtcode. Schrijf BU en 8 cijfers of hoofdletters (de eerste 4 zijn de gemeente), bijvoorbeeld BU03440111 of BU0363AF01. Kijk in wijk.md welke code de buurt heeft.",
		]);
	});
});

describe('the failing own-area fixtures', () => {
	const BROKEN = join(FIXTURES, 'broken');
	const cases = readdirSync(BROKEN).filter((n) => n.startsWith('eigen-gebieden-'));
	const root = join(TMP, 'eigen-gebieden-unit');
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('has the five required cases and one for a survey figure without n', () => {
		expect(cases.sort()).toEqual([
			'eigen-gebieden-dubbele-buurt',
			'eigen-gebieden-dubbele-naam',
			'eigen-gebieden-enquete-zonder-n',
			'eigen-gebieden-lege-lijst',
			'eigen-gebieden-onbekende-buurt',
			'eigen-gebieden-ongeldige-code',
		]);
	});

	it.each(cases)('%s: loadContent reports exactly the expected Dutch message', (name) => {
		const dir = join(root, name);
		layOut(join(BROKEN, name), dir);
		const expected = readFileSync(join(BROKEN, name, 'verwacht.txt'), 'utf8')
			.trim()
			.split('\n');
		const { problems } = loadContent(join(dir, 'content'));
		// The file is shown relative to the working directory; the rest of each line is exact.
		const shown = problems.map(
			(p) =>
				`${p.file.slice(p.file.indexOf('content/'))}${p.line ? `, regel ${p.line}` : ''}${p.field ? `, veld ${p.field}` : ''}: ${p.message}`,
		);
		expect(shown).toEqual(expected);
	});
});

const wijk = (id: string, code: string, buurten: [string, string][]): { id: string; data: Wijk } => ({
	id,
	data: { naam: id, code, soort: 'wijk', buurten: buurten.map(([naam, c]) => ({ naam, code: c })), contacten: [] },
});
const wijken = [
	wijk('oost', 'WK999901', [
		['Akker', 'BU99990101'],
		['Beemd', 'BU99990102'],
	]),
	wijk('west', 'WK999902', [['Dijk', 'BU99990201']]),
];
const gemeenten = [{ naam: 'Test', code: 'GM9999', stadsdelen: [], themas: [], themaUitleg: {}, nulmeting: 2021 }];
const subwijken: EigenGebieden = {
	naam: 'Subwijken',
	soort: 'Subwijk',
	gebieden: [
		{ naam: 'Akker-Dijk', buurten: ['BU99990101', 'BU99990201'] },
		{ naam: 'Beemd', slug: 'b', buurten: ['BU99990102'] },
	],
};
const areas = portalAreas({ gemeenten }, wijken, [{ id: 'subwijken', data: subwijken }]);

describe('own areas among the portal areas', () => {
	it('adds each own area to byCode with its gemeente, indeling and buurten, not to the CBS tree', () => {
		expect(areas.byCode.get('subwijken/akker-dijk')).toEqual({
			code: 'subwijken/akker-dijk',
			naam: 'Akker-Dijk',
			level: 'eigen',
			gemeente: 'GM9999',
			indeling: 'subwijken',
			buurten: ['BU99990101', 'BU99990201'],
			soort: 'Subwijk',
		});
		expect(areas.byCode.get('subwijken/b')?.naam).toBe('Beemd');
		const children = [...areas.children.values()].flat();
		expect(children.some((a) => a.level === 'eigen')).toBe(false);
		expect(children).toHaveLength(5);
	});

	it('labels an own area with what it really is, and finds the own areas over a wijk or buurt', () => {
		const own = areas.byCode.get('subwijken/akker-dijk')!;
		expect(ownAreaName(own)).toBe('Subwijk Akker-Dijk');
		expect(ownAreaLabel(own, areas)).toBe('Subwijk Akker-Dijk (buurten Akker en Dijk)');
		expect(ownAreaLabel(areas.byCode.get('subwijken/b')!, areas)).toBe('Subwijk Beemd (buurt Beemd)');
		expect(ownAreasOver(areas, 'WK999901').map((a) => a.code)).toEqual(['subwijken/akker-dijk', 'subwijken/b']);
		expect(ownAreasOver(areas, 'BU99990201').map((a) => a.code)).toEqual(['subwijken/akker-dijk']);
		expect(ownAreasOver(portalAreas({ gemeenten }, wijken), 'WK999901')).toEqual([]);
	});
});

describe('the cross-file rules of an indeling', () => {
	const loadedWijk = (id: string, code: string, buurten: [string, string][]) => ({
		file: {} as Loaded<Wijk>['file'],
		data: wijk(id, code, buurten).data,
	});
	const context = (
		wijkList: ReturnType<typeof loadedWijk>[],
		folders = wijkList.map((w) => w.data.naam),
	): RuleContext => ({
		gemeenten: [],
		wijkFolders: folders,
		wijkBySlug: new Map(wijkList.map((w) => [w.data.naam, w])),
	});
	const run = (data: EigenGebieden, ctx: RuleContext) => {
		const found: string[] = [];
		const file = {
			file: { shownPath: 'content/gebieden/subwijken.yaml' },
			lineOf: () => 3,
		} as unknown as Loaded<EigenGebieden>['file'];
		checkEigenGebieden([{ file, data }], ctx, (_, path, message) => found.push(`${path.join('.')}: ${message}`));
		return found;
	};
	const amsterdam = loadedWijk('Centrum', 'WK0363AF', [
		['Burgwallen-Oude Zijde', 'BU0363AF01'],
		['Burgwallen-Nieuwe Zijde', 'BU0363AF02'],
	]);
	const diemen = loadedWijk('Diemen', 'WK038401', [['Centrum', 'BU03840101']]);

	it('accepts buurten with letters that exist, and suggests the closest code for one that does not', () => {
		expect(
			run({ naam: 'G', gebieden: [{ naam: 'A', buurten: ['BU0363AF01', 'BU0363AF02'] }] }, context([amsterdam])),
		).toEqual([]);
		expect(run({ naam: 'G', gebieden: [{ naam: 'A', buurten: ['BU0363AF03'] }] }, context([amsterdam]))).toEqual([
			'gebieden.0.buurten.0: BU0363AF03 is geen buurt van dit portaal. Bedoelt u BU0363AF01 (Burgwallen-Oude Zijde in Centrum)? Gebruik een buurtcode uit wijk.md van een wijk, of haal de code weg.',
		]);
	});

	it('refuses an own area in two gemeenten', () => {
		expect(
			run(
				{ naam: 'G', gebieden: [{ naam: 'Grens', buurten: ['BU0363AF01', 'BU03840101'] }] },
				context([amsterdam, diemen]),
			),
		).toEqual([
			"gebieden.0.buurten: het gebied 'Grens' ligt in meer dan één gemeente (GM0363, GM0384). Een eigen gebied ligt binnen één gemeente; verdeel het over twee gebieden.",
		]);
	});

	it('says nothing about codes while a wijk.md has mistakes of its own (its buurten are unknown)', () => {
		expect(
			run(
				{ naam: 'G', gebieden: [{ naam: 'A', buurten: ['BU0363AF09'] }] },
				context([amsterdam], ['Centrum', 'kapot']),
			),
		).toEqual([]);
	});
});

const tevreden: Indicator = {
	id: 'tevreden',
	naam: 'Tevreden',
	omschrijving: 'x',
	eenheid: 'cijfer',
	decimalen: 1,
	thema: 'Samen',
	richting: 'hoger is beter',
	soort: 'subjectief',
	minimumAntwoorden: 30,
	bron: 'Test',
	licentie: 'CC0',
};
const definitions: Indicatoren = { themas: [{ naam: 'Samen' }], indicatoren: [tevreden] };
const dataset = (over: Partial<Dataset>): Dataset => ({
	naam: 'Enquête',
	bron: 'Test',
	licentie: 'CC0',
	bijgewerkt: '2026-01-01',
	waarden: [],
	...over,
});

describe('figures of an own area', () => {
	const files = [
		{
			id: 'panel',
			dataset: dataset({ waarden: [{ gebied: 'GM9999', indicator: 'tevreden', jaar: 2024, waarde: 7, n: 300 }] }),
		},
		{
			id: 'enquete',
			dataset: dataset({
				bronBeveiliging: 'De bron publiceert alleen cijfers met genoeg antwoorden.',
				waarden: [{ gebied: 'subwijken/akker-dijk', indicator: 'tevreden', jaar: 2025, waarde: 7.4 }],
			}),
		},
		{
			id: 'zonder',
			dataset: dataset({ waarden: [{ gebied: 'subwijken/b', indicator: 'tevreden', jaar: 2025, waarde: 6.1 }] }),
		},
	];
	const values = indexValues(
		files.map((f) => ({ ...f, dataset: structuredClone(f.dataset) })),
		areas,
	);

	it('counts an own-area row in its gemeente (for the years of the gemeente)', () => {
		expect(values.years('tevreden', 'GM9999')).toEqual([2024, 2025]);
		expect(indexValues(structuredClone(files), undefined).years('tevreden', 'GM9999')).toEqual([2024]);
	});

	it('shows a panel figure without n only when its dataset declares the source protected small groups', () => {
		const declared = measure(
			tevreden,
			2025,
			values.get('tevreden', 'subwijken/akker-dijk', 2025),
			WIJKKOMPAS_STANDAARD,
		);
		expect(declared).toMatchObject({ status: 'getoond', waarde: 7.4, bronBeveiligd: true });
		const undeclared = measure(tevreden, 2025, values.get('tevreden', 'subwijken/b', 2025), WIJKKOMPAS_STANDAARD);
		expect(undeclared.status).toBe('te-weinig-antwoorden');
		expect(undeclared.bronBeveiligd).toBeUndefined();
		const withFewAnswers = measure(
			tevreden,
			2025,
			{ gebied: 'subwijken/b', indicator: 'tevreden', jaar: 2025, waarde: 6, n: 12, dataset: 'x', bronBeveiligd: true },
			WIJKKOMPAS_STANDAARD,
		);
		expect(withFewAnswers.status).toBe('te-weinig-antwoorden');
	});

	it('compares an own area with its gemeente only, never ranks it among the wijken', () => {
		const kompas = createKompas({
			areas,
			definitions,
			gemeenten,
			values,
			settings: WIJKKOMPAS_STANDAARD,
			files,
		});
		const own = kompas.of('subwijken/akker-dijk')!;
		const f = own.themas[0]!.indicators[0]!;
		expect(f.latest).toMatchObject({ jaar: 2025, waarde: 7.4 });
		expect(f.comparison).toEqual([]);
		expect(f.rank).toBeUndefined();
		expect(f.notes).toEqual(['Voor dit gebied zijn er cijfers vanaf 2025. De lijn begint daarom pas in 2025.']);
	});
});

describe('dissolved boundaries', () => {
	const topology = JSON.parse(readFileSync(join(REPO, 'content', 'geo', 'gebieden.topojson'), 'utf8')) as GeoTopology;
	const geo = geoAreas(topology);
	const buurtenOf = (wijk: string) =>
		topology.objects.buurten.geometries.map((g) => String(g.id)).filter((c) => c.startsWith(`BU${wijk.slice(2)}`));

	it('merges the buurten of an own area into one outline without inner borders', () => {
		const buurten = buurtenOf('WK999901');
		const merged = dissolvedArea(geo, { code: 'x/centrum', naam: 'Centrum', buurten })!;
		expect(merged.id).toBe('x/centrum');
		const sum = buurten.reduce((s, c) => s + geoArea(geo.byCode.get(c)!), 0);
		expect(geoArea(merged)).toBeCloseTo(sum, 12);
		// All buurten of a wijk dissolve into (nearly) the wijk itself.
		expect(geoArea(merged) / geoArea(geo.byCode.get('WK999901')!)).toBeCloseTo(1, 3);
		expect(merged.geometry.type === 'MultiPolygon' ? merged.geometry.coordinates.length : 1).toBe(1);
	});

	it('draws no outline for an own area with a buurt without a boundary, and then no map', () => {
		const area = { code: 'x/y', naam: 'Y', buurten: ['BU99990101', 'BU99990999'] };
		expect(dissolvedArea(geo, area)).toBeUndefined();
		const gebied = { ...area, level: 'eigen' as const, gemeente: 'GM9999' };
		expect(indelingMap(geo, { id: 'x', naam: 'X' }, [gebied])).toBeUndefined();
		const map = indelingMap(geo, { id: 'x', naam: 'Woongebieden' }, [
			{ ...gebied, buurten: ['BU99990101', 'BU99990201'] },
		])!;
		expect(map.label).toBe('Kaart van de woongebieden met hun grenzen. Elk gebied is een link naar de pagina ervan.');
		expect(map.areas.map((a) => a.href)).toEqual(['/gebieden/x/y/']);
		expect(map.context?.map((f) => f.id)).toEqual(['GM9999']);
	});
});
