/**
 * The message catalogues are complete: every key of the Dutch source (src/i18n/nl/) exists in the
 * same part of every other language, with the same placeholders, no key too many, every message
 * readable as ICU MessageFormat and every plural with the forms its language needs. The check is
 * one function (src/lib/i18n/check.ts); the second block proves it fails on a broken copy.
 */
import { describe, expect, it } from 'vitest';

import { CATALOGUES, NAMESPACES, PARTS } from '#i18n/catalogue.ts';
import { type CatalogueParts, checkCatalogues, describeProblem } from '#lib/i18n/check.ts';
import { TALEN } from '#lib/i18n/talen.ts';

/** A deep copy of the real catalogues, to break without touching them. */
const copy = (): Record<(typeof TALEN)[number], CatalogueParts> => structuredClone(PARTS);

const lines = (parts: Parameters<typeof checkCatalogues>[0]) => checkCatalogues(parts).map(describeProblem);

describe('the catalogues of the portal', () => {
	it('list every part in every language', () => {
		for (const taal of TALEN) expect(Object.keys(PARTS[taal]).sort(), taal).toEqual([...NAMESPACES].sort());
		expect(Object.keys(CATALOGUES.nl).length).toBeGreaterThan(100);
	});

	it('are complete in every language: same keys, same placeholders, readable, every plural form', () => {
		const problems = lines(PARTS);
		expect(problems, `${problems.length} problems:\n${problems.join('\n')}`).toEqual([]);
	});

	it('hold each key once, flat, in the part its name starts with', () => {
		for (const taal of TALEN)
			for (const [deel, messages] of Object.entries(PARTS[taal]))
				for (const [key, message] of Object.entries(messages)) {
					expect(key, `${taal}/${deel}.json`).toMatch(new RegExp(`^${deel}\\.[\\w.-]+$`));
					expect(typeof message, `${taal}/${deel}.json: ${key}`).toBe('string');
				}
		for (const taal of TALEN) {
			const total = Object.values(PARTS[taal]).reduce((sum, part) => sum + Object.keys(part).length, 0);
			expect(Object.keys(CATALOGUES[taal]).length, taal).toBe(total);
		}
	});
});

describe('the completeness check notices what is wrong', () => {
	// A small, complete set of catalogues of its own, so these tests hold whatever the real ones say.
	const sample = (): Record<string, CatalogueParts> => ({
		nl: {
			agenda: {
				'agenda.kop': 'Wijkagenda van {wijk}',
				'agenda.aantal': '{aantal, plural, one {# plan} other {# plannen}}',
			},
			site: { 'site.menu': 'Menu' },
		},
		en: {
			agenda: {
				'agenda.kop': 'District agenda of {wijk}',
				'agenda.aantal': '{aantal, plural, one {# plan} other {# plans}}',
			},
			site: { 'site.menu': 'Menu' },
		},
		pl: {
			agenda: {
				'agenda.kop': 'Plan dzielnicy {wijk}',
				'agenda.aantal': '{aantal, plural, one {# plan} few {# plany} many {# planów} other {# planu}}',
			},
			site: { 'site.menu': 'Menu' },
		},
		ar: {
			agenda: {
				'agenda.kop': 'أجندة حي {wijk}',
				'agenda.aantal':
					'{aantal, plural, zero {لا خطط} one {خطة واحدة} two {خطتان} few {# خطط} many {# خطة} other {# خطة}}',
			},
			site: { 'site.menu': 'القائمة' },
		},
	});
	const check = (parts: Record<string, CatalogueParts>) => checkCatalogues(parts);

	it('finds nothing in a complete set', () => {
		expect(check(sample())).toEqual([]);
	});

	it('reports exactly the key removed from a copy of the real Dutch catalogue', () => {
		// English made complete from the Dutch source, then one key taken out.
		const broken = copy();
		broken.en = structuredClone(broken.nl);
		const ofEnglish = () => checkCatalogues({ nl: broken.nl, en: broken.en }).filter((p) => p.taal === 'en');
		expect(ofEnglish()).toEqual([]);
		// The last key of the largest Dutch part.
		const [deel, messages] = Object.entries(broken.nl).sort(
			([, a], [, b]) => Object.keys(b).length - Object.keys(a).length,
		)[0]!;
		const key = Object.keys(messages).at(-1);
		expect(key, 'the Dutch catalogue has keys').toBeDefined();
		delete broken.en[deel]![key!];
		expect(ofEnglish()).toEqual([{ taal: 'en', deel, key, soort: 'ontbreekt', detail: `ontbreekt in ${deel}.json` }]);
	});

	it('reports exactly the key removed, in the lines the real test prints', () => {
		const broken = sample();
		delete broken.en!.agenda!['agenda.kop'];
		expect(check(broken).map((p) => [p.taal, p.key, p.soort])).toEqual([['en', 'agenda.kop', 'ontbreekt']]);
		expect(lines(broken)).toEqual(['src/i18n/en/agenda.json: agenda.kop: ontbreekt in agenda.json']);
	});

	it('reports a key the source does not have, and a key in another part', () => {
		const broken = sample();
		broken.tr = structuredClone(broken.en!);
		broken.tr.site!['site.oud'] = 'Eski';
		delete broken.tr.agenda!['agenda.kop'];
		broken.tr.site!['agenda.kop'] = '{wijk} mahallesinin gündemi';
		expect(check(broken).map((p) => `${p.taal} ${p.deel} ${p.key} ${p.soort}`)).toEqual([
			'tr site agenda.kop ander deel',
			'tr agenda agenda.kop ontbreekt',
			'tr site site.oud teveel',
			'tr site agenda.kop teveel',
		]);
	});

	it('reports other placeholders, an unreadable message, an empty one and a key twice', () => {
		const broken = sample();
		broken.en!.agenda!['agenda.kop'] = 'District agenda of {buurt}';
		broken.en!.site!['site.menu'] = 'Menu {';
		broken.pl!.site!['site.menu'] = ' ';
		broken.ar!.site!['agenda.aantal'] = '{aantal, plural, other {# خطة}}';
		const found = check(broken).map((p) => `${p.taal} ${p.key} ${p.soort}`);
		expect(found).toEqual(
			expect.arrayContaining([
				'en agenda.kop plaatshouders',
				'en site.menu onleesbaar',
				'pl site.menu leeg',
				'ar agenda.aantal dubbel',
			]),
		);
		expect(check(broken).find((p) => p.soort === 'plaatshouders')?.detail).toBe(
			'plaatshouders {buurt} in plaats van {wijk}',
		);
	});

	it('reports a plural without the forms its language needs, nested ones too; exact cases count', () => {
		const broken = sample();
		broken.pl!.agenda!['agenda.aantal'] = '{aantal, plural, one {# plan} other {# planów}}';
		broken.ar!.agenda!['agenda.aantal'] =
			'{aantal, plural, =0 {لا خطط} =1 {خطة واحدة} =2 {خطتان} few {# خطط} other {{n, plural, one {#} other {#}}}}';
		const found = check(broken).filter((p) => p.soort === 'meervoud');
		expect(found.map((p) => [p.taal, p.key, p.detail])).toEqual([
			['pl', 'agenda.aantal', 'meervoudsvormen ontbreken: {aantal}: few, many'],
			['ar', 'agenda.aantal', 'meervoudsvormen ontbreken: {aantal}: many; {n}: zero, two, few, many'],
		]);
	});

	it('checks a non-text value instead of crashing on it', () => {
		const broken = sample();
		(broken.en!.site as Record<string, unknown>)['site.menu'] = 42;
		expect(check(broken).map((p) => `${p.taal} ${p.key} ${p.soort}`)).toEqual(['en site.menu onleesbaar']);
	});
});
