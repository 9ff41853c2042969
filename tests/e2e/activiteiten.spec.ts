/**
 * Activities in the built demo (build time 2026-11-20 10:00): the activities page of a wijk with
 * recurring activities and their cancelled dates, the archive, the item page with "In mijn agenda",
 * the calendar files read back by ical.js (times on both sides of 28 March 2027), keyboard, no-JS, print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

import { DIST, expectNoAxeViolations } from './support.ts';

const SPREEKUUR = '/wijken/centrum/activiteiten/inloopspreekuur-wijkplatform/';

function parseCalendar(text: string) {
	const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
	for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
	return cal;
}

/** The starts (UTC) of one series in a calendar, as ical.js expands RRULE, EXDATE and RECURRENCE-ID. */
function seriesStarts(cal: ICAL.Component, uid: string, from: string, until: string): string[] {
	const vevents = cal.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === uid);
	const master = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id')));
	for (const v of vevents.filter((x) => x.hasProperty('recurrence-id'))) master.relateException(new ICAL.Event(v));
	const it = master.iterator();
	const starts: string[] = [];
	for (let next = it.next(); next && next.toJSDate() <= new Date(until); next = it.next()) {
		const start = master.getOccurrenceDetails(next).startDate.toJSDate();
		if (start >= new Date(from)) starts.push(start.toISOString());
	}
	return starts;
}

test('the activities page of a wijk shows recurring activities with their rule and cancelled dates', async ({
	page,
}) => {
	await page.goto('/wijken/centrum/activiteiten/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activiteiten in Centrum');
	const card = page.locator('main li.card', {
		has: page.getByRole('link', { name: 'Inloopspreekuur van het wijkplatform' }),
	});
	await expect(card).toContainText('Volgende keer');
	// 8 December is cancelled, so the next time is the moved one on 19 January.
	await expect(card.locator('dd').first()).toHaveText('dinsdag 19 januari 2027, 16:00 tot 17:00 uur');
	await expect(card).toContainText(
		'Elke tweede dinsdag van de maand, van 16:00 tot 17:00 uur, tot en met 30 juni 2027.',
	);
	const cancelled = card.locator('.occurrence--vervalt');
	await expect(cancelled).toContainText('dinsdag 8 december 2026');
	await expect(cancelled).toContainText('Vervalt. De Waag is die dag in gebruik voor de kerstmarkt.');
	await expect(card.locator('.occurrence--verplaatst')).toContainText('Verplaatst van dinsdag 12 januari 2027.');
	await expect(page.getByRole('link', { name: 'Zet alle activiteiten van Centrum in uw agenda-app' })).toHaveAttribute(
		'href',
		'/wijken/centrum/activiteiten.ics',
	);
	await expect(page.getByRole('link', { name: 'archief van activiteiten' })).toHaveAttribute(
		'href',
		'/activiteiten/archief/',
	);
	// A one-off activity that has been is not among the coming ones.
	await expect(page.locator('main')).not.toContainText('Vergadering Wijkplatform Noordveld');
	await expectNoAxeViolations(page);
});

test('every wijk page links to its activities page, which exists', async ({ page }) => {
	for (const wijk of ['centrum', 'de-esch', 'ellerhoek', 'havenkwartier', 'noordveld']) {
		await page.goto(`/wijken/${wijk}/`);
		const link = page.locator(`main a[href="/wijken/${wijk}/activiteiten/"]`);
		await expect(link).toHaveCount(1);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/wijken/${wijk}/activiteiten/$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Activiteiten in');
	}
});

test('the archive lists past times, newest first, per month and with the wijk', async ({ page }) => {
	await page.goto('/activiteiten/');
	await page.getByRole('link', { name: 'archief van activiteiten' }).click();
	await expect(page).toHaveURL(/\/activiteiten\/archief\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archief van activiteiten');
	const months = await page.locator('main section > h2').allTextContents();
	expect(months.slice(0, 3)).toEqual(['november 2026', 'oktober 2026', 'september 2026']);
	const times = await page
		.locator('main .archive-list time')
		.evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
	expect(times.length).toBeGreaterThan(10);
	expect([...times].sort().reverse()).toEqual(times);
	// Nothing after the build time.
	expect(times.every((t) => new Date(t) < new Date('2026-11-20T09:00:00Z'))).toBe(true);
	const november = page.locator('main section', { has: page.getByRole('heading', { name: 'november 2026' }) });
	const spreekuur = november.locator('li', { hasText: 'Inloopspreekuur van het wijkplatform' });
	await expect(spreekuur).toContainText('dinsdag 10 november 2026, 16:00 tot 17:00 uur');
	await expect(spreekuur).toContainText('Centrum');
	await expect(november.locator('li', { hasText: 'Koffieochtend voor buren' })).toHaveCount(3);
	await expectNoAxeViolations(page);
});

test('the item page of a recurring activity: rule, next dates, changes, past count, breadcrumb', async ({ page }) => {
	await page.goto(SPREEKUUR);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloopspreekuur van het wijkplatform');
	await expect(page.getByRole('navigation', { name: /kruimelpad/i }).getByRole('link')).toHaveText([
		'Home',
		'Wijken',
		'Centrum',
		'Activiteiten',
	]);
	const facts = page.locator('main dl.facts');
	await expect(facts).toContainText('Elke tweede dinsdag van de maand');
	await expect(facts).toContainText('dinsdag 19 januari 2027, 16:00 tot 17:00 uur');
	const changes = page.locator('main section', { has: page.getByRole('heading', { name: 'Let op: andere data' }) });
	await expect(changes).toContainText(
		'Vervalt: dinsdag 8 december 2026, 16:00 tot 17:00 uur. De Waag is die dag in gebruik voor de kerstmarkt.',
	);
	await expect(changes).toContainText(
		'Verplaatst: nu op dinsdag 19 januari 2027, 16:00 tot 17:00 uur. Verplaatst van dinsdag 12 januari 2027.',
	);
	const dates = page
		.locator('main section', { has: page.getByRole('heading', { name: 'De komende data' }) })
		.locator('li');
	await expect(dates.first()).toContainText('dinsdag 8 december 2026');
	// 9 March (winter time) and 13 April (summer time) both at 16:00 local.
	await expect(dates.filter({ hasText: 'dinsdag 9 maart 2027' })).toHaveText(/16:00 tot 17:00 uur/);
	await expect(dates.filter({ hasText: 'dinsdag 13 april 2027' })).toHaveText(/16:00 tot 17:00 uur/);
	const april = await dates.filter({ hasText: 'dinsdag 13 april 2027' }).locator('time').getAttribute('datetime');
	expect(april).toBe('2027-04-13T14:00:00.000Z');
	await expect(page.locator('main')).toContainText('Deze activiteit was al 3 keer eerder.');
	await expectNoAxeViolations(page);
});

test('"In mijn agenda" downloads a calendar file of the activity', async ({ page, request }) => {
	await page.goto(SPREEKUUR);
	const link = page.getByRole('link', { name: 'In mijn agenda' });
	await expect(link).toHaveAttribute('download', '');
	await expect(link.locator('xpath=..')).toContainText('u downloadt een agendabestand (.ics)');
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toBe('inloopspreekuur-wijkplatform.ics');
	const text = readFileSync(await download.path(), 'utf8');
	expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	const response = await request.get('/wijken/centrum/activiteiten/inloopspreekuur-wijkplatform.ics');
	expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const cal = parseCalendar(await response.text());
	const uid = 'centrum-inloopspreekuur-wijkplatform@wijken.brinkwoude.example';
	expect(seriesStarts(cal, uid, '2026-11-20T00:00:00Z', '2027-05-01T00:00:00Z')).toEqual([
		'2027-01-19T15:00:00.000Z',
		'2027-02-09T15:00:00.000Z',
		'2027-03-09T15:00:00.000Z',
		'2027-04-13T14:00:00.000Z',
	]);
});

test('the calendar files of the wijken and the portal: every event has its page, times keep across summer time', () => {
	const portal = parseCalendar(readFileSync(join(DIST, 'activiteiten.ics'), 'utf8'));
	const events = portal.getAllSubcomponents('vevent');
	expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBeGreaterThanOrEqual(20);
	for (const e of events) {
		expect(String(e.getFirstPropertyValue('url'))).toMatch(
			/^https:\/\/wijken\.brinkwoude\.example\/wijken\/[^/]+\/activiteiten\/[^/]+\/$/,
		);
	}
	for (const wijk of ['centrum', 'de-esch', 'ellerhoek', 'havenkwartier', 'noordveld']) {
		const text = readFileSync(join(DIST, 'wijken', wijk, 'activiteiten.ics'), 'utf8');
		expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
		expect(parseCalendar(text).getFirstPropertyValue('x-wr-calname')).toContain('activiteiten');
	}
	// Weekly on Wednesday at 10:00 in De Esch, around 28 March 2027; 23 and 30 December cancelled.
	const esch = parseCalendar(readFileSync(join(DIST, 'wijken/de-esch/activiteiten.ics'), 'utf8'));
	const uid = 'de-esch-koffieochtend@wijken.brinkwoude.example';
	expect(seriesStarts(esch, uid, '2027-03-20T00:00:00Z', '2027-04-01T00:00:00Z')).toEqual([
		'2027-03-24T09:00:00.000Z',
		'2027-03-31T08:00:00.000Z',
	]);
	expect(seriesStarts(esch, uid, '2026-12-15T00:00:00Z', '2027-01-08T00:00:00Z')).toEqual([
		'2026-12-16T09:00:00.000Z',
		'2027-01-06T09:00:00.000Z',
	]);
	// Before and after 25 October 2026.
	expect(seriesStarts(esch, uid, '2026-10-20T00:00:00Z', '2026-11-01T00:00:00Z')).toEqual([
		'2026-10-21T08:00:00.000Z',
		'2026-10-28T09:00:00.000Z',
	]);
});

test('keyboard: Tab reaches "In mijn agenda" on the item page', async ({ page }) => {
	await page.goto(SPREEKUUR);
	let found = false;
	for (let i = 0; i < 60 && !found; i++) {
		await page.keyboard.press('Tab');
		found = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'In mijn agenda');
	}
	expect(found).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the activities page, the archive and the item page show everything', async ({ page }) => {
		await page.goto('/wijken/havenkwartier/activiteiten/');
		const repair = page.locator('main li.card', { hasText: 'Repaircafé Havenkwartier' });
		await expect(repair).toContainText('Elke laatste zaterdag van de maand, van 13:00 tot 16:00 uur.');
		await expect(repair).toContainText(
			'Verplaatst van zaterdag 26 december 2026. Op 26 december is het Tweede Kerstdag.',
		);
		await page.goto('/activiteiten/archief/');
		await expect(page.locator('main .archive-list li').first()).toBeVisible();
		await page.goto(SPREEKUUR);
		await expect(page.getByRole('link', { name: 'In mijn agenda' })).toBeVisible();
	});
});

test('print: the subscribe block is left out, the dates and changes stay', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto('/wijken/centrum/activiteiten/');
	await expect(page.locator('main .subscribe')).toBeHidden();
	await expect(page.locator('main .occurrence--vervalt').first()).toBeVisible();
	await page.goto(SPREEKUUR);
	await expect(page.getByRole('heading', { name: 'Let op: andere data' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'In mijn agenda' })).toBeHidden();
});

test('no sideways scrolling at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	for (const path of ['/wijken/centrum/activiteiten/', '/activiteiten/', '/activiteiten/archief/', SPREEKUUR]) {
		await page.goto(path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
	}
});
