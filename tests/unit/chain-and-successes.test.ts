/**
 * The linked chain (src/lib/verbanden/chain.ts), what counts as a success
 * (src/lib/successen/successes.ts) and whether a story's consent still holds
 * (src/lib/verhalen/consent.ts).
 */
import { describe, expect, it } from 'vitest';

import { plainExcerpt } from '#lib/markdown/excerpt.ts';
import { sortSuccesses, type Succes, successesOfWijk } from '#lib/successen/successes.ts';
import { createChain } from '#lib/verbanden/chain.ts';
import { consentHolds, endedConsentNotice, shownStoryteller } from '#lib/verhalen/consent.ts';
import type { Verbanden } from '#schemas/verbanden.ts';

const none: Verbanden = { agenda: [], initiatieven: [], verhalen: [], nieuws: [] };

describe('the linked chain', () => {
	const chain = createChain([
		{ soort: 'agenda', id: 'noord/wandelroute', verbanden: none },
		{ soort: 'initiatieven', id: 'bankjes', verbanden: { ...none, agenda: ['noord/wandelroute'] } },
		{ soort: 'verhalen', id: 'mijn-route', verbanden: { ...none, initiatieven: ['bankjes'], verhalen: ['weg'] } },
		{
			soort: 'nieuws',
			id: 'route-open',
			verbanden: { ...none, agenda: ['noord/wandelroute'], nieuws: ['route-open'] },
		},
	]);

	it('shows a link named in one file on both pages', () => {
		expect(chain.linksOf('agenda', 'noord/wandelroute')).toEqual({
			hoortBij: [{ soort: 'initiatieven', id: 'bankjes' }],
			hieroverVerteld: [{ soort: 'nieuws', id: 'route-open' }],
		});
		expect(chain.linksOf('initiatieven', 'bankjes')).toEqual({
			hoortBij: [{ soort: 'agenda', id: 'noord/wandelroute' }],
			hieroverVerteld: [{ soort: 'verhalen', id: 'mijn-route' }],
		});
		expect(chain.linksOf('nieuws', 'route-open').hoortBij).toEqual([{ soort: 'agenda', id: 'noord/wandelroute' }]);
	});

	it('leaves out names of pages that are not published, and a page naming itself', () => {
		expect(chain.linksOf('verhalen', 'mijn-route')).toEqual({
			hoortBij: [{ soort: 'initiatieven', id: 'bankjes' }],
			hieroverVerteld: [],
		});
		expect(chain.linksOf('nieuws', 'route-open').hieroverVerteld).toEqual([]);
		expect(chain.linksOf('verhalen', 'bestaat-niet')).toEqual({ hoortBij: [], hieroverVerteld: [] });
	});
});

describe('successes', () => {
	const item = (soort: Succes['soort'], titel: string, datum: string, wijken: string[]): Succes => ({
		soort,
		id: titel,
		titel,
		datum,
		href: `/${titel}/`,
		wijken,
	});

	it('puts the newest first, and on the same day plans before stories and news', () => {
		const sorted = sortSuccesses([
			item('nieuws', 'Bericht', '2026-05-01', []),
			item('verhalen', 'Verhaal', '2026-05-01', ['noord']),
			item('agenda', 'Speeltuin', '2026-05-01', ['noord']),
			item('initiatieven', 'Moestuin', '2026-06-01', ['zuid']),
		]);
		expect(sorted.map((s) => s.titel)).toEqual(['Moestuin', 'Speeltuin', 'Verhaal', 'Bericht']);
	});

	it('gives a wijk only its own successes', () => {
		const all = [item('agenda', 'A', '2026-01-01', ['noord']), item('nieuws', 'B', '2026-01-02', ['noord', 'zuid'])];
		expect(successesOfWijk(all, 'zuid').map((s) => s.titel)).toEqual(['B']);
		expect(successesOfWijk(all, 'oost')).toEqual([]);
	});
});

describe('consent of a story', () => {
	const story = {
		titel: 'Mijn straat',
		verteller: 'Ans',
		foto: { bestand: 'beelden/ans.jpg', alt: 'Ans' },
		toestemming: {
			datum: '2025-01-01',
			publiceren: 'naam' as const,
			tot: '2026-06-30',
			jonger_dan_16: false,
		},
	};

	it('holds up to and including its last day, and always without an end', () => {
		expect(consentHolds(story, '2026-06-30')).toBe(true);
		expect(consentHolds(story, '2026-07-01')).toBe(false);
		expect(consentHolds({ toestemming: { ...story.toestemming, tot: undefined } }, '2099-01-01')).toBe(true);
	});

	it('shows only what the consent covers', () => {
		expect(shownStoryteller(story)).toEqual({ naam: 'Ans', foto: undefined });
		expect(shownStoryteller({ ...story, toestemming: { ...story.toestemming, publiceren: 'anoniem' } })).toEqual({
			naam: undefined,
			foto: undefined,
		});
	});

	it('tells the editors in Dutch why a story is no longer on the site', () => {
		expect(endedConsentNotice('content/verhalen/straat.md', story)).toBe(
			'content/verhalen/straat.md: het verhaal "Mijn straat" staat niet meer op de site, omdat de toestemming liep tot 2026-06-30. Vraag de verteller om nieuwe toestemming en zet een nieuwe datum bij tot, of haal het verhaal weg.',
		);
	});
});

describe('plain excerpt of a story or plan', () => {
	it('keeps only text, from the first paragraphs, cut at a word', () => {
		const md =
			'## Kop\n\nIk woon al **twintig jaar** in [de wijk](https://example.org).\n\n- lijst\n\nTweede alinea met meer woorden.';
		expect(plainExcerpt(md)).toBe('Ik woon al twintig jaar in de wijk. Tweede alinea met meer woorden.');
		expect(plainExcerpt(md, 30)).toBe('Ik woon al twintig jaar in de…');
		expect(plainExcerpt('<script>alert(1)</script>\n\nTekst')).toBe('Tekst');
	});
});
