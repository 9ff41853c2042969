/**
 * Loaded with `node --import` into a measured process: when the process ends, it writes
 * its peak memory use (maxRSS, in kilobytes) and CPU time to WIJKPORTAAL_BENCH_RSS_DIR/<pid>.json.
 * Worker threads share the process's memory and are left out; forked Node processes
 * write a file of their own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const dir = process.env.WIJKPORTAAL_BENCH_RSS_DIR;
if (dir && isMainThread) {
	process.on('exit', () => {
		try {
			const usage = process.resourceUsage();
			const record = {
				pid: process.pid,
				maxRSS: usage.maxRSS,
				cpuMicroseconds: usage.userCPUTime + usage.systemCPUTime,
				argv: process.argv.slice(1),
			};
			writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(record));
		} catch {
			// Measuring must never change how the measured process ends.
		}
	});
}
