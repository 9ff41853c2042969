/**
 * `npm run publiceer -- <map>` for real, on a small built site: each publish is a release of
 * its own and `huidig` points at the newest; --terug goes back one; --bewaar removes old
 * releases; a missing or incomplete build, an unusable target and a failed copy give a Dutch
 * message and leave the site that is online as it was. About 10 seconds (a dozen CLI runs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TMP } from '#tests/support/fixtures.ts';
import { runNode } from '#tests/support/run.ts';

const root = join(TMP, 'publiceer');
const dist = join(root, 'dist');
const target = join(root, 'srv');
const STACK_TRACE = /^\s+at .+[(:]\d+/m;

const publiceer = (...args: string[]) => runNode('scripts/publiceer.ts', args, { cwd: root });
const online = () => readFileSync(join(target, 'huidig', 'index.html'), 'utf8');
const releases = () => readdirSync(join(target, 'releases')).sort();

function buildSite(version: string, dir = dist): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'assets'), { recursive: true });
	mkdirSync(join(dir, 'wijken', 'centrum'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), version);
	writeFileSync(join(dir, '404.html'), 'niet gevonden');
	writeFileSync(join(dir, 'assets', 'site.abc123.css'), 'body{}');
	writeFileSync(join(dir, 'wijken', 'centrum', 'index.html'), `centrum ${version}`);
}

beforeAll(() => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run publiceer to a folder', () => {
	it('says so when there is no build, or an incomplete one', () => {
		const none = publiceer(target);
		expect(none.status).toBe(1);
		expect(none.stderr).toContain('Er is geen gebouwde site in dist. Bouw de site eerst met npm run build.');
		buildSite('v1');
		rmSync(join(dist, '404.html'));
		const half = publiceer(target);
		expect(half.status).toBe(1);
		expect(half.stderr).toContain('niet compleet: 404.html ontbreekt');
		expect(half.stderr).not.toMatch(STACK_TRACE);
		expect(existsSync(join(target, 'huidig'))).toBe(false);
	});

	it('publishes a release and points huidig at it with a relative link', () => {
		buildSite('v1');
		const result = publiceer(target);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/Gepubliceerd: 4 bestanden in .*releases\/\d{8}T\d{6}Z-/);
		const [first] = releases();
		expect(readlinkSync(join(target, 'huidig'))).toBe(`releases/${first}`);
		expect(online()).toBe('v1');
		expect(readFileSync(join(target, 'huidig', 'wijken', 'centrum', 'index.html'), 'utf8')).toBe('centrum v1');
	});

	it('switches to the next release, lists both, and goes back with --terug', () => {
		buildSite('v2');
		expect(publiceer(target).status).toBe(0);
		expect(online()).toBe('v2');
		const [first, second] = releases();
		const list = publiceer(target, '--lijst');
		expect(list.stdout).toContain(`${second}  ← staat online\n  ${first}\n`);

		const back = publiceer(target, '--terug');
		expect(back.status).toBe(0);
		expect(back.stdout).toContain(`De vorige versie staat weer online: ${first} (was ${second}).`);
		expect(online()).toBe('v1');

		const again = publiceer(target, '--terug');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('Er is geen eerdere versie om naar terug te gaan');
		expect(online()).toBe('v1');
	});

	it('keeps only the last releases of --bewaar, always the current one and the one before', () => {
		for (const version of ['v3', 'v4']) {
			buildSite(version);
			expect(publiceer(target, '--bewaar', '2').status).toBe(0);
		}
		expect(online()).toBe('v4');
		const kept = releases();
		expect(kept).toHaveLength(2);
		expect(readlinkSync(join(target, 'huidig'))).toBe(`releases/${kept[1]}`);
		expect(readFileSync(join(target, 'releases', kept[0]!, 'index.html'), 'utf8')).toBe('v3');
	});

	it('removes a failed copy and leaves the site online as it was', () => {
		buildSite('v5');
		// A named pipe cannot be copied: the copy stops halfway.
		execFileSync('mkfifo', [join(dist, 'wijken', 'pijp')]);
		const before = releases();
		const result = publiceer(target);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('De halve kopie is weggehaald; de site die online staat, is niet veranderd.');
		expect(result.stderr).not.toMatch(STACK_TRACE);
		expect(releases()).toEqual(before);
		expect(online()).toBe('v4');
	});

	it('says so when the target cannot be written', () => {
		buildSite('v6');
		writeFileSync(join(root, 'bestand'), '');
		const result = publiceer(join(root, 'bestand', 'srv'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('kan de site niet worden gezet: daar staat een bestand waar een map hoort');
	});
});
