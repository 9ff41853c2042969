/**
 * Which content folder the portal is built from: `WIJKPORTAAL_CONTENT`, else `content/`
 * in the working directory. Command-line tools pass `--content <map>`, which sets it.
 */
import { resolve } from 'node:path';

export const CONTENT_ENV = 'WIJKPORTAAL_CONTENT';

export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	return resolve(cwd, env[CONTENT_ENV] || 'content');
}
