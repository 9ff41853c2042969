/**
 * The single-file rules of initiatives, stories and wijkbudgets (src/schemas/initiatief.ts,
 * verhaal.ts, budget.ts): the steps in order with their dates, the money that belongs to a
 * step, and a story that publishes only what its consent covers.
 */
import { describe, expect, it } from 'vitest';

import { budgetSchema } from '#schemas/budget.ts';
import { initiatiefSchema } from '#schemas/initiatief.ts';
import { portaalSchema } from '#schemas/portaal.ts';
import { verhaalSchema } from '#schemas/verhaal.ts';
import { issues } from '#tests/support/schema-issues.ts';

const DONE = {
	titel: 'Buurtmoestuin',
	samenvatting: 'Bewoners maken samen een moestuin.',
	wijk: 'noord',
	stap: 'uitgevoerd',
	datums: {
		'idee opgehaald': '2025-02-10',
		'plan uitgewerkt': '2025-03-20',
		'budget toegekend': '2025-04-15',
		uitgevoerd: '2025-09-01',
	},
	gevraagd: 2400,
	toegekend: 2000,
	besteed: 1850.5,
	budgetjaar: 2025,
	besluit: 'wijkteam',
	bijdrage: 'verbinding',
	resultaat: 'Twaalf bakken met groente.',
};

describe('initiatief: steps and money', () => {
	it('accepts a complete initiative and one that is only an idea', () => {
		expect(issues(initiatiefSchema, DONE)).toEqual([]);
		expect(
			issues(initiatiefSchema, {
				titel: 'Bankje',
				samenvatting: 'Een bankje bij de bushalte.',
				wijk: 'noord',
				stap: 'idee opgehaald',
				datums: { 'idee opgehaald': '2026-10-01' },
				bijdrage: ['leefbaarheid'],
			}),
		).toEqual([]);
	});

	it('refuses a step date before the date of the step before it', () => {
		expect(issues(initiatiefSchema, { ...DONE, datums: { ...DONE.datums, 'budget toegekend': '2025-03-01' } })).toEqual(
			[
				'datums.budget toegekend: de datum 2025-03-01 ligt vóór de datum van de stap ervoor (plan uitgewerkt: 2025-03-20). Een stap komt na de vorige stap. Verbeter een van beide datums.',
			],
		);
	});

	it('refuses a missing date of a step reached, and a date of a step not reached', () => {
		const { 'plan uitgewerkt': _, ...withoutPlan } = DONE.datums;
		expect(issues(initiatiefSchema, { ...DONE, datums: withoutPlan })).toEqual([
			"datums: de datum van de stap 'plan uitgewerkt' ontbreekt. Dit initiatief is bij stap 'uitgevoerd', dus elke stap tot en met die stap heeft een datum. Zet onder datums bijvoorbeeld plan uitgewerkt: 2026-03-14.",
		]);
		expect(
			issues(initiatiefSchema, {
				...DONE,
				stap: 'plan uitgewerkt',
				toegekend: undefined,
				besteed: undefined,
				resultaat: undefined,
			}),
		).toEqual([
			"datums.budget toegekend: dit initiatief is bij stap 'plan uitgewerkt', maar heeft ook een datum voor 'budget toegekend'. Haal die datum weg, of zet stap: budget toegekend als het initiatief zo ver is.",
			"datums.uitgevoerd: dit initiatief is bij stap 'plan uitgewerkt', maar heeft ook een datum voor 'uitgevoerd'. Haal die datum weg, of zet stap: uitgevoerd als het initiatief zo ver is.",
		]);
	});

	it('asks for a reason when an initiative is refused or stopped, and for its date', () => {
		const refused = {
			...DONE,
			stap: 'afgewezen',
			datums: { 'idee opgehaald': '2025-02-10', 'plan uitgewerkt': '2025-03-20', afgewezen: '2025-04-15' },
			toegekend: undefined,
			besteed: undefined,
			resultaat: undefined,
			budgetjaar: undefined,
		};
		expect(issues(initiatiefSchema, { ...refused, reden: 'Past niet bij de doelen van het wijkbudget.' })).toEqual([]);
		expect(issues(initiatiefSchema, refused)).toEqual([
			'reden: dit veld ontbreekt. Bij stap afgewezen hoort een korte reden, zodat bewoners begrijpen waarom het initiatief niet doorgaat.',
		]);
		const { afgewezen: _, ...noDate } = refused.datums;
		expect(issues(initiatiefSchema, { ...refused, reden: 'Te duur.', datums: noDate })).toEqual([
			'datums: de datum waarop het initiatief afgewezen is, ontbreekt. Zet onder datums bijvoorbeeld afgewezen: 2026-03-14.',
		]);
		expect(
			issues(initiatiefSchema, {
				...refused,
				reden: 'Te duur.',
				datums: { ...refused.datums, afgewezen: '2025-03-01' },
			}),
		).toEqual([
			'datums.afgewezen: de datum 2025-03-01 ligt vóór de datum van de stap ervoor (plan uitgewerkt: 2025-03-20). Een stap komt na de vorige stap. Verbeter een van beide datums.',
		]);
	});

	it('refuses money that does not belong to the step, and more spent than granted', () => {
		expect(issues(initiatiefSchema, { ...DONE, toegekend: undefined, besteed: undefined })).toEqual([
			"toegekend: dit veld ontbreekt. Het budget is toegekend: zet het bedrag in euro's erbij, bijvoorbeeld toegekend: 2000.",
		]);
		expect(issues(initiatiefSchema, { ...DONE, besteed: 2100 })).toEqual([
			'besteed: er is meer besteed (2100) dan toegekend (2000). Verbeter het bedrag, of leg het extra geld vast als nieuw besluit en verhoog toegekend.',
		]);
		expect(issues(initiatiefSchema, { ...DONE, budgetjaar: undefined, besluit: undefined })).toEqual([
			'budgetjaar: dit veld ontbreekt. Zet erbij uit het budget van welk jaar het geld komt, bijvoorbeeld budgetjaar: 2026.',
			'besluit: dit veld ontbreekt. Zet erbij wie over het geld besliste: wijkteam, kernteam, wijkplatform.',
		]);
		expect(issues(initiatiefSchema, { ...DONE, resultaat: undefined })).toEqual([
			'resultaat: dit veld ontbreekt. Het initiatief is uitgevoerd: beschrijf in één of twee zinnen wat het heeft opgeleverd.',
		]);
		expect(issues(initiatiefSchema, { ...DONE, gevraagd: '€ 2.400' })[0]).toBe(
			"gevraagd: '€ 2.400' is geen bedrag. Schrijf alleen het getal in euro's, zonder € en zonder punten, bijvoorbeeld 2500 of 2499.95.",
		);
	});

	it('refuses a refusal after the money was granted', () => {
		expect(
			issues(initiatiefSchema, {
				...DONE,
				stap: 'afgewezen',
				reden: 'Toch niet.',
				datums: { ...DONE.datums, uitgevoerd: undefined, afgewezen: '2025-05-01' },
				besteed: undefined,
				resultaat: undefined,
			})[0],
		).toBe(
			'stap: een initiatief met toegekend budget kan niet meer worden afgewezen. Zet stap: gestopt als het niet doorgaat, of haal de datum budget toegekend weg.',
		);
	});
});

const STORY = {
	titel: 'Mijn moestuin',
	wijk: 'noord',
	thema: 'groen',
	verteld: '2026-03-02',
	toestemming: { datum: '2026-03-02', publiceren: 'naam en foto', tot: '2031-03-02' },
	verteller: 'Fatima',
	foto: { bestand: 'beelden/fatima.jpg', alt: 'Fatima bij de moestuin' },
};

describe('verhaal: consent', () => {
	it('accepts every consent variant with what it covers', () => {
		expect(issues(verhaalSchema, STORY)).toEqual([]);
		const { verteller: _n, foto: _f, ...anonymous } = STORY;
		expect(
			issues(verhaalSchema, { ...anonymous, toestemming: { datum: '2026-03-02', publiceren: 'anoniem' } }),
		).toEqual([]);
		expect(
			issues(verhaalSchema, { ...STORY, foto: undefined, toestemming: { ...STORY.toestemming, publiceren: 'naam' } }),
		).toEqual([]);
		expect(
			issues(verhaalSchema, {
				...STORY,
				verteller: undefined,
				toestemming: { ...STORY.toestemming, publiceren: 'foto' },
			}),
		).toEqual([]);
	});

	it('refuses a name or a photo the consent does not cover', () => {
		expect(issues(verhaalSchema, { ...STORY, toestemming: { ...STORY.toestemming, publiceren: 'anoniem' } })).toEqual([
			'verteller: de verteller gaf geen toestemming om de naam te publiceren (publiceren: anoniem). Haal de naam weg, of leg eerst toestemming voor de naam vast (publiceren: naam of naam en foto).',
			'foto: de verteller gaf geen toestemming om een foto te publiceren (publiceren: anoniem). Haal de foto weg, of leg eerst toestemming voor de foto vast (publiceren: foto of naam en foto).',
		]);
		expect(issues(verhaalSchema, { ...STORY, toestemming: { ...STORY.toestemming, publiceren: 'naam' } })).toEqual([
			'foto: de verteller gaf geen toestemming om een foto te publiceren (publiceren: naam). Haal de foto weg, of leg eerst toestemming voor de foto vast (publiceren: foto of naam en foto).',
		]);
	});

	it('asks for the consent of a parent or guardian for a storyteller under 16', () => {
		const minor = { ...STORY, toestemming: { ...STORY.toestemming, jonger_dan_16: 'ja' } };
		expect(issues(verhaalSchema, minor)).toEqual([
			'toestemming.ouder_of_voogd: dit veld ontbreekt. De verteller is jonger dan 16: een ouder of voogd moet ook toestemming geven. Zet de datum van die toestemming erbij, bijvoorbeeld ouder_of_voogd: 2026-03-14. Zonder die toestemming mag het verhaal niet op de site.',
		]);
		expect(
			issues(verhaalSchema, { ...minor, toestemming: { ...minor.toestemming, ouder_of_voogd: '2026-03-03' } }),
		).toEqual([]);
	});

	it('refuses consent that ends before it was given, and an unknown choice', () => {
		expect(issues(verhaalSchema, { ...STORY, toestemming: { ...STORY.toestemming, tot: '2025-01-01' } })).toEqual([
			'toestemming.tot: de toestemming eindigt (2025-01-01) voordat ze gegeven is (2026-03-02). Verbeter een van beide datums.',
		]);
		expect(issues(verhaalSchema, { ...STORY, toestemming: { ...STORY.toestemming, publiceren: 'alles' } })).toEqual([
			"toestemming.publiceren: 'alles' is geen geldige keuze voor publiceren. Kies uit: naam, foto, naam en foto, anoniem.",
		]);
	});
});

describe('wijkbudget and the portal address', () => {
	it('refuses a year listed twice and a negative amount', () => {
		expect(issues(budgetSchema, { jaren: [{ jaar: 2025, beschikbaar: 20000 }] })).toEqual([]);
		expect(
			issues(budgetSchema, {
				jaren: [
					{ jaar: 2025, beschikbaar: 20000 },
					{ jaar: 2026, beschikbaar: -5 },
				],
			}),
		).toEqual(['jaren.1.beschikbaar: -5 is kleiner dan nul. Een bedrag is 0 of meer.']);
		expect(
			issues(budgetSchema, {
				jaren: [
					{ jaar: 2025, beschikbaar: 20000 },
					{ jaar: 2025, beschikbaar: 5 },
				],
			}),
		).toEqual(['jaren.1.jaar: het jaar 2025 staat er twee keer in. Zet elk jaar één keer in het budget.']);
	});

	it('accepts only an https address without a path as the portal address', () => {
		const base = {
			naam: 'Portaal',
			gemeenten: [{ naam: 'Teststad', code: 'GM9996' }],
			contact: { organisatie: 'Gemeente' },
			toegankelijkheid: {
				status: 'voldoet gedeeltelijk',
				datum: '2026-11-01',
				onderzoek: 'Toets.',
				contact: 'a@b.example',
			},
		};
		expect(portaalSchema.parse({ ...base, webadres: 'https://wijken.teststad.example/' }).webadres).toBe(
			'https://wijken.teststad.example',
		);
		expect(portaalSchema.safeParse({ ...base, webadres: 'https://teststad.example/wijken' }).success).toBe(false);
		expect(portaalSchema.safeParse({ ...base, webadres: 'http://wijken.teststad.example' }).success).toBe(false);
	});
});
