/**
 * The cross-file rules of the wijkambitie: thema's of the gemeente, indicators of the wijkkompas,
 * targets that fit the unit, agenda goals that exist in the wijk's ambitie.md, and themaUitleg.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkRules, type LoadedContent } from '#lib/content/rules/index.ts';
import { agendaSchema } from '#schemas/agenda.ts';
import { ambitieSchema } from '#schemas/ambitie.ts';
import { indicatorenSchema } from '#schemas/indicatoren.ts';
import { portaalSchema } from '#schemas/portaal.ts';
import { wijkSchema } from '#schemas/wijk.ts';
import { parsedFiles } from '#tests/support/parsed-file.ts';

const root = mkdtempSync(join(tmpdir(), 'ambitie-rules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const w of ['noord', 'zuid']) mkdirSync(join(root, 'wijken', w, 'agenda'), { recursive: true });

const file = parsedFiles(root, 3);

const portaal = (themaUitleg: Record<string, string> = {}) => ({
	file: file('portaal', 'portaal.yaml', 'portaal'),
	data: portaalSchema.parse({
		naam: 'Wijkportaal Teststad',
		gemeenten: [{ naam: 'Teststad', code: 'GM9996', themaUitleg }],
		contact: { organisatie: 'Gemeente Teststad', email: 'a@teststad.example' },
		toegankelijkheid: {
			status: 'voldoet gedeeltelijk',
			datum: '2026-11-01',
			onderzoek: 'Toets.',
			contact: 'a@teststad.example',
		},
	}),
});

const wijk = (id: string, code: string) => ({
	file: file('wijk', `wijken/${id}/wijk.md`, id, id),
	data: wijkSchema.parse({ naam: id, code, buurten: [{ naam: 'Haven', code: `BU${code.slice(2)}01` }] }),
});

const ambitie = (doelen: unknown[], slug = 'noord') => ({
	file: file('ambitie', `wijken/${slug}/ambitie.md`, slug, slug),
	data: ambitieSchema.parse({ doelen }),
});

const item = (doelen: string[], slug = 'noord') => ({
	file: file('agenda', `wijken/${slug}/agenda/speeltuin.md`, `${slug}/speeltuin`, slug),
	data: agendaSchema.parse({
		titel: 'Speeltuin',
		samenvatting: 'Er komt een speeltuin.',
		status: 'gerealiseerd',
		gerealiseerd: '2026-09-02',
		probleemeigenaar: 'Gemeente Teststad',
		thema: 'basis op orde',
		toegevoegd: '2026-03-14',
		gewijzigd: '2026-09-02',
		doelen,
	}),
});

const indicatoren = indicatorenSchema.parse({
	themas: [{ naam: 'Wonen' }],
	indicatoren: [
		{
			id: 'tevreden',
			naam: 'Tevreden',
			omschrijving: 'x',
			eenheid: 'cijfer',
			decimalen: 1,
			thema: 'Wonen',
			richting: 'hoger is beter',
			soort: 'objectief',
			bron: 'x',
			licentie: 'x',
		},
		{
			id: 'overlast',
			naam: 'Overlast',
			omschrijving: 'x',
			eenheid: 'procent',
			thema: 'Wonen',
			richting: 'lager is beter',
			soort: 'objectief',
			bron: 'x',
			licentie: 'x',
		},
		{
			id: 'bus',
			naam: 'Bus',
			omschrijving: 'x',
			eenheid: 'procent',
			thema: 'Wonen',
			richting: 'hoger is beter',
			soort: 'objectief',
			bron: 'x',
			licentie: 'x',
			wijken: ['zuid'],
		},
	],
});

const GOOD = {
	code: 'schone-straten',
	naam: 'Schone straten',
	thema: 'basis op orde',
	indicatoren: [{ indicator: 'overlast', streefwaarde: 12, jaar: 2028 }],
};

function run(extra: Partial<LoadedContent> = {}, withIndicators = true, themaUitleg: Record<string, string> = {}) {
	const content: LoadedContent = {
		portaal: portaal(themaUitleg),
		wijken: [wijk('noord', 'WK999601'), wijk('zuid', 'WK999602')],
		agenda: [],
		activiteiten: [],
		nieuws: [],
		initiatieven: [],
		verhalen: [],
		budgetten: [],
		ambities: [ambitie([GOOD])],
		socialeKaart: [],
		...extra,
	};
	return checkRules(content, ['noord', 'zuid'], undefined, withIndicators ? indicatoren : undefined).map(
		(p) => `${p.file} ${p.field ?? ''}: ${p.message}`,
	);
}

describe('ambitie.md against the portal', () => {
	it('accepts a goal under a thema with a known indicator and a fitting target', () => {
		expect(run()).toEqual([]);
	});

	it('refuses a thema that the gemeente does not have, suggesting the closest', () => {
		const problems = run({ ambities: [ambitie([{ ...GOOD, thema: 'basis op ord' }])] });
		expect(problems).toEqual([
			"content/wijken/noord/ambitie.md doelen.1.thema: 'basis op ord' is geen thema van Teststad. Bedoelt u 'basis op orde'? Kies een van de thema's uit portaal.yaml: basis op orde, vertrouwen, sociaal leefbaar, toekomstbestendig.",
		]);
	});

	it('refuses an indicator the wijkkompas does not have, suggesting the closest', () => {
		const problems = run({ ambities: [ambitie([{ ...GOOD, indicatoren: [{ indicator: 'overlest' }] }])] });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('doelen.1.indicatoren.1.indicator:');
		expect(problems[0]).toContain("'overlest' is geen indicator van het wijkkompas. Bedoelt u 'overlast'?");
	});

	it('refuses an area-specific indicator of another wijk', () => {
		const problems = run({ ambities: [ambitie([{ ...GOOD, indicatoren: [{ indicator: 'bus', streefwaarde: 40 }] }])] });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('geldt niet voor deze wijk, alleen voor zuid');
		expect(
			run({ ambities: [ambitie([{ ...GOOD, indicatoren: [{ indicator: 'bus', streefwaarde: 40 }] }], 'zuid')] }),
		).toEqual([]);
	});

	it('refuses a target outside the unit: a percentage above 100, a cijfer above 10', () => {
		const problems = run({
			ambities: [
				ambitie([
					{ ...GOOD, indicatoren: [{ indicator: 'overlast', streefwaarde: 120 }] },
					{
						code: 'tevreden',
						naam: 'Tevreden',
						onder: 'schone-straten',
						indicatoren: [{ indicator: 'tevreden', streefwaarde: 11 }],
					},
				]),
			],
		});
		expect(problems).toEqual([
			'content/wijken/noord/ambitie.md doelen.1.indicatoren.1.streefwaarde: 120 past niet bij de indicator overlast (eenheid procent): een streefwaarde ligt tussen 0 en 100. Controleer het getal.',
			'content/wijken/noord/ambitie.md doelen.2.indicatoren.1.streefwaarde: 11 past niet bij de indicator tevreden (eenheid cijfer): een streefwaarde ligt tussen 0 en 10. Controleer het getal.',
		]);
	});

	it('leaves indicators alone when the portal has no wijkkompas definitions', () => {
		expect(run({ ambities: [ambitie([{ ...GOOD, indicatoren: [{ indicator: 'bestaat-niet' }] }])] }, false)).toEqual(
			[],
		);
	});
});

describe('doelen of an agenda item', () => {
	it('accepts goals of the same wijk', () => {
		expect(run({ agenda: [item(['schone-straten'])] })).toEqual([]);
	});

	it('refuses an unknown goal, naming the field, the valid codes and the closest', () => {
		expect(run({ agenda: [item(['schoon', 'schone-straat'])] })).toEqual([
			"content/wijken/noord/agenda/speeltuin.md doelen.1: 'schoon' is geen doel in ambitie.md van deze wijk. Kies een code uit: schone-straten.",
			"content/wijken/noord/agenda/speeltuin.md doelen.2: 'schone-straat' is geen doel in ambitie.md van deze wijk. Bedoelt u 'schone-straten'? Kies een code uit: schone-straten.",
		]);
	});

	it('refuses a goal of another wijk', () => {
		const problems = run({ agenda: [item(['schone-straten'], 'zuid')] });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('de wijk zuid heeft nog geen ambitie.md');
		expect(problems[0]).toContain('Maak het bestand content/wijken/zuid/ambitie.md');
	});

	it('says nothing more when the ambitie.md exists but has mistakes of its own', () => {
		writeFileSync(join(root, 'wijken', 'zuid', 'ambitie.md'), '---\ndoelen: []\n---\n');
		try {
			expect(run({ agenda: [item(['schone-straten'], 'zuid')] })).toEqual([]);
		} finally {
			rmSync(join(root, 'wijken', 'zuid', 'ambitie.md'));
		}
	});
});

describe('themaUitleg in portaal.yaml', () => {
	it('accepts explanations of the gemeente’s own thema’s', () => {
		expect(run({}, true, { vertrouwen: 'Vertrouwen tussen bewoners en gemeente.' })).toEqual([]);
	});

	it('refuses an explanation of a thema the gemeente does not have', () => {
		expect(run({}, true, { vertrouwn: 'Vertrouwen.' })).toEqual([
			"content/portaal.yaml gemeenten.1.themaUitleg.vertrouwn: 'vertrouwn' is geen thema van Teststad. Bedoelt u 'vertrouwen'? Schrijf bij themaUitleg alleen thema's die onder themas staan: basis op orde, vertrouwen, sociaal leefbaar, toekomstbestendig.",
		]);
	});
});
