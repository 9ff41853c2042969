/**
 * Reading the Git history of the content folder: never through a shell, with fixed argument
 * lists, time and size limits, and a configuration that runs no programs of the repository
 * (no fsmonitor, no hooks, no external diff or text conversion). One `git log` for all agenda
 * files and one `git cat-file --batch` for all their versions, however many items there are.
 * Every failure counts as "no history": the build never stops because of Git.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';

import { LOG_FORMAT } from './parse.ts';

/** Longest time one Git command may take. */
const GIT_TIMEOUT_MS = 120_000;
/** Most output read from one Git command (the log, or all versions together). */
const GIT_MAX_BYTES = 512 * 1024 * 1024;

/** The agenda files, relative to the content folder (a Git pathspec). */
export const AGENDA_PATHSPEC = ':(glob)wijken/*/agenda/*.md';

/**
 * The environment for Git: without GIT_* variables (GIT_DIR or GIT_WORK_TREE of a calling
 * program would point Git elsewhere), never asking for input, taking no optional locks.
 */
function gitEnv(): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
	return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}

function gitArgs(dir: string, args: readonly string[]): string[] {
	return [
		'-C',
		dir,
		'-c',
		'core.fsmonitor=false',
		'-c',
		'core.hooksPath=/dev/null',
		'-c',
		'core.quotePath=false',
		'-c',
		'log.showSignature=false',
		...args,
	];
}

/** Where the content folder stands in Git. */
export type RepoState =
	| { kind: 'geen-git' }
	| { kind: 'ondiep' }
	/** `prefix`: the content folder relative to the top of the repository ('' or ending in '/'). */
	| { kind: 'git'; prefix: string };

/** Whether the content folder is in a Git work tree, and whether that repository is shallow. */
export function repoState(contentDir: string): RepoState {
	try {
		const out = execFileSync(
			'git',
			gitArgs(contentDir, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']),
			{ env: gitEnv(), encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] },
		);
		const [inside, shallow, prefix = ''] = out.split('\n');
		if (inside !== 'true') return { kind: 'geen-git' };
		if (shallow === 'true') return { kind: 'ondiep' };
		return { kind: 'git', prefix };
	} catch {
		return { kind: 'geen-git' }; // no Git program, or not a repository
	}
}

/** The one line the build prints when the content folder's repository is a shallow clone. */
export const SHALLOW_NOTICE =
	'Let op: de Git-geschiedenis is onvolledig (ondiepe kloon). De geschiedenis van agendapunten toont daarom alleen de datums uit de bestanden. Maak een volledige kloon (git fetch --unshallow) voor de hele geschiedenis.';

/** SHALLOW_NOTICE when the content folder is in a shallow clone, else undefined. */
export function shallowNotice(contentDir: string): string | undefined {
	return repoState(contentDir).kind === 'ondiep' ? SHALLOW_NOTICE : undefined;
}

/** The log of every agenda file (see parse.ts for its format); '' when there is none (no commits yet). */
export function agendaLog(contentDir: string): Promise<string> {
	const args = [
		'log',
		'-z',
		`--format=${LOG_FORMAT}`,
		'-M',
		'--raw',
		'--no-abbrev',
		'--no-color',
		'--no-ext-diff',
		'--no-textconv',
		'--diff-filter=AMRD',
		'--',
		AGENDA_PATHSPEC,
	];
	return new Promise((done) => {
		execFile(
			'git',
			gitArgs(contentDir, args),
			{ env: gitEnv(), encoding: 'utf8', timeout: GIT_TIMEOUT_MS, maxBuffer: GIT_MAX_BYTES },
			(error, stdout) => done(error ? '' : stdout),
		);
	});
}

/**
 * The contents of Git blobs, by id, read by one `git cat-file --batch`. Blobs that are
 * missing or too large are left out; on any failure the map holds what was read so far.
 */
export function readBlobs(contentDir: string, ids: readonly string[]): Promise<Map<string, string>> {
	const blobs = new Map<string, string>();
	const unique = [...new Set(ids)].filter((id) => /^[0-9a-f]{40,64}$/.test(id));
	if (unique.length === 0) return Promise.resolve(blobs);
	return new Promise((done) => {
		let child: ReturnType<typeof spawn>;
		try {
			child = spawn('git', gitArgs(contentDir, ['cat-file', '--batch']), {
				env: gitEnv(),
				stdio: ['pipe', 'pipe', 'ignore'],
			});
		} catch {
			done(blobs);
			return;
		}
		const timer = setTimeout(() => child.kill(), GIT_TIMEOUT_MS);
		const chunks: Buffer[] = [];
		let size = 0;
		child.stdout!.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > GIT_MAX_BYTES) child.kill();
			else chunks.push(chunk);
		});
		child.on('error', () => {
			clearTimeout(timer);
			done(blobs);
		});
		child.on('close', () => {
			clearTimeout(timer);
			parseBatch(Buffer.concat(chunks), blobs);
			done(blobs);
		});
		child.stdin!.on('error', () => undefined); // Git ended early: the output tells what was read
		child.stdin!.end(unique.join('\n') + '\n');
	});
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads `<id> blob <size>\n<content>\n` records (and `<id> missing\n`) into `blobs`. */
export function parseBatch(output: Buffer, blobs: Map<string, string>): void {
	let at = 0;
	while (at < output.length) {
		const eol = output.indexOf(10, at);
		if (eol < 0) return;
		const [id = '', type, sizeText] = output.subarray(at, eol).toString('latin1').split(' ');
		if (type === undefined || sizeText === undefined) {
			at = eol + 1; // "<id> missing"
			continue;
		}
		const size = Number(sizeText);
		if (!Number.isSafeInteger(size) || eol + 1 + size > output.length) return;
		if (type === 'blob') {
			try {
				blobs.set(id, decoder.decode(output.subarray(eol + 1, eol + 1 + size)));
			} catch {
				// not UTF-8: this version cannot be read
			}
		}
		at = eol + 1 + size + 1;
	}
}
