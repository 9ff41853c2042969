/**
 * The small script every page with an interactive map loads: it defines <wijk-kaart>,
 * offers a button "Interactieve kaart tonen" (or waits until the element scrolls into
 * view with `data-laden="zichtbaar"`), and only then imports the map module, which
 * brings MapLibre, its worker and its styles. Nothing else is fetched before that.
 */
import { readConfig, TAG } from './config.ts';

const LOADING = 'De kaart wordt geladen.';
const FAILED =
	'De kaart kon niet worden geladen. Probeer het later opnieuw. De kaart en de lijsten op deze pagina werken ook zonder deze kaart.';

/** The element's state, also for tests: wacht → laden → klaar (or fout). */
type Status = 'wacht' | 'laden' | 'klaar' | 'fout';

export class WijkKaart extends HTMLElement {
	/** The MapLibre map once loaded (for tests and other scripts). */
	map: unknown;
	#started = false;
	#observer?: IntersectionObserver;

	connectedCallback(): void {
		if (this.dataset.status) return;
		const config = readConfig(this);
		if (config.autoload && 'IntersectionObserver' in window) {
			this.#message(LOADING);
			this.#observer = new IntersectionObserver(
				(entries) => {
					if (entries.some((e) => e.isIntersecting)) void this.load();
				},
				{ rootMargin: '0px' },
			);
			this.#observer.observe(this);
		} else {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'kaart-interactief__knop';
			button.textContent = 'Interactieve kaart tonen';
			button.addEventListener('click', () => void this.load(true));
			this.replaceChildren(button);
		}
		this.#setStatus('wacht');
	}

	disconnectedCallback(): void {
		this.#observer?.disconnect();
	}

	/** Fetches the map module and builds the map. `byUser`: move focus into the map afterwards. */
	async load(byUser = false): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		this.#observer?.disconnect();
		this.#setStatus('laden');
		// The pressed button disappears: keep the focus here until the map can take it.
		this.#message(LOADING, byUser);
		try {
			const { mountMap } = await import('./map.ts');
			this.map = await mountMap(this, readConfig(this), { focusMap: byUser });
			this.#setStatus('klaar');
		} catch (error) {
			console.error(error);
			this.map = undefined;
			this.#message(FAILED, byUser);
			this.#setStatus('fout');
		}
	}

	#message(text: string, focus = false): void {
		const p = document.createElement('p');
		p.className = 'kaart-interactief__melding';
		p.setAttribute('role', 'status');
		p.textContent = text;
		if (focus) p.tabIndex = -1;
		this.replaceChildren(p);
		if (focus) p.focus();
	}

	#setStatus(status: Status): void {
		this.dataset.status = status;
		this.setAttribute('aria-busy', String(status === 'laden'));
	}
}

if (!customElements.get(TAG)) customElements.define(TAG, WijkKaart);
