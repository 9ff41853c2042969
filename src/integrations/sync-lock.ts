/**
 * One content sync at a time per project folder. Astro writes the generated files of its content
 * layer into `.astro/` of the project root (not of the content folder) under fixed temporary
 * names, so two builds of different portals from one checkout (the tests, a CI that builds
 * several gemeenten side by side) could trip over each other's half-written file. A build takes
 * this lock after its configuration is done and gives it back when the pages start, which is
 * exactly the span of the sync: a few seconds, so parallel builds lose little.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

/** A lock older than this was left by a build that was killed: it is taken over. */
const STALE_MS = 120_000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function acquire(lock: string): Promise<void> {
	for (;;) {
		try {
			mkdirSync(lock);
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			try {
				if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { recursive: true, force: true });
			} catch {
				// Released between the two calls: try again.
			}
			await sleep(POLL_MS);
		}
	}
}

export function syncLock(): AstroIntegration {
	let command = '';
	let lock: string | undefined;
	const release = () => {
		if (lock) rmSync(lock, { recursive: true, force: true });
		lock = undefined;
	};
	return {
		name: 'wijkportaal-sync-lock',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			'astro:config:done': async ({ config }) => {
				// Only the build: the dev server and the type check never reach astro:build:start.
				if (command !== 'build') return;
				const dotAstro = fileURLToPath(new URL('.astro/', config.root));
				mkdirSync(dotAstro, { recursive: true });
				const path = `${dotAstro}content-sync.lock`;
				await acquire(path);
				lock = path;
				process.once('exit', release);
			},
			'astro:build:start': () => {
				release();
			},
		},
	};
}
