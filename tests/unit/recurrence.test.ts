import { describe, expect, it } from 'vitest';

import { archive, byMonth, past, upcoming } from '#lib/activiteiten/activities.ts';
import { describeOccurrence, describeRecurrence, describeRule } from '#lib/activiteiten/describe.ts';
import {
	comingOccurrences,
	horizon,
	nextOccurrence,
	occurrences,
	pastOccurrences,
	type Recurring,
	ruleDates,
} from '#lib/activiteiten/recurrence.ts';
import { fromAmsterdamTime } from '#lib/site/dates.ts';
import { activiteitSchema } from '#schemas/activiteit.ts';

const starts = (list: { start: string }[]) => list.map((o) => o.start);

describe('ruleDates', () => {
	it('gives every second Tuesday of the month', () => {
		expect(ruleDates('2026-09-08', { elke: 'maand' }, '2027-01-31')).toEqual([
			'2026-09-08',
			'2026-10-13',
			'2026-11-10',
			'2026-12-08',
			'2027-01-12',
		]);
	});

	it('gives the last Thursday of the month, also in months with five Thursdays', () => {
		expect(ruleDates('2026-10-29', { elke: 'maand', weekInMaand: 'laatste' }, '2027-01-31')).toEqual([
			'2026-10-29',
			'2026-11-26',
			'2026-12-31',
			'2027-01-28',
		]);
	});

	it('reads a fifth weekday as the last one of the month', () => {
		// 30 September 2026 is the fifth Wednesday; October has its last Wednesday on the 28th.
		expect(ruleDates('2026-09-30', { elke: 'maand' }, '2026-11-30')).toEqual([
			'2026-09-30',
			'2026-10-28',
			'2026-11-25',
		]);
	});

	it('gives every two weeks and stops at tot (inclusive)', () => {
		expect(ruleDates('2026-11-02', { elke: '2 weken', tot: '2026-12-14' }, '2027-12-31')).toEqual([
			'2026-11-02',
			'2026-11-16',
			'2026-11-30',
			'2026-12-14',
		]);
	});

	it('gives every week across the turn of the year', () => {
		expect(ruleDates('2026-12-23', { elke: 'week' }, '2027-01-13')).toEqual([
			'2026-12-23',
			'2026-12-30',
			'2027-01-06',
			'2027-01-13',
		]);
	});
});

describe('occurrences', () => {
	const taalcafe: Recurring = {
		start: '2026-09-08T16:00',
		eind: '2026-09-08T17:00',
		herhaling: {
			elke: 'maand',
			weekInMaand: 2,
			tot: '2027-06-30',
			uitzonderingen: [
				{ datum: '2026-12-08', reden: 'Kerstvakantie' },
				{ datum: '2027-01-12', verplaatstNaar: '2027-01-19T16:30', reden: 'Het buurthuis is dicht.' },
			],
		},
	};

	it('keeps cancelled dates, marked, and moves moved ones with the same length', () => {
		const list = occurrences(taalcafe, '2027-02-28');
		expect(list.find((o) => o.volgensRegel === '2026-12-08T16:00')).toEqual({
			start: '2026-12-08T16:00',
			eind: '2026-12-08T17:00',
			volgensRegel: '2026-12-08T16:00',
			status: 'vervalt',
			reden: 'Kerstvakantie',
		});
		expect(list.find((o) => o.volgensRegel === '2027-01-12T16:00')).toMatchObject({
			start: '2027-01-19T16:30',
			eind: '2027-01-19T17:30',
			status: 'verplaatst',
		});
		expect(starts(list)).toEqual([
			'2026-09-08T16:00',
			'2026-10-13T16:00',
			'2026-11-10T16:00',
			'2026-12-08T16:00',
			'2027-01-19T16:30',
			'2027-02-09T16:00',
		]);
	});

	it('keeps 16:00 at 16:00 on both sides of the summer-time changes (UTC instants move)', () => {
		const weekly: Recurring = { start: '2026-10-20T16:00', eind: '2026-10-20T17:00', herhaling: { elke: 'week' } };
		const autumn = occurrences(weekly, '2026-10-27');
		// Summer time until 25 October 2026 (UTC+2), winter time after (UTC+1).
		expect(autumn.map((o) => fromAmsterdamTime(o.start).toISOString())).toEqual([
			'2026-10-20T14:00:00.000Z',
			'2026-10-27T15:00:00.000Z',
		]);
		const spring = occurrences({ ...weekly, start: '2027-03-23T16:00', eind: '2027-03-23T17:00' }, '2027-03-30');
		// Winter time until 28 March 2027, summer time after.
		expect(spring.map((o) => fromAmsterdamTime(o.start).toISOString())).toEqual([
			'2027-03-23T15:00:00.000Z',
			'2027-03-30T14:00:00.000Z',
		]);
		expect(spring.map((o) => fromAmsterdamTime(o.eind).getTime() - fromAmsterdamTime(o.start).getTime())).toEqual([
			3600000, 3600000,
		]);
	});

	it('splits coming and past at the build time, and finds the next real time', () => {
		const now = new Date('2026-11-20T09:00:00Z');
		expect(starts(pastOccurrences(taalcafe, now))).toEqual([
			'2026-11-10T16:00',
			'2026-10-13T16:00',
			'2026-09-08T16:00',
		]);
		expect(starts(comingOccurrences(taalcafe, now)).slice(0, 2)).toEqual(['2026-12-08T16:00', '2027-01-19T16:30']);
		// 8 December is cancelled, so the next real time is the moved one.
		expect(nextOccurrence(taalcafe, now)?.start).toBe('2027-01-19T16:30');
	});

	it('shows a series without tot up to twelve months after the build time', () => {
		const now = new Date('2026-11-20T09:00:00Z');
		expect(horizon(now)).toBe('2027-11-20');
		const weekly: Recurring = { start: '2026-11-04T10:00', eind: '2026-11-04T11:00', herhaling: { elke: 'week' } };
		expect(comingOccurrences(weekly, now).at(-1)?.start).toBe('2027-11-17T10:00');
	});
});

describe('lists of activities', () => {
	const now = new Date('2026-11-20T09:00:00Z');
	const items = [
		{ id: 'w/eenmalig', data: { start: '2026-12-01T19:00', eind: '2026-12-01T21:00' } },
		{
			id: 'w/koffie',
			data: { start: '2026-10-07T10:00', eind: '2026-10-07T11:30', herhaling: { elke: '2 weken' as const } },
		},
		{
			id: 'w/voorbij',
			data: {
				start: '2026-09-01T10:00',
				eind: '2026-09-01T11:00',
				herhaling: { elke: 'week' as const, tot: '2026-09-15' },
			},
		},
	];

	it('puts a recurring activity once among the upcoming ones, by its next time', () => {
		// Every two weeks from 7 October: 2 December is the next time after 18 November.
		expect(upcoming(items, now).map((i) => i.id)).toEqual(['w/eenmalig', 'w/koffie']);
		expect(past(items, now).map((i) => i.id)).toEqual(['w/voorbij']);
	});

	it('archives every past time, newest first, grouped by month', () => {
		const list = archive(items, now);
		expect(list.map((x) => `${x.item.id} ${x.occurrence.start}`).slice(0, 3)).toEqual([
			'w/koffie 2026-11-18T10:00',
			'w/koffie 2026-11-04T10:00',
			'w/koffie 2026-10-21T10:00',
		]);
		expect(byMonth(list).map((g) => `${g.maand}:${g.items.length}`)).toEqual(['2026-11:2', '2026-10:2', '2026-09:3']);
	});
});

describe('describing a rule in Dutch', () => {
	it('says how often and when', () => {
		expect(
			describeRecurrence({
				start: '2026-12-08T16:00',
				eind: '2026-12-08T17:00',
				herhaling: { elke: 'maand', tot: '2027-06-30' },
			}),
		).toBe('Elke tweede dinsdag van de maand, van 16:00 tot 17:00 uur, tot en met 30 juni 2027.');
		expect(describeRule({ start: '2026-11-25T10:00', eind: '2026-11-25T11:00', herhaling: { elke: 'week' } })).toBe(
			'elke week op woensdag',
		);
		expect(describeRule({ start: '2026-11-23T10:00', eind: '2026-11-23T11:00', herhaling: { elke: '2 weken' } })).toBe(
			'om de week op maandag',
		);
		expect(
			describeRule({
				start: '2026-11-26T10:00',
				eind: '2026-11-26T11:00',
				herhaling: { elke: 'maand', weekInMaand: 'laatste' },
			}),
		).toBe('elke laatste donderdag van de maand');
	});

	it('says what changed on a date', () => {
		expect(
			describeOccurrence({
				start: '2027-01-19T16:30',
				eind: '2027-01-19T17:30',
				volgensRegel: '2027-01-12T16:00',
				status: 'verplaatst',
				reden: 'Het buurthuis is dicht',
			}).notitie,
		).toBe('Verplaatst van dinsdag 12 januari 2027. Het buurthuis is dicht.');
		expect(
			describeOccurrence({
				start: '2026-12-08T16:00',
				eind: '2026-12-08T17:00',
				volgensRegel: '2026-12-08T16:00',
				status: 'vervalt',
			}),
		).toEqual({ wanneer: 'dinsdag 8 december 2026, 16:00 tot 17:00 uur', notitie: 'Vervalt.' });
	});
});

describe('schema checks of herhaling', () => {
	const base = {
		titel: 'Taalcafé',
		soort: 'bijeenkomst',
		start: '2026-12-08 16:00',
		eind: '2026-12-08 17:00',
		plaats: { naam: 'Buurthuis', adres: 'Straat 1' },
		organisator: 'Wijkplatform',
	};
	const problems = (herhaling: unknown, extra: object = {}) => {
		const result = activiteitSchema.safeParse({ ...base, ...extra, herhaling });
		return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};

	it('accepts a good rule', () => {
		expect(
			problems({
				elke: 'maand',
				weekInMaand: 2,
				tot: '2027-06-30',
				uitzonderingen: [{ datum: '2026-12-08' }, { datum: '2027-01-12', verplaatstNaar: '2027-01-19 16:00' }],
			}),
		).toEqual([]);
	});

	it('names the nearest real dates for an exception on a wrong date', () => {
		expect(problems({ elke: 'maand', uitzonderingen: [{ datum: '2027-01-13' }] })).toEqual([
			'herhaling.uitzonderingen.0.datum: 2027-01-13 is geen dag waarop de activiteit is (elke tweede dinsdag van de maand). De dichtstbijzijnde data zijn 2027-01-12 (dinsdag) en 2027-02-09 (dinsdag). Kies een datum waarop de activiteit echt is.',
		]);
	});

	it('refuses duplicate exceptions, tot before the start and an exception after tot', () => {
		expect(problems({ elke: 'week', uitzonderingen: [{ datum: '2026-12-15' }, { datum: '2026-12-15' }] })).toEqual([
			'herhaling.uitzonderingen.1.datum: 15 december 2026 staat twee keer bij de uitzonderingen. Zet elke datum er maar één keer in.',
		]);
		expect(problems({ elke: 'week', tot: '2026-12-01' })[0]).toMatch(
			/^herhaling\.tot: tot \(1 december 2026\) ligt voor de eerste keer/,
		);
		expect(problems({ elke: 'week', tot: '2026-12-31', uitzonderingen: [{ datum: '2027-01-05' }] })[0]).toMatch(
			/^herhaling\.uitzonderingen\.0\.datum: 2027-01-05 ligt na tot \(31 december 2026\)\. De dichtstbijzijnde data zijn 2026-12-29 \(dinsdag\)\./,
		);
	});

	it('checks weekInMaand against elke and the first date', () => {
		expect(problems({ elke: 'week', weekInMaand: 2 })).toEqual([
			'herhaling.weekInMaand: weekInMaand hoort alleen bij elke: maand. Haal weekInMaand weg, of kies elke: maand.',
		]);
		expect(problems({ elke: 'maand', weekInMaand: 3 })).toEqual([
			'herhaling.weekInMaand: de eerste keer (dinsdag 8 december 2026) is de tweede dinsdag van de maand, niet de derde. Zet bij start de eerste datum die past, of verbeter weekInMaand.',
		]);
		expect(problems({ elke: 'maand', weekInMaand: 'laatste' })[0]).toMatch(/niet de laatste/);
	});

	it('refuses a move to the same time and a recurring activity over two days', () => {
		expect(
			problems({ elke: 'week', uitzonderingen: [{ datum: '2026-12-15', verplaatstNaar: '2026-12-15 16:00' }] }),
		).toEqual([
			'herhaling.uitzonderingen.0.verplaatstNaar: verplaatstNaar (2026-12-15 16:00) is dezelfde dag en tijd als volgens de herhaling. Kies een andere datum of tijd, of haal deze uitzondering weg.',
		]);
		expect(problems({ elke: 'week' }, { eind: '2026-12-09 01:00' })[0]).toMatch(
			/^eind: een activiteit die terugkomt, begint en eindigt op dezelfde dag/,
		);
	});
});
