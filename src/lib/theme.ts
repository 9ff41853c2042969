/**
 * The NL Design System token theme of a portal: `uiterlijk.tokens` in portaal.yaml names
 * a CSS file from an npm package (or a path in the project); `uiterlijk.themaklasse` is the
 * class that switches it on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const DEFAULT_TOKENS = '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

/** The generator's own folder: theme packages are installed here, paths are relative to it. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Resolves a `uiterlijk.tokens` value to a file; throws when it cannot be found. */
export function resolveTokens(tokens: string, root = PROJECT_ROOT): string {
	if (tokens.startsWith('.') || tokens.startsWith('/')) {
		const path = resolve(root, tokens);
		if (!existsSync(path)) throw new Error(`${path} bestaat niet`);
		return path;
	}
	return createRequire(join(root, 'package.json')).resolve(tokens);
}

export function themeTokensPath(contentDir: string, root = PROJECT_ROOT): string {
	let tokens = DEFAULT_TOKENS;
	const file = join(contentDir, 'portaal.yaml');
	if (existsSync(file)) {
		try {
			tokens = parse(readFileSync(file, 'utf8'))?.uiterlijk?.tokens ?? DEFAULT_TOKENS;
		} catch {
			// an unreadable portaal.yaml is reported by the content check
		}
	}
	try {
		return resolveTokens(tokens, root);
	} catch {
		return resolveTokens(DEFAULT_TOKENS, root); // a missing theme is reported by the content check
	}
}
