/**
 * `npm run audit -- [--map dist] [--alleen <soort>] [--snel] [--streng]`: serves a built portal
 * compressed, as in production (scripts/serve/site-server.ts), runs Lighthouse (mobile) on one
 * page of every kind in one Chrome and checks the page budgets (scripts/audit/budgets.ts).
 * Prints a Dutch table and writes it to .audit/rapport.md and .audit/rapport.json.
 * Exits 0, also when a score or budget is missed; with --streng it exits 1 when a hard gate
 * (accessibility, best practices, SEO, the budgets) fails. Performance is only reported.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { kb } from './audit/budgets.ts';
import { type AuditBrowser, startChrome } from './audit/lighthouse.ts';
import { auditSamples, measurePage } from './audit/measure.ts';
import { findings, LEGEND, markdownReport, type PageAudit, textTable } from './audit/report.ts';
import { compressSite } from './build/compress.ts';
import { type CommandSpec, parseCommandLine } from './cli/options.ts';
import { siteServer } from './serve/site-server.ts';

const COMMAND = {
	usage: 'npm run audit -- [--map <map>] [--alleen <soort>] [--snel] [--streng]',
	options: {
		map: { type: 'string', value: '<map>', description: 'de gebouwde site (standaard: dist)' },
		alleen: {
			type: 'string',
			value: '<soort>',
			description: 'alleen de soorten pagina waarvan naam of voorbeeldadres dit bevat, bijvoorbeeld --alleen cijfers',
		},
		snel: { type: 'boolean', description: 'zonder prestatiescore (veel sneller)' },
		streng: {
			type: 'boolean',
			description:
				'stop met een fout als een vaste eis niet gehaald wordt (toegankelijkheid, goede praktijken, SEO, budgetten)',
		},
	},
	more: 'De uitslag staat ook in .audit/rapport.md en .audit/rapport.json. Uitleg: docs/kwaliteit.md.',
} as const satisfies CommandSpec;
const { values } = parseCommandLine(COMMAND);

const repo = resolve(import.meta.dirname, '..');
const out = join(repo, '.audit');
const dist = resolve(values.map ?? 'dist');
const shown = relative(process.cwd(), dist) || '.';
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`In ${shown} staat geen gebouwde site. Bouw de site eerst met npm run build.`);
	process.exit(1);
}
const samples = auditSamples(dist, values.alleen);
if (!samples.length) {
	console.error(`Geen soort pagina past bij --alleen ${values.alleen}. Laat --alleen weg om alle soorten te zien.`);
	process.exit(1);
}

// Measure as served in production: compressed. A site built before the build precompressed its
// files is copied to .audit/site and compressed there, so the built folder stays as it is.
mkdirSync(out, { recursive: true });
let served = dist;
if (!existsSync(join(dist, 'index.html.br'))) {
	served = join(out, 'site');
	console.log(`${shown} heeft geen gecomprimeerde bestanden (.br); een gecomprimeerde kopie komt in .audit/site.`);
	rmSync(served, { recursive: true, force: true });
	cpSync(dist, served, { recursive: true });
	await compressSite(served);
}

const server = siteServer(served);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const performanceToo = !values.snel;
const started = performance.now();
console.log(
	`Lighthouse (mobiel${performanceToo ? '' : ', zonder prestaties'}) op ${samples.length} soorten pagina uit ${shown}.`,
);

let browser: AuditBrowser | undefined;
const pages: PageAudit[] = [];
try {
	browser = await startChrome();
	for (const [i, sample] of samples.entries()) {
		const page = await measurePage(browser, origin, sample, { performance: performanceToo });
		pages.push(page);
		const problems = findings(page);
		console.log(
			`${String(i + 1).padStart(2)}/${samples.length} ${sample.path}${problems.length ? `: ${problems.length} punt(en)` : ''}`,
		);
	}
} catch (error) {
	console.error(`De controle is gestopt: ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	await browser?.close();
	server.close();
}

const seconds = Math.round((performance.now() - started) / 1000);
const about = `${pages.length} soorten pagina uit ${shown}, gemeten op ${new Date().toISOString()} in ${seconds} seconden. Opdracht: npm run audit${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}.`;
const all = pages.flatMap(findings);
console.log(`\n${textTable(pages)}\n\n${LEGEND.join('\n')}\n`);
for (const finding of all)
	console.log(`${finding.hard ? 'NIET IN ORDE' : 'Onder doel'}  ${finding.path}  ${finding.message}`);
const hard = all.filter((f) => f.hard).length;
if (pages.length)
	console.log(
		hard
			? `\n${hard} vaste eis(en) niet gehaald.`
			: `\nAlle vaste eisen gehaald (grootste eerste scherm ${kb(Math.max(...pages.map((p) => p.firstScreen.bytes)))}).`,
	);
writeFileSync(join(out, 'rapport.md'), markdownReport(pages, about));
writeFileSync(join(out, 'rapport.json'), `${JSON.stringify({ about, pages, findings: all }, null, '\t')}\n`);
console.log('Het rapport staat in .audit/rapport.md en .audit/rapport.json.');
if (values.streng && hard) process.exitCode = 1;
