/**
 * News is data, never code: every way an attacker with write access to a news file tried to
 * run code, load something from elsewhere or redirect visitors is refused by `npm run check`
 * (loadContent) with a Dutch message naming the line, and the renderer's output is clean.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { loadContent } from '#lib/content/load.ts';
import { formatProblem } from '#lib/content/problem.ts';
import { createNewsContext } from '#lib/nieuws/context.ts';
import { renderNews } from '#lib/nieuws/render.ts';
import { FIXTURES } from '#tests/support/fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'nieuws-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FRONT = ['---', 'titel: Bericht', 'datum: 2026-11-16', 'samenvatting: Kort.', '---'].join('\n');
let n = 0;

/** The problems `npm run check` reports for a news file with this body (first body line is file line 6). */
function check(body: string, ext: 'md' | 'mdx' = 'mdx'): string[] {
	const dir = join(root, String(n++), 'content');
	cpSync(join(FIXTURES, 'minimal'), dir, { recursive: true });
	writeFileSync(join(dir, 'nieuws', `bericht.${ext}`), `${FRONT}\n${body}\n`);
	return loadContent(dir).problems.map(formatProblem);
}

const context = createNewsContext({
	newsDir: join(FIXTURES, 'minimal', 'nieuws'),
	wijken: [{ id: 'noord', data: { naam: 'Noord' } }],
	agenda: [{ id: 'noord/speeltuin', data: { titel: 'Speeltuin <b>opknappen</b>', status: 'gepland' } }],
});

describe('news MDX cannot run code', () => {
	it.each([
		[
			'import of node:fs and reading /etc/passwd',
			"import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd','utf8')}",
			[6, 8],
		],
		['the environment', 'Geheim: {JSON.stringify(process.env)}', [6]],
		['a shell command', "import { execSync } from 'node:child_process'\n\n{execSync('id').toString()}", [6, 8]],
		['export const', 'export const geheim = process.env.HOME\n\nTekst.', [6]],
		['the Function constructor', "{(() => {}).constructor('return process')()}", [6]],
		['a template literal', 'Prijs: ${process.env.HOME}', [6]],
		['an expression attribute', '<Kader titel={process.env.HOME}>Tekst</Kader>', [6]],
		['a spread attribute', '<Kader {...process.env}>Tekst</Kader>', [6]],
		['an unknown component', '<Onbekend />', [6]],
	])('refuses %s', (_name, body, lines) => {
		const problems = check(body);
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) expect(p).toMatch(/^content\/nieuws\/bericht\.mdx, regel \d+: /);
		expect([...new Set(problems.map((p) => Number(/regel (\d+)/.exec(p)![1])))]).toEqual(lines);
		expect(problems.join('\n')).not.toMatch(/Error|Unexpected|expected|undefined/);
	});

	it('names the code in Dutch', () => {
		expect(check("import fs from 'node:fs'")).toEqual([
			'content/nieuws/bericht.mdx, regel 6: hier staat code (import of export). Code is in nieuws niet toegestaan: het portaal voert niets uit wat in een bericht staat. Haal de regel weg. Een afbeelding zet u in het bericht met <Figuur bestand="…" alt="…" />.',
		]);
		expect(check('Tekst {1 + 1}')).toEqual([
			'content/nieuws/bericht.mdx, regel 6: hier staat code tussen accolades ({…}). Code is in nieuws niet toegestaan: het portaal voert niets uit wat in een bericht staat. Wilt u het teken zelf tonen? Zet er dan een \\ voor, zoals \\{ of \\<.',
		]);
	});

	it('allows a comment and escaped braces', () => {
		expect(check('{/* alleen een opmerking */}\n\nPrijs: \\{gratis\\}')).toEqual([]);
	});
});

describe('MDX the old check passed but the build could not compile', () => {
	it.each([
		['<style>', '<style>{`body { display: none }`}</style>', 'opmaakcode (<style>)'],
		[
			'an unclosed <meta>',
			'Tekst\n\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n\nMeer tekst.',
			'de tekst bevat <meta>',
		],
		['an unclosed allowed element', 'Tekst <sup>2', 'het onderdeel <sup> wordt niet goed afgesloten'],
		['a lone brace', 'Tekst met { alleen', 'accolade { die niet goed wordt afgesloten'],
		['an HTML comment', '<!-- verborgen -->', 'HTML-opmerking'],
	])('reports %s in Dutch with its line', (_name, body, words) => {
		const problems = check(body);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.join('\n')).toContain(words);
		expect(problems[0]).toMatch(/^content\/nieuws\/bericht\.mdx, regel (6|8): /);
	});
});

describe('news Markdown and MDX: no redirects, scripts, styles, frames or foreign requests', () => {
	const refusedMarkdown: [string, string, string][] = [
		['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', '<meta>'],
		['onerror on the next line', 'Foto: <img src="x"\nonerror="alert(1)">', '<img>'],
		['math with xlink:href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>', '<math>'],
		['style', '<style>body{display:none}</style>', '<style>'],
		['stylesheet from elsewhere', '<link rel="stylesheet" href="https://evil.example/x.css">', '<link>'],
		['form to elsewhere', '<form action="https://evil.example/"><button>Ga</button></form>', '<form>'],
		['base href', '<base href="https://evil.example/">', '<base>'],
		['script', '<script>alert(1)</script>', '<script>'],
		['iframe', '<iframe src="https://evil.example/"></iframe>', '<iframe>'],
		[
			'event attribute on an allowed element',
			'Een <abbr title="x" onmouseover="alert(1)">afk</abbr>.',
			"'onmouseover'",
		],
	];
	it.each(refusedMarkdown)('Markdown news: refuses %s', (_name, body, words) => {
		const problems = check(body, 'md');
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.join('\n')).toContain(words);
		expect(problems[0]).toMatch(/^content\/nieuws\/bericht\.md, regel 6: /);
	});

	it.each([
		['JaVaScRiPt:alert(1)'],
		['&#106;avascript:alert(1)'],
		['&#x6A;avascript:alert(1)'],
		['<javascript:alert(1)>'],
		[' javascript:alert(1)'],
		['data:text/html,<script>alert(1)</script>'],
		['vbscript:msgbox(1)'],
		['//evil.example/'],
	])('refuses the link %j in Markdown and MDX news', (url) => {
		for (const ext of ['md', 'mdx'] as const) {
			const problems = check(`Klik [hier](${url}) maar.`, ext);
			expect(problems.join('\n'), `${ext}: ${url}`).toMatch(
				/de link '.*' is niet toegestaan|niet goed wordt afgesloten|kan lezen/,
			);
		}
	});

	it('allows web, mail, phone and portal links', () => {
		expect(
			check(
				'[a](https://x.nl) [b](http://x.nl) [c](mailto:a@b.nl) [d](tel:+31201234567) [e](/wijken/noord/) [f](#kop)',
			),
		).toEqual([]);
	});
});

describe('renderNews output passes the one sanitiser', () => {
	it('renders the allowed components as plain HTML, escaping what they show', () => {
		const body = [
			'<Kader titel="Let op" soort="let-op">',
			'',
			'**Vet** en [een link](https://www.example.nl/).',
			'',
			'</Kader>',
			'',
			'<Agendapunt wijk="noord" punt="speeltuin" />',
			'',
			'<Figuur bestand="beelden/portaal.svg" alt="Tekening" onderschrift="Het portaal" />',
		].join('\n');
		const { html, findings, images } = renderNews(body, 'mdx', context);
		expect(findings).toEqual([]);
		expect(images).toEqual(['beelden/portaal.svg']);
		expect(html).toContain('<div class="kader kader--let-op utrecht-alert utrecht-alert--warning">');
		expect(html).toContain('<p class="kader__titel"><strong>Let op</strong></p>');
		expect(html).toContain('<a href="/wijken/noord/agenda/speeltuin/">Speeltuin &#x3C;b>opknappen&#x3C;/b></a>');
		expect(html).toContain(
			'<figure class="figuur"><img src="/beelden/nieuws/beelden/portaal.svg" alt="Tekening"><figcaption>Het portaal</figcaption></figure>',
		);
	});

	it('reports components that refer to nothing', () => {
		const found = (body: string) => renderNews(body, 'mdx', context).findings.map((f) => f.message);
		expect(found('<Agendapunt wijk="noord" punt="bestaat-niet" />')[0]).toContain("geen punt 'bestaat-niet'");
		expect(found('<Agendapunt wijk="zuid" punt="x" />')[0]).toContain("'zuid' is geen wijk");
		expect(found('<Figuur bestand="../../../etc/passwd" alt="x" />')[0]).toContain(
			'geen afbeelding die het portaal kan tonen',
		);
		expect(found('<Figuur bestand="beelden/weg.png" alt="x" />')[0]).toContain(
			"het bestand 'beelden/weg.png' bestaat niet",
		);
		expect(found('<Figuur bestand="beelden/portaal.svg" />')[0]).toContain('ontbreekt alt="…"');
		expect(found('<Kader soort="rood">x</Kader>')[0]).toContain("'rood' is geen geldige waarde voor soort");
	});

	it('keeps the allowed inline HTML and the page outline', () => {
		const { html } = renderNews(
			'# Kop\n\nDe <abbr title="buitengewoon opsporingsambtenaar">boa</abbr> komt om 10<sup>00</sup> uur.',
			'md',
			context,
		);
		expect(html).toBe(
			'<h2>Kop</h2>\n<p>De <abbr title="buitengewoon opsporingsambtenaar">boa</abbr> komt om 10<sup>00</sup> uur.</p>',
		);
	});

	it('reports text nested too deeply instead of crashing', () => {
		for (const ext of ['md', 'mdx'] as const) {
			const { findings } = renderNews(`${'>'.repeat(10_000)} diep`, ext, context);
			expect(findings).toEqual([{ line: 1, message: expect.stringContaining('te diep genest') as string }]);
		}
		const lists = renderNews(Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- punt`).join('\n'), 'md', context);
		expect(lists.findings[0]?.message).toContain('te diep genest');
	});
});

describe('<Grafiek>: a chart the portal makes, never one the editor writes', () => {
	const withChart = createNewsContext({
		newsDir: join(FIXTURES, 'minimal', 'nieuws'),
		wijken: [{ id: 'noord', data: { naam: 'Noord' } }],
		agenda: [],
		indicators: [
			{ id: 'inwoners', naam: 'Inwoners' },
			{ id: 'alleen-zuid', naam: 'Alleen Zuid', wijken: ['zuid'] },
		],
		chartHtml: (indicator, wijk) => `<svg class="wk-chart"><title>${indicator} in ${wijk}</title></svg>`,
	});

	it('puts the generated chart in place of the component, outside the sanitiser', () => {
		const { html, findings } = renderNews(
			'Tekst.\n\n<Grafiek indicator="inwoners" wijk="noord" />\n\nMeer.',
			'mdx',
			withChart,
		);
		expect(findings).toEqual([]);
		expect(html).toBe('<p>Tekst.</p>\n<svg class="wk-chart"><title>inwoners in noord</title></svg>\n<p>Meer.</p>');
	});

	it('cannot be forged by text that looks like its placeholder', () => {
		const { html } = renderNews(
			'wijkportaal-00000000-0000-0000-0000-000000000000-0\n\n<Grafiek indicator="inwoners" wijk="noord" />',
			'mdx',
			withChart,
		);
		expect(html.match(/<svg/g)).toHaveLength(1);
		expect(html).toContain('<p>wijkportaal-00000000-0000-0000-0000-000000000000-0</p>');
	});

	it('reports unknown indicators and wijken, indicators of another wijk, and use inside a sentence', () => {
		const found = (body: string) => renderNews(body, 'mdx', withChart).findings.map((f) => f.message);
		expect(found('<Grafiek indicator="bestaat-niet" wijk="noord" />')[0]).toContain(
			"'bestaat-niet' is geen indicator van het wijkkompas",
		);
		expect(found('<Grafiek indicator="inwoners" wijk="zuid" />')[0]).toContain("'zuid' is geen wijk");
		expect(found('<Grafiek indicator="alleen-zuid" wijk="noord" />')[0]).toContain('hoort niet bij Noord');
		expect(found('Zie <Grafiek indicator="inwoners" wijk="noord" /> hier.')[0]).toContain(
			'zet <Grafiek> op een eigen regel',
		);
		expect(renderNews('<Grafiek indicator="inwoners" wijk="noord" />', 'mdx', context).findings[0]!.message).toContain(
			'geen wijkkompas',
		);
	});
});
