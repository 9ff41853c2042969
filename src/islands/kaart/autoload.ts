/**
 * When the interactive map may load by itself, without a button press: only on a wide
 * screen, and never when the visitor asks to save data (Save-Data, or
 * `prefers-reduced-data: reduce`). Phones always get the static map and the button first.
 * Kept apart from loader.ts so the rule can be tested without a browser.
 */

/** About the width of a laptop: narrower screens (phones, most tablets) wait for the button. */
export const WIDE_SCREEN = '(min-width: 60em)';

/** What the rule reads from the browser (`window` in the page). */
export interface LoadEnvironment {
	matchMedia(query: string): { matches: boolean };
	/** `navigator.connection.saveData` is read when the browser has it. */
	navigator: object;
}

export function mayLoadBySelf(env: LoadEnvironment): boolean {
	const connection = (env.navigator as { connection?: { saveData?: boolean } }).connection;
	if (connection?.saveData) return false;
	if (env.matchMedia('(prefers-reduced-data: reduce)').matches) return false;
	return env.matchMedia(WIDE_SCREEN).matches;
}

/** Runs `run` once the browser has nothing more urgent to do (at the latest after `timeout` ms). */
export function whenIdle(run: () => void, timeout = 2000): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout });
	else setTimeout(run, 200);
}
