/**
 * Rules within one file are part of the content schemas (src/schemas/), so `npm run check`,
 * the build and `astro dev` give the same Dutch message at the same field. Each rule on its
 * own; and through checkSchema, which words the problem with its line.
 */
import { describe, expect, it } from 'vitest';

import type { ParsedFile } from '#lib/content/parse-file.ts';
import { checkSchema } from '#lib/content/schema-problems.ts';
import { activiteitSchema } from '#schemas/activiteit.ts';
import { agendaSchema } from '#schemas/agenda.ts';
import { portaalSchema, UITERLIJK_STANDAARD, WIJKKOMPAS_STANDAARD } from '#schemas/portaal.ts';
import { wijkSchema } from '#schemas/wijk.ts';
import { issues } from '#tests/support/schema-issues.ts';

const WIJK = {
	naam: 'Noord',
	code: 'WK999601',
	buurten: [
		{ naam: 'Oude Haven', code: 'BU99960101' },
		{ naam: 'Kerkbuurt', code: 'BU99960102' },
	],
	contacten: [
		{ rol: 'wijkregisseur', organisatie: 'Gemeente Teststad', waarvoor: 'Vragen.', email: 'noord@teststad.example' },
	],
};

const AGENDA = {
	titel: 'Nieuwe speeltuin',
	samenvatting: 'Er komt een nieuwe speeltuin.',
	status: 'gepland',
	volgendeStap: { wat: 'De gemeente kiest een ontwerp.', wanneer: 'voorjaar 2027' },
	probleemeigenaar: 'Gemeente Teststad',
	thema: 'basis op orde',
	toegevoegd: '2026-03-14',
	gewijzigd: '2026-09-02',
};

const ACTIVITEIT = {
	titel: 'Vergadering',
	soort: 'wijkplatform',
	start: '2027-03-01 19:30',
	eind: '2027-03-01 21:00',
	plaats: { naam: 'Buurthuis', adres: 'Plein 1' },
	organisator: 'Wijkplatform Noord',
};

const PORTAAL = {
	naam: 'Wijkportaal Teststad',
	gemeenten: [{ naam: 'Teststad', code: 'GM9996' }],
	contact: { organisatie: 'Gemeente Teststad' },
	toegankelijkheid: {
		status: 'voldoet gedeeltelijk',
		datum: '2026-11-01',
		onderzoek: 'Toets.',
		contact: 'a@teststad.example',
	},
};

describe('wijk.md rules in the schema', () => {
	it('accepts a wijk without mistakes', () => {
		expect(issues(wijkSchema, { ...WIJK, accentkleur: '#1d5b79' })).toEqual([]);
	});

	it('refuses an accent colour with too little contrast with white', () => {
		expect(issues(wijkSchema, { ...WIJK, accentkleur: '#ffdd00' })).toEqual([
			'accentkleur: de kleur "#ffdd00" heeft te weinig contrast met wit (1,3:1; minimaal 4,5:1 nodig), waardoor tekst slecht leesbaar wordt. Kies een donkerdere kleur, bijvoorbeeld "#1d5b79".',
		]);
	});

	it('refuses a name without consent', () => {
		const contact = { ...WIJK.contacten[0], naam: 'Jan Jansen' };
		expect(issues(wijkSchema, { ...WIJK, contacten: [contact] })).toEqual([
			'contacten.0.naam: een naam van een persoon mag alleen op de site met toestemming van die persoon. Zet toestemming: ja als de persoon toestemming gaf, of haal de naam weg en noem alleen de rol en de organisatie.',
		]);
		expect(issues(wijkSchema, { ...WIJK, contacten: [{ ...contact, toestemming: 'ja' }] })).toEqual([]);
	});

	it('refuses a contact without telephone, e-mail or website', () => {
		const { email: _, ...contact } = WIJK.contacten[0]!;
		expect(issues(wijkSchema, { ...WIJK, contacten: [contact] })).toEqual([
			'contacten.0: bij dit contact staat geen telefoonnummer, e-mailadres of website. Vul er minstens één in (alleen gegevens van de organisatie, geen privégegevens).',
		]);
	});

	it('refuses a buurt code of another wijk', () => {
		const buurten = [WIJK.buurten[0], { naam: 'Elders', code: 'BU99960201' }];
		expect(issues(wijkSchema, { ...WIJK, buurten })).toEqual([
			'buurten.1.code: de code BU99960201 hoort niet bij deze wijk (WK999601). Een buurtcode begint met BU en de zes cijfers van de wijk: BU999601.., bijvoorbeeld BU99960101.',
		]);
	});

	it('refuses two buurt names that get the same web address', () => {
		const buurten = [WIJK.buurten[0], { naam: 'Oude-Haven', code: 'BU99960102' }];
		expect(issues(wijkSchema, { ...WIJK, buurten })).toEqual([
			"buurten.1.naam: de naam 'Oude-Haven' lijkt te veel op 'Oude Haven' in deze wijk: ze krijgen hetzelfde webadres. Geef elke buurt een eigen naam.",
		]);
	});
});

describe('agenda rules in the schema', () => {
	it('accepts an item without mistakes', () => {
		expect(issues(agendaSchema, AGENDA)).toEqual([]);
		expect(issues(agendaSchema, { ...AGENDA, status: 'gerealiseerd', gerealiseerd: '2026-10-01' })).toEqual([]);
	});

	it('refuses a change before the item was added', () => {
		expect(issues(agendaSchema, { ...AGENDA, gewijzigd: '2026-01-02' })).toEqual([
			'gewijzigd: de datum 2026-01-02 ligt vóór de datum toegevoegd (2026-03-14). Een punt kan pas veranderen nadat het is toegevoegd. Verbeter een van beide datums.',
		]);
	});

	it('needs the date gerealiseerd exactly when the status is gerealiseerd', () => {
		expect(issues(agendaSchema, { ...AGENDA, status: 'gerealiseerd' })).toEqual([
			'gerealiseerd: dit veld ontbreekt. Bij status gerealiseerd hoort de datum waarop het klaar was, bijvoorbeeld gerealiseerd: 2026-10-01.',
		]);
		expect(issues(agendaSchema, { ...AGENDA, gerealiseerd: '2026-10-01' })).toEqual([
			"gerealiseerd: dit punt heeft status 'gepland', maar wel een datum gerealiseerd. Haal de datum weg, of zet status: gerealiseerd als het punt klaar is.",
		]);
	});

	it('refuses a realisation before the item was added', () => {
		expect(issues(agendaSchema, { ...AGENDA, status: 'gerealiseerd', gerealiseerd: '2026-01-01' })).toEqual([
			'gerealiseerd: de datum 2026-01-01 ligt vóór de datum toegevoegd (2026-03-14). Verbeter een van beide datums.',
		]);
	});

	it('words a missing date gerealiseerd with the rule, not as a generic missing field', () => {
		const data = { ...AGENDA, status: 'gerealiseerd' };
		const parsed = {
			file: {
				kind: 'agenda',
				path: '/x/speeltuin.md',
				shownPath: 'content/wijken/noord/agenda/speeltuin.md',
				id: 'noord/speeltuin',
				wijk: 'noord',
			},
			data,
			body: '',
			bodyLine: 1,
			lineOf: (path: readonly (string | number)[]) => (path[0] === 'gerealiseerd' ? undefined : 3),
			keyLineOf: () => 3,
			nameLineOf: () => 3,
			lineText: () => '',
		} satisfies ParsedFile;
		expect(checkSchema(agendaSchema, parsed).problems).toEqual([
			{
				file: 'content/wijken/noord/agenda/speeltuin.md',
				line: undefined,
				field: 'gerealiseerd',
				message:
					'dit veld ontbreekt. Bij status gerealiseerd hoort de datum waarop het klaar was, bijvoorbeeld gerealiseerd: 2026-10-01.',
			},
		]);
	});
});

describe('activiteit rules in the schema', () => {
	it('refuses an end that is not after the start', () => {
		expect(issues(activiteitSchema, ACTIVITEIT)).toEqual([]);
		expect(issues(activiteitSchema, { ...ACTIVITEIT, eind: '2027-03-01 19:30' })).toEqual([
			'eind: het einde (2027-03-01 19:30) ligt niet na het begin (2027-03-01 19:30). Verbeter de datum of de tijd.',
		]);
	});
});

describe('portaal rules and defaults in the schema', () => {
	it('refuses a gemeente listed twice', () => {
		expect(issues(portaalSchema, PORTAAL)).toEqual([]);
		const gemeenten = [...PORTAAL.gemeenten, { naam: 'Nogmaals', code: 'GM9996' }];
		expect(issues(portaalSchema, { ...PORTAAL, gemeenten })).toEqual([
			'gemeenten.1.code: de code GM9996 staat twee keer in de lijst van gemeenten. Elke gemeente staat er één keer in.',
		]);
	});

	it('derives the defaults of a portal that sets nothing from the schema fields', () => {
		const portaal = portaalSchema.parse(PORTAAL);
		expect(portaal.wijkkompas).toEqual(WIJKKOMPAS_STANDAARD);
		expect(portaal.uiterlijk).toEqual(UITERLIJK_STANDAARD);
		expect(WIJKKOMPAS_STANDAARD).toEqual({ kleineAantallen: 5, aandachtspuntBij: 10, bandRondGemiddelde: 10 });
		expect(UITERLIJK_STANDAARD).toEqual({
			themaklasse: 'voorbeeld-theme',
			tokens: '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
		});
		// A partly filled section gets the other fields' defaults.
		expect(portaalSchema.parse({ ...PORTAAL, wijkkompas: { kleineAantallen: 0 } }).wijkkompas).toEqual({
			...WIJKKOMPAS_STANDAARD,
			kleineAantallen: 0,
		});
	});
});
