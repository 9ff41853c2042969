/** The internal link and anchor check (tests/support/links.ts) on a small hand-made site. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { brokenLinks, countInternalLinks } from '#tests/support/links.ts';

const root = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
	const dist = mkdtempSync(join(root, 'dist-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
	return dist;
}

const page = (body: string) =>
	`<!doctype html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`;

describe('brokenLinks', () => {
	it('accepts links to pages, files and ids that are there', () => {
		const dist = site({
			'index.html': page(
				'<a href="#inhoud">Naar de inhoud</a><main id="inhoud"><a href="wijken/">Wijken</a><a href="/wijken/noord/#buurten">Buurten</a><img src="/beelden/a.svg" srcset="/beelden/a.svg 1x, beelden/a.svg 2x" alt=""><a href="https://example.org/x">elders</a><a href="mailto:a@b.example">mail</a></main>',
			),
			'wijken/index.html': page(
				'<a href="noord/">Noord</a><a href="../">Home</a><a href="/404.html">niet gevonden</a>',
			),
			'wijken/noord/index.html': page('<h2 id="buurten">Buurten</h2><svg><a href="/wijken/"><path d=""/></a></svg>'),
			'404.html': page('<a href="/">Home</a>'),
			'beelden/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
		});
		expect(brokenLinks(dist)).toEqual([]);
		expect(countInternalLinks(dist)).toEqual({ links: 11, anchors: 2 });
	});

	it('reports a missing page, a missing file, and an anchor without its id on the same and another page', () => {
		const dist = site({
			'index.html': page(
				'<a href="#inhoud">Naar de inhoud</a><a href="/wijken/zuid/">Zuid</a><a href="/wijken/noord/#straten">Straten</a><img src="/beelden/weg.svg" alt="">',
			),
			'wijken/noord/index.html': page('<h2 id="buurten">Buurten</h2><a href="/nieuws/%E0%A4%A/">kapot</a>'),
		});
		expect(brokenLinks(dist)).toEqual([
			'/: href="#inhoud" (no element with id "inhoud" on /)',
			'/: href="/wijken/zuid/" (no file /wijken/zuid/ in the site)',
			'/: href="/wijken/noord/#straten" (no element with id "straten" on /wijken/noord/)',
			'/: src="/beelden/weg.svg" (no file /beelden/weg.svg in the site)',
			'/wijken/noord/: href="/nieuws/%E0%A4%A/" (no file /nieuws/%E0%A4%A/ in the site)',
		]);
	});

	it('does not follow a link out of the site folder', () => {
		const dist = site({ 'index.html': page('<a href="/../../etc/passwd">uit</a><a href="/%2e%2e/x">uit</a>') });
		expect(brokenLinks(dist)).toHaveLength(2);
	});
});
