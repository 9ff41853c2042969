/**
 * Makes `client:gebruik` known to Astro's island runtime, the way Astro's own inline script
 * would: `Astro.gebruik` plus the `astro:gebruik` event for islands that started waiting.
 * Imported before the runtime itself (src/islands/runtime/island-runtime.ts), which reads the
 * global `Astro` as soon as it defines `<astro-island>`.
 */
import gebruik from './use-directive.ts';

declare global {
	interface Window {
		Astro?: Record<string, unknown>;
	}
}

const astro = (window.Astro ??= {});
astro.gebruik = gebruik;
window.dispatchEvent(new Event('astro:gebruik'));
