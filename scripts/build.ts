/**
 * `npm run build [-- --content <map>] [-- --out <map>]`: checks all content, then builds
 * the portal. Astro writes into a fresh folder beside the output; only a build that
 * succeeds replaces the output folder, so a failed build leaves the published site as it was.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../src/lib/content/load.ts';
import { PROJECT_ROOT } from '../src/lib/theme.ts';
import { readOptions, reportProblems } from './cli.ts';

const started = performance.now();
const options = readOptions();
const outDir = resolve(options.outDir ?? 'dist');

const { problems } = loadContent(options.contentDir);
if (problems.length) {
	reportProblems(problems);
	console.error(`\nDe site is niet gebouwd. ${relative(process.cwd(), outDir) || outDir} is niet veranderd.`);
	process.exit(1);
}

const staging = join(dirname(outDir), `.${basename(outDir)}-nieuw-${process.pid}`);
const previous = join(dirname(outDir), `.${basename(outDir)}-oud-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
process.env.WIJKPORTAAL_OUT = staging;

try {
	const { build } = await import('astro');
	// The generator lives in the project; content and output may be anywhere.
	await build({ root: PROJECT_ROOT, outDir: staging, logLevel: process.env.CI ? 'warn' : 'info' });
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	console.error('\nHet bouwen van de site is mislukt. De vorige versie is niet veranderd.\n');
	console.error(error);
	process.exit(1);
}

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });

const pages = countPages(outDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
console.log(`\nKlaar: ${pages} pagina's gebouwd in ${seconds} seconden, in ${relative(process.cwd(), outDir) || outDir}.`);

function countPages(dir: string): number {
	let n = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) n += countPages(path);
		else if (name.endsWith('.html')) n++;
	}
	return n;
}
