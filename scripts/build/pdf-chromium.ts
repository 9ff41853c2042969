/**
 * Finds a Chromium on this machine without installing anything: CHROMIUM_PATH, the system's
 * Chromium (Debian: /usr/bin/chromium), or Playwright's own browser. Used by the build (the
 * PDFs of the verhalenboeken) and by the browser tests (tests/support/chromium.ts).
 */
import { existsSync } from 'node:fs';

import { chromium } from 'playwright-core';

export const SYSTEM_CHROMIUM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

export type ChromiumSearch = { path: string; reason?: undefined } | { path?: undefined; reason: string };

/** Where a Chromium is, or why none was found (in Dutch). CHROMIUM_PATH, when set, is the only place looked at. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumSearch {
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv)
		return existsSync(fromEnv)
			? { path: fromEnv }
			: { reason: `CHROMIUM_PATH wijst naar ${fromEnv}, maar daar staat geen bestand.` };
	const system = SYSTEM_CHROMIUM_PATHS.find((p) => existsSync(p));
	if (system) return { path: system };
	let bundled = '';
	try {
		bundled = chromium.executablePath();
	} catch {
		// No browser of Playwright's own for this platform.
	}
	return bundled && existsSync(bundled)
		? { path: bundled }
		: { reason: `niet in ${SYSTEM_CHROMIUM_PATHS.join(', ')} en niet bij Playwright.` };
}

/** Flags for a headless Chromium on a machine without network or sandbox. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
