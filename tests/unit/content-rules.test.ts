/**
 * The cross-file rules, one module per content kind (src/lib/content/rules/): each rule
 * on its own, in process, on a small valid portal with one mistake at a time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkRules, type LoadedContent } from '#lib/content/rules/index.ts';
import { activiteitSchema } from '#schemas/activiteit.ts';
import { agendaSchema } from '#schemas/agenda.ts';
import { budgetSchema } from '#schemas/budget.ts';
import { initiatiefSchema } from '#schemas/initiatief.ts';
import { nieuwsSchema } from '#schemas/nieuws.ts';
import { portaalSchema } from '#schemas/portaal.ts';
import { verhaalSchema } from '#schemas/verhaal.ts';
import { wijkSchema } from '#schemas/wijk.ts';
import { parsedFiles } from '#tests/support/parsed-file.ts';

const root = mkdtempSync(join(tmpdir(), 'content-rules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'wijken', 'noord'), { recursive: true });
mkdirSync(join(root, 'nieuws'), { recursive: true });
writeFileSync(
	join(root, 'wijken', 'noord', 'logo.svg'),
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
);

const LINE = 7;

const file = parsedFiles(root, LINE);

const portaal = (extra: Record<string, unknown> = {}) => ({
	file: file('portaal', 'portaal.yaml', 'portaal'),
	data: portaalSchema.parse({
		naam: 'Wijkportaal Teststad',
		gemeenten: [
			{ naam: 'Teststad', code: 'GM9996', stadsdelen: ['Oost', 'West'] },
			{ naam: 'Dorp', code: 'GM9997' },
		],
		contact: { organisatie: 'Gemeente Teststad' },
		toegankelijkheid: {
			status: 'voldoet gedeeltelijk',
			datum: '2026-11-01',
			onderzoek: 'Toets.',
			contact: 'a@teststad.example',
		},
		...extra,
	}),
});

const wijk = (id: string, extra: Record<string, unknown> = {}) => ({
	file: file('wijk', `wijken/${id}/wijk.md`, id, id),
	data: wijkSchema.parse({
		naam: 'Noord',
		code: 'WK999601',
		stadsdeel: 'Oost',
		buurten: [
			{ naam: 'Oude Haven', code: 'BU99960101' },
			{ naam: 'Kerkbuurt', code: 'BU99960102' },
		],
		...extra,
	}),
});

const agendaItem = (extra: Record<string, unknown> = {}) => ({
	file: file('agenda', 'wijken/noord/agenda/speeltuin.md', 'noord/speeltuin', 'noord'),
	data: agendaSchema.parse({
		titel: 'Nieuwe speeltuin',
		samenvatting: 'Er komt een nieuwe speeltuin.',
		status: 'gepland',
		volgendeStap: { wat: 'De gemeente kiest een ontwerp.', wanneer: 'voorjaar 2027' },
		probleemeigenaar: 'Gemeente Teststad',
		thema: 'basis op orde',
		buurt: 'BU99960101',
		toegevoegd: '2026-03-14',
		gewijzigd: '2026-09-02',
		...extra,
	}),
});

const activiteit = (extra: Record<string, unknown> = {}) => ({
	file: file('activiteit', 'wijken/noord/activiteiten/vergadering.md', 'noord/vergadering', 'noord'),
	data: activiteitSchema.parse({
		titel: 'Vergadering',
		soort: 'wijkplatform',
		start: '2027-03-01 19:30',
		eind: '2027-03-01 21:00',
		plaats: { naam: 'Buurthuis', adres: 'Plein 1' },
		organisator: 'Wijkplatform Noord',
		buurt: 'BU99960102',
		...extra,
	}),
});

const bericht = (extra: Record<string, unknown> = {}) => ({
	file: file('nieuws', 'nieuws/eerste-bericht.mdx', 'eerste-bericht'),
	data: nieuwsSchema.parse({
		titel: 'Bericht',
		datum: '2026-11-16',
		samenvatting: 'Kort.',
		wijken: ['noord'],
		...extra,
	}),
});

const initiatief = (slug: string, extra: Record<string, unknown> = {}) => ({
	file: file('initiatief', `initiatieven/${slug}.md`, slug),
	data: initiatiefSchema.parse({
		titel: 'Moestuin',
		samenvatting: 'Samen tuinieren.',
		wijk: 'noord',
		stap: 'budget toegekend',
		datums: { 'idee opgehaald': '2026-01-10', 'plan uitgewerkt': '2026-02-10', 'budget toegekend': '2026-03-10' },
		gevraagd: 3000,
		toegekend: 2500,
		budgetjaar: 2026,
		besluit: 'wijkteam',
		bijdrage: ['verbinding'],
		...extra,
	}),
});

const budget = (jaren: { jaar: number; beschikbaar: number }[]) => ({
	file: file('budget', 'wijken/noord/budget.yaml', 'noord', 'noord'),
	data: budgetSchema.parse({ jaren }),
});

const verhaal = (slug: string, extra: Record<string, unknown> = {}) => ({
	file: file('verhaal', `verhalen/${slug}.md`, slug),
	data: verhaalSchema.parse({
		titel: 'Mijn straat',
		wijk: 'noord',
		thema: 'samen',
		verteld: '2026-04-01',
		toestemming: { datum: '2026-04-01', publiceren: 'anoniem' },
		...extra,
	}),
});

function content(overrides: Partial<LoadedContent> = {}): LoadedContent {
	return {
		portaal: portaal(),
		wijken: [wijk('noord')],
		agenda: [agendaItem()],
		activiteiten: [activiteit()],
		nieuws: [bericht()],
		initiatieven: [],
		verhalen: [],
		budgetten: [],
		ambities: [],
		socialeKaart: [],
		...overrides,
	};
}

const run = (c: LoadedContent, folders = ['noord']) =>
	checkRules(c, folders).map((p) => `${p.file}, regel ${p.line}, veld ${p.field}: ${p.message}`);

describe('cross-file rules', () => {
	it('finds nothing in a portal without mistakes', () => {
		expect(run(content({ wijken: [wijk('noord', { logo: { bestand: 'logo.svg', alt: 'Logo' } })] }))).toEqual([]);
	});

	describe('portaal', () => {
		it('refuses a theme that is no CSS file of a package', () => {
			const problems = run(content({ portaal: portaal({ uiterlijk: { tokens: '/etc/thema.css' } }) }));
			expect(problems).toEqual([
				expect.stringMatching(
					/^content\/portaal\.yaml, regel 7, veld uiterlijk\.tokens: '\/etc\/thema\.css' is geen CSS-bestand uit een npm-pakket\. .*"@nl-design-system-unstable\/voorbeeld-design-tokens\/dist\/theme\.css"/,
				),
			]);
		});

		it('refuses a theme package that is not installed', () => {
			const problems = run(
				content({ portaal: portaal({ uiterlijk: { tokens: '@gemeente-bestaat-niet/tokens/theme.css' } }) }),
			);
			expect(problems).toEqual([
				expect.stringContaining(
					"veld uiterlijk.tokens: het thema '@gemeente-bestaat-niet/tokens/theme.css' is niet gevonden.",
				),
			]);
		});
	});

	describe('wijken', () => {
		it('refuses a wijk code of another gemeente', () => {
			const problems = run(
				content({
					wijken: [wijk('noord', { code: 'WK123401', buurten: [{ naam: 'A', code: 'BU12340101' }] })],
					agenda: [],
					activiteiten: [],
				}),
			);
			expect(problems).toEqual([
				'content/wijken/noord/wijk.md, regel 7, veld code: de code WK123401 hoort niet bij een gemeente van dit portaal. Een wijkcode begint met WK en de vier cijfers van de gemeente: 9996 (Teststad), 9997 (Dorp). Verbeter de code.',
			]);
		});

		it('refuses the same wijk code and buurt code in two wijken', () => {
			const problems = run(content({ wijken: [wijk('noord'), wijk('zuid')] }), ['noord', 'zuid']);
			expect(problems).toEqual([
				'content/wijken/zuid/wijk.md, regel 7, veld code: de code WK999601 wordt ook gebruikt in content/wijken/noord/wijk.md. Elke wijk heeft een eigen code.',
				'content/wijken/zuid/wijk.md, regel 7, veld buurten.1.code: de code BU99960101 wordt ook gebruikt in content/wijken/noord/wijk.md. Elke buurt heeft een eigen code.',
				'content/wijken/zuid/wijk.md, regel 7, veld buurten.2.code: de code BU99960102 wordt ook gebruikt in content/wijken/noord/wijk.md. Elke buurt heeft een eigen code.',
			]);
		});

		it('refuses the same buurt code twice in one wijk', () => {
			const buurten = [
				{ naam: 'Oude Haven', code: 'BU99960101' },
				{ naam: 'Kerkbuurt', code: 'BU99960101' },
			];
			expect(run(content({ wijken: [wijk('noord', { buurten })], activiteiten: [] }))).toEqual([
				'content/wijken/noord/wijk.md, regel 7, veld buurten.2.code: de code BU99960101 wordt ook gebruikt door een andere buurt in dit bestand. Elke buurt heeft een eigen code.',
			]);
		});

		it('refuses a stadsdeel the gemeente does not have', () => {
			expect(run(content({ wijken: [wijk('noord', { stadsdeel: 'Zuid' })] }))).toEqual([
				"content/wijken/noord/wijk.md, regel 7, veld stadsdeel: 'Zuid' is geen stadsdeel van Teststad. Kies uit: Oost, West.",
			]);
			const dorp = wijk('noord', {
				code: 'WK999701',
				stadsdeel: 'Oost',
				buurten: [{ naam: 'Kern', code: 'BU99970101' }],
			});
			expect(run(content({ wijken: [dorp], agenda: [], activiteiten: [] }))).toEqual([
				'content/wijken/noord/wijk.md, regel 7, veld stadsdeel: Dorp heeft geen stadsdelen in portaal.yaml. Haal dit veld weg, of zet het stadsdeel eerst bij de gemeente in portaal.yaml.',
			]);
		});

		it('refuses a logo that is missing, outside the folder or no picture', () => {
			const logo = (bestand: string) => run(content({ wijken: [wijk('noord', { logo: { bestand, alt: 'Logo' } })] }));
			expect(logo('weg.png')).toEqual([
				"content/wijken/noord/wijk.md, regel 7, veld logo.bestand: het bestand 'weg.png' bestaat niet in content/wijken/noord/. Zet de afbeelding in die map, of verbeter de naam.",
			]);
			expect(logo('../logo.svg')).toEqual([
				"content/wijken/noord/wijk.md, regel 7, veld logo.bestand: '../logo.svg' verwijst naar een plek buiten content/wijken/noord/. Zet de afbeelding in die map (of een map daarin) en schrijf de naam zonder / of .. vooraan.",
			]);
			expect(logo('logo.pdf')).toEqual([
				"content/wijken/noord/wijk.md, regel 7, veld logo.bestand: 'logo.pdf' is geen afbeelding die de site kan tonen. Gebruik een bestand dat eindigt op .svg, .png, .jpg, .jpeg, .webp, .avif en .gif.",
			]);
		});
	});

	describe('agenda', () => {
		it('refuses a thema the gemeente does not have', () => {
			expect(run(content({ agenda: [agendaItem({ thema: 'veiligheid' })] }))).toEqual([
				"content/wijken/noord/agenda/speeltuin.md, regel 7, veld thema: 'veiligheid' is geen geldig thema. Kies uit: basis op orde, vertrouwen, sociaal leefbaar, toekomstbestendig.",
			]);
		});

		it('refuses a buurt of another wijk', () => {
			expect(run(content({ agenda: [agendaItem({ buurt: 'BU99960109' })] }))).toEqual([
				'content/wijken/noord/agenda/speeltuin.md, regel 7, veld buurt: BU99960109 is geen buurt van Noord. Kies een buurtcode uit wijk.md: BU99960101 (Oude Haven), BU99960102 (Kerkbuurt).',
			]);
		});

		it('says nothing about references into a wijk that has mistakes of its own', () => {
			expect(run(content({ wijken: [], agenda: [agendaItem({ buurt: 'BU99960109', thema: 'veiligheid' })] }))).toEqual(
				[],
			);
		});
	});

	describe('activiteiten', () => {
		it('refuses a buurt of another wijk', () => {
			expect(run(content({ activiteiten: [activiteit({ buurt: 'BU99960103' })] }))).toEqual([
				'content/wijken/noord/activiteiten/vergadering.md, regel 7, veld buurt: BU99960103 is geen buurt van Noord. Kies een buurtcode uit wijk.md: BU99960101 (Oude Haven), BU99960102 (Kerkbuurt).',
			]);
		});
	});

	describe('nieuws', () => {
		it('refuses a wijk that does not exist', () => {
			expect(run(content({ nieuws: [bericht({ wijken: ['noord', 'zuid'] })] }))).toEqual([
				"content/nieuws/eerste-bericht.mdx, regel 7, veld wijken.2: 'zuid' is geen wijk van dit portaal. Gebruik de mapnaam van een wijk: noord.",
			]);
		});

		it('refuses a picture that does not exist', () => {
			expect(run(content({ nieuws: [bericht({ afbeelding: { bestand: 'beelden/weg.jpg', alt: 'Foto' } })] }))).toEqual([
				"content/nieuws/eerste-bericht.mdx, regel 7, veld afbeelding.bestand: het bestand 'beelden/weg.jpg' bestaat niet in content/nieuws/. Zet de afbeelding in die map, of verbeter de naam.",
			]);
		});
	});

	describe('initiatieven and the wijkbudget', () => {
		const withBudget = (extra: Partial<LoadedContent>) =>
			content({ budgetten: [budget([{ jaar: 2026, beschikbaar: 5000 }])], ...extra });

		it('accepts grants that fit in the budget of their year', () => {
			expect(run(withBudget({ initiatieven: [initiatief('a'), initiatief('b', { toegekend: 2500 })] }))).toEqual([]);
		});

		it('refuses the grant that no longer fits, in the order the money was granted', () => {
			const late = initiatief('a-laat', {
				datums: { 'idee opgehaald': '2026-01-10', 'plan uitgewerkt': '2026-02-10', 'budget toegekend': '2026-05-01' },
				toegekend: 1000.5,
			});
			expect(run(withBudget({ initiatieven: [late, initiatief('b'), initiatief('c', { toegekend: 2000 })] }))).toEqual([
				'content/initiatieven/a-laat.md, regel 7, veld toegekend: dit bedrag (€ 1.000,50) past niet meer in het wijkbudget van 2026: van de € 5.000 was toen nog € 500 over. Verlaag het bedrag, kies een ander budgetjaar, of verhoog het beschikbare bedrag in content/wijken/noord/budget.yaml als er echt meer geld is.',
			]);
		});

		it('refuses a budget year that is not in budget.yaml, and a wijk without budget.yaml', () => {
			expect(run(withBudget({ initiatieven: [initiatief('a', { budgetjaar: 2025 })] }))).toEqual([
				'content/initiatieven/a.md, regel 7, veld budgetjaar: het wijkbudget van noord heeft geen jaar 2025. Zet het jaar met het beschikbare bedrag in content/wijken/noord/budget.yaml, of verbeter het budgetjaar.',
			]);
			expect(run(content({ initiatieven: [initiatief('a')] }))).toEqual([
				'content/initiatieven/a.md, regel 7, veld budgetjaar: er is geen wijkbudget voor noord. Maak content/wijken/noord/budget.yaml met het beschikbare bedrag voor 2026; zie docs/redactie.md.',
			]);
		});

		it('refuses an unknown wijk with a suggestion, a buurt of another wijk and an unknown contribution', () => {
			expect(
				run(
					withBudget({
						initiatieven: [
							initiatief('a', {
								wijk: 'nord',
								toegekend: undefined,
								stap: 'idee opgehaald',
								datums: { 'idee opgehaald': '2026-01-10' },
								besluit: undefined,
								budgetjaar: undefined,
							}),
						],
					}),
				),
			).toEqual([
				"content/initiatieven/a.md, regel 7, veld wijk: 'nord' is geen wijk van dit portaal. Bedoelt u 'noord'? Gebruik de mapnaam van een wijk: noord.",
			]);
			expect(
				run(withBudget({ initiatieven: [initiatief('a', { buurt: 'BU99960109', bijdrage: ['gezelligheid'] })] })),
			).toEqual([
				'content/initiatieven/a.md, regel 7, veld buurt: BU99960109 is geen buurt van Noord. Kies een buurtcode uit wijk.md: BU99960101 (Oude Haven), BU99960102 (Kerkbuurt).',
				"content/initiatieven/a.md, regel 7, veld bijdrage.1: 'gezelligheid' is geen geldige bijdrage. Kies uit: verbinding, leefbaarheid, onderlinge hulp, basis op orde, vertrouwen, sociaal leefbaar, toekomstbestendig.",
			]);
		});
	});

	describe('verhalen and the chain', () => {
		it('accepts links that exist, in any direction', () => {
			const chained = content({
				budgetten: [budget([{ jaar: 2026, beschikbaar: 5000 }])],
				initiatieven: [initiatief('moestuin', { verbanden: { agenda: ['noord/speeltuin'] } })],
				verhalen: [verhaal('oogst', { verbanden: { initiatieven: ['moestuin'], nieuws: ['eerste-bericht'] } })],
			});
			expect(run(chained)).toEqual([]);
		});

		it('refuses a name that does not exist, with a suggestion, and a file naming itself', () => {
			const problems = run(
				content({
					verhalen: [
						verhaal('oogst', { verbanden: { agenda: ['noord/speeltuinn', 'zuid/iets'], verhalen: ['oogst'] } }),
					],
				}),
			);
			expect(problems).toEqual([
				"content/verhalen/oogst.md, regel 7, veld verbanden.agenda.1: 'noord/speeltuinn' bestaat niet onder agenda. Bedoelt u 'noord/speeltuin'? Schrijf de mapnaam van de wijk en de bestandsnaam zonder .md, bijvoorbeeld noordveld/speeltuin-merelplein.",
				"content/verhalen/oogst.md, regel 7, veld verbanden.agenda.2: 'zuid/iets' bestaat niet onder agenda. Schrijf de mapnaam van de wijk en de bestandsnaam zonder .md, bijvoorbeeld noordveld/speeltuin-merelplein.",
				'content/verhalen/oogst.md, regel 7, veld verbanden.verhalen.1: een bestand kan niet naar zichzelf verwijzen. Haal deze naam weg.',
			]);
		});

		it('refuses a story in a wijk that does not exist and a photo that does not exist', () => {
			const problems = run(
				content({
					verhalen: [
						verhaal('oogst', {
							wijk: 'zuid',
							verteller: 'Ans',
							foto: { bestand: 'beelden/ans.jpg', alt: 'Ans in haar tuin' },
							toestemming: { datum: '2026-04-01', publiceren: 'naam en foto' },
						}),
					],
				}),
			);
			expect(problems).toEqual([
				"content/verhalen/oogst.md, regel 7, veld wijk: 'zuid' is geen wijk van dit portaal. Gebruik de mapnaam van een wijk: noord.",
				"content/verhalen/oogst.md, regel 7, veld foto.bestand: het bestand 'beelden/ans.jpg' bestaat niet in content/verhalen/. Zet de afbeelding in die map, of verbeter de naam.",
			]);
		});
	});
});
