/**
 * The small script every page with an interactive map loads. The page shows the static map
 * (and the list of its points) first; this script defines <wijk-kaart>, reveals its button
 * "Open de interactieve kaart" (hidden without JavaScript, so never a dead button) and only
 * on a press imports the map module, which brings MapLibre, its worker, its styles and the
 * map data. With `data-laden="zichtbaar"` the map also loads by itself, but only on a wide
 * screen without a wish to save data (autoload.ts), once the page has loaded, the map is in
 * view and the browser is idle: phones and the first paint never wait for MapLibre.
 *
 * While loading, a live region says so and the element is aria-busy; the static map stays
 * until the interactive one has drawn, then the two swap places. A failure says so, offers
 * the button again and points to the static map and the list, which keep working. Its words
 * come from the page, in the page's language (`data-teksten`, see texts.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

import { mayLoadBySelf, whenIdle } from './autoload.ts';
import { readConfig, TAG } from './config.ts';

/** The element's state, also for tests: wacht → laden → klaar (or fout, then laden again). */
type Status = 'wacht' | 'laden' | 'klaar' | 'fout';

export class WijkKaart extends HTMLElement {
	/** The MapLibre map once loaded (for tests and other scripts). */
	map: MapLibreMap | undefined;
	#observer?: IntersectionObserver;
	#button?: HTMLButtonElement;
	#status?: HTMLElement;

	connectedCallback(): void {
		if (this.dataset.status) return;
		const start = this.querySelector<HTMLElement>(':scope > .kaart-interactief__start');
		const button = start?.querySelector('button');
		const status = start?.querySelector<HTMLElement>('[role="status"]');
		if (!start || !button || !status) return;
		this.#button = button;
		this.#status = status;
		button.addEventListener('click', () => void this.load(true));
		start.hidden = false;
		this.#setStatus('wacht');
		if (readConfig(this).autoload && 'IntersectionObserver' in window && mayLoadBySelf(window)) {
			if (document.readyState === 'complete') this.#loadWhenSeen();
			else window.addEventListener('load', () => this.#loadWhenSeen(), { once: true });
		}
	}

	disconnectedCallback(): void {
		this.#observer?.disconnect();
	}

	/** Waits until the map is in view, then for an idle moment, then loads it. */
	#loadWhenSeen(): void {
		if (this.dataset.status !== 'wacht') return;
		this.#observer = new IntersectionObserver((entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			this.#observer?.disconnect();
			whenIdle(() => void this.load(false));
		});
		this.#observer.observe(this);
	}

	/** Fetches the map module and builds the map; `byUser`: after a button press. */
	async load(byUser = false): Promise<void> {
		const button = this.#button;
		const status = this.dataset.status;
		if (!button || status === 'laden' || status === 'klaar') return;
		this.#observer?.disconnect();
		this.#setStatus('laden');
		// The button stays where it is (and keeps the focus) until the map can take over.
		button.setAttribute('aria-disabled', 'true');
		const config = readConfig(this);
		this.#say(config.teksten.laden);
		// Built out of sight over the static map, which stays visible until the map has drawn.
		const stage = document.createElement('div');
		stage.className = 'kaart-interactief__inhoud is-onderweg';
		this.append(stage);
		try {
			const { mountMap } = await import('./map.ts');
			const map = await mountMap(stage, config);
			const focused = document.activeElement;
			const moveFocus = focused === button || (byUser && (!focused || focused === document.body));
			stage.classList.remove('is-onderweg');
			const staticPart = this.querySelector<HTMLElement>(':scope > .kaart-interactief__statisch');
			if (staticPart) staticPart.hidden = true;
			button.hidden = true;
			map.resize();
			this.map = map;
			if (moveFocus) map.getCanvas().focus();
			this.#say(config.teksten.geladen);
			this.#setStatus('klaar');
		} catch (error) {
			console.error(error);
			stage.remove();
			button.removeAttribute('aria-disabled');
			button.textContent = config.teksten.opnieuw;
			this.#say(config.lijst ? config.teksten.misluktLijst : config.teksten.misluktKaart);
			this.#setStatus('fout');
		}
	}

	#say(text: string): void {
		if (this.#status) this.#status.textContent = text;
	}

	#setStatus(status: Status): void {
		this.dataset.status = status;
		this.setAttribute('aria-busy', String(status === 'laden'));
	}
}

if (!customElements.get(TAG)) customElements.define(TAG, WijkKaart);
