/**
 * What residents type into "Zoek uw buurt" and how it is answered from a chunk (the same code runs
 * in the browser), and the removal of Astro's inline island scripts.
 */
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { describe, expect, it } from 'vitest';

import { gemeentenNaam } from '#lib/adressen/gemeente-naam.ts';
import { buurtenOfArea, buurtenOfNumber, findStreets, lookupAddress } from '#lib/adressen/lookup.ts';
import { parseAdresVraag, streetKey } from '#lib/adressen/query.ts';
import type { PostcodeChunk, StraatChunk } from '#lib/adressen/types.ts';
import { hasInlineIslandRuntime, removeIslandPrescripts } from '#lib/site/island-scripts.ts';

describe('parseAdresVraag', () => {
	it('reads a postcode with a house number however it is typed', () => {
		for (const typed of ['9991 AB 12', '9991ab12', ' 9991 ab, 12 ', '9991AB 12a', '9991 AB 12-2', '9991-AB-12'])
			expect(parseAdresVraag(typed), typed).toMatchObject({
				soort: 'postcode',
				pc4: '9991',
				pc6: '9991AB',
				huisnummer: 12,
			});
	});

	it('reads a postcode without a number, and four digits alone', () => {
		expect(parseAdresVraag('9991 ab')).toEqual({ soort: 'postcode', pc4: '9991', pc6: '9991AB', tekst: '9991 ab' });
		expect(parseAdresVraag('9991')).toEqual({ soort: 'postcode', pc4: '9991', tekst: '9991' });
	});

	it('calls anything that starts with digits but is no postcode not a postcode', () => {
		for (const typed of ['999 AB 1', '99911 AB', '9991 A 12', '0991 AB 1', '12'])
			expect(parseAdresVraag(typed).soort, typed).toBe('geen-postcode');
	});

	it('reads a street, with or without a house number', () => {
		expect(parseAdresVraag('Kadestraat')).toEqual({ soort: 'straat', straat: 'Kadestraat' });
		expect(parseAdresVraag('Lange Straat 14b')).toEqual({ soort: 'straat', straat: 'Lange Straat', huisnummer: 14 });
		expect(parseAdresVraag("'t Veld 3")).toEqual({ soort: 'straat', straat: "'t Veld", huisnummer: 3 });
		expect(parseAdresVraag('   ')).toEqual({ soort: 'leeg' });
	});

	it('matches street names without case, accents or punctuation', () => {
		expect(streetKey("'s-Gravenweg")).toBe('s gravenweg');
		expect(streetKey('Émile  Zolastraat')).toBe('emile zolastraat');
		expect(streetKey('Ĳsselkade')).toBe('ijsselkade');
	});
});

const buurt = (code: string, naam: string) => ({
	code,
	naam,
	wijk: 'Centrum',
	url: `/wijken/centrum/buurten/${naam}/`,
});
const CHUNK: PostcodeChunk = {
	buurten: [buurt('BU99990101', 'binnenstad'), buurt('BU99990103', 'vestingwal')],
	straten: ['Kraanplein', 'Botterstraat'],
	reeksen: {
		'9991AA': [[1, 12, 0, 0]],
		'9991AB': [
			[1, 8, 0, 0],
			[10, 16, 1, 1],
		],
		'9991AC': [[2, 6, 1, -1]],
	},
};

describe('lookupAddress', () => {
	it('finds the buurt and street at both edges of a run', () => {
		expect(lookupAddress(CHUNK, '9991AA', 1)).toEqual({
			soort: 'buurt',
			buurt: CHUNK.buurten[0],
			straat: 'Kraanplein',
		});
		expect(lookupAddress(CHUNK, '9991AA', 12)).toEqual({
			soort: 'buurt',
			buurt: CHUNK.buurten[0],
			straat: 'Kraanplein',
		});
		expect(lookupAddress(CHUNK, '9991AB', 10)).toEqual({
			soort: 'buurt',
			buurt: CHUNK.buurten[1],
			straat: 'Botterstraat',
		});
		expect(lookupAddress(CHUNK, '9991AC', 2)).toEqual({ soort: 'buurt', buurt: CHUNK.buurten[1] });
	});

	it('says which numbers a postcode has when the number is not one of them', () => {
		expect(lookupAddress(CHUNK, '9991AA', 13)).toEqual({ soort: 'onbekend-nummer', van: 1, tot: 12 });
		expect(lookupAddress(CHUNK, '9991AA', 0)).toEqual({ soort: 'onbekend-nummer', van: 1, tot: 12 });
		expect(lookupAddress(CHUNK, '9991AB', 9)).toEqual({ soort: 'onbekend-nummer', van: 1, tot: 16 });
	});

	it('answers a postcode without a number with its buurt, or its buurten', () => {
		expect(lookupAddress(CHUNK, '9991AA')).toEqual({ soort: 'buurt', buurt: CHUNK.buurten[0] });
		expect(lookupAddress(CHUNK, '9991AB')).toEqual({ soort: 'meer-buurten', buurten: CHUNK.buurten, van: 1, tot: 16 });
	});

	it('knows an unknown postcode, also without a chunk', () => {
		expect(lookupAddress(CHUNK, '9991ZZ', 1)).toEqual({ soort: 'onbekende-postcode' });
		expect(lookupAddress(null, '1011AB', 1)).toEqual({ soort: 'onbekende-postcode' });
		expect(buurtenOfArea(null)).toEqual([]);
		expect(buurtenOfArea(CHUNK)).toEqual(CHUNK.buurten);
	});
});

describe('findStreets', () => {
	const STREETS: StraatChunk = {
		buurten: [buurt('BU99990101', 'binnenstad'), buurt('BU99990103', 'vestingwal')],
		straten: [
			['Markt', [0]],
			['Marktstraat', [0]],
			['Oude Markt', [1]],
			['Lange Straat', [0, 1]],
		],
	};
	it('puts the exact name first, then names that start with it, then names that contain it', () => {
		expect(findStreets(STREETS, 'markt', streetKey).map((s) => s.straat)).toEqual([
			'Markt',
			'Marktstraat',
			'Oude Markt',
		]);
		expect(findStreets(STREETS, 'lange straat', streetKey)[0]!.buurten.map((b) => b.code)).toEqual([
			'BU99990101',
			'BU99990103',
		]);
		expect(findStreets(STREETS, 'nergens', streetKey)).toEqual([]);
		expect(findStreets(null, 'markt', streetKey)).toEqual([]);
	});
});

describe('buurtenOfNumber', () => {
	const [binnenstad, vestingwal] = [buurt('BU99990101', 'binnenstad'), buurt('BU99990103', 'vestingwal')];
	const lange = {
		straat: 'Lange Straat',
		buurten: [binnenstad, vestingwal],
		nummers: [
			{ van: 1, tot: 20, buurt: binnenstad },
			{ van: 21, tot: 44, buurt: vestingwal },
		],
	};
	it('finds the buurt of a number on a street through two buurten, at the edges too', () => {
		expect(buurtenOfNumber(lange, 20)).toEqual([binnenstad]);
		expect(buurtenOfNumber(lange, 21)).toEqual([vestingwal]);
		expect(buurtenOfNumber(lange, 44)).toEqual([vestingwal]);
		expect(buurtenOfNumber(lange, 45)).toEqual([]);
	});
	it('gives both buurten where their numbers overlap, and the one buurt of a street in one buurt', () => {
		const sides = {
			...lange,
			nummers: [
				{ van: 1, tot: 43, buurt: binnenstad },
				{ van: 2, tot: 44, buurt: vestingwal },
			],
		};
		expect(buurtenOfNumber(sides, 20)).toEqual([binnenstad, vestingwal]);
		expect(buurtenOfNumber({ straat: 'Markt', buurten: [binnenstad] }, 999)).toEqual([binnenstad]);
	});
	it('reads the numbers of a street from its chunk', () => {
		const chunk: StraatChunk = {
			buurten: [binnenstad, vestingwal],
			straten: [
				[
					'Lange Straat',
					[0, 1],
					[
						[1, 20, 0],
						[21, 44, 1],
					],
				],
			],
		};
		expect(findStreets(chunk, 'lange straat', streetKey)[0]!.nummers).toEqual(lange.nummers);
	});
});

describe('gemeentenNaam', () => {
	it('names one or more gemeenten in a sentence', () => {
		expect(gemeentenNaam([{ naam: 'Brinkwoude' }])).toBe('Brinkwoude');
		expect(gemeentenNaam([{ naam: 'Almelo' }, { naam: 'Twenterand' }, { naam: 'Tubbergen' }])).toBe(
			'Almelo, Twenterand of Tubbergen',
		);
	});
});

describe('removeIslandPrescripts', () => {
	const prescripts = `<style>${ISLAND_STYLES}</style><script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).gebruik=e;})();</script><script>${islandScript}</script>`;
	const page = (body: string) =>
		`<!DOCTYPE html><html><head><script type="module" src="/assets/a.js"></script></head><body>${body}</body></html>`;

	it("takes Astro's inline island style and scripts out, and keeps the island and external scripts", () => {
		const html = page(
			`<header>${prescripts}<astro-island uid="x" client="gebruik"><form></form></astro-island></header>`,
		);
		expect(hasInlineIslandRuntime(html)).toBe(true);
		const cleaned = removeIslandPrescripts(html);
		expect(cleaned).toBe(page('<header><astro-island uid="x" client="gebruik"><form></form></astro-island></header>'));
		expect(hasInlineIslandRuntime(cleaned)).toBe(false);
	});

	it('leaves content alone, also text that looks like a script inside an attribute', () => {
		const html = page(
			'<astro-island props="{&quot;gemeente&quot;:[0,&quot;<script>alert(1)</script>&quot;]}"></astro-island><p>&lt;script&gt;</p>',
		);
		expect(removeIslandPrescripts(html)).toBe(html);
		expect(hasInlineIslandRuntime(html)).toBe(false);
	});
});
