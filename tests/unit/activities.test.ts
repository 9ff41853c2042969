import { describe, expect, it } from 'vitest';

import { past, upcoming } from '#lib/activiteiten/activities.ts';

interface Item {
	id: string;
	data: { start: string; eind: string };
}

const act = (id: string, start: string, eind: string): Item => ({ id, data: { start, eind } });
const ids = (items: readonly Item[]) => items.map((i) => i.id);

describe('upcoming and past on a winter evening (Amsterdam = UTC+1)', () => {
	// 18:45Z on 8 December 2026 is 19:45 in Amsterdam.
	const now = new Date('2026-12-08T18:45:00Z');
	const items = [
		act('volgende-week', '2026-12-15T19:30', '2026-12-15T21:30'),
		// Started at 19:30 local and runs until 21:30 local: still going at 19:45.
		act('bezig', '2026-12-08T19:30', '2026-12-08T21:30'),
		// Ended at 19:40 local = 18:40Z, five minutes before now. Read as UTC it would still be running.
		act('net-afgelopen', '2026-12-08T18:00', '2026-12-08T19:40'),
		// Ends at 19:50 local = 18:50Z, five minutes after now.
		act('bijna-klaar', '2026-12-08T17:00', '2026-12-08T19:50'),
		act('gisteren', '2026-12-07T10:00', '2026-12-07T12:00'),
		act('vorige-maand', '2026-11-10T19:30', '2026-11-10T21:30'),
	];

	it('counts an activity that is still running as upcoming', () => {
		expect(ids(upcoming(items, now))).toContain('bezig');
		expect(ids(upcoming(items, now))).toContain('bijna-klaar');
	});

	it('does not count activities that have ended, judged in Amsterdam time', () => {
		const result = ids(upcoming(items, now));
		expect(result).not.toContain('net-afgelopen');
		expect(result).not.toContain('gisteren');
		expect(result).not.toContain('vorige-maand');
	});

	it('sorts upcoming activities by start, soonest first', () => {
		expect(ids(upcoming(items, now))).toEqual(['bijna-klaar', 'bezig', 'volgende-week']);
	});

	it('returns at most `limit` upcoming activities, the soonest ones', () => {
		expect(ids(upcoming(items, now, 2))).toEqual(['bijna-klaar', 'bezig']);
		expect(ids(upcoming(items, now, 1))).toEqual(['bijna-klaar']);
	});

	it('lists ended activities as past, most recent start first', () => {
		expect(ids(past(items, now))).toEqual(['net-afgelopen', 'gisteren', 'vorige-maand']);
	});

	it('puts every activity in exactly one of upcoming and past', () => {
		const all = [...ids(upcoming(items, now)), ...ids(past(items, now))].sort();
		expect(all).toEqual(ids(items).sort());
	});
});

describe('upcoming and past on a summer day (Amsterdam = UTC+2)', () => {
	// 10:00Z on 1 July 2026 is 12:00 in Amsterdam.
	const now = new Date('2026-07-01T10:00:00Z');
	const items = [
		// Ended at 11:30 local = 09:30Z. Read as UTC+1 (10:30Z) or UTC (11:30Z) it would look unfinished.
		act('ochtend', '2026-07-01T09:00', '2026-07-01T11:30'),
		// Ends 12:30 local = 10:30Z.
		act('lunch', '2026-07-01T11:45', '2026-07-01T12:30'),
		act('middag', '2026-07-01T14:00', '2026-07-01T16:00'),
	];

	it('judges the end in summer time', () => {
		expect(ids(upcoming(items, now))).toEqual(['lunch', 'middag']);
		expect(ids(past(items, now))).toEqual(['ochtend']);
	});
});

describe('the moment an activity ends', () => {
	// 21:30 local on 8 December = 20:30Z.
	const item = act('vergadering', '2026-12-08T19:30', '2026-12-08T21:30');

	it('is upcoming one minute before its end', () => {
		const now = new Date('2026-12-08T20:29:00Z');
		expect(ids(upcoming([item], now))).toEqual(['vergadering']);
		expect(past([item], now)).toEqual([]);
	});

	it('is past exactly at its end', () => {
		const now = new Date('2026-12-08T20:30:00Z');
		expect(upcoming([item], now)).toEqual([]);
		expect(ids(past([item], now))).toEqual(['vergadering']);
	});
});

describe('an activity over the night summer time ends (25 October 2026)', () => {
	// Ends 01:30 local on 25 October, still summer time: 23:30Z on 24 October.
	const item = act('nachtwandeling', '2026-10-24T22:00', '2026-10-25T01:30');

	it('is past shortly after it ended', () => {
		expect(ids(past([item], new Date('2026-10-24T23:45:00Z')))).toEqual(['nachtwandeling']);
	});

	it('is upcoming shortly before it ends', () => {
		expect(ids(upcoming([item], new Date('2026-10-24T23:15:00Z')))).toEqual(['nachtwandeling']);
	});
});

describe('empty input', () => {
	it('gives empty lists', () => {
		const now = new Date('2026-12-08T18:45:00Z');
		expect(upcoming([], now)).toEqual([]);
		expect(past([], now)).toEqual([]);
	});
});
