/**
 * Every page type of the demo portal shows the content of its files: expectations come
 * from the content folder itself (read with the same library as the build), so the test
 * follows the demo when editors change it, and fails when a page drops what it should show.
 */
import { join } from 'node:path';

import { expect, type Locator, type Page, test } from '@playwright/test';

import { upcoming } from '#lib/activiteiten/activities.ts';
import { countByStatus, groupByStatus, STATUS_LABELS } from '#lib/agenda/agenda.ts';
import { loadContent, type PortalContent } from '#lib/content/load.ts';
import { formatDate, formatPeriod } from '#lib/site/dates.ts';
import { buurtSlug, urls, wijkSlugOf } from '#lib/site/urls.ts';
import { contactTitle } from '#lib/wijken/roles.ts';
import { testBuildTime } from '#tests/support/build-time.ts';
import { REPO } from '#tests/support/fixtures.ts';

const loaded = loadContent(join(REPO, 'content'));
const content = loaded.content as PortalContent;
const { portaal } = content;
const wijken = content.wijken;
const idOf = (item: { file: { file: { id: string } } }) => item.file.file.id;
const agendaOf = (wijk: string) => content.agenda.filter((a) => wijkSlugOf(idOf(a)) === wijk);

/** The section that a heading with this text opens. */
function section(page: Page, heading: string | RegExp): Locator {
	return page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: heading, exact: typeof heading === 'string' }) })
		.last();
}

test('the demo content is valid', () => {
	expect(loaded.problems).toEqual([]);
	expect(wijken.length).toBeGreaterThanOrEqual(5);
	// The wijk tests below check a consented name on the page: the demo must have one.
	expect(
		wijken.flatMap((w) => w.data.contacten).filter((c) => c.naam && c.toestemming === true).length,
	).toBeGreaterThan(0);
});

test('home: municipality, every wijk, upcoming activities and latest news', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(portaal.data.naam);
	await expect(page.getByText('Dit is een voorbeeld.')).toBeVisible();
	const wijkSection = section(page, 'Wijken en dorpen');
	for (const wijk of wijken) {
		// The card's link (the map beside it links the same pages by aria-label, without text).
		await expect(
			wijkSection.getByRole('link', { name: wijk.data.naam, exact: true }).filter({ hasText: wijk.data.naam }),
		).toHaveAttribute('href', urls.wijk(idOf(wijk)));
	}
	// With one gemeente nothing shows that a portal may combine several.
	await expect(page.getByRole('heading', { name: /^Gemeente / })).toHaveCount(0);

	const next = upcoming(content.activiteiten, testBuildTime(), 4);
	const soon = section(page, 'Binnenkort');
	expect(await soon.locator('.card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
		next.map((a) => urls.activiteit(idOf(a))),
	);

	const newest = [...content.nieuws].sort((a, b) => b.data.datum.localeCompare(a.data.datum))[0]!;
	await expect(section(page, 'Nieuws en successen').getByRole('link', { name: newest.data.titel })).toHaveAttribute(
		'href',
		urls.nieuwsItem(idOf(newest)),
	);
});

test('wijken overview: every wijk and buurt, grouped by stadsdeel', async ({ page }) => {
	await page.goto('/wijken/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijken en buurten');
	for (const stadsdeel of portaal.data.gemeenten[0]!.stadsdelen) {
		const part = section(page, `Stadsdeel ${stadsdeel}`);
		for (const wijk of wijken.filter((w) => w.data.stadsdeel === stadsdeel)) {
			await expect(part.getByRole('link', { name: wijk.data.naam, exact: true })).toBeVisible();
			for (const buurt of wijk.data.buurten) {
				await expect(part.getByRole('link', { name: buurt.naam, exact: true })).toHaveAttribute(
					'href',
					urls.buurt(idOf(wijk), buurt),
				);
			}
		}
	}
});

for (const wijk of wijken) {
	const slug = idOf(wijk);
	test(`wijk page ${slug}: introduction, waarvoor bij wie, wijkplatform, agenda summary, buurten`, async ({ page }) => {
		await page.goto(urls.wijk(slug));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(wijk.data.naam);
		const firstParagraph = wijk.file.body.trim().split('\n')[0]!.replace(/\*\*/g, '');
		await expect(page.locator('.intro')).toContainText(firstParagraph.slice(0, 40));

		const contacts = section(page, 'Waarvoor bij wie');
		for (const contact of wijk.data.contacten) {
			const card = contacts
				.locator('.card')
				.filter({ has: page.getByRole('heading', { name: contactTitle(contact), exact: true }) });
			await expect(card.first()).toContainText(contact.waarvoor);
			// The check only lets a name through with consent; such a name is shown with the organisation.
			if (contact.naam) await expect(card.first()).toContainText(`${contact.naam}, ${contact.organisatie}`);
		}
		if (wijk.data.wijkplatform) {
			const platform = section(page, wijk.data.wijkplatform.naam);
			await expect(platform).toContainText(wijk.data.wijkplatform.meedoen);
			await expect(platform).toContainText(wijk.data.wijkplatform.vergadert);
		}

		const counts = countByStatus(agendaOf(slug));
		const agenda = section(page, 'Wijkagenda');
		for (const [status, n] of Object.entries(counts)) {
			await expect(
				agenda.locator('.counts li', { hasText: `${STATUS_LABELS[status as keyof typeof counts]}:` }),
			).toHaveText(`${STATUS_LABELS[status as keyof typeof counts]}: ${n}`);
		}
		await expect(agenda.getByRole('link', { name: /De hele wijkagenda/ })).toHaveAttribute('href', urls.agenda(slug));

		const buurten = section(page, 'Buurten');
		for (const buurt of wijk.data.buurten) {
			await expect(
				buurten.getByRole('link', { name: buurt.naam, exact: true }).filter({ hasText: buurt.naam }),
			).toHaveAttribute('href', urls.buurt(slug, buurt));
		}
	});

	test(`wijkagenda ${slug}: every item under its status, realised items in the archive`, async ({ page }) => {
		await page.goto(urls.agenda(slug));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wijkagenda ${wijk.data.naam}`);
		for (const { status, items } of groupByStatus(agendaOf(slug))) {
			const group = section(page, `${STATUS_LABELS[status]} (${items.length})`);
			await expect(group.locator('.card')).toHaveCount(items.length);
			for (const item of items) {
				const card = group
					.locator('.card')
					.filter({ has: page.getByRole('link', { name: item.data.titel, exact: true }) });
				for (const owner of item.data.probleemeigenaar) await expect(card).toContainText(owner);
				await expect(card).toContainText(item.data.thema);
				await expect(card).toContainText(formatDate(item.data.gewijzigd));
			}
		}
		const archive = section(page, 'Archief');
		for (const item of agendaOf(slug).filter((i) => i.data.status === 'gerealiseerd')) {
			await expect(archive.getByRole('link', { name: item.data.titel, exact: true })).toBeVisible();
		}
	});
}

test('agenda item page: status, owners, dates, description and links', async ({ page }) => {
	const item =
		content.agenda.find((a) => a.data.links.length > 0 && a.data.status === 'gerealiseerd') ??
		content.agenda.find((a) => a.data.links.length > 0)!;
	await page.goto(urls.agendaItem(idOf(item)));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.data.titel);
	const main = page.getByRole('main');
	await expect(main.locator('.status')).toHaveText(STATUS_LABELS[item.data.status]);
	for (const owner of item.data.probleemeigenaar) await expect(main).toContainText(owner);
	await expect(main).toContainText(formatDate(item.data.toegevoegd));
	if (item.data.gerealiseerd) await expect(main).toContainText(formatDate(item.data.gerealiseerd));
	for (const link of item.data.links)
		await expect(main.getByRole('link', { name: link.titel })).toHaveAttribute('href', link.url);
	const firstWords = item.file.body.trim().split(/\s+/).slice(0, 5).join(' ').replace(/[*_]/g, '');
	await expect(main.locator('article')).toContainText(firstWords);
});

test('buurt page: name, wijk and the agenda items of this buurt', async ({ page }) => {
	const item = content.agenda.find((a) => a.data.buurt)!;
	const wijk = wijken.find((w) => idOf(w) === wijkSlugOf(idOf(item)))!;
	const buurt = wijk.data.buurten.find((b) => b.code === item.data.buurt)!;
	await page.goto(`/wijken/${idOf(wijk)}/buurten/${buurtSlug(buurt)}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(buurt.naam);
	await expect(page.getByRole('main').getByRole('link', { name: wijk.data.naam, exact: true }).first()).toHaveAttribute(
		'href',
		urls.wijk(idOf(wijk)),
	);
	await expect(page.getByRole('main')).toContainText(buurt.code);
	const inBuurt = agendaOf(idOf(wijk)).filter((a) => a.data.buurt === buurt.code);
	await expect(section(page, 'Op de wijkagenda voor deze buurt').locator('.card')).toHaveCount(inBuurt.length);
});

test('activity page: when, where, organiser and description in Dutch notation', async ({ page }) => {
	const activity = content.activiteiten.find((a) => !a.data.herhaling)!; // one-off: "Wanneer" shows its period
	await page.goto(urls.activiteit(idOf(activity)));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(activity.data.titel);
	const main = page.getByRole('main');
	await expect(main).toContainText(formatPeriod(activity.data.start, activity.data.eind));
	await expect(main).toContainText(`${activity.data.plaats.naam}, ${activity.data.plaats.adres}`);
	await expect(main).toContainText(activity.data.organisator);
});

test('activities overview: upcoming activities soonest first, with their wijk', async ({ page }) => {
	await page.goto('/activiteiten/');
	const next = upcoming(content.activiteiten, testBuildTime());
	const titles = await section(page, 'Binnenkort').locator('.card h3').allInnerTexts();
	expect(titles).toEqual(next.map((a) => a.data.titel));
});

test('news overview and article: newest first, summary, image with alt text, wijken', async ({ page }) => {
	await page.goto('/nieuws/');
	const sorted = [...content.nieuws].sort(
		(a, b) => b.data.datum.localeCompare(a.data.datum) || idOf(a).localeCompare(idOf(b)),
	);
	expect(await page.locator('.card h2').allInnerTexts()).toEqual(sorted.map((n) => n.data.titel));

	const article = content.nieuws.find((n) => n.data.afbeelding)!;
	await page.goto(urls.nieuwsItem(idOf(article)));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.data.titel);
	await expect(page.getByRole('main')).toContainText(article.data.samenvatting);
	await expect(page.getByRole('main')).toContainText(formatDate(article.data.datum));
	const image = page.getByRole('img', { name: article.data.afbeelding!.alt });
	await expect(image).toBeVisible();
	expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('accessibility statement is generated from the portal data', async ({ page }) => {
	await page.goto('/toegankelijkheid/');
	const t = portaal.data.toegankelijkheid;
	const main = page.getByRole('main');
	await expect(main).toContainText(`Deze website ${t.status} aan de eisen.`);
	await expect(main).toContainText(formatDate(t.datum));
	await expect(main).toContainText(t.onderzoek);
	for (const problem of t.problemen) await expect(main).toContainText(problem);
	await expect(main.getByRole('link', { name: t.contact })).toHaveAttribute('href', `mailto:${t.contact}`);
});

test('privacy page says what the site does not collect', async ({ page }) => {
	await page.goto('/privacy/');
	await expect(page.getByRole('main')).toContainText('We gebruiken geen cookies.');
	const contact = portaal.data.privacy?.contact;
	expect(contact).toBeDefined();
	await expect(page.getByRole('main').getByRole('link', { name: contact! })).toHaveAttribute(
		'href',
		`mailto:${contact}`,
	);
});

test('an unknown address gets the useful 404 page with status 404', async ({ page }) => {
	const response = await page.goto('/wijken/bestaat-niet/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
	for (const wijk of wijken)
		await expect(page.getByRole('link', { name: wijk.data.naam, exact: true })).toHaveAttribute(
			'href',
			urls.wijk(idOf(wijk)),
		);
});

test('each wijk page uses its own accent colour from its content', async ({ page }) => {
	for (const wijk of wijken.filter((w) => w.data.accentkleur)) {
		await page.goto(urls.wijk(idOf(wijk)));
		const background = await page.locator('.wijk-band').evaluate((el) => getComputedStyle(el).backgroundColor);
		const hex = wijk.data.accentkleur!.replace('#', '');
		const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
		const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
		expect(background).toBe(`rgb(${r}, ${g}, ${b})`);
	}
});
