/**
 * Every link of the built site to the site itself leads somewhere: each `href`, `src` and
 * `srcset` in every page to a file in dist/, and each `#anchor` (same page or another page)
 * to an element with that id. Reads the files; no browser needed.
 */
import { expect, test } from '@playwright/test';

import { brokenLinks, countInternalLinks } from '#tests/support/links.ts';

import { DIST } from './support.ts';

test('every internal link and anchor in dist/ resolves to a file and an id', () => {
	const { links, anchors } = countInternalLinks(DIST);
	// The demo has thousands of links and anchors (skip links, tables of contents); a check over none proves nothing.
	expect(links).toBeGreaterThan(1000);
	expect(anchors).toBeGreaterThan(100);
	expect(brokenLinks(DIST)).toEqual([]);
});
