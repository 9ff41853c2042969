import { describe, expect, it } from 'vitest';

import {
	formatDate,
	formatDayOf,
	formatPeriod,
	formatTime,
	fromAmsterdamTime,
	isoInstant,
	isRealDate,
	isRealDateTime,
} from '#lib/site/dates.ts';

describe('isRealDate', () => {
	it('accepts ordinary dates and the last day of a month', () => {
		expect(isRealDate('2026-03-14')).toBe(true);
		expect(isRealDate('2026-01-31')).toBe(true);
		expect(isRealDate('2026-04-30')).toBe(true);
		expect(isRealDate('2026-12-31')).toBe(true);
	});

	it('rejects 29 February in a common year and accepts it in a leap year', () => {
		expect(isRealDate('2026-02-29')).toBe(false);
		expect(isRealDate('2028-02-29')).toBe(true);
		// Century rules: 2100 is not a leap year, 2000 was.
		expect(isRealDate('2100-02-29')).toBe(false);
		expect(isRealDate('2000-02-29')).toBe(true);
	});

	it('rejects months and days that do not exist', () => {
		expect(isRealDate('2026-13-01')).toBe(false);
		expect(isRealDate('2026-00-10')).toBe(false);
		expect(isRealDate('2026-04-31')).toBe(false);
		expect(isRealDate('2026-02-30')).toBe(false);
		expect(isRealDate('2026-03-00')).toBe(false);
		expect(isRealDate('2026-03-32')).toBe(false);
	});

	it('rejects text that is not a date at all', () => {
		expect(isRealDate('morgen')).toBe(false);
		expect(isRealDate('')).toBe(false);
	});
});

describe('isRealDateTime', () => {
	it('accepts times from 00:00 up to 23:59, with a space or a T', () => {
		expect(isRealDateTime('2026-12-08 00:00')).toBe(true);
		expect(isRealDateTime('2026-12-08 23:59')).toBe(true);
		expect(isRealDateTime('2026-12-08T19:30')).toBe(true);
	});

	it('rejects 24:00 and minutes of 60 or more', () => {
		expect(isRealDateTime('2026-12-08 24:00')).toBe(false);
		expect(isRealDateTime('2026-12-08 25:10')).toBe(false);
		expect(isRealDateTime('2026-12-08 12:60')).toBe(false);
	});

	it('rejects a valid time on a day that does not exist', () => {
		expect(isRealDateTime('2026-02-29 10:00')).toBe(false);
		expect(isRealDateTime('2026-04-31 10:00')).toBe(false);
	});

	it('rejects a date without a time', () => {
		expect(isRealDateTime('2026-12-08')).toBe(false);
	});
});

describe('fromAmsterdamTime', () => {
	const utc = (local: string) => fromAmsterdamTime(local).toISOString();

	it('uses UTC+1 in winter', () => {
		expect(utc('2026-01-15T12:00')).toBe('2026-01-15T11:00:00.000Z');
		expect(utc('2026-12-08T19:30')).toBe('2026-12-08T18:30:00.000Z');
	});

	it('uses UTC+2 in summer', () => {
		expect(utc('2026-07-15T12:00')).toBe('2026-07-15T10:00:00.000Z');
		expect(utc('2026-06-21T00:15')).toBe('2026-06-20T22:15:00.000Z');
	});

	it("accepts the editors' notation with a space as well as the T", () => {
		expect(utc('2026-12-08 19:30')).toBe('2026-12-08T18:30:00.000Z');
	});

	it('crosses the year boundary correctly', () => {
		expect(utc('2027-01-01T00:30')).toBe('2026-12-31T23:30:00.000Z');
	});

	describe('start of summer time, 29 March 2026 (02:00 becomes 03:00)', () => {
		it('uses UTC+1 just before the switch', () => {
			expect(utc('2026-03-29T00:30')).toBe('2026-03-28T23:30:00.000Z');
			expect(utc('2026-03-29T01:59')).toBe('2026-03-29T00:59:00.000Z');
		});

		it('uses UTC+2 from 03:00', () => {
			expect(utc('2026-03-29T03:00')).toBe('2026-03-29T01:00:00.000Z');
			expect(utc('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
			expect(utc('2026-03-29T12:00')).toBe('2026-03-29T10:00:00.000Z');
		});

		it('uses UTC+1 on the day before and UTC+2 on the day after', () => {
			expect(utc('2026-03-28T12:00')).toBe('2026-03-28T11:00:00.000Z');
			expect(utc('2026-03-30T12:00')).toBe('2026-03-30T10:00:00.000Z');
		});

		it('moves a time in the skipped hour forward, like RFC 5545 (02:30 → 03:30 summer time)', () => {
			// 02:30 does not exist; read with the offset from before the gap (+01:00) it is 01:30Z.
			expect(utc('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
			expect(formatTime('2026-03-29T02:30')).toBe('03:30');
		});
	});

	describe('end of summer time, 25 October 2026 (03:00 becomes 02:00)', () => {
		it('uses UTC+2 before the repeated hour', () => {
			expect(utc('2026-10-25T00:30')).toBe('2026-10-24T22:30:00.000Z');
			expect(utc('2026-10-25T01:59')).toBe('2026-10-24T23:59:00.000Z');
		});

		it('uses UTC+1 from 03:00', () => {
			expect(utc('2026-10-25T03:00')).toBe('2026-10-25T02:00:00.000Z');
			expect(utc('2026-10-25T12:00')).toBe('2026-10-25T11:00:00.000Z');
		});

		it('uses UTC+2 on the day before and UTC+1 on the day after', () => {
			expect(utc('2026-10-24T12:00')).toBe('2026-10-24T10:00:00.000Z');
			expect(utc('2026-10-26T12:00')).toBe('2026-10-26T11:00:00.000Z');
		});

		it('shows a time in the repeated hour as that wall-clock time', () => {
			expect(formatTime('2026-10-25T02:30')).toBe('02:30');
			// 02:30 happens twice: at 00:30Z (summer time) and at 01:30Z (winter time).
			expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(utc('2026-10-25T02:30'));
		});

		it('resolves the repeated hour to its first occurrence (summer time), like RFC 5545 and Temporal', () => {
			// RFC 5545 §3.3.5 and Temporal's default 'compatible' disambiguation both take the
			// earlier instant for an ambiguous local time: 02:30 CEST = 00:30Z.
			expect(utc('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
			expect(utc('2026-10-25T02:00')).toBe('2026-10-25T00:00:00.000Z');
		});
	});

	it('round-trips every existing quarter hour on both switch days to the same Amsterdam wall-clock time', () => {
		const wallClock = new Intl.DateTimeFormat('en-CA', {
			timeZone: 'Europe/Amsterdam',
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
		});
		const asLocal = (d: Date) => {
			const p = Object.fromEntries(wallClock.formatToParts(d).map((x) => [x.type, x.value]));
			return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
		};
		for (const day of ['2026-03-29', '2026-10-25']) {
			for (let h = 0; h < 24; h++) {
				if (day === '2026-03-29' && h === 2) continue; // 02:xx does not exist that night
				for (const m of [0, 15, 30, 45]) {
					const local = `${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
					expect(asLocal(fromAmsterdamTime(local)), local).toBe(local);
				}
			}
		}
	});
});

describe('formatDate', () => {
	it('writes a calendar date the Dutch way', () => {
		expect(formatDate('2026-03-14')).toBe('14 maart 2026');
		expect(formatDate('2026-01-01')).toBe('1 januari 2026');
		expect(formatDate('2026-12-31')).toBe('31 december 2026');
	});

	it('never shifts the day on the days summer time starts or ends', () => {
		expect(formatDate('2026-03-29')).toBe('29 maart 2026');
		expect(formatDate('2026-10-25')).toBe('25 oktober 2026');
	});
});

describe('formatDayOf', () => {
	it('names the weekday, day, month and year of a local date-time', () => {
		// 1 January 2026 is a Thursday; 8 December is day 342, 341 days later = Thursday + 5 = Tuesday.
		expect(formatDayOf('2026-12-08T19:30')).toBe('dinsdag 8 december 2026');
	});

	it('uses the Amsterdam day, also just after midnight when UTC is still on the day before', () => {
		// 00:30 on 8 December is 23:30Z on 7 December.
		expect(formatDayOf('2026-12-08T00:30')).toBe('dinsdag 8 december 2026');
		// 01:30 on 1 July (summer) is 23:30Z on 30 June; 1 July 2026 is a Wednesday.
		expect(formatDayOf('2026-07-01T01:30')).toBe('woensdag 1 juli 2026');
	});

	it('uses the Amsterdam day just before midnight', () => {
		expect(formatDayOf('2026-12-08T23:45')).toBe('dinsdag 8 december 2026');
	});
});

describe('formatTime', () => {
	it('shows hours and minutes with two digits each', () => {
		expect(formatTime('2026-12-08T19:30')).toBe('19:30');
		expect(formatTime('2026-07-01T09:05')).toBe('09:05');
		expect(formatTime('2026-07-01T00:00')).toBe('00:00');
	});

	it('shows the local time in summer and in winter, not UTC', () => {
		expect(formatTime('2026-07-15T12:00')).toBe('12:00');
		expect(formatTime('2026-01-15T12:00')).toBe('12:00');
	});
});

describe('formatPeriod', () => {
	it('names the day once for an activity within one day', () => {
		expect(formatPeriod('2026-12-08T19:30', '2026-12-08T21:30')).toBe('dinsdag 8 december 2026, 19:30 tot 21:30 uur');
	});

	it('names both days for an activity that spans days', () => {
		// 26 September 2026 is a Saturday (day 269: Thursday + 268 days).
		expect(formatPeriod('2026-09-26T10:00', '2026-09-27T16:00')).toBe(
			'zaterdag 26 september 2026 10:00 uur tot zondag 27 september 2026 16:00 uur',
		);
	});

	it('spans the night summer time ends with the right wall-clock times', () => {
		expect(formatPeriod('2026-10-24T20:00', '2026-10-25T10:00')).toBe(
			'zaterdag 24 oktober 2026 20:00 uur tot zondag 25 oktober 2026 10:00 uur',
		);
	});
});

describe('isoInstant', () => {
	it('gives the UTC instant of a winter time', () => {
		expect(isoInstant('2026-12-08T19:30')).toBe('2026-12-08T18:30:00.000Z');
	});

	it('gives the UTC instant of a summer time', () => {
		expect(isoInstant('2026-07-15T12:00')).toBe('2026-07-15T10:00:00.000Z');
	});

	it('is a valid date-time string that parses back to the same instant', () => {
		const iso = isoInstant('2026-03-29T03:30');
		expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})$/);
		expect(Date.parse(iso)).toBe(Date.UTC(2026, 2, 29, 1, 30));
	});
});
