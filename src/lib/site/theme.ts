/**
 * The NL Design System token theme of a portal: `uiterlijk.tokens` in portaal.yaml names
 * a CSS file from an installed npm package; `uiterlijk.themaklasse` is the class that
 * switches it on. Only .css files inside the project's node_modules qualify: content may
 * never make the build read another file of the machine.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';

import { STANDAARD_TOKENS as DEFAULT_TOKENS } from '#schemas/portaal.ts';

/** The generator's own folder: theme packages are installed here, paths are relative to it. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A package path such as "@gemeente/design-tokens/dist/theme.css": no path of the machine, no "..". */
const PACKAGE_CSS = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*\.css$/i;

/** Resolves a `uiterlijk.tokens` value to a CSS file of an installed package; throws when it cannot. */
export const isPackageCss = (tokens: string) =>
	PACKAGE_CSS.test(tokens) && !tokens.split('/').some((part) => part === '..' || part === '.');

export function resolveTokens(tokens: string, root = PROJECT_ROOT): string {
	if (!isPackageCss(tokens)) {
		throw new Error(`${tokens} is not a CSS file of a package`);
	}
	const path = realpathSync(createRequire(join(root, 'package.json')).resolve(tokens));
	const modules = realpathSync(join(root, 'node_modules')) + sep;
	if (!path.startsWith(modules) || !statSync(path).isFile()) throw new Error(`${tokens} is not inside node_modules`);
	return path;
}

export function themeTokensPath(contentDir: string, root = PROJECT_ROOT): string {
	let tokens = DEFAULT_TOKENS;
	const file = join(contentDir, 'portaal.yaml');
	if (existsSync(file)) {
		try {
			const portaal = parse(readFileSync(file, 'utf8')) as { uiterlijk?: { tokens?: string } } | null;
			tokens = portaal?.uiterlijk?.tokens ?? DEFAULT_TOKENS;
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
