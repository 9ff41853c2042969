/**
 * iCalendar files (RFC 5545) of activities, to subscribe to (per wijk, the whole portal) or to put
 * one activity in a calendar app. Written here rather than with a library so every line is under
 * control: CRLF line ends, lines folded at 75 octets, text escaped, a real VTIMEZONE for
 * Europe/Amsterdam, and nothing that changes between builds unless the content changes (stable
 * UIDs, DTSTAMP from the content, never the build clock).
 *
 * A recurring activity is one VEVENT with an RRULE; cancelled dates are EXDATEs; each moved date is
 * an extra VEVENT with the same UID and a RECURRENCE-ID.
 */
import { fromAmsterdamTime, TIME_ZONE } from '#lib/site/dates.ts';

import { effectiveWeek, occurrences, type Recurring } from './recurrence.ts';

export interface IcsActivity extends Recurring {
	/** Collection id, "<wijk>/<naam>". */
	id: string;
	titel: string;
	plaats: { naam: string; adres: string; locatie?: { lat: number; lon: number } | undefined };
	/** Plain text (no Markdown), already shortened. */
	beschrijving: string;
	/** Absolute address of the activity's page. */
	url: string;
	/** A stable moment for DTSTAMP and LAST-MODIFIED (e.g. from the content), as an instant. */
	gewijzigd: Date;
}

export interface IcsCalendar {
	naam: string;
	beschrijving: string;
	/** Host of the portal, for the UIDs ("wijken.gemeente.nl"). */
	host: string;
	activiteiten: readonly IcsActivity[];
}

/** Europe/Amsterdam since 1996: summer time from the last Sunday of March to the last Sunday of October. */
const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${TIME_ZONE}`,
	`X-LIC-LOCATION:${TIME_ZONE}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE',
];

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** TEXT value escaping (RFC 5545 3.3.11); other control characters are left out. */
export function escapeText(value: string): string {
	return value
		.replace(/\r\n?|[\u2028\u2029]/g, '\n')
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\n/g, '\\n');
}

/** Fold a content line into lines of at most 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string[] {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = Buffer.byteLength(char, 'utf8');
		const limit = out.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			out.push(out.length === 0 ? current : ` ${current}`);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	out.push(out.length === 0 ? current : ` ${current}`);
	return out;
}

/** "2026-12-08T16:00" → "20261208T160000" (local time, used with TZID). */
function localStamp(local: string): string {
	return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** An instant in UTC: "20261208T150000Z". */
function utcStamp(instant: Date): string {
	return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The RRULE of a recurring activity, e.g. "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T215959Z". */
export function rrule(activity: Recurring): string | undefined {
	const h = activity.herhaling;
	if (!h) return undefined;
	const first = activity.start.slice(0, 10);
	const day = BYDAY[new Date(`${first}T12:00:00Z`).getUTCDay()]!;
	const parts =
		h.elke === 'maand'
			? ['FREQ=MONTHLY', `BYDAY=${((w) => (w === 'laatste' ? -1 : w))(effectiveWeek(first, h.weekInMaand))}${day}`]
			: ['FREQ=WEEKLY', ...(h.elke === '2 weken' ? ['INTERVAL=2'] : []), `BYDAY=${day}`];
	// UNTIL is in UTC when DTSTART has a TZID: the end of the day `tot` in Amsterdam.
	if (h.tot) parts.push(`UNTIL=${utcStamp(new Date(fromAmsterdamTime(`${h.tot}T23:59`).getTime() + 59_000))}`);
	return parts.join(';');
}

/** A UID that stays the same in every build: "<wijk>-<naam>@<host>". */
export function uidOf(id: string, host: string): string {
	return `${id.replace(/\//g, '-')}@${host}`;
}

function eventLines(a: IcsActivity, host: string): string[][] {
	const uid = uidOf(a.id, host);
	const stamp = utcStamp(a.gewijzigd);
	const common = (start: string, eind: string, description: string) => [
		`UID:${uid}`,
		`DTSTAMP:${stamp}`,
		`LAST-MODIFIED:${stamp}`,
		`DTSTART;TZID=${TIME_ZONE}:${localStamp(start)}`,
		`DTEND;TZID=${TIME_ZONE}:${localStamp(eind)}`,
		`SUMMARY:${escapeText(a.titel)}`,
		`LOCATION:${escapeText(`${a.plaats.naam}, ${a.plaats.adres}`)}`,
		...(a.plaats.locatie ? [`GEO:${a.plaats.locatie.lat};${a.plaats.locatie.lon}`] : []),
		`DESCRIPTION:${escapeText(description)}`,
		`URL;VALUE=URI:${a.url}`,
		'STATUS:CONFIRMED',
		'TRANSP:OPAQUE',
	];
	const rule = rrule(a);
	if (!rule || !a.herhaling) {
		return [['BEGIN:VEVENT', ...common(a.start, a.eind, `${a.beschrijving}\n\n${a.url}`), 'END:VEVENT']];
	}
	const exceptions = a.herhaling.uitzonderingen ?? [];
	const last =
		exceptions
			.map((u) => u.datum)
			.sort()
			.at(-1) ?? a.start.slice(0, 10);
	const changed = occurrences(a, last).filter((o) => o.status !== 'gewoon');
	const master = [
		'BEGIN:VEVENT',
		...common(a.start, a.eind, `${a.beschrijving}\n\n${a.url}`),
		`RRULE:${rule}`,
		...changed
			.filter((o) => o.status === 'vervalt')
			.map((o) => `EXDATE;TZID=${TIME_ZONE}:${localStamp(o.volgensRegel)}`),
		'END:VEVENT',
	];
	const moved = changed
		.filter((o) => o.status === 'verplaatst')
		.map((o) => [
			'BEGIN:VEVENT',
			...common(
				o.start,
				o.eind,
				`${o.reden ? `Verplaatst: ${o.reden}\n\n` : 'Verplaatst.\n\n'}${a.beschrijving}\n\n${a.url}`,
			),
			`RECURRENCE-ID;TZID=${TIME_ZONE}:${localStamp(o.volgensRegel)}`,
			'END:VEVENT',
		]);
	return [master, ...moved];
}

/** The whole file, CRLF line ends, ready to write. */
export function icsCalendar(cal: IcsCalendar): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//Wijkportaal//${escapeText(cal.host)}//NL`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(cal.naam)}`,
		`NAME:${escapeText(cal.naam)}`,
		`X-WR-CALDESC:${escapeText(cal.beschrijving)}`,
		`X-WR-TIMEZONE:${TIME_ZONE}`,
		'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
		'X-PUBLISHED-TTL:PT12H',
		...VTIMEZONE,
		...[...cal.activiteiten].sort((x, y) => x.id.localeCompare(y.id)).flatMap((a) => eventLines(a, cal.host).flat()),
		'END:VCALENDAR',
	];
	return `${lines.flatMap(foldLine).join('\r\n')}\r\n`;
}

/** An activity as stored (id, data, Markdown body) → what the calendar file needs. */
export function icsActivity(
	entry: {
		id: string;
		body?: string | undefined;
		data: Pick<IcsActivity, 'titel' | 'start' | 'eind' | 'plaats'> & Pick<Recurring, 'herhaling'>;
	},
	webadres: string,
	pagePath: string,
	excerpt: (markdown: string) => string,
): IcsActivity {
	const { data } = entry;
	return {
		id: entry.id,
		titel: data.titel,
		start: data.start,
		eind: data.eind,
		...(data.herhaling ? { herhaling: data.herhaling } : {}),
		plaats: data.plaats,
		beschrijving: excerpt(entry.body ?? ''),
		url: `${webadres}${pagePath}`,
		// Stable between builds: the file changes only when the content does (the first time is content).
		gewijzigd: fromAmsterdamTime(data.start),
	};
}

/** The response of a calendar file. */
export function icsResponse(text: string): Response {
	return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
