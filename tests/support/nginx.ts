/**
 * A real nginx for the deploy test (tests/deploy): serves a built site with the committed
 * deploy/nginx/wijkportaal.conf, included as it is shipped except for its `root` line, on a
 * loopback port. Finds nginx (NGINX_PATH, PATH, /usr/sbin/nginx); on a machine without it, as
 * root (CI), installs the Debian packages nginx-light and libnginx-mod-http-brotli-static.
 * Runs in the foreground as one process (no master, no daemon), with its pid file, logs and
 * temporary files in tests/.tmp/nginx, and is stopped by its process id.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';

import { NGINX_FILE } from '#scripts/deploy/config-text.ts';

import { REPO, TMP } from './fixtures.ts';

/** The Debian packages of nginx and its module that sends the .br files. */
export const NGINX_PACKAGES = ['nginx-light', 'libnginx-mod-http-brotli-static'] as const;

const INSTALL_HELP =
	`nginx met de brotli-module is nodig voor deze test, maar niet gevonden. ` +
	`Installeer het, bijvoorbeeld met: sudo apt-get install ${NGINX_PACKAGES.join(' ')} ` +
	`(of geef het programma aan met NGINX_PATH=/pad/naar/nginx). ` +
	`/ nginx with the brotli static module is needed for this test: install ${NGINX_PACKAGES.join(' ')} or set NGINX_PATH.`;

const MODULE = 'ngx_http_brotli_static_module.so';

function executable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The nginx program: NGINX_PATH, else the first on PATH, else /usr/sbin/nginx; undefined if none. */
export function findNginx(): string | undefined {
	if (process.env.NGINX_PATH) return executable(process.env.NGINX_PATH) ? process.env.NGINX_PATH : undefined;
	const candidates = [
		...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
		'/usr/sbin/nginx',
		'/usr/local/sbin/nginx',
	];
	return candidates.find(executable);
}

/** The brotli module's file for this nginx (from its --modules-path), if installed. */
export function brotliModule(nginx: string): string | undefined {
	const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
	const modules = /--modules-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1];
	const file = modules && join(modules, MODULE);
	return file && existsSync(file) ? file : undefined;
}

/** nginx and its brotli module; installs both as root on Debian when missing, or fails with how to install them. */
export function ensureNginx(): { nginx: string; module: string } {
	let nginx = findNginx();
	let module = nginx && brotliModule(nginx);
	if ((!nginx || !module) && !process.env.NGINX_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const update = spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8', env });
		const install =
			update.status === 0 &&
			spawnSync('apt-get', ['install', '-y', '-qq', ...NGINX_PACKAGES], { encoding: 'utf8', env });
		if (!install || install.status !== 0)
			throw new Error(`${INSTALL_HELP}\n(apt-get: ${(install || update).stderr.trim().slice(-500)})`);
		nginx = findNginx();
		module = nginx && brotliModule(nginx);
	}
	if (!nginx || !module) throw new Error(INSTALL_HELP);
	return { nginx, module };
}

export interface RunningNginx {
	origin: string;
	/** The shipped configuration as nginx read it (only the root line changed). */
	site: string;
	stop(): Promise<void>;
}

/** The shipped configuration with its one `root` line pointing at `root`. */
export function siteConfig(root: string): string {
	const shipped = readFileSync(join(REPO, NGINX_FILE), 'utf8');
	const roots = shipped.match(/^root .*;$/gm) ?? [];
	if (roots.length !== 1) throw new Error(`${NGINX_FILE} must have exactly one root line, found ${roots.length}`);
	return shipped.replace(/^root .*;$/m, `root ${JSON.stringify(root)};`);
}

function portOpen(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

/** Starts nginx serving `root` on 127.0.0.1:`port` and waits until it answers. */
export async function startNginx(root: string, port: number): Promise<RunningNginx> {
	const { nginx, module } = ensureNginx();
	const dir = join(TMP, 'nginx');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'logs'), { recursive: true });
	const site = siteConfig(root);
	writeFileSync(join(dir, 'wijkportaal.conf'), site);
	const temp = (name: string) => `${name}_temp_path ${JSON.stringify(join(dir, `${name}-temp`))};`;
	writeFileSync(
		join(dir, 'nginx.conf'),
		[
			`load_module ${JSON.stringify(module)};`,
			`daemon off;`,
			`master_process off;`,
			`pid ${JSON.stringify(join(dir, 'nginx.pid'))};`,
			`error_log ${JSON.stringify(join(dir, 'logs', 'error.log'))} warn;`,
			`events { worker_connections 256; }`,
			`http {`,
			`    access_log off;`,
			`    sendfile on;`,
			`    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}`,
			`    server {`,
			`        listen 127.0.0.1:${port};`,
			`        include ${JSON.stringify(join(dir, 'wijkportaal.conf'))};`,
			`    }`,
			`}`,
			``,
		].join('\n'),
	);
	if (await portOpen(port)) throw new Error(`Port ${port} is already in use: set WIJKPORTAAL_NGINX_PORT.`);
	const child: ChildProcess = spawn(
		nginx,
		['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs', 'error.log')],
		{ stdio: ['ignore', 'ignore', 'pipe'] },
	);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const log = () => {
		const file = join(dir, 'logs', 'error.log');
		return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`.trim();
	};
	const deadline = Date.now() + 10_000;
	while (!(await portOpen(port))) {
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`nginx did not start:\n${log()}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		origin: `http://127.0.0.1:${port}`,
		site,
		async stop() {
			if (child.exitCode === null && child.pid) {
				process.kill(child.pid, 'SIGQUIT');
				const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
				await exited;
				clearTimeout(timer);
			}
		},
	};
}
