/**
 * `npm run bench [-- --schaal 0.1] [-- --overslaan-kaal] [-- --zonder-kaarten] [-- --gemeente | --zonder-gemeente] [-- --data <map>]`:
 * a benchmark, not a test. Two parts, both by default:
 * - the national portal: every gemeente, wijk and buurt of the Netherlands (in .bench/), built
 *   with the real build, and a bare Astro project with as many trivial pages; it reports time
 *   and peak memory of both. The targets: the real build takes at most twice as long as the
 *   bare build, and stays below 2 GB of memory. The Pagefind search index of the real build
 *   is made and reported as a step of its own (bench/search-index.ts), outside that comparison;
 * - a typical gemeente (bench/gemeente-content.ts), built end to end with every step of
 *   scripts/build.ts, with the time of each step (`--tijden`).
 * It exits with 0 when the targets are missed; only a failed build is an error.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';

import { areaPageFigures } from './bench/area-pages.ts';
import { writeBareProject } from './bench/bare.ts';
import { generateGemeenteContent } from './bench/gemeente-content.ts';
import { countOutput, type Measured, runMeasured, tail } from './bench/measure.ts';
import { generateNationalContent } from './bench/national-content.ts';
import {
	type BuildFigures,
	figures,
	formatReport,
	type GemeenteFigures,
	gemeenteFigures,
	judge,
	type Result,
	searchIndexFigures,
} from './bench/report.ts';
import { routeTimes } from './bench/routes.ts';
import { FIGURES_PREFIX, type SearchIndexFigures } from './bench/search-index.ts';
import { type CommandSpec, parseCommandLine, stopWithUsage } from './cli/options.ts';

const repo = resolve(import.meta.dirname, '..');
const work = join(repo, '.bench');
const shown = (path: string) => relative(process.cwd(), path) || '.';

const COMMAND = {
	usage:
		'npm run bench -- [--schaal 0.1] [--overslaan-kaal] [--zonder-kaarten] [--gemeente | --zonder-gemeente] [--data <map>]',
	options: {
		schaal: {
			type: 'string',
			value: '<getal>',
			description: 'deel van de gemeenten (groter dan 0, hoogstens 1; standaard 1 = heel Nederland)',
		},
		'overslaan-kaal': {
			type: 'boolean',
			description: 'sla de kale Astro-build over (dan wordt alleen het geheugen beoordeeld)',
		},
		'zonder-kaarten': {
			type: 'boolean',
			description: 'bouw het portaal zonder grenzen (content/geo), om te meten wat de kaarten kosten',
		},
		gemeente: {
			type: 'boolean',
			description: 'alleen de typische gemeente (10 wijken, 100 buurten), met de tijd van elke stap van de bouw',
		},
		'zonder-gemeente': {
			type: 'boolean',
			description: 'sla de typische gemeente over (alleen het landelijke portaal)',
		},
		data: {
			type: 'string',
			value: '<map>',
			description: 'map met cbs-gebieden-2014 en cbs-kwb-2017 (standaard ../shared/data)',
		},
	},
	more: 'Alles komt in .bench/; de uitslag staat ook in .bench/resultaat.json.',
} as const satisfies CommandSpec;
const { values } = parseCommandLine(COMMAND);

const schaal = Number((values.schaal ?? '1').replace(',', '.'));
if (!(schaal > 0 && schaal <= 1))
	stopWithUsage(
		COMMAND,
		`--schaal ${values.schaal} is geen geldige schaal. Geef een getal groter dan 0 en hoogstens 1, bijvoorbeeld --schaal 0.1.`,
	);
const dataDir = resolve(values.data ?? join(repo, '..', 'shared', 'data'));
if (values.gemeente && values['zonder-gemeente'])
	stopWithUsage(COMMAND, 'Kies --gemeente of --zonder-gemeente, niet allebei.');
if (!existsSync(join(dataDir, 'cbs-gebieden-2014', 'wijk_2014.topojson'))) {
	console.error(
		`De CBS-gegevens zijn niet gevonden in ${dataDir} (cbs-gebieden-2014/). Geef de map op met --data <map>.`,
	);
	process.exit(2);
}

mkdirSync(work, { recursive: true });
claimWorkFolder(join(work, 'bezig.pid'));
// Same for all builds: no telemetry, and no colours in the log files.
const env = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

const landelijk = values.gemeente ? null : await runNational();
const gemeente = values['zonder-gemeente'] ? null : await runTypicalGemeente();

// Report.
const result: Result = {
	datum: new Date().toISOString(),
	node: process.version,
	systeem: {
		platform: `${process.platform}-${process.arch}`,
		processors: availableParallelism(),
		geheugenMB: Math.round(totalmem() / 1024 / 1024),
		belasting: loadavg().map((l) => Math.round(l * 100) / 100),
	},
	...(landelijk ?? { inhoud: null, wijkportaal: null, zoekindex: null, kaal: null, gebiedspaginas: null }),
	...judge(landelijk?.wijkportaal ?? null, landelijk?.kaal ?? null),
	gemeente,
};
const resultFile = join(work, 'resultaat.json');
writeFileSync(resultFile, `${JSON.stringify(result, null, '\t')}\n`);
console.log(formatReport(result));
console.log(`De cijfers staan ook in ${shown(resultFile)}.`);

/** The national portal: content, the real build, its search index, the bare build. */
async function runNational() {
	const contentDir = join(work, 'content');
	const outDir = join(work, 'dist');

	// 1. Content.
	console.log(`Inhoud maken in ${shown(contentDir)} …`);
	const inhoud = generateNationalContent({ dataDir, contentDir, schaal, kaarten: !values['zonder-kaarten'] });
	console.log(
		`  ${inhoud.gemeenten} gemeenten, ${inhoud.wijken} wijken, ${inhoud.buurten} buurten, ${inhoud.waarden} cijfers ` +
			`(${inhoud.seconden.toFixed(1).replace('.', ',')} s).`,
	);
	console.log(
		inhoud.geoBytes
			? `  Grenzen voor de kaarten: ${(inhoud.geoBytes / 1e6).toFixed(1).replace('.', ',')} MB.`
			: '  Zonder kaarten (geen grenzen).',
	);
	if (inhoud.wijkenZonderBuurten.length)
		console.log(`  Overgeslagen, want zonder buurten in de CBS-bestanden: ${inhoud.wijkenZonderBuurten.join(', ')}.`);
	if (inhoud.buurtenZonderWijk.length)
		console.log(
			`  Overgeslagen, want hun wijk staat niet in de CBS-bestanden: ${inhoud.buurtenZonderWijk.join(', ')}.`,
		);
	if (inhoud.gemeentenZonderNaam.length)
		console.log(`  Gemeenten alleen bekend uit wijkcodes (naam bedacht): ${inhoud.gemeentenZonderNaam.join(', ')}.`);

	// 2. The real build, cold: no earlier output and no Astro cache for this content folder.
	coldStart(contentDir, outDir);
	const realLog = join(work, 'bouw-wijkportaal.log');
	console.log(`\nWijkportaal bouwen (verslag in ${shown(realLog)}) …`);
	const real = await runMeasured({
		// With Astro's full log: its line per page gives the time per kind of page.
		// Without the search index: step 2b measures it on its own. Without precompression:
		// the bare build does not compress either; the typical gemeente shows what it costs.
		args: [
			join(repo, 'scripts', 'build.ts'),
			'--content',
			contentDir,
			'--out',
			outDir,
			'--astro-verslag',
			'--zonder-zoekindex',
			'--zonder-compressie',
		],
		cwd: repo,
		logFile: realLog,
		env,
	});
	if (!real.ok) failed('wijkportaal', real, realLog, inhoud);
	const output = countOutput(outDir);
	const pages = output.html;
	const wijkportaal = figures(real, output, shown(realLog), routeTimes(readFileSync(realLog, 'utf8')));
	console.log(`  ${pages} pagina's in ${real.seconds.toFixed(1).replace('.', ',')} s.`);
	const gebiedspaginas = areaPageFigures(outDir);

	// 2b. The search index of that output, timed on its own: not part of the comparison below.
	const indexLog = join(work, 'zoekindex.log');
	console.log(`\nZoekindex maken (verslag in ${shown(indexLog)}) …`);
	const indexRun = await runMeasured({
		args: [join(repo, 'scripts', 'bench', 'search-index.ts'), outDir],
		cwd: repo,
		logFile: indexLog,
		env,
	});
	const indexLine = readFileSync(indexLog, 'utf8')
		.split('\n')
		.find((l) => l.startsWith(FIGURES_PREFIX));
	if (!indexRun.ok || !indexLine) {
		console.error('\nDe zoekindex kon niet worden gemaakt. Het einde van het verslag:\n');
		console.error(tail(indexLog));
		process.exit(1);
	}
	const zoekindex = searchIndexFigures(
		indexRun,
		JSON.parse(indexLine.slice(FIGURES_PREFIX.length)) as SearchIndexFigures,
		shown(indexLog),
	);
	console.log(
		`  ${zoekindex.paginas} pagina's in ${zoekindex.seconden.toFixed(1).replace('.', ',')} s, ` +
			`${zoekindex.indexMB.toFixed(1).replace('.', ',')} MB.`,
	);

	// 3. The bare build with as many pages.
	let kaal: BuildFigures | null = null;
	if (!values['overslaan-kaal']) {
		const bareDir = join(work, 'bare');
		const bareLog = join(work, 'bouw-kaal.log');
		writeBareProject(bareDir, pages);
		console.log(`\nKale Astro-build met ${pages} pagina's (verslag in ${shown(bareLog)}) …`);
		const bare = await runMeasured({
			args: [astroCli(), 'build', '--root', bareDir],
			cwd: repo,
			logFile: bareLog,
			env,
		});
		if (!bare.ok) failed('kaal', bare, bareLog, inhoud);
		const bareOutput = countOutput(join(bareDir, 'dist'));
		const barePages = bareOutput.html;
		if (barePages !== pages)
			console.warn(`  Let op: de kale build maakte ${barePages} pagina's in plaats van ${pages}.`);
		kaal = figures(bare, bareOutput, shown(bareLog), routeTimes(readFileSync(bareLog, 'utf8')));
		console.log(`  ${barePages} pagina's in ${bare.seconds.toFixed(1).replace('.', ',')} s.`);
	}
	return {
		inhoud: { ...inhoud, contentDir: shown(inhoud.contentDir), seconden: Math.round(inhoud.seconden * 100) / 100 },
		wijkportaal,
		zoekindex,
		kaal,
		gebiedspaginas,
	};
}

/**
 * A typical gemeente (about 10 wijken and 100 buurten, with agenda, activities and the rest)
 * built end to end as a municipality builds it: check, Astro, PDFs, search index and
 * everything else scripts/build.ts does, with the time of each step.
 */
async function runTypicalGemeente(): Promise<GemeenteFigures> {
	const dir = join(work, 'gemeente');
	const contentDir = join(dir, 'content');
	const outDir = join(dir, 'dist');
	const timesFile = join(dir, 'tijden.json');
	console.log(`\nTypische gemeente: inhoud maken in ${shown(contentDir)} …`);
	const inhoud = generateGemeenteContent({ dataDir, contentDir });
	console.log(
		`  ${inhoud.naam} (${inhoud.code}): ${inhoud.wijken} wijken, ${inhoud.buurten} buurten, ${inhoud.agenda} agendapunten, ` +
			`${inhoud.activiteiten} activiteiten, ${inhoud.nieuws} nieuwsberichten, ${inhoud.initiatieven} initiatieven, ` +
			`${inhoud.verhalen} verhalen, ${inhoud.organisaties} organisaties op de sociale kaart.`,
	);
	coldStart(contentDir, outDir);
	rmSync(timesFile, { force: true });
	const log = join(work, 'bouw-gemeente.log');
	console.log(`Typische gemeente bouwen, met alle stappen (verslag in ${shown(log)}) …`);
	const run = await runMeasured({
		args: [join(repo, 'scripts', 'build.ts'), '--content', contentDir, '--out', outDir, '--tijden', timesFile],
		cwd: repo,
		logFile: log,
		env,
	});
	if (!run.ok || !existsSync(timesFile)) failed('gemeente', run, log, inhoud);
	const times = JSON.parse(readFileSync(timesFile, 'utf8')) as { stappen: { stap: string; seconden: number }[] };
	const output = countOutput(outDir);
	console.log(`  ${output.html} pagina's in ${run.seconds.toFixed(1).replace('.', ',')} s.`);
	return gemeenteFigures(run, output, times.stappen, shown(log), {
		naam: inhoud.naam,
		code: inhoud.code,
		wijken: inhoud.wijken,
		buurten: inhoud.buurten,
		agenda: inhoud.agenda,
		activiteiten: inhoud.activiteiten,
		nieuws: inhoud.nieuws,
		initiatieven: inhoud.initiatieven,
		verhalen: inhoud.verhalen,
		organisaties: inhoud.organisaties,
	});
}

/** A cold build: no earlier output and no Astro cache for this content folder (astro.config.ts keeps one per folder). */
function coldStart(contentDir: string, outDir: string): void {
	const cacheKey = createHash('sha1').update(contentDir).digest('hex').slice(0, 10);
	rmSync(join(repo, 'node_modules', '.astro', cacheKey), { recursive: true, force: true });
	rmSync(outDir, { recursive: true, force: true });
}

function failed(which: 'wijkportaal' | 'kaal' | 'gemeente', run: Measured, log: string, inhoud: object): never {
	const what = {
		wijkportaal: 'De build van het wijkportaal',
		kaal: 'De kale Astro-build',
		gemeente: 'De build van de typische gemeente',
	}[which];
	console.error(
		`\n${what} is mislukt (${run.signal ? `gestopt door ${run.signal}` : `afsluitcode ${run.exitCode}`}). Het einde van het verslag:\n`,
	);
	console.error(tail(log));
	writeFileSync(
		join(work, 'resultaat.json'),
		`${JSON.stringify({ datum: new Date().toISOString(), inhoud, mislukt: which, log: shown(log) }, null, '\t')}\n`,
	);
	process.exit(1);
}

/** Astro's command-line entry in the repository's node_modules (bin/astro.mjs in Astro 7). */
function astroCli(): string {
	const dir = join(repo, 'node_modules', 'astro');
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
	const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.astro;
	if (!bin) throw new Error(`${join(dir, 'package.json')} noemt geen opdrachtregelprogramma (bin) voor astro.`);
	return join(dir, bin);
}

/** One benchmark at a time: two runs in .bench/ would overwrite each other's content and output. */
function claimWorkFolder(lockFile: string): void {
	try {
		writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
	} catch {
		const other = Number(readFileSync(lockFile, 'utf8'));
		if (Number.isInteger(other) && other > 0 && other !== process.pid && isRunning(other)) {
			console.error(
				`Er loopt al een prestatietest (proces ${other}) in ${shown(work)}. Wacht tot die klaar is en probeer het dan opnieuw.`,
			);
			process.exit(2);
		}
		writeFileSync(lockFile, String(process.pid)); // left behind by a run that was stopped
	}
	process.on('exit', () => rmSync(lockFile, { force: true }));
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
