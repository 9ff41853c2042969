/**
 * MapLibre's stylesheet, as a file from this site, only when the map loads. (Imported as a
 * module, Astro would link it from the page head and every visitor would fetch it.)
 */
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';

export function loadMapLibreStylesheet(): Promise<void> {
	const url = new URL(cssUrl, location.href).href;
	if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.href === url))
		return Promise.resolve();
	return new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = url;
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => reject(new Error(`${url} did not load`)));
		// Before the page's own stylesheets, so the island's styles win.
		const first = document.head.querySelector('link[rel="stylesheet"]');
		document.head.insertBefore(link, first);
	});
}
