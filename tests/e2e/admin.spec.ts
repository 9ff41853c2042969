/**
 * The editor at /admin/ (Decap CMS), in Chromium against the built demo, with decap-server as
 * its local backend on a copy of the demo content: the page itself (CSP, noindex, scripts of the
 * site only), the menu with every collection of the generated config.yml, the agenda form with a
 * field for every schema field, a new item and a status change saved to disk and accepted by
 * `npm run check`, and a mistake the form catches before anything is written.
 *
 * The screenshots in docs/afbeeldingen/redactie/ are taken here, at 1280×800, so the guide shows
 * the editor as it is.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';

import { schemaFields } from '#lib/cms/schema-fields.ts';
import { schemas } from '#schemas/index.ts';
import { type DecapServer, startDecapServer } from '#tests/support/decap-server.ts';
import { REPO, TMP } from '#tests/support/fixtures.ts';
import { runCli } from '#tests/support/run.ts';

import { DIST, expectNoAxeViolations } from './support.ts';

const SCREENSHOTS = join(REPO, 'docs/afbeeldingen/redactie');
const LOCAL_BACKEND_ORIGIN = 'http://localhost:8081';

interface Collection {
	name: string;
	label: string;
	folder?: string;
}
const config = parse(readFileSync(join(DIST, 'admin/config.yml'), 'utf8')) as { collections: Collection[] };
const agenda = config.collections.find((c) => c.name === 'agenda-centrum');

/**
 * The content folder as config.yml names it, relative to the repository: `content`, or deeper
 * when the site was built from a copy of the project inside another repository.
 */
const contentPath = agenda?.folder?.replace(/\/wijken\/centrum\/agenda$/, '') ?? 'content';

let repoDir = '';
let server: DecapServer | undefined;
const contentDir = () => join(repoDir, contentPath);
const agendaDir = () => join(contentDir(), 'wijken/centrum/agenda');

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

test.beforeAll(async () => {
	mkdirSync(TMP, { recursive: true });
	repoDir = join(mkdtempSync(join(TMP, 'admin-')), 'portaal');
	cpSync(join(REPO, 'content'), contentDir(), { recursive: true });
	server = await startDecapServer(repoDir);
});

test.afterAll(async () => {
	await server?.stop();
	if (repoDir) rmSync(join(repoDir, '..'), { recursive: true, force: true });
});

/** The front matter of a Markdown file, parsed, and the text under it. */
function readItem(file: string): { data: Record<string, unknown>; body: string } {
	const text = readFileSync(file, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file} has no front matter:\n${text}`);
	return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** A date field's value as the day it names, whether YAML read it as text or as a Date. */
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** `npm run check -- --content <copy>`: the real check over the content the editor changed. */
function expectCheckPasses(): void {
	const result = runCli('check', ['--content', contentDir()]);
	expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

/** Records every request of the page. */
function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	return urls;
}

/** Opens /admin/ and logs in with the local backend; resolves when the menu is there. */
async function logIn(page: Page, screenshot?: string): Promise<void> {
	await page.goto('/admin/');
	const button = page.getByRole('button', { name: /Inloggen/ });
	await expect(button).toBeVisible({ timeout: 30_000 });
	if (screenshot) await shoot(page, screenshot);
	await button.click();
	await expect(page.getByRole('link', { name: 'Wijkagenda Centrum' })).toBeVisible({ timeout: 30_000 });
}

/**
 * A screenshot of what the viewport shows, for the guide. Animations are finished first, so each
 * run gives the same picture; with `toast` the message "Item opgeslagen" stays (finishing its
 * timer would close it).
 */
async function shoot(page: Page, name: string, { toast = false } = {}): Promise<void> {
	// The pointer rests on an empty corner, so no button shows its hover state.
	await page.mouse.move(1270, 790);
	await page.waitForLoadState('networkidle');
	if (toast)
		await page.locator('.Toastify__toast').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
	await page.screenshot({
		path: join(SCREENSHOTS, name),
		animations: toast ? 'allow' : 'disabled',
		caret: 'hide',
		// The toast's timer and the loading bar at the top edge (a <canvas> of Decap's) move on their own.
		style: '.Toastify__progress-bar--wrp, body > canvas { visibility: hidden !important; }',
	});
}

/** Chooses `value` in a react-select field whose input id starts with `id`. */
async function choose(page: Page, id: string, value: string): Promise<void> {
	const input = page.locator(`[id^="${id}-field"]`);
	await input.fill(value);
	await input.press('Enter');
}

/** Publishes the open entry ("Publiceer" → "Publiceer nu"). */
async function publish(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Publiceer' }).click();
	await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
}

test('the page at /admin/: own CSP with scripts of the site only, noindex, a text without JavaScript', async ({
	request,
	baseURL,
}) => {
	const html = readFileSync(join(DIST, 'admin/index.html'), 'utf8');
	const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
		.exec(html)?.[1]
		?.replaceAll('&apos;', "'");
	expect(csp).toBeDefined();
	const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'));
	expect(scriptSrc?.trim()).toMatch(/^script-src 'self'(?: '[\w-]+')*$/);
	expect(html).toMatch(/<meta name="robots" content="noindex[^"]*">/);
	expect(html).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);

	const response = await request.get('/admin/');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");

	const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
	expect(sources.length).toBeGreaterThan(0);
	const origin = new URL(baseURL!).origin;
	for (const src of sources) expect(new URL(src, `${origin}/admin/`).origin).toBe(origin);
});

test('logging in locally shows every collection of config.yml; nothing loads from elsewhere', async ({
	page,
	baseURL,
}) => {
	const requests = recordRequests(page);
	await logIn(page, '01-inloggen.png');
	for (const collection of config.collections)
		await expect(page.getByRole('link', { name: collection.label, exact: true })).toBeVisible();
	await shoot(page, '02-overzicht.png');
	const allowed = new Set([new URL(baseURL!).origin, LOCAL_BACKEND_ORIGIN]);
	const elsewhere = requests.filter((url) => !/^(data|blob):/.test(url) && !allowed.has(new URL(url).origin));
	expect(
		requests.some((url) => url.startsWith(LOCAL_BACKEND_ORIGIN)),
		'the editor used the local backend',
	).toBe(true);
	expect(elsewhere).toEqual([]);
});

test("the editor's screens pass axe-core (WCAG 2.2 AA): sign-in, menu, list and agenda form", async ({ page }) => {
	// Decap's own light grey text and publish button are darkened by src/styles/admin.css.
	await page.goto('/admin/');
	await expect(page.getByRole('button', { name: /Inloggen/ })).toBeVisible();
	await expectNoAxeViolations(page);
	await logIn(page);
	await expectNoAxeViolations(page);
	await page.goto('/admin/#/collections/agenda-centrum');
	await expect(page.getByRole('heading', { name: 'Wijkagenda Centrum' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.goto('/admin/#/collections/agenda-centrum/new');
	await expect(page.locator('[id^="titel-field"]')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('on a phone (390 px) the menu and the agenda form fit the screen', async ({ page }) => {
	// Decap keeps its editor at least 800 px wide; src/styles/admin.css lets it follow the screen.
	await page.setViewportSize({ width: 390, height: 844 });
	await logIn(page);
	const width = () => page.evaluate(() => document.documentElement.scrollWidth);
	expect(await width()).toBeLessThanOrEqual(390);
	await page.goto('/admin/#/collections/agenda-centrum/new');
	await expect(page.locator('[id^="titel-field"]')).toBeVisible();
	expect(await width()).toBeLessThanOrEqual(390);
	const box = await page.locator('[id^="titel-field"]').boundingBox();
	expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});

test('the agenda form has a field for every field of the agenda schema', async ({ page }) => {
	await logIn(page);
	await page.goto('/admin/#/collections/agenda-centrum/new');
	await expect(page.locator('[id^="titel-field"]')).toBeVisible();
	// Decap writes labels in capitals with CSS only, and adds "(optioneel)" to optional fields.
	const labels = (await page.locator('label').allTextContents()).map((l) =>
		l
			.replace(/\s*\(optioneel\)\s*$/, '')
			.trim()
			.toLowerCase(),
	);
	const expected = schemaFields(schemas.agenda).map((f) => (f.label ?? f.name).toLowerCase());
	expect(expected.length).toBeGreaterThan(10);
	const missing = expected.filter((label) => !labels.includes(label));
	expect(missing, `labels on the form: ${labels.join(', ')}`).toEqual([]);
});

test('a new agenda item saved through the form is a valid file', async ({ page }) => {
	await logIn(page);
	await page.goto('/admin/#/collections/agenda-centrum/new');
	await page.locator('[id^="titel-field"]').fill('Meer groen op het Kerkplein: test');
	await page
		.locator('[id^="samenvatting-field"]')
		.fill('Bewoners willen bomen en plantenbakken op het Kerkplein, zodat het er koeler en groener wordt.');
	await choose(page, 'status', 'idee');
	await page.locator('[id^="wat-field"]').fill('Het wijkplatform maakt een plan met bewoners.');
	await page.locator('[id^="wanneer-field"]').fill('voorjaar 2027');
	const owners = page.locator('[id^="probleemeigenaar-field"]');
	await owners.getByRole('button', { name: 'Voeg eigenaar toe' }).click();
	await owners.locator('input').last().fill('Wijkplatform Centrum');
	await page.locator('[id^="thema-field"]').fill('toekomstbestendig');
	await page.locator('[id^="buurt-field"]').fill('BU99990101');
	await page.locator('[id^="toegevoegd-field"]').fill('2026-11-30');
	await page.locator('[id^="gewijzigd-field"]').fill('2026-11-30');
	await page.locator('[id^="titel-field"]').scrollIntoViewIfNeeded();
	await shoot(page, '03-nieuw-agendapunt.png');
	await publish(page);
	await expect(page.getByText('Item opgeslagen')).toBeVisible({ timeout: 15_000 });
	await shoot(page, '05-opgeslagen.png', { toast: true });

	const file = join(agendaDir(), 'meer-groen-op-het-kerkplein-test.md');
	await expect.poll(() => existsSync(file)).toBe(true);
	const { data } = readItem(file);
	expect(data.titel).toBe('Meer groen op het Kerkplein: test');
	expect(data.status).toBe('idee');
	expect(data.volgendeStap).toEqual({ wat: 'Het wijkplatform maakt een plan met bewoners.', wanneer: 'voorjaar 2027' });
	expect(data.probleemeigenaar).toEqual(['Wijkplatform Centrum']);
	expect(data.thema).toBe('toekomstbestendig');
	expect(data.buurt).toBe('BU99990101');
	expect(day(data.toegevoegd)).toBe('2026-11-30');
	expect(day(data.gewijzigd)).toBe('2026-11-30');
	expectCheckPasses();
});

test('changing the status of an existing item keeps everything else', async ({ page }) => {
	const file = join(agendaDir(), 'lege-winkels.md');
	const before = readItem(file);
	expect(before.data.status).toBe('gepland');
	await logIn(page);
	await page.getByRole('link', { name: 'Wijkagenda Centrum' }).click();
	await page.getByRole('link', { name: /Tijdelijk gebruik van lege winkels/ }).click();
	const status = page.locator('[id^="status-field"]');
	await expect(status).toBeAttached();
	// Opened with the keyboard, and the pointer rests on an empty corner, so it does not pick
	// which option is highlighted.
	await page.mouse.move(1270, 790);
	await status.focus();
	await status.press('ArrowDown');
	await expect(page.getByRole('option', { name: 'in uitvoering' })).toBeVisible();
	await shoot(page, '04-status.png');
	await page.getByRole('option', { name: 'in uitvoering' }).click();
	await page.locator('[id^="wat-field"]').fill('De eerste winkel is open; de tweede volgt.');
	await page.locator('[id^="gewijzigd-field"]').fill('2026-11-30');
	await publish(page);
	await expect(page.getByText('Item opgeslagen')).toBeVisible({ timeout: 15_000 });

	await expect.poll(() => readItem(file).data.status).toBe('in uitvoering');
	const after = readItem(file);
	const normal = (data: Record<string, unknown>) =>
		Object.fromEntries(Object.entries(data).map(([k, v]) => [k, day(v)]));
	expect(normal(after.data)).toEqual({
		...normal(before.data),
		status: 'in uitvoering',
		volgendeStap: { ...(before.data.volgendeStap as object), wat: 'De eerste winkel is open; de tweede volgt.' },
		gewijzigd: '2026-11-30',
	});
	const words = (text: string) => text.replace(/\s+/g, ' ').trim();
	expect(words(after.body)).toBe(words(before.body));
	expectCheckPasses();
});

test('a mistake the form catches itself: nothing is written', async ({ page }) => {
	const files = readdirSync(agendaDir()).sort();
	await logIn(page);
	await page.goto('/admin/#/collections/agenda-centrum/new');
	await page.locator('[id^="samenvatting-field"]').fill('Een punt zonder titel.');
	await page.locator('[id^="locatie-field"]').fill('abc');
	await publish(page);
	await expect(page.getByText('Schrijf breedtegraad, lengtegraad, bijvoorbeeld 52.0907, 5.1214.')).toBeVisible();
	await expect(page.getByText('Titel is vereist.')).toBeVisible();
	await expect(page.getByText('Oeps, sommige verplichte velden zijn niet ingevuld.')).toBeVisible();
	await expect(page.getByText('Item opgeslagen')).toHaveCount(0);
	expect(readdirSync(agendaDir()).sort()).toEqual(files);
});
