/**
 * The custom client directive `client:gebruik` ("on use"): an island hydrates when a resident
 * first uses it — focus, input, a tap or a click inside it — and not before. Until then the page
 * loads no framework, no search index and no address data. With `client:gebruik="vraag"` the
 * island also hydrates at once when the page address carries a search query (`?q=`, or
 * `?adres=` from "Zoek uw buurt"), so a search
 * sent from another page (or before hydration) is answered on arrival.
 */
import type { ClientDirective } from 'astro';

const USE_EVENTS = ['focusin', 'input', 'pointerdown'] as const;

const gebruik: ClientDirective = (load, options, el) => {
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		for (const type of USE_EVENTS) el.removeEventListener(type, start);
		void load().then((hydrate) => hydrate());
	};
	const params = new URLSearchParams(location.search);
	if (options.value === 'vraag' && (params.get('q') ?? params.get('adres'))?.trim()) {
		start();
		return;
	}
	for (const type of USE_EVENTS) el.addEventListener(type, start, { passive: true });
};

export default gebruik;
