/**
 * The NL Design System token theme of a portal: `uiterlijk.tokens` in portaal.yaml names
 * a CSS file from an npm package (or a path in the project); `uiterlijk.themaklasse` is the
 * class that switches it on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const DEFAULT_TOKENS = '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

export function themeTokensPath(contentDir: string, root = process.cwd()): string {
	let tokens = DEFAULT_TOKENS;
	const file = join(contentDir, 'portaal.yaml');
	if (existsSync(file)) {
		try {
			tokens = parse(readFileSync(file, 'utf8'))?.uiterlijk?.tokens ?? DEFAULT_TOKENS;
		} catch {
			// an unreadable portaal.yaml is reported by the content check
		}
	}
	if (tokens.startsWith('.') || tokens.startsWith('/')) return resolve(root, tokens);
	return createRequire(join(root, 'package.json')).resolve(tokens);
}
