import { describe, expect, it } from 'vitest';

import { mapPoints } from '#lib/geo/maps.ts';
import {
	contributionOptions,
	inhabitantsFor,
	perThousand,
	starterContacts,
	stepOptions,
	wijkOptions,
} from '#lib/initiatieven/overview.ts';
import type { Initiatief } from '#schemas/initiatief.ts';
import type { Contact } from '#schemas/wijk.ts';

const item = (wijk: string, stap: Initiatief['stap'], bijdrage: string[]) => ({ wijk, stap, bijdrage });
const items = [
	item('noord', 'uitgevoerd', ['verbinding']),
	item('noord', 'uitgevoerd', ['verbinding', 'Groen']),
	item('zuid', 'afgewezen', ['leefbaarheid']),
];

describe('filter options', () => {
	it('counts every step in order, also the steps without initiatives', () => {
		expect(stepOptions(items).map((o) => [o.value, o.label, o.count])).toEqual([
			['idee opgehaald', 'Idee opgehaald', 0],
			['plan uitgewerkt', 'Plan uitgewerkt', 0],
			['budget toegekend', 'Budget toegekend', 0],
			['uitgevoerd', 'Uitgevoerd', 2],
			['afgewezen', 'Afgewezen', 1],
			['gestopt', 'Gestopt', 0],
		]);
	});
	it("lists the standard contributions first, then the thema's initiatives name", () => {
		expect(contributionOptions(items).map((o) => [o.value, o.count])).toEqual([
			['verbinding', 2],
			['leefbaarheid', 1],
			['onderlinge hulp', 0],
			['Groen', 1],
		]);
	});
	it('counts per wijk in content order', () => {
		const wijken = [
			{ id: 'zuid', naam: 'Zuid' },
			{ id: 'noord', naam: 'Noord' },
			{ id: 'west', naam: 'West' },
		];
		expect(wijkOptions(items, wijken).map((o) => [o.label, o.count])).toEqual([
			['Zuid', 1],
			['Noord', 2],
			['West', 0],
		]);
	});
});

describe('starterContacts', () => {
	const contact = (rol: Contact['rol']) => ({ rol, organisatie: rol, waarvoor: 'x' }) as Contact;
	it('prefers the opbouwwerker', () => {
		const list = [contact('wijkregisseur'), contact('opbouwwerker'), contact('wijkteam')];
		expect(starterContacts(list).map((c) => c.rol)).toEqual(['opbouwwerker']);
	});
	it('falls back to the wijkregisseur and wijkteam, and to nobody', () => {
		const list = [contact('wijkagent'), contact('wijkteam'), contact('wijkregisseur')];
		expect(starterContacts(list).map((c) => c.rol)).toEqual(['wijkteam', 'wijkregisseur']);
		expect(starterContacts([contact('wijkagent')])).toEqual([]);
	});
});

describe('per 1.000 inwoners', () => {
	const series = new Map([
		[2023, { waarde: 4000 }],
		[2024, { waarde: null }],
		[2025, { waarde: 4200 }],
	]);
	it('takes the figure of the year itself, or the latest known year before it', () => {
		expect(inhabitantsFor(series, 2025)).toEqual({ aantal: 4200, jaar: 2025 });
		expect(inhabitantsFor(series, 2026)).toEqual({ aantal: 4200, jaar: 2025 });
		expect(inhabitantsFor(series, 2024)).toEqual({ aantal: 4000, jaar: 2023 });
		expect(inhabitantsFor(series, 2022)).toBeUndefined();
		expect(inhabitantsFor(undefined, 2025)).toBeUndefined();
	});
	it('rounds to whole euros', () => {
		expect(perThousand(21500, 4200)).toBe(5119);
		expect(perThousand(20000, 4000)).toBe(5000);
	});
});

describe('initiatives on the map', () => {
	it('are points of kind initiatief, except the refused and stopped ones and those without a place', () => {
		const initiative = (id: string, titel: string, stap: Initiatief['stap'], located = true) => ({
			id,
			data: { titel, stap, wijk: 'noord', ...(located ? { locatie: { lat: 52.01, lon: 5.01 } } : {}) },
		});
		const points = mapPoints([], [], new Date('2026-11-20T09:00:00Z'), (id) => id, [
			initiative('moestuin', 'Moestuin', 'uitgevoerd'),
			initiative('bankjes', 'Bankjes', 'plan uitgewerkt'),
			initiative('feest', 'Feest', 'afgewezen'),
			initiative('kast', 'Kast', 'gestopt'),
			initiative('ergens', 'Ergens', 'idee opgehaald', false),
		] as never);
		expect(points.map((p) => [p.n, p.soort, p.titel, p.uitleg, p.href, p.wijk, p.name])).toEqual([
			[
				1,
				'initiatief',
				'Bankjes',
				'Bewonersinitiatief, plan uitgewerkt',
				'/initiatieven/bankjes/',
				'noord',
				'Bankjes (initiatief)',
			],
			[
				2,
				'initiatief',
				'Moestuin',
				'Bewonersinitiatief, uitgevoerd',
				'/initiatieven/moestuin/',
				'noord',
				'Moestuin (initiatief)',
			],
		]);
	});
});
