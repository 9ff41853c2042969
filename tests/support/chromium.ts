/**
 * Finds a Chromium for the browser tests, or installs one: CHROMIUM_PATH, the system's
 * Chromium (Debian: /usr/bin/chromium), Playwright's own browser; else it tries
 * `npx playwright install chromium`, and as root `apt-get install chromium`.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

function found(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH wijst naar ${fromEnv}, maar daar staat geen bestand.`);
	}
	const system = SYSTEM_PATHS.find((p) => existsSync(p));
	if (system) return system;
	const bundled = chromium.executablePath();
	return existsSync(bundled) ? bundled : undefined;
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
