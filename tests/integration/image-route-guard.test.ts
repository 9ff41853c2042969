/**
 * Defence in depth: even when `npm run check` is skipped (Astro run directly), the route
 * that publishes pictures checks each file again right before reading it. A logo that
 * links to /etc/passwd stops the build with the Dutch ContentError, and nothing of the
 * file reaches the output.
 */
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { afterAll, expect, it } from 'vitest';

import { FIXTURES, listFiles, REPO, TMP } from '#tests/support/fixtures.ts';
import { runNode } from '#tests/support/run.ts';

const dir = join(TMP, 'image-route-guard');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('astro build without the check refuses a logo that links to /etc/passwd', () => {
	rmSync(dir, { recursive: true, force: true });
	const content = join(dir, 'content');
	cpSync(join(FIXTURES, 'minimal'), content, { recursive: true });
	const wijk = join(content, 'wijken/noord/wijk.md');
	writeFileSync(
		wijk,
		readFileSync(wijk, 'utf8').replace(
			'accentkleur: "#1d5b79"\n',
			'accentkleur: "#1d5b79"\nlogo:\n  bestand: logo.svg\n  alt: Logo van Noord\n',
		),
	);
	symlinkSync('/etc/passwd', join(content, 'wijken/noord/logo.svg'));

	const out = join(dir, 'dist');
	const build = runNode('node_modules/astro/bin/astro.mjs', ['build', '--outDir', out], {
		env: { WIJKPORTAAL_CONTENT: content },
	});
	const output = `${build.stdout}${build.stderr}`;
	expect(build.status).toBe(1);
	const logo = relative(REPO, join(content, 'wijken/noord/logo.svg'));
	expect(output).toContain(
		`${logo}: het bestand '${logo}' is een snelkoppeling (symbolische link). De site leest en publiceert alleen gewone bestanden en mappen die echt in de contentmap staan.`,
	);
	expect(output).not.toContain('root:x:0:0');
	const published = existsSync(out) ? listFiles(out) : [];
	for (const file of published) expect(readFileSync(file).includes('root:x:0:0'), file).toBe(false);
	expect(published.some((file) => file.includes('logo.svg'))).toBe(false);
}, 120_000);
