/**
 * Where `npm run publiceer` puts the site: a folder on this computer (`/srv/wijkportaal`,
 * `../uitrol`) or a folder on a server over SSH (`beheer@web1.gemeente.nl:/srv/wijkportaal`).
 * A server's folder ends up in commands its shell reads, so only plain characters are allowed.
 */
import { resolve } from 'node:path';

import { PublishProblem } from './problem.ts';

export type Target = { kind: 'local'; dir: string } | { kind: 'remote'; host: string; dir: string };

/** `user@host:` or `host:` before the first slash: a server. A user and host never start with "-" (no ssh option). */
const REMOTE = /^([^/:]+):(.*)$/;
const HOST =
	/^(?:[a-z_][\w.-]{0,31}@)?(?:[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9](?:[a-z0-9-]{0,62}))*|\[[0-9a-f:.]+\])$/i;
/** An absolute folder of letters, digits and . _ - only, without "." or ".." parts. */
const REMOTE_DIR = /^(?:\/[\w.-]+)+\/?$/;

const EXAMPLE =
	'Bijvoorbeeld: npm run publiceer -- /srv/wijkportaal, of npm run publiceer -- beheer@web1.gemeente.nl:/srv/wijkportaal.';

/** The target of a command line; a PublishProblem for a target that is not allowed. */
export function parseTarget(doel: string, cwd = process.cwd()): Target {
	const value = doel.trim();
	if (!value) throw new PublishProblem(`Geef aan waar de site naartoe moet. ${EXAMPLE}`);
	const remote = REMOTE.exec(value);
	if (!remote) return { kind: 'local', dir: resolve(cwd, value) };
	const [, host = '', dir = ''] = remote;
	if (!HOST.test(host))
		throw new PublishProblem(
			`'${host}' is geen goede servernaam. Schrijf gebruiker@server, met alleen letters, cijfers, punten en streepjes. ${EXAMPLE}`,
		);
	if (!REMOTE_DIR.test(dir) || dir.split('/').some((part) => part === '.' || part === '..'))
		throw new PublishProblem(
			`'${dir}' is geen goede map op de server. Schrijf een volledig pad dat met / begint, met alleen letters, cijfers, punten, streepjes en liggende streepjes, zonder spaties. ${EXAMPLE}`,
		);
	return { kind: 'remote', host, dir: dir.length > 1 ? dir.replace(/\/$/, '') : dir };
}

/** How a target is shown in messages. */
export const shownTarget = (target: Target) => (target.kind === 'local' ? target.dir : `${target.host}:${target.dir}`);
