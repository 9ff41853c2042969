/** When the interactive map may load by itself (src/islands/kaart/autoload.ts): only wide screens that do not save data. */
import { describe, expect, it } from 'vitest';

import { mayLoadBySelf, WIDE_SCREEN } from '#islands/kaart/autoload.ts';

/** A browser of `width` CSS pixels (16 px to the em) with these wishes. */
function browser(width: number, options: { saveData?: boolean; reducedData?: boolean; connection?: boolean } = {}) {
	const queries: string[] = [];
	return {
		queries,
		env: {
			matchMedia(query: string) {
				queries.push(query);
				if (query === '(prefers-reduced-data: reduce)') return { matches: !!options.reducedData };
				const em = /^\(min-width: (\d+)em\)$/.exec(query);
				if (!em) throw new Error(`unexpected query ${query}`);
				return { matches: width >= Number(em[1]) * 16 };
			},
			navigator: options.connection === false ? {} : { connection: { saveData: !!options.saveData } },
		},
	};
}

describe('mayLoadBySelf', () => {
	it('waits for the button on a phone and on the mobile viewport of a page audit', () => {
		expect(mayLoadBySelf(browser(390).env)).toBe(false);
		expect(mayLoadBySelf(browser(412).env)).toBe(false);
		expect(mayLoadBySelf(browser(800).env)).toBe(false);
	});

	it('may load by itself on a wide screen, also where the browser does not tell about Save-Data', () => {
		expect(mayLoadBySelf(browser(1280).env)).toBe(true);
		expect(mayLoadBySelf(browser(1280, { connection: false }).env)).toBe(true);
		expect(WIDE_SCREEN).toBe('(min-width: 60em)');
		expect(mayLoadBySelf(browser(959).env)).toBe(false);
		expect(mayLoadBySelf(browser(960).env)).toBe(true);
	});

	it('never by itself with Save-Data or prefers-reduced-data, however wide the screen', () => {
		expect(mayLoadBySelf(browser(1920, { saveData: true }).env)).toBe(false);
		expect(mayLoadBySelf(browser(1920, { reducedData: true }).env)).toBe(false);
	});

	it('asks the browser about the width only when no data is to be saved', () => {
		const b = browser(1920, { saveData: true });
		mayLoadBySelf(b.env);
		expect(b.queries).toEqual([]);
	});
});
