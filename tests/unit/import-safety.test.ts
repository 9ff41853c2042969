/** The pure parts of safe imports: the year in a file, name suggestions and the diff. */
import { describe, expect, it } from 'vitest';

import { closestName, editDistance } from '#lib/wijkkompas/import/suggest.ts';
import { diffRows, MAX_LOSS_SHARE, tooDestructive } from '#lib/wijkkompas/import/write.ts';
import { yearsInSource, yearsInText } from '#lib/wijkkompas/import/year.ts';
import type { Waarde } from '#schemas/waarden.ts';

describe('yearsInText and yearsInSource', () => {
	it('finds four-digit years that are not part of a longer number', () => {
		expect(yearsInText('kwb-2023-utrecht.xlsx')).toEqual([2023]);
		expect(yearsInText('KWB2023')).toEqual([2023]);
		expect(yearsInText('Kerncijfers wijken en buurten 2022 en 2023')).toEqual([2022, 2023]);
		expect(yearsInText('2023JJ00')).toEqual([2023]);
		expect(yearsInText('85318NED.csv')).toEqual([]);
		expect(yearsInText('tabel 1850 en 3010')).toEqual([]);
	});

	it('uses the period column, sheet, title and file name, and sees when they disagree', () => {
		expect(yearsInSource({ fileName: '/data/bron.csv' })).toEqual({ found: [] });
		expect(yearsInSource({ fileName: '/data/kwb-2024.xlsx', sheetName: 'KWB2024' })).toEqual({
			year: 2024,
			found: [
				{ year: 2024, where: "in de naam van het werkblad 'KWB2024'" },
				{ year: 2024, where: "in de bestandsnaam 'kwb-2024.xlsx'" },
			],
		});
		expect(yearsInSource({ fileName: 'export.csv', titleRows: ['Kerncijfers wijken en buurten 2023'] })).toEqual({
			year: 2023,
			found: [{ year: 2023, where: 'in de titel boven de kolomnamen' }],
		});
		expect(yearsInSource({ fileName: 'kwb-2024.xlsx', sheetName: 'kwb-2023' }).year).toBeUndefined();
		// A period column with several years says nothing about one year.
		expect(yearsInSource({ fileName: 'x-2023.csv', periods: ['2022JJ00', '2023JJ00'] })).toEqual({
			year: 2023,
			found: [{ year: 2023, where: "in de bestandsnaam 'x-2023.csv'" }],
		});
		expect(yearsInSource({ fileName: 'x.json', periods: ['2021JJ00', '2021JJ00'] }).year).toBe(2021);
	});
});

describe('closestName', () => {
	it('counts swapped neighbours as one edit', () => {
		expect(editDistance('a_niw', 'a_inw')).toBe(1);
		expect(editDistance('abc', 'abc')).toBe(0);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});

	it('suggests the closest name, ignoring case and spaces, or nothing when far off', () => {
		expect(closestName('a_niw', ['a_man', 'a_inw', 'a_vrouw'])).toBe('a_inw');
		expect(closestName('Tevredenheid  WOONOMGEVNIG', ['Tevredenheid woonomgeving'])).toBe('Tevredenheid woonomgeving');
		expect(closestName('inkomen', ['a_inw', 'woz'])).toBeUndefined();
		expect(closestName('a_inw', ['a_inw'])).toBeUndefined();
	});
});

describe('diffRows', () => {
	const row = (gebied: string, waarde: number | null, jaar = 2024): Waarde => ({
		gebied,
		indicator: 'inwoners',
		jaar,
		waarde,
	});

	it('counts added, changed, removed, became unknown and unchanged', () => {
		const existing = [row('BU1', 10), row('BU2', 20), row('BU3', 30), row('BU4', null)];
		const fresh = [row('BU1', 10), row('BU2', 21), row('BU3', null), row('BU5', 50)];
		const diff = diffRows(existing, fresh, (c) => (c === 'BU2' ? 'Kade' : undefined));
		expect(diff).toEqual({
			existing: 4,
			added: 1,
			changed: 0 + 1,
			removed: 1,
			becameUnknown: 1,
			unchanged: 1,
			examples: {
				changed: ['BU2 (Kade), inwoners, 2024: 20 → 21'],
				removed: ['BU4, inwoners, 2024: onbekend'],
				becameUnknown: ['BU3, inwoners, 2024: 30 → onbekend'],
			},
		});
		expect(tooDestructive(diff)).toBe(true);
	});

	it('allows losing at most 5% of the existing values', () => {
		expect(MAX_LOSS_SHARE).toBe(0.05);
		const existing = Array.from({ length: 40 }, (_, i) => row(`BU${i}`, i));
		expect(tooDestructive(diffRows(existing, existing.slice(2)))).toBe(false); // 5%
		expect(tooDestructive(diffRows(existing, existing.slice(3)))).toBe(true); // 7.5%
		expect(tooDestructive(diffRows([], [row('BU1', 1)]))).toBe(false);
	});
});
