/**
 * The history of every agenda item of a content folder, computed at once from Git (git.ts,
 * parse.ts, events.ts). Without usable history an item falls back to the dates in its file
 * (`bron: 'bestand'`), with the reason why; nothing here ever fails the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type HistoryEvent, historyEvents } from './events.ts';
import { agendaLog, readBlobs, repoState } from './git.ts';
import { indexChanges, parseGitLog, versionsOf } from './parse.ts';

/** Why an item shows only the dates in its file. */
export type HistoryFallback = 'geen-git' | 'ondiep' | 'niet-vastgelegd';

export type ItemHistory =
	/** `nietVastgelegd`: the file in the folder differs from its last committed version. */
	{ bron: 'git'; events: HistoryEvent[]; nietVastgelegd: boolean } | { bron: 'bestand'; waarom: HistoryFallback };

/** The file of an agenda item ("noord/speeltuin"), relative to the content folder. */
export function agendaFile(id: string): string {
	const [wijk = '', ...rest] = id.split('/');
	return `wijken/${wijk}/agenda/${rest.join('/')}.md`;
}

const normalise = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

function readCurrent(contentDir: string, id: string): string | undefined {
	try {
		return readFileSync(join(contentDir, agendaFile(id)), 'utf8');
	} catch {
		return undefined;
	}
}

/** The history of each item (by id, "<wijk>/<naam>"), read from the Git history of `contentDir`. */
export async function agendaHistories(contentDir: string, ids: readonly string[]): Promise<Map<string, ItemHistory>> {
	const result = new Map<string, ItemHistory>();
	const state = repoState(contentDir);
	if (state.kind !== 'git') {
		for (const id of ids) result.set(id, { bron: 'bestand', waarom: state.kind });
		return result;
	}
	const commits = parseGitLog(await agendaLog(contentDir));
	const index = indexChanges(commits);
	const versions = new Map(ids.map((id) => [id, versionsOf(commits, state.prefix + agendaFile(id), index)]));
	const blobs = await readBlobs(
		contentDir,
		[...versions.values()].flatMap((list) => list.map((v) => v.blob)),
	);
	for (const [id, list] of versions) {
		if (list.length === 0) {
			result.set(id, { bron: 'bestand', waarom: 'niet-vastgelegd' });
			continue;
		}
		const events = historyEvents(list.map((v) => ({ ...v, text: blobs.get(v.blob) })));
		const last = blobs.get(list.at(-1)!.blob);
		const current = readCurrent(contentDir, id);
		const nietVastgelegd = last !== undefined && current !== undefined && normalise(last) !== normalise(current);
		result.set(id, { bron: 'git', events, nietVastgelegd });
	}
	return result;
}
