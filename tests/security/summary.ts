/**
 * The suite's counts and times: printed, and kept in tests/.tmp/security-summary.json
 * (one part per test file, merged), for the report that goes with a change.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { TMP } from '#tests/support/fixtures.ts';

export function writeSummary(part: string, data: Record<string, unknown>): void {
	const dir = join(TMP, 'security-summary');
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, `${part}.json`), JSON.stringify(data, null, 2));
	const merged: Record<string, unknown> = {};
	for (const name of readdirSync(dir)
		.filter((n) => n.endsWith('.json'))
		.sort()) {
		merged[name.slice(0, -5)] = JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
	}
	writeFileSync(join(TMP, 'security-summary.json'), JSON.stringify(merged, null, 2));
	console.log(`[security] ${part}: ${JSON.stringify(data)}`);
}
