/**
 * Classifies every payload in every mode against every place, spread over worker threads
 * (the checks are synchronous and CPU-bound), each with its own copy of the portal.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { type Mode, MODES, type Verdict } from './classify.ts';
import type { Payload } from './payloads.ts';
import type { Place } from './places.ts';

export interface PayloadResult {
	payloadId: string;
	mode: Mode;
	verdicts: Map<string, Verdict>;
	issues: string[];
	runs: number;
}

type Message = Omit<PayloadResult, 'verdicts'> & { verdicts: [string, Verdict][] };

export async function classifyAll(
	sourceDir: string,
	workRoot: string,
	places: Place[],
	payloads: Payload[],
): Promise<PayloadResult[]> {
	const jobs = payloads.flatMap((payload) =>
		(payload.replaceOnly ? ['replace' as const] : MODES).map((mode) => ({ payload, mode })),
	);
	const results: PayloadResult[] = [];
	const count = Math.max(1, Math.min(availableParallelism(), 4, jobs.length));
	const workers = Array.from(
		{ length: count },
		(_, i) =>
			new Worker(new URL('./classify-worker.ts', import.meta.url), {
				workerData: { sourceDir, workDir: join(workRoot, `klad-${i}`), places },
			}),
	);
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						const next = () => {
							const job = jobs.shift();
							if (job) worker.postMessage(job);
							else resolve();
						};
						worker.on('message', (message: Message) => {
							results.push({ ...message, verdicts: new Map(message.verdicts) });
							next();
						});
						worker.on('error', reject);
						worker.on('exit', (code) =>
							jobs.length || code !== 0 ? reject(new Error(`classify worker stopped (${code})`)) : resolve(),
						);
						next();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return results;
}
