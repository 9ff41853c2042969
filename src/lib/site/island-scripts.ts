/**
 * Removes the inline scripts and style Astro writes before the first island of a page (its
 * `<astro-island>` runtime and the client directive), which a strict Content-Security-Policy
 * refuses. The page loads the same code as a file instead (src/islands/runtime/island-runtime.ts);
 * the style (`astro-island { display: contents }`) is in src/styles/zoeken.css. If the runtime is
 * still there afterwards, the build stops. Any other inline script is caught by the browser tests
 * and the security checks (tests/e2e/every-page.spec.ts, tests/security/checks/html.ts).
 */
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';

const STYLE = `<style>${ISLAND_STYLES}</style>`;
const RUNTIME = `<script>${islandScript}</script>`;

export function removeIslandPrescripts(html: string): string {
	let out = html;
	for (;;) {
		const at = out.indexOf(RUNTIME);
		if (at < 0) break;
		// Astro writes <style>…</style><script>directive</script><script>runtime</script> in one piece.
		const directiveStart = out.lastIndexOf('<script>', at - 1);
		const styleStart = out.lastIndexOf(STYLE, directiveStart);
		const start = styleStart >= 0 && styleStart + STYLE.length === directiveStart ? styleStart : directiveStart;
		if (directiveStart < 0 || !out.slice(directiveStart, at).endsWith('</script>')) break;
		out = out.slice(0, start) + out.slice(at + RUNTIME.length);
	}
	return out;
}

/**
 * Whether Astro's island runtime is still inline in a page (then Astro changed how it writes it,
 * and the islands would not work under the CSP). Content cannot cause this: the runtime's exact
 * text, quotes and all, appears unescaped only as a real script.
 */
export const hasInlineIslandRuntime = (html: string) => html.includes(islandScript);
