/**
 * The sociale kaart: grouping per category in the schema's order, when an entry counts as
 * old, a checked date in the future, its map points, and the rule on buurt and date.
 */
import { describe, expect, it } from 'vitest';

import type { ParsedFile } from '#lib/content/parse-file.ts';
import type { Loaded } from '#lib/content/portal-content.ts';
import type { Problem } from '#lib/content/problem.ts';
import { reporter, ruleContext } from '#lib/content/rules/context.ts';
import { checkSocialeKaart } from '#lib/content/rules/sociale-kaart.ts';
import { mapPoints } from '#lib/geo/maps.ts';
import { CATEGORIE_LABELS, categorieAnchor, groupByCategorie } from '#lib/sociale-kaart/categories.ts';
import { websiteText } from '#lib/sociale-kaart/labels.ts';
import { isInFuture, isStale, monthsBefore, staleMessage } from '#lib/sociale-kaart/staleness.ts';
import { type Organisatie, ORGANISATIE_CATEGORIEEN, organisatieSchema } from '#schemas/organisatie.ts';
import type { Wijk } from '#schemas/wijk.ts';

/** A valid entry; `extra` as written in a file (the schema reads it). */
function organisatie(naam: string, extra: Record<string, unknown> = {}): Organisatie {
	return organisatieSchema.parse({
		naam,
		categorie: 'sport',
		aanbod: 'Sporten in de buurt.',
		voorWie: 'Iedereen',
		contact: { telefoon: '0999 123 456' },
		gecontroleerd: '2026-03-03',
		...extra,
	});
}

describe('groupByCategorie', () => {
	it('keeps only categories with entries, in the order of the schema, each sorted by name', () => {
		const entries = [
			{ id: 'a', data: organisatie('Zwemclub', { categorie: 'sport' }) },
			{ id: 'b', data: organisatie('Kerk', { categorie: 'geloofsgemeenschappen' }) },
			{ id: 'c', data: organisatie('basisschool De Linde', { categorie: 'onderwijs' }) },
			{ id: 'd', data: organisatie('Atletiek', { categorie: 'sport' }) },
			{ id: 'e', data: organisatie('Éénhoorn korfbal', { categorie: 'sport' }) },
		];
		const groups = groupByCategorie(entries);
		expect(groups.map((g) => g.categorie)).toEqual(['onderwijs', 'sport', 'geloofsgemeenschappen']);
		expect(groups[1]!.items.map((e) => e.data.naam)).toEqual(['Atletiek', 'Éénhoorn korfbal', 'Zwemclub']);
		expect(groups[1]!.label).toBe('Sport');
		expect(groupByCategorie([])).toEqual([]);
	});

	it('has a label and a unique anchor for every category', () => {
		const anchors = ORGANISATIE_CATEGORIEEN.map(categorieAnchor);
		expect(new Set(anchors).size).toBe(ORGANISATIE_CATEGORIEEN.length);
		expect(categorieAnchor('welzijn en zorg')).toBe('welzijn-en-zorg');
		for (const c of ORGANISATIE_CATEGORIEEN) expect(CATEGORIE_LABELS[c]).toMatch(/^[A-Z]/);
	});
});

describe('staleness', () => {
	it('counts months back from the day of the check, the 31st becoming the last day of a shorter month', () => {
		expect(monthsBefore('2026-11-20', 12)).toBe('2025-11-20');
		expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
		expect(monthsBefore('2026-01-15', 3)).toBe('2025-10-15');
		expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
	});

	it('is old only when checked more than the set number of months ago', () => {
		expect(isStale('2025-11-20', '2026-11-20', 12)).toBe(false);
		expect(isStale('2025-11-19', '2026-11-20', 12)).toBe(true);
		expect(isStale('2026-05-19', '2026-11-20', 6)).toBe(true);
		expect(isStale('2026-06-01', '2026-11-20', 6)).toBe(false);
		expect(isStale('2026-06-01', '2026-11-20', 12)).toBe(false);
	});

	it('finds a checked date after today', () => {
		expect(isInFuture('2026-11-21', '2026-11-20')).toBe(true);
		expect(isInFuture('2026-11-20', '2026-11-20')).toBe(false);
	});

	it('says in plain Dutch what to do, with the date written out', () => {
		expect(staleMessage('Schaakclub', '2024-10-08', 12)).toBe(
			'Schaakclub is voor het laatst gecontroleerd op 8 oktober 2024, meer dan 12 maanden geleden. Vraag de organisatie of de gegevens nog kloppen, pas ze zo nodig aan en zet de datum van de controle bij gecontroleerd.',
		);
		expect(staleMessage('X', '2024-10-08', 1)).toContain('meer dan 1 maand geleden');
	});
});

describe('schema', () => {
	it('refuses an entry without any way to get in touch', () => {
		const result = organisatieSchema.safeParse({ ...organisatie('X'), contact: {} });
		expect(result.success).toBe(false);
	});
});

describe('websiteText', () => {
	it('shows a website without its scheme', () => {
		expect(websiteText('https://www.voorbeeld.example/')).toBe('voorbeeld.example');
		expect(websiteText('https://club.example/leden')).toBe('club.example/leden');
	});
});

describe('map points', () => {
	it('adds located organisations after the other points, by name, with the category', () => {
		const points = mapPoints(
			[],
			[],
			new Date('2026-11-20T09:00:00Z'),
			(id) => id.split('/')[0]!,
			[],
			[
				{ id: 'noord/zwemclub', data: organisatie('Zwemclub', { locatie: '52.1, 5.1', buurt: 'BU99990101' }) },
				{ id: 'noord/atletiek', data: organisatie('Atletiek', { locatie: '52.2, 5.2' }) },
				{ id: 'noord/zonder-plek', data: organisatie('Zonder plek') },
			],
		);
		expect(points.map((p) => [p.n, p.titel, p.soort, p.href, p.wijk])).toEqual([
			[1, 'Atletiek', 'organisatie', '/wijken/noord/sociale-kaart/atletiek/', 'noord'],
			[2, 'Zwemclub', 'organisatie', '/wijken/noord/sociale-kaart/zwemclub/', 'noord'],
		]);
		expect(points[1]).toMatchObject({
			uitleg: 'Sociale kaart: sport',
			name: 'Zwemclub (sociale kaart)',
			buurt: 'BU99990101',
		});
	});
});

describe('rule', () => {
	const wijk = {
		file: { file: { id: 'noord', shownPath: 'content/wijken/noord/wijk.md' }, lineOf: () => 1 },
		data: { naam: 'Noord', buurten: [{ naam: 'Oude Haven', code: 'BU99960101' }] },
	} as unknown as Loaded<Wijk>;
	const entry = (data: Organisatie) =>
		({
			file: {
				file: { id: 'noord/club', wijk: 'noord', shownPath: 'content/wijken/noord/sociale-kaart/club.md' },
				lineOf: (path: readonly (string | number)[]) => (path[0] === 'buurt' ? 7 : 9),
			} as unknown as ParsedFile,
			data,
		}) as Loaded<Organisatie>;

	it('reports a buurt of another wijk and a checked date after today', () => {
		const problems: Problem[] = [];
		const context = ruleContext({ wijken: [wijk] } as never, ['noord']);
		checkSocialeKaart(
			[entry(organisatie('Club', { buurt: 'BU99990101', gecontroleerd: '2026-12-01' }))],
			context,
			reporter(problems),
			'2026-11-20',
		);
		expect(problems).toEqual([
			{
				file: 'content/wijken/noord/sociale-kaart/club.md',
				line: 7,
				field: 'buurt',
				message: 'BU99990101 is geen buurt van Noord. Kies een buurtcode uit wijk.md: BU99960101 (Oude Haven).',
			},
			{
				file: 'content/wijken/noord/sociale-kaart/club.md',
				line: 9,
				field: 'gecontroleerd',
				message:
					'de datum 2026-12-01 ligt in de toekomst. Vul de dag in waarop iemand de gegevens echt heeft gecontroleerd.',
			},
		]);
	});

	it('accepts a buurt of the wijk and a date of today', () => {
		const problems: Problem[] = [];
		const context = ruleContext({ wijken: [wijk] } as never, ['noord']);
		checkSocialeKaart(
			[entry(organisatie('Club', { buurt: 'BU99960101', gecontroleerd: '2026-11-20' }))],
			context,
			reporter(problems),
			'2026-11-20',
		);
		expect(problems).toEqual([]);
	});
});
