/**
 * The local editing server of the editor at /admin/ (decap-server, a devDependency), for the
 * browser tests: started on a copy of the content, so the editor writes files there, never in
 * the project's own content/.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { REPO } from './fixtures.ts';
import { scriptEnv } from './run.ts';

/** Where config.yml's `local_backend` points: http://localhost:8081/api/v1. */
export const DECAP_PORT = 8081;

export interface DecapServer {
	/** Everything the server wrote so far. */
	output: () => string;
	/** Stops the server and every process it started, and waits until it has ended. */
	stop: () => Promise<void>;
}

/** Resolves when nothing listens on `port`; fails with a clear message when something does. */
async function expectPortFree(port: number): Promise<void> {
	await new Promise<void>((done, fail) => {
		const probe = createServer();
		probe.once('error', (error: NodeJS.ErrnoException) =>
			fail(
				new Error(
					error.code === 'EADDRINUSE'
						? `Port ${port} is already in use, but the editor's local backend must run there. Stop the program on port ${port} (another decap-server?) and run the tests again.`
						: `Port ${port} cannot be checked: ${error.message}`,
				),
			),
		);
		probe.listen(port, () => probe.close(() => done()));
	});
}

/**
 * Starts decap-server for the repository folder `repoDir` (the folder that holds the content
 * folder; config.yml's paths are relative to it) and resolves once it listens.
 */
export async function startDecapServer(repoDir: string, port = DECAP_PORT, timeoutMs = 20_000): Promise<DecapServer> {
	await expectPortFree(port);
	const child = spawn(process.execPath, [join(REPO, 'node_modules/decap-server/dist/index.js')], {
		cwd: repoDir,
		env: { ...scriptEnv(), NO_COLOR: '1', GIT_REPO_DIRECTORY: repoDir, PORT: String(port), MODE: 'fs' },
		// Its own process group, so stopping it ends everything it started.
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
	child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));

	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null && child.pid) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// The group has already ended.
			}
		}
		await exited;
	};

	const listening = new Promise<void>((done, fail) => {
		const timer = setTimeout(
			() => fail(new Error(`decap-server did not start within ${timeoutMs} ms:\n${output}`)),
			timeoutMs,
		);
		const look = () => {
			if (/listening on port \d+/.test(output)) {
				clearTimeout(timer);
				done();
			}
		};
		child.stdout.on('data', look);
		child.stderr.on('data', look);
		child.once('exit', (code) => {
			clearTimeout(timer);
			fail(new Error(`decap-server stopped before it listened (exit code ${code}):\n${output}`));
		});
	});
	try {
		await listening;
	} catch (error) {
		await stop();
		throw error;
	}
	return { output: () => output, stop };
}
