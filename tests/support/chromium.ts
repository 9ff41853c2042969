/**
 * Finds a Chromium for the browser tests, or installs one: CHROMIUM_PATH, the system's
 * Chromium (Debian: /usr/bin/chromium), Playwright's own browser; else it tries
 * `npx playwright install chromium`, and as root `apt-get install chromium`.
 */
import { execSync } from 'node:child_process';

import { CHROMIUM_ARGS, findChromium } from '#scripts/build/pdf-chromium.ts';

export { CHROMIUM_ARGS };

function found(): string | undefined {
	const search = findChromium();
	if (search.reason !== undefined && process.env.CHROMIUM_PATH) throw new Error(search.reason);
	return search.path;
}

function attempt(label: string, command: string): string[] {
	try {
		console.log(`Geen Chromium gevonden; ${label}: ${command}`);
		execSync(command, { stdio: 'inherit', timeout: 10 * 60 * 1000 });
		return [];
	} catch (error) {
		return [`${command}: ${(error as Error).message.split('\n')[0]}`];
	}
}

let cached: string | undefined;

export function chromiumPath(): string {
	if (cached) return cached;
	cached = found();
	if (cached) return cached;
	const failures = attempt('Playwright installeert zijn eigen Chromium', 'npx playwright install chromium');
	cached = found();
	if (cached) return cached;
	if (process.getuid?.() === 0) {
		failures.push(
			...attempt('Chromium wordt geïnstalleerd met apt-get', 'apt-get update && apt-get install -y chromium'),
		);
		cached = found();
		if (cached) return cached;
	}
	throw new Error(
		[
			'De browsertests hebben Chromium nodig, maar die is niet gevonden en kon niet worden geïnstalleerd.',
			...failures.map((f) => `  - ${f}`),
			'Installeer Chromium (Debian/Ubuntu: sudo apt-get install chromium) of zet CHROMIUM_PATH op het pad van een Chromium- of Chrome-programma.',
		].join('\n'),
	);
}
