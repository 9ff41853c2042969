/**
 * Runs a Node script as a child process with the same Node, and measures its wall time
 * and peak memory (maxRSS of the child, written by max-rss.ts when it exits).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

export interface Measured {
	ok: boolean;
	exitCode: number | null;
	signal: NodeJS.Signals | null;
	seconds: number;
	/** Peak resident memory of the child process in MB (1 MB = 1024 × 1024 bytes); null if unknown. */
	peakMB: number | null;
	/** Peak of any other Node process the child started (forks), in MB. */
	otherPeakMB: number | null;
	/** CPU time (user + system) of the child and the Node processes it started, in seconds. */
	cpuSeconds: number | null;
	/**
	 * CPU time that processes outside this measurement used meanwhile (from /proc/stat), in
	 * seconds; a large number means the wall time is not reliable. Null where unknown.
	 */
	otherCpuSeconds: number | null;
	logFile: string;
}

export interface RunOptions {
	/** Script and its arguments, e.g. ['scripts/build.ts', '--content', dir]. */
	args: string[];
	cwd: string;
	logFile: string;
	env?: Record<string, string>;
}

const HOOK = pathToFileURL(join(import.meta.dirname, 'max-rss.ts')).href;

export async function runMeasured(options: RunOptions): Promise<Measured> {
	const rssDir = `${options.logFile}.rss`;
	rmSync(rssDir, { recursive: true, force: true });
	mkdirSync(rssDir, { recursive: true });
	const log = openSync(options.logFile, 'w');
	const busyBefore = busyCpuSeconds();
	const started = performance.now();
	const child = spawn(process.execPath, ['--import', HOOK, ...options.args], {
		cwd: options.cwd,
		env: { ...process.env, ...options.env, WIJKPORTAAL_BENCH_RSS_DIR: rssDir },
		stdio: ['ignore', log, log],
	});
	const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
		(resolve, reject) => {
			child.once('error', reject);
			child.once('close', (c, s) => resolve({ code: c, signal: s }));
		},
	);
	const seconds = (performance.now() - started) / 1000;
	const busyAfter = busyCpuSeconds();
	closeSync(log);

	let peakMB: number | null = null;
	let otherPeakMB: number | null = null;
	let cpuSeconds: number | null = null;
	for (const name of readdirSync(rssDir)) {
		try {
			const record = JSON.parse(readFileSync(join(rssDir, name), 'utf8')) as {
				pid: number;
				maxRSS: number;
				cpuMicroseconds: number;
			};
			const mb = record.maxRSS / 1024;
			cpuSeconds = (cpuSeconds ?? 0) + record.cpuMicroseconds / 1e6;
			if (record.pid === child.pid) peakMB = mb;
			else otherPeakMB = Math.max(otherPeakMB ?? 0, mb);
		} catch {
			// A half-written record (process killed while writing): leave it out.
		}
	}
	rmSync(rssDir, { recursive: true, force: true });
	const otherCpuSeconds =
		busyBefore === null || busyAfter === null || cpuSeconds === null
			? null
			: Math.max(0, busyAfter - busyBefore - cpuSeconds);
	return {
		ok: code === 0,
		exitCode: code,
		signal,
		seconds,
		peakMB,
		otherPeakMB,
		cpuSeconds,
		otherCpuSeconds,
		logFile: options.logFile,
	};
}

/** Busy CPU time of the whole machine since it started (Linux /proc/stat, in USER_HZ = 1/100 s). */
function busyCpuSeconds(): number | null {
	try {
		const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
		const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
		return (user + nice + system + irq + softirq + steal) / 100;
	} catch {
		return null;
	}
}

/** Number of .html files under a folder, and the size of all files in it (bytes). */
export function countOutput(dir: string): { html: number; bytes: number } {
	const total = { html: 0, bytes: 0 };
	if (!existsSync(dir)) return total;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			const sub = countOutput(path);
			total.html += sub.html;
			total.bytes += sub.bytes;
		} else {
			if (entry.name.endsWith('.html')) total.html++;
			total.bytes += statSync(path).size;
		}
	}
	return total;
}

/** The last lines of a log file, for a failed run. */
export function tail(file: string, lines = 40): string {
	if (!existsSync(file)) return '';
	return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
