/**
 * `npm run publiceer -- <doel>`: puts the built site (dist/) online as a new release of a
 * folder on this computer or on a server (SSH and rsync), and switches the web server's root
 * `<doel>/huidig` to it in one step. `--terug` switches back to the previous release,
 * `--lijst` shows the releases. See docs/publiceren.md.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

import { parseCommandLine, stopWithUsage } from './cli/options.ts';
import { localState, publishLocal, rollbackLocal } from './publish/local.ts';
import { PublishProblem } from './publish/problem.ts';
import { CURRENT, DEFAULT_KEEP, parseKeep, RELEASES } from './publish/releases.ts';
import { publishRemote, remoteState, rollbackRemote } from './publish/remote.ts';
import { parseTarget, shownTarget, type Target } from './publish/target.ts';

const COMMAND = {
	usage: [
		'npm run publiceer -- <doel> [--map <map>] [--bewaar <aantal>]',
		'npm run publiceer -- <doel> --terug',
		'npm run publiceer -- <doel> --lijst',
	].join('\n'),
	positionals: [
		{
			name: '<doel>',
			description: 'een map op deze computer (/srv/wijkportaal) of op een server (beheer@server:/srv/wijkportaal)',
		},
	],
	options: {
		map: { type: 'string', value: '<map>', description: 'de gebouwde site (standaard: dist)' },
		bewaar: {
			type: 'string',
			value: '<aantal>',
			description: `zoveel versies blijven bewaard, minstens 2 (standaard: ${DEFAULT_KEEP})`,
		},
		terug: { type: 'boolean', description: 'zet de vorige versie weer online' },
		lijst: { type: 'boolean', description: 'toont de versies en welke online staat' },
	},
	more: `De webserver toont de map <doel>/${CURRENT}. Uitleg: docs/publiceren.md.`,
} as const;

const { values, positionals } = parseCommandLine(COMMAND);
const [doel] = positionals;
if (!doel) stopWithUsage(COMMAND, 'Geef aan waar de site naartoe moet, bijvoorbeeld /srv/wijkportaal.');
if (values.terug && values.lijst) stopWithUsage(COMMAND, 'Kies --terug of --lijst, niet allebei.');
const keep = parseKeep(values.bewaar);
if (keep === undefined)
	stopWithUsage(
		COMMAND,
		`'${values.bewaar}' is geen goed aantal bij --bewaar. Geef een heel getal van 2 of meer, bijvoorbeeld 5.`,
	);

/** The short Git hash of the working copy the site was built from; undefined outside Git. */
function gitCommit(): string | undefined {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
	} catch {
		return undefined;
	}
}

function list(target: Target): void {
	const { releases, current } = target.kind === 'local' ? localState(target.dir) : remoteState(target);
	const where = `${shownTarget(target)}/${RELEASES}`;
	if (!releases.length) {
		console.log(`In ${where} staan nog geen versies.`);
		return;
	}
	console.log(`Versies in ${where}, de nieuwste bovenaan:`);
	for (const release of [...releases].reverse())
		console.log(`  ${release}${release === current ? '  ← staat online' : ''}`);
	if (!current) console.log(`Geen van deze versies staat online: ${shownTarget(target)}/${CURRENT} ontbreekt.`);
}

async function publish(target: Target, keepCount: number): Promise<void> {
	const build = resolve(values.map ?? 'dist');
	const shownBuild = relative(process.cwd(), build) || '.';
	const commit = gitCommit();
	const result =
		target.kind === 'local'
			? await publishLocal({ build, shownBuild, target: target.dir, keep: keepCount, commit })
			: publishRemote({ target, build, shownBuild, keep: keepCount, commit });
	console.log(`Gepubliceerd: ${result.files} bestanden in ${shownTarget(target)}/${RELEASES}/${result.release}.`);
	console.log(`Deze versie staat nu online (${shownTarget(target)}/${CURRENT}).`);
	if (result.removed.length) console.log(`Oude versies weggehaald: ${result.removed.join(', ')}.`);
	console.log(`Terug naar de vorige versie: npm run publiceer -- ${doel} --terug`);
}

try {
	const target = parseTarget(doel);
	if (values.lijst) list(target);
	else if (values.terug) {
		const { from, to } = target.kind === 'local' ? rollbackLocal(target.dir) : rollbackRemote(target);
		console.log(`De vorige versie staat weer online: ${to} (was ${from}).`);
	} else await publish(target, keep);
} catch (error) {
	// A problem we foresaw has its own Dutch message; any other still gets no stack trace.
	console.error(
		error instanceof PublishProblem
			? error.message
			: `Publiceren is niet gelukt: ${error instanceof Error ? error.message : String(error)}. Welke versie online staat, ziet u met npm run publiceer -- ${doel} --lijst.`,
	);
	process.exit(1);
}
