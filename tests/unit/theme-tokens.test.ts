/** `uiterlijk.tokens` can only name a CSS file of an installed package, never another file of the machine. */
import { describe, expect, it } from 'vitest';

import { resolveTokens } from '#lib/site/theme.ts';

describe('resolveTokens', () => {
	it('finds the CSS file of an installed token package', () => {
		expect(resolveTokens('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css')).toMatch(
			/node_modules\/@nl-design-system-unstable\/voorbeeld-design-tokens\/dist\/theme\.css$/,
		);
	});

	it.each([
		'/etc/passwd',
		'/proc/self/environ',
		'../../../../../../etc/passwd',
		'./content/portaal.yaml',
		'@nl-design-system-unstable/voorbeeld-design-tokens/../../../package.json.css',
		'astro/package.json',
		'C:\\Windows\\win.ini',
		'file:///etc/passwd.css',
	])('refuses %s', (tokens) => {
		expect(() => resolveTokens(tokens)).toThrow();
	});
});
