/**
 * The history of agenda items, without Git: reading `git log -z --raw` output, following a
 * file through renames, and turning its versions into the events residents read (added,
 * status, text), with the feed items of a wijk. Git itself: tests/integration/agenda-history.
 */
import { describe, expect, it } from 'vitest';

import {
	cleanReason,
	fileEvents,
	historyEvents,
	MAX_REDEN,
	readVersion,
	type VersionInput,
} from '#lib/agenda/history/events.ts';
import { agendaFeedItems } from '#lib/agenda/history/feed.ts';
import { parseBatch } from '#lib/agenda/history/git.ts';
import { agendaFile } from '#lib/agenda/history/history.ts';
import { parseGitLog, versionsOf } from '#lib/agenda/history/parse.ts';
import { eventAnchor, eventSentence } from '#lib/agenda/history/text.ts';

const H = (n: number) => String(n).repeat(40).slice(0, 40);
const B = (n: number) => `b${String(n).repeat(39)}`.slice(0, 40);
const Z = '0'.repeat(40);

/** An agenda file as an editor writes it. */
function file(fields: {
	titel?: string;
	status?: string;
	samenvatting?: string;
	wat?: string;
	links?: string;
	body?: string;
}): string {
	const {
		titel = 'Nieuwe speeltuin',
		status = 'idee',
		samenvatting = 'Een speeltuin op het plein.',
		wat = 'Het wijkplatform bespreekt het plan.',
		links = 'https://example.org/a',
		body = 'Er komt een speeltuin.',
	} = fields;
	return [
		'---',
		`titel: ${titel}`,
		`status: ${status}`,
		`samenvatting: ${samenvatting}`,
		'volgendeStap:',
		`  wat: ${wat}`,
		'  wanneer: voorjaar 2027',
		'links:',
		'  - titel: Ontwerp',
		`    url: ${links}`,
		'---',
		body,
		'',
	].join('\n');
}

const version = (n: number, date: string, subject: string, text?: string): VersionInput => ({
	hash: H(n),
	date,
	subject,
	text,
});

describe('parseGitLog', () => {
	// What `git log -z --format=%x1e%H%x00%aI%x00%s --raw --no-abbrev -M` writes.
	const raw = (status: string, blob: string, ...paths: string[]) =>
		`\n:100644 100644 ${'1'.repeat(40)} ${blob} ${status}\0${paths.join('\0')}\0`;
	const log =
		`\x1e${H(3)}\x002026-10-02T23:30:00+00:00\x00Naam verbeterd\0` +
		raw('R087', B(3), 'content/wijken/noord/agenda/speeltuin.md', 'content/wijken/noord/agenda/speelplek.md') +
		raw('M', B(9), 'content/wijken/noord/agenda/bankjes.md') +
		`\x1e${H(2)}\x002026-05-01T10:00:00+02:00\x00Gepland: de gemeente betaalt\0` +
		raw('M', B(2), 'content/wijken/noord/agenda/speeltuin.md') +
		`\x1e${H(1)}\x002026-03-14T09:00:00+01:00\x00Speeltuin op de agenda\0` +
		raw('A', B(1), 'content/wijken/noord/agenda/speeltuin.md') +
		`\x1enot a commit\x00x\x00y\0`;

	it('reads commits, newest first, with their changed files and renames', () => {
		const commits = parseGitLog(log);
		expect(commits.map((c) => c.subject)).toEqual([
			'Naam verbeterd',
			'Gepland: de gemeente betaalt',
			'Speeltuin op de agenda',
		]);
		expect(commits[0]!.changes).toEqual([
			{
				status: 'R',
				blob: B(3),
				path: 'content/wijken/noord/agenda/speelplek.md',
				from: 'content/wijken/noord/agenda/speeltuin.md',
			},
			{ status: 'M', blob: B(9), path: 'content/wijken/noord/agenda/bankjes.md' },
		]);
	});

	it('follows a file back through its rename to the commit that added it', () => {
		const versions = versionsOf(parseGitLog(log), 'content/wijken/noord/agenda/speelplek.md');
		expect(versions.map((v) => [v.hash, v.blob, v.path])).toEqual([
			[H(1), B(1), 'content/wijken/noord/agenda/speeltuin.md'],
			[H(2), B(2), 'content/wijken/noord/agenda/speeltuin.md'],
			[H(3), B(3), 'content/wijken/noord/agenda/speelplek.md'],
		]);
		// The old name on its own has no history any more: the file moved.
		expect(versionsOf(parseGitLog(log), 'content/wijken/noord/agenda/onbekend.md')).toEqual([]);
	});

	it('stops at a deletion: a file that came back later starts a new history', () => {
		const path = 'wijken/noord/agenda/x.md';
		const commits = parseGitLog(
			`\x1e${H(3)}\x002026-03-03T10:00:00+01:00\x00Terug\0${raw('A', B(3), path)}` +
				`\x1e${H(2)}\x002026-03-02T10:00:00+01:00\x00Weg\0${raw('D', Z, path)}` +
				`\x1e${H(1)}\x002026-03-01T10:00:00+01:00\x00Eerst\0${raw('A', B(1), path)}`,
		);
		expect(versionsOf(commits, path).map((v) => v.subject)).toEqual(['Terug']);
	});

	it('returns nothing for empty or garbled output', () => {
		expect(parseGitLog('')).toEqual([]);
		expect(parseGitLog('fatal: bad revision')).toEqual([]);
	});
});

describe('historyEvents', () => {
	it('lists the first version as added, with its status and reason', () => {
		const events = historyEvents([version(1, '2026-03-14T09:00:00+01:00', 'Speeltuin op de agenda', file({}))]);
		expect(events).toEqual([
			{
				soort: 'toegevoegd',
				datum: '2026-03-14',
				reden: 'Speeltuin op de agenda',
				sleutel: H(1),
				status: 'idee',
				onderdelen: [],
			},
		]);
		expect(eventSentence(events[0]!)).toBe('Toegevoegd aan de wijkagenda, met status idee');
	});

	it('names the earlier day the file gives when the item was on the agenda before its file came into Git', () => {
		const imported = file({}).replace('status: idee', 'status: idee\ntoegevoegd: 2025-01-20');
		const [event] = historyEvents([version(1, '2026-03-14T09:00:00+01:00', 'Overgezet', imported)]);
		expect(event).toMatchObject({ soort: 'toegevoegd', datum: '2026-03-14', sinds: '2025-01-20' });
		expect(eventSentence(event!)).toBe(
			'Vastgelegd in het versiebeheer, met status idee; op de wijkagenda sinds 20 januari 2025',
		);
		const same = file({}).replace('status: idee', 'status: idee\ntoegevoegd: 2026-03-14');
		expect(historyEvents([version(1, '2026-03-14T09:00:00+01:00', 'Nieuw', same)])[0]!.sinds).toBeUndefined();
	});

	it('lists a change of status with the status before and after, on the Dutch calendar day', () => {
		const events = historyEvents([
			version(1, '2026-03-14T09:00:00+01:00', 'Toegevoegd', file({})),
			// 23:30 UTC is already the next day in the Netherlands.
			version(2, '2026-05-01T23:30:00+00:00', 'Gemeente betaalt', file({ status: 'gepland' })),
		]);
		expect(events[1]).toMatchObject({ soort: 'status', van: 'idee', status: 'gepland', datum: '2026-05-02' });
		expect(events[1]!.onderdelen).toEqual([]);
		expect(eventSentence(events[1]!)).toBe('Status gewijzigd van idee naar gepland');
	});

	it('lists a change of text, naming the parts that changed', () => {
		const events = historyEvents([
			version(1, '2026-03-14T09:00:00+01:00', 'Toegevoegd', file({})),
			version(2, '2026-04-01T09:00:00+02:00', 'Tekst', file({ titel: 'Speelplek', body: 'Nu met bankjes.' })),
			version(
				3,
				'2026-04-02T09:00:00+02:00',
				'Stap',
				file({ titel: 'Speelplek', body: 'Nu met bankjes.', wat: 'Bouw.' }),
			),
		]);
		expect(events.slice(1).map((e) => [e.soort, e.onderdelen])).toEqual([
			['tekst', ['titel', 'beschrijving']],
			['tekst', ['volgende stap']],
		]);
		expect(eventSentence(events[1]!)).toBe('Titel en beschrijving aangepast');
	});

	it('joins a change of status and text in one event', () => {
		const events = historyEvents([
			version(1, '2026-03-14T09:00:00+01:00', 'Toegevoegd', file({})),
			version(2, '2026-04-01T09:00:00+02:00', 'Klaar', file({ status: 'gerealiseerd', samenvatting: 'Klaar.' })),
		]);
		expect(events).toHaveLength(2);
		expect(eventSentence(events[1]!)).toBe('Status gewijzigd van idee naar gerealiseerd; ook samenvatting aangepast');
	});

	it('leaves out changes that touch neither status nor text (links only, a rename, the same text)', () => {
		const events = historyEvents([
			version(1, '2026-03-14T09:00:00+01:00', 'Toegevoegd', file({})),
			version(2, '2026-04-01T09:00:00+02:00', 'Link', file({ links: 'https://example.org/b' })),
			version(3, '2026-04-02T09:00:00+02:00', 'Hernoemd', file({ links: 'https://example.org/b' })),
			version(
				4,
				'2026-04-03T09:00:00+02:00',
				'Witruimte',
				file({ links: 'https://example.org/b' }).replace('\n---\n', '\n---\n\n'),
			),
		]);
		expect(events.map((e) => e.soort)).toEqual(['toegevoegd']);
	});

	it('skips an old version that cannot be read, and compares with the last one that could', () => {
		const events = historyEvents([
			version(1, '2026-03-14T09:00:00+01:00', 'Toegevoegd', file({})),
			version(2, '2026-04-01T09:00:00+02:00', 'Kapot', 'geen kop\n: [ niet af'),
			version(3, '2026-04-02T09:00:00+02:00', 'Niet leesbaar', undefined),
			version(4, '2026-04-03T09:00:00+02:00', 'Gepland', file({ status: 'gepland' })),
		]);
		expect(events.map((e) => [e.soort, e.reden])).toEqual([
			['toegevoegd', 'Toegevoegd'],
			['status', 'Gepland'],
		]);
		expect(events[1]!.van).toBe('idee');
	});

	it('reads old versions that do not fit today’s schema without throwing', () => {
		expect(readVersion('---\ntitel: [1, 2\n---\n')).toBeUndefined();
		expect(readVersion('---\n- een lijst\n---\n')).toBeUndefined();
		expect(readVersion('---\ntitel: Oud\nstatus: onbekend\nvolgendeStap: later\n---\nTekst')).toEqual({
			status: undefined,
			titel: 'Oud',
			samenvatting: undefined,
			volgendeStap: 'later',
			beschrijving: 'Tekst',
		});
		// An unknown status in an old version is no change of status.
		const events = historyEvents([
			version(1, '2026-03-14T09:00:00+01:00', 'Toegevoegd', file({ status: 'bezig' })),
			version(2, '2026-04-01T09:00:00+02:00', 'Gepland', file({ status: 'gepland' })),
		]);
		expect(events.map((e) => e.soort)).toEqual(['toegevoegd']);
	});
});

describe('cleanReason', () => {
	it('keeps a commit subject as plain text on one line, within MAX_REDEN characters', () => {
		expect(cleanReason('  Aannemer   gekozen \t')).toBe('Aannemer gekozen');
		expect(cleanReason('a\u0007b\u202ec')).toBe('a b c');
		expect(cleanReason('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
		const long = cleanReason('woord '.repeat(100));
		expect([...long]).toHaveLength(MAX_REDEN);
		expect(long.endsWith('…')).toBe(true);
	});
});

describe('fileEvents (without Git history)', () => {
	it('gives added, and last changed when that is a later day', () => {
		expect(
			fileEvents({ toegevoegd: '2026-03-14', gewijzigd: '2026-09-02', status: 'gepland' }).map((e) => [
				e.soort,
				e.datum,
			]),
		).toEqual([
			['toegevoegd', '2026-03-14'],
			['gewijzigd', '2026-09-02'],
		]);
		expect(fileEvents({ toegevoegd: '2026-03-14', gewijzigd: '2026-03-14', status: 'idee' })).toHaveLength(1);
	});
});

describe('agendaFeedItems', () => {
	const item = {
		id: 'noord/speeltuin',
		titel: 'Nieuwe speeltuin',
		samenvatting: 'Een speeltuin op het plein.',
		status: 'gepland' as const,
		thema: 'basis op orde',
		toegevoegd: '2026-03-14',
		gewijzigd: '2026-09-02',
	};
	const events = historyEvents([
		version(1, '2026-03-14T09:00:00+01:00', 'Speeltuin op de agenda', file({})),
		version(2, '2026-05-01T09:00:00+02:00', 'De gemeente betaalt', file({ status: 'gepland' })),
	]);

	it('gives one item per event, newest first, each with its own link to the event on the item page', () => {
		const feed = agendaFeedItems(
			[
				{ item, history: { bron: 'git', events, nietVastgelegd: false } },
				{ item: { ...item, id: 'noord/bankjes', titel: 'Bankjes' }, history: { bron: 'bestand', waarom: 'ondiep' } },
			],
			'https://wijken.example',
		);
		expect(feed.map((f) => f.title)).toEqual([
			'Gewijzigd: Bankjes (nu: gepland)',
			'Status gewijzigd: Nieuwe speeltuin (nu: gepland)',
			// Same day: in the order of their addresses.
			'Nieuw op de wijkagenda: Bankjes',
			'Nieuw op de wijkagenda: Nieuwe speeltuin',
		]);
		expect(feed[1]).toMatchObject({
			link: `https://wijken.example/wijken/noord/agenda/speeltuin/#${eventAnchor(events[1]!)}`,
			description: 'Status gewijzigd van idee naar gepland. Reden: De gemeente betaalt. Een speeltuin op het plein.',
			categories: ['Wijkagenda', 'basis op orde'],
		});
		expect(new Set(feed.map((f) => f.link)).size).toBe(feed.length);
		expect(
			agendaFeedItems([{ item, history: { bron: 'git', events, nietVastgelegd: false } }], 'https://x.nl', 1),
		).toHaveLength(1);
	});

	it('in another language: the texts of the feed in it, links to the item page in it', () => {
		const feed = agendaFeedItems(
			[{ item: { ...item, titel: 'New playground' }, history: { bron: 'git', events, nietVastgelegd: false } }],
			'https://wijken.example',
			50,
			'en',
		);
		expect(feed.map((f) => f.title)).toEqual([
			'Status changed: New playground (now: planned)',
			'New on the district agenda: New playground',
		]);
		expect(feed[0]).toMatchObject({
			link: `https://wijken.example/en/wijken/noord/agenda/speeltuin/#${eventAnchor(events[1]!)}`,
			categories: ['District agenda', 'basis op orde'],
		});
		expect(feed[0]!.description).toMatch(/^Status changed from idea to planned\. Reason: De gemeente betaalt\. /);
	});
});

describe('parseBatch and agendaFile', () => {
	it('reads the blobs of `git cat-file --batch`, skipping missing ones and text that is not UTF-8', () => {
		const blobs = new Map<string, string>();
		const out = Buffer.concat([
			Buffer.from(`${B(1)} blob 6\nhéj\n\n`),
			Buffer.from(`${B(2)} missing\n`),
			Buffer.from(`${B(3)} blob 2\n`),
			Buffer.from([0xff, 0xfe]),
			Buffer.from('\n'),
			Buffer.from(`${B(4)} blob 3\nabc\n`),
		]);
		parseBatch(out, blobs);
		expect([...blobs]).toEqual([
			[B(1), 'héj\n\n'],
			[B(4), 'abc'],
		]);
		expect(agendaFile('noord/speeltuin')).toBe('wijken/noord/agenda/speeltuin.md');
	});
});
