/**
 * `npm run build [-- --content <map>] [-- --out <map>]`: checks all content, then builds
 * the portal. It prints a few Dutch progress lines; of Astro's own log only warnings and
 * errors (see build/astro-log.ts), unless `--astro-verslag` asks for all of it. Astro writes into a fresh folder beside the output; only a build that
 * succeeds replaces the output folder, so a failed or interrupted build leaves the published
 * site as it was. Ctrl-C, SIGTERM, SIGHUP or a parent that is gone (npm killed) stop the
 * build: it removes its own folder and exits (see build/stop.ts). Folders left by builds
 * that were killed outright are removed by the next build (see build/leftovers.ts).
 * After Astro, still in that folder: the PDFs of the verhalenboeken (build/pdf.ts), then the
 * Pagefind search index in `<out>/pagefind/` (build/search-index.ts), with one Dutch line
 * each; a search index that cannot be made fails the build (`--zonder-zoekindex` skips it:
 * the benchmark times it on its own). Last, a .br and .gz file beside every text file
 * (build/compress.ts; `--zonder-compressie` skips it).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { shallowNotice } from '#lib/agenda/history/git.ts';
import { CONTENT_ENV } from '#lib/content/content-dir.ts';
import { loadContent } from '#lib/content/load.ts';
import { noWebadresNotice } from '#lib/feeds/webadres.ts';
import { buildTime } from '#lib/site/build-time.ts';
import { PROJECT_ROOT } from '#lib/site/theme.ts';

import { compressLine, compressSite } from './build/compress.ts';
import { findContentProblems } from './build/content-error.ts';
import { previousFolder, removeLeftovers, stagingFolder } from './build/leftovers.ts';
import { makeBookPdfs } from './build/pdf.ts';
import { makeSearchIndex, searchIndexLine } from './build/search-index.ts';
import { STOP_EXIT_CODES, watchForStop } from './build/stop.ts';
import { enterWorkFolder } from './build/work-folder.ts';
import { CONTENT_OPTION, reportProblems, useContentFolder } from './cli/content.ts';
import { reportEndedConsent } from './cli/ended-consent.ts';
import { reportOldEntries } from './cli/old-entries.ts';
import { parseCommandLine } from './cli/options.ts';

const started = performance.now();
const { values: options } = parseCommandLine({
	usage: 'npm run build -- [--content <map>] [--out <map>] [--zonder-pdf] [--zonder-zoekindex] [--zonder-compressie]',
	options: {
		content: CONTENT_OPTION,
		out: { type: 'string', value: '<map>', description: 'de map voor de gebouwde site (standaard: dist)' },
		'zonder-pdf': {
			type: 'boolean',
			description: "maakt geen pdf's van de verhalenboeken (sneller, bijvoorbeeld om iets na te kijken)",
		},
		'zonder-zoekindex': {
			type: 'boolean',
			description: 'maakt geen zoekindex (de prestatietest meet die apart); zoeken werkt dan niet',
		},
		'zonder-compressie': {
			type: 'boolean',
			description: 'maakt geen .br- en .gz-bestanden naast de bestanden (de webserver comprimeert dan zelf, of niet)',
		},
		tijden: {
			type: 'string',
			value: '<bestand>',
			description: 'schrijft de tijd van elke stap van de bouw als JSON in dit bestand (voor de prestatietest)',
		},
		'astro-verslag': {
			type: 'boolean',
			description: 'toont ook het volledige (Engelstalige) verslag van Astro, met elke gemaakte pagina',
		},
	},
	more: 'Controleert eerst alle inhoud en bouwt dan de site. Alleen een geslaagde bouw vervangt de map.',
});
const contentFolder = useContentFolder(options.content);
// Seconds per step of the build, for `--tijden <file>` (the benchmark prints them per step).
const stepTimes: { stap: string; seconden: number }[] = [];
let stepStarted = started;
// Resolved now: the build changes its working directory later.
const timesFile = options.tijden ? resolve(options.tijden) : undefined;
function stepDone(stap: string): void {
	const now = performance.now();
	stepTimes.push({ stap, seconden: Math.round(now - stepStarted) / 1000 });
	stepStarted = now;
}
const outDir = resolve(options.out ?? 'dist');
const shownOut = relative(process.cwd(), outDir) || outDir;
const staging = stagingFolder(outDir);
const previous = previousFolder(outDir);

let published = false;
const stopWatch = watchForStop((reason) => {
	// Once the new site is in place, the build only counts its pages: let it finish.
	if (published) return;
	rmSync(staging, { recursive: true, force: true });
	rmSync(join(PROJECT_ROOT, 'node_modules', '.astro', `bouw-${process.pid}`), { recursive: true, force: true });
	const why =
		reason === 'parent' ? ', omdat het programma dat de bouw startte (bijvoorbeeld npm) niet meer draait' : '';
	try {
		console.error(`\nHet bouwen is afgebroken${why}. ${shownOut} is niet veranderd.`);
	} catch {
		// Nobody reads the output any more.
	}
	process.exit(STOP_EXIT_CODES[reason]);
});

const leftovers = removeLeftovers(outDir);
for (const name of leftovers.removed) console.log(`Map ${name} van een afgebroken bouw opgeruimd.`);
if (leftovers.restored) console.log(`Map ${leftovers.restored} van een afgebroken bouw teruggezet als ${shownOut}.`);

console.log('Inhoud controleren…');
const { problems, content } = loadContent(contentFolder);
reportEndedConsent(content);
reportOldEntries(content);
if (problems.length) {
	reportProblems(problems);
	console.error(`\nDe site is niet gebouwd. ${shownOut} is niet veranderd.`);
	process.exit(1);
}
if (!content.portaal?.data.webadres) console.log(noWebadresNotice(content.portaal?.file.file.shownPath));
// Without the full Git history the agenda items show only their file dates: say so once.
const shallow = shallowNotice(contentFolder);
if (shallow) console.log(shallow);
stepDone('inhoud controleren');

// Made now, so a build that is killed outright leaves a folder with its pid for the next build to remove.
mkdirSync(staging, { recursive: true });
process.env.WIJKPORTAAL_OUT = staging;
// Absolute, because the build now changes its working directory.
process.env[CONTENT_ENV] = contentFolder;
const workFolder = enterWorkFolder();

try {
	console.log("Pagina's maken…");
	const { build } = await import('astro');
	// The generator lives in the project; content and output may be anywhere.
	await build({
		root: PROJECT_ROOT,
		outDir: staging,
		logLevel: options['astro-verslag'] ? 'info' : 'warn',
		logger: { entrypoint: fileURLToPath(new URL('build/astro-log.ts', import.meta.url)) },
	});
} catch (error) {
	workFolder.remove();
	rmSync(staging, { recursive: true, force: true });
	const contentProblems = findContentProblems(error);
	if (contentProblems) {
		console.error('\n');
		reportProblems(contentProblems);
		console.error(`\nDe site is niet gebouwd. ${shownOut} is niet veranderd.`);
		process.exit(1);
	}
	console.error('\nHet bouwen van de site is mislukt. De vorige versie is niet veranderd.\n');
	console.error(error);
	process.exit(1);
}

workFolder.remove();
stepDone("pagina's maken (Astro)");
// The PDFs of the verhalenboeken, still in the staging folder: all of them or none.
for (const line of (await makeBookPdfs(staging, buildTime(), { skip: options['zonder-pdf'] })).lines) console.log(line);
stepDone("pdf's van de verhalenboeken");
// The search index of the finished pages, still in the staging folder: a broken index fails the build.
try {
	if (!options['zonder-zoekindex']) console.log(searchIndexLine(await makeSearchIndex(staging)));
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\nDe zoekindex kon niet worden gemaakt. De site is niet gebouwd. ${shownOut} is niet veranderd.\n`);
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
if (!options['zonder-zoekindex']) stepDone('zoekindex');
// Last, over the finished files: a .br and .gz beside every text file (build/compress.ts).
if (!options['zonder-compressie']) {
	console.log(compressLine(await compressSite(staging)));
	stepDone('comprimeren');
}
// Not when the build was stopped meanwhile: then this does not return.
await stopWatch.checkpoint();
if (existsSync(outDir)) renameSync(outDir, previous);
try {
	renameSync(staging, outDir);
} catch (error) {
	if (existsSync(previous)) renameSync(previous, outDir);
	throw error;
}
published = true;
rmSync(previous, { recursive: true, force: true });

stepDone('site vervangen');
const pages = countPages(outDir);
if (timesFile)
	writeFileSync(
		timesFile,
		`${JSON.stringify({ paginas: pages, seconden: Math.round(performance.now() - started) / 1000, stappen: stepTimes }, null, '\t')}\n`,
	);
const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
console.log(`Klaar: ${pages} pagina's gebouwd in ${seconds} seconden, in ${shownOut}.`);

function countPages(dir: string): number {
	let n = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) n += countPages(path);
		else if (name.endsWith('.html')) n++;
	}
	return n;
}
