/**
 * The outcome of `npm run audit` per page kind: the gates (which are hard, which only reported),
 * the Dutch table for the terminal and for .audit/rapport.md, and the list of what failed.
 * Pure functions; scripts/audit.ts measures, this module judges and formats.
 */
import {
	FIRST_SCREEN_BUDGET,
	type FirstScreen,
	kb,
	type PageRequest,
	type Transfer,
	TRANSFER_BUDGET,
} from './budgets.ts';
import type { Category, LostAudit } from './lighthouse.ts';

/** The lowest score per category. `hard`: the test suite fails below it; else the audit only reports it. */
export const TARGETS: Record<Category, { min: number; hard: boolean }> = {
	performance: { min: 98, hard: false },
	accessibility: { min: 100, hard: true },
	'best-practices': { min: 100, hard: true },
	seo: { min: 95, hard: true },
};

export const CATEGORY_NAMES: Record<Category, string> = {
	performance: 'Prestaties',
	accessibility: 'Toegankelijkheid',
	'best-practices': 'Goede praktijken',
	seo: 'Vindbaarheid (SEO)',
};

export interface PageAudit {
	kind: string;
	/** How many pages of this kind the site has. */
	count: number;
	path: string;
	scores: Partial<Record<Category, number>>;
	lost: LostAudit[];
	firstScreen: FirstScreen;
	transfer: Transfer;
	/** The largest requests of the page load. */
	heaviest: PageRequest[];
	error?: string;
}

export interface Finding {
	kind: string;
	path: string;
	/** A hard gate (fails `--streng` and the tests) or only reported. */
	hard: boolean;
	message: string;
}

/** Everything below target on one page, the hard gates first. */
export function findings(page: PageAudit): Finding[] {
	const found: Finding[] = [];
	const add = (hard: boolean, message: string) => found.push({ kind: page.kind, path: page.path, hard, message });
	if (page.error) add(true, `Lighthouse kon de pagina niet meten: ${page.error}`);
	for (const [category, target] of Object.entries(TARGETS) as [Category, (typeof TARGETS)[Category]][]) {
		const score = page.scores[category];
		// Only performance may be left out (--snel); a hard gate without a score is not passed.
		if (score === undefined && target.hard && !page.error) add(true, `${CATEGORY_NAMES[category]}: geen score`);
		if (score === undefined || score >= target.min) continue;
		const audits = page.lost
			.filter((a) => a.category === category)
			.map((a) => `${a.id}${a.where.length ? ` (${a.where.join(', ')})` : ''}`);
		add(
			target.hard,
			`${CATEGORY_NAMES[category]} ${score}, doel ${target.min}${audits.length ? `: ${audits.join('; ')}` : ''}`,
		);
	}
	if (!page.firstScreen.ok)
		add(
			true,
			`Eerste scherm ${kb(page.firstScreen.bytes)} gecomprimeerde HTML, budget ${kb(FIRST_SCREEN_BUDGET)} (hele pagina ${kb(page.firstScreen.pageBytes)})`,
		);
	if (!page.transfer.ok)
		add(
			true,
			`Overdracht ${kb(page.transfer.counted)}${page.transfer.photoCount ? " zonder foto's" : ''}, budget ${kb(TRANSFER_BUDGET)}. Grootste verzoeken: ${page.heaviest.map((r) => `${r.url.replace(/^https?:\/\/[^/]+/, '')} ${kb(r.transferSize)}`).join(', ')}`,
		);
	return found.sort((a, b) => Number(b.hard) - Number(a.hard));
}

const HEADERS = [
	'Soort pagina',
	'Voorbeeld',
	'Aantal',
	'Prest.',
	'Toeg.',
	'Prakt.',
	'SEO',
	'Eerste scherm',
	'Overdracht',
	"Foto's",
];

function scoreCell(page: PageAudit, category: Category): string {
	const score = page.scores[category];
	if (score === undefined) return '-';
	return score < TARGETS[category].min ? `${score} ✗` : String(score);
}

function cells(page: PageAudit): string[] {
	const first = page.firstScreen;
	const firstCell = `${kb(first.bytes)}${first.measured === 'eerste-scherm' ? ' (deel)' : ''}${first.ok ? '' : ' ✗'}`;
	const transferCell = `${kb(page.transfer.counted)}${page.transfer.ok ? '' : ' ✗'}`;
	const photos = page.transfer.photoCount ? `${page.transfer.photoCount} (${kb(page.transfer.photos)})` : '-';
	return [
		page.kind,
		page.path,
		String(page.count),
		...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((c) => scoreCell(page, c)),
		firstCell,
		transferCell,
		photos,
	];
}

/** The table for the terminal: aligned columns. */
export function textTable(pages: readonly PageAudit[]): string {
	const rows = [HEADERS, ...pages.map(cells)];
	const widths = HEADERS.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
	return rows
		.map((row) =>
			row
				.map((cell, i) => cell.padEnd(widths[i] ?? 0))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

/** The same table in Markdown. */
export function markdownTable(pages: readonly PageAudit[]): string {
	const escape = (cell: string) => cell.replaceAll('|', '\\|').replaceAll('*', '\\*');
	const line = (row: string[]) => `| ${row.map(escape).join(' | ')} |`;
	return [line(HEADERS), `|${HEADERS.map(() => ' --- ').join('|')}|`, ...pages.map((p) => line(cells(p)))].join('\n');
}

export const LEGEND = [
	`Scores van 0 tot 100 (Lighthouse, mobiel). Doelen: toegankelijkheid 100, goede praktijken 100, vindbaarheid ${TARGETS.seo.min} of meer, prestaties ${TARGETS.performance.min} of meer (prestaties hangen af van de computer en tellen daarom alleen in dit rapport).`,
	`Eerste scherm: gecomprimeerde HTML (brotli) van de hele pagina; "(deel)": de pagina is groter dan ${kb(FIRST_SCREEN_BUDGET)}, dan telt het deel tot het eerste element onder het eerste scherm van een telefoon (390 × 844). Budget ${kb(FIRST_SCREEN_BUDGET)}.`,
	`Overdracht: alle bytes die de browser ophaalt bij het laden van de pagina, foto's niet meegeteld. Budget ${kb(TRANSFER_BUDGET)}. ✗ = boven het doel of budget.`,
];

/** The whole report in Markdown, for .audit/rapport.md. */
export function markdownReport(pages: readonly PageAudit[], about: string): string {
	const all = pages.flatMap(findings);
	const list = (hard: boolean) =>
		all.filter((f) => f.hard === hard).map((f) => `- ${f.path} (${f.kind}): ${f.message.replaceAll('*', '\\*')}`);
	const hard = list(true);
	const soft = list(false);
	return [
		'# Controle van het wijkportaal',
		'',
		about,
		'',
		markdownTable(pages),
		'',
		...LEGEND.map((l) => `- ${l}`),
		'',
		'## Niet in orde (vaste eisen)',
		'',
		...(hard.length ? hard : ['Alles in orde.']),
		'',
		'## Onder het doel (alleen gemeld)',
		'',
		...(soft.length ? soft : ['Niets.']),
		'',
	].join('\n');
}
