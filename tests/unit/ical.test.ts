/**
 * The iCalendar files, read back with an independent parser (ical.js): times on both sides of a
 * summer-time change, cancelled and moved dates, stable UIDs, the page's address, RFC 5545 lines.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import {
	escapeText,
	foldLine,
	type IcsActivity,
	icsActivity,
	icsCalendar,
	rrule,
	uidOf,
} from '#lib/activiteiten/ical.ts';
import { plainExcerpt } from '#lib/markdown/excerpt.ts';

const WEBADRES = 'https://wijken.brinkwoude.example';

const spreekuur = icsActivity(
	{
		id: 'centrum/inloopspreekuur',
		body: 'Kom langs met uw vraag, idee of zorg; **iedereen** is welkom.\n\nDe koffie staat klaar. Ook voor u: één kopje.',
		data: {
			titel: 'Inloopspreekuur, met koffie; en \\ thee',
			start: '2027-02-09T16:00',
			eind: '2027-02-09T17:00',
			plaats: {
				naam: 'Buurthuis De Waag',
				adres: 'Waagstraat 2, 9999 AC Brinkwoude',
				locatie: { lat: 52.29895, lon: 6.40368 },
			},
			herhaling: {
				elke: 'maand',
				weekInMaand: 2,
				tot: '2027-06-30',
				uitzonderingen: [
					{ datum: '2027-03-09', reden: 'Vergadering in de zaal' },
					{ datum: '2027-04-13', verplaatstNaar: '2027-04-20T16:30', reden: 'Het buurthuis is dicht.' },
				],
			},
		},
	},
	WEBADRES,
	'/wijken/centrum/activiteiten/inloopspreekuur/',
	(md) => plainExcerpt(md, 600),
);

const eenmalig: IcsActivity = {
	id: 'noordveld/opschoondag',
	titel: 'Opschoondag',
	start: '2026-10-24T10:00',
	eind: '2026-10-25T12:00',
	plaats: { naam: 'Plein', adres: 'Veldweg 1' },
	beschrijving: 'Samen de wijk schoon.',
	url: `${WEBADRES}/wijken/noordveld/activiteiten/opschoondag/`,
	gewijzigd: new Date('2026-09-01T10:00:00Z'),
};

const text = icsCalendar({
	naam: 'Activiteiten - Brinkwoude',
	beschrijving: 'Alle wijken',
	host: 'wijken.brinkwoude.example',
	activiteiten: [spreekuur, eenmalig],
});

function events() {
	const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
	for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
	return { cal, vevents: cal.getAllSubcomponents('vevent') };
}

/** Every start of the series as ical.js expands it (RRULE, EXDATE, RECURRENCE-ID), in UTC. */
function expandedStarts(until: string): string[] {
	const { vevents } = events();
	const master = new ICAL.Event(vevents.find((v) => v.hasProperty('rrule')));
	for (const v of vevents.filter((x) => x.hasProperty('recurrence-id'))) master.relateException(new ICAL.Event(v));
	const it = master.iterator();
	const starts: string[] = [];
	for (let next = it.next(); next && next.toJSDate() <= new Date(until); next = it.next()) {
		const details = master.getOccurrenceDetails(next);
		starts.push(details.startDate.toJSDate().toISOString());
	}
	return starts;
}

describe('iCalendar file, parsed by ical.js', () => {
	it('parses, with a real VTIMEZONE for Europe/Amsterdam and calendar names', () => {
		const { cal } = events();
		expect(cal.getFirstPropertyValue('version')).toBe('2.0');
		expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Activiteiten - Brinkwoude');
		expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Amsterdam');
		const tz = cal.getFirstSubcomponent('vtimezone')!;
		expect(tz.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
		expect(tz.getAllSubcomponents('daylight')).toHaveLength(1);
		expect(tz.getAllSubcomponents('standard')).toHaveLength(1);
	});

	it('gives 16:00 local on both sides of 28 March 2027, leaves out the cancelled date and moves the moved one', () => {
		expect(expandedStarts('2027-07-01T00:00:00Z')).toEqual([
			'2027-02-09T15:00:00.000Z', // winter time: 16:00 = 15:00 UTC
			// 9 March cancelled (EXDATE)
			'2027-04-20T14:30:00.000Z', // 13 April moved to 20 April 16:30 summer time
			'2027-05-11T14:00:00.000Z', // summer time: 16:00 = 14:00 UTC
			'2027-06-08T14:00:00.000Z',
		]);
	});

	it('gives a one-off event across the end of summer time in the right instants', () => {
		const { vevents } = events();
		const one = new ICAL.Event(
			vevents.find((v) => v.getFirstPropertyValue('uid') === 'noordveld-opschoondag@wijken.brinkwoude.example'),
		);
		expect(one.startDate.toJSDate().toISOString()).toBe('2026-10-24T08:00:00.000Z');
		expect(one.endDate.toJSDate().toISOString()).toBe('2026-10-25T11:00:00.000Z');
	});

	it('has stable UIDs, the page address, location and escaped text in every event', () => {
		const { vevents } = events();
		expect(vevents).toHaveLength(3);
		for (const v of vevents) {
			expect(String(v.getFirstPropertyValue('url'))).toMatch(
				/^https:\/\/wijken\.brinkwoude\.example\/wijken\/.+\/activiteiten\/.+\/$/,
			);
			expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
			expect(v.getFirstPropertyValue('location')).toBeTruthy();
		}
		const series = vevents.filter(
			(v) => v.getFirstPropertyValue('uid') === uidOf('centrum/inloopspreekuur', 'wijken.brinkwoude.example'),
		);
		expect(series).toHaveLength(2);
		expect(series[0]!.getFirstPropertyValue('summary')).toBe('Inloopspreekuur, met koffie; en \\ thee');
		expect(series[0]!.getFirstPropertyValue('location')).toBe('Buurthuis De Waag, Waagstraat 2, 9999 AC Brinkwoude');
		expect(String(series[0]!.getFirstPropertyValue('description'))).toContain('iedereen is welkom');
		expect(String(series[0]!.getFirstPropertyValue('description'))).not.toContain('**');
		expect(series[0]!.getFirstProperty('geo')!.getValues()[0]).toEqual([52.29895, 6.40368]);
		expect(text).toContain('UID:centrum-inloopspreekuur@wijken.brinkwoude.example\r\n');
	});

	it('is the same text in every build (no clock, no random)', () => {
		expect(
			icsCalendar({
				naam: 'Activiteiten - Brinkwoude',
				beschrijving: 'Alle wijken',
				host: 'wijken.brinkwoude.example',
				activiteiten: [eenmalig, spreekuur],
			}),
		).toBe(text);
		expect(text).toContain('DTSTAMP:20270209T150000Z');
	});

	it('ends every line with CRLF and folds at 75 octets', () => {
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const lines = text.split('\r\n');
		expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
		for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
		expect(lines.some((l) => l.startsWith(' '))).toBe(true);
	});
});

describe('iCalendar building blocks', () => {
	it('folds without splitting a multi-byte character', () => {
		const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
		expect(folded.map((l) => Buffer.byteLength(l, 'utf8')).every((n) => n <= 75)).toBe(true);
		expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
	});

	it('escapes backslash, comma, semicolon and newlines', () => {
		expect(escapeText('a\\b,c;d\r\ne\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
		expect(escapeText('a\u0000b\u001bc\u007fd\re')).toBe('abcd\\ne');
	});

	it('writes RRULEs for every kind of herhaling', () => {
		const base = { start: '2026-11-26T10:00', eind: '2026-11-26T11:00' };
		expect(rrule({ ...base, herhaling: { elke: 'maand', weekInMaand: 'laatste' } })).toBe('FREQ=MONTHLY;BYDAY=-1TH');
		expect(rrule({ ...base, herhaling: { elke: 'week' } })).toBe('FREQ=WEEKLY;BYDAY=TH');
		expect(rrule({ ...base, herhaling: { elke: '2 weken', tot: '2027-01-07' } })).toBe(
			'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20270107T225959Z',
		);
		expect(rrule({ ...base, herhaling: { elke: 'maand', tot: '2027-07-01' } })).toBe(
			'FREQ=MONTHLY;BYDAY=4TH;UNTIL=20270701T215959Z',
		);
		expect(rrule(base)).toBeUndefined();
	});
});
