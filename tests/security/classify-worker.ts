/** A worker thread that classifies payloads in a portal copy of its own (see classify-all.ts). */
import { parentPort, workerData } from 'node:worker_threads';

import { classify, type Mode } from './classify.ts';
import type { Payload } from './payloads.ts';
import type { Place } from './places.ts';
import { PortalCopy } from './portal.ts';

const { sourceDir, workDir, places } = workerData as { sourceDir: string; workDir: string; places: Place[] };
const copy = new PortalCopy(sourceDir, workDir, places);

parentPort!.on('message', ({ payload, mode }: { payload: Payload; mode: Mode }) => {
	const result = classify(copy, places, payload, mode);
	parentPort!.postMessage({
		payloadId: payload.id,
		mode,
		verdicts: [...result.verdicts],
		issues: result.issues,
		runs: result.runs,
	});
});
