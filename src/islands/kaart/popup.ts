/**
 * The popup with the details of the chosen area or point. It is a labelled dialog; opened
 * from the list, the focus moves to its link, and Escape closes it and returns the focus to
 * the list button (or the map). The chosen area is highlighted (feature-state `gekozen`)
 * and its list button marked while the popup is open.
 */
import { type Map as MapLibreMap, Popup } from 'maplibre-gl';

import { insidePoint } from './data.ts';
import type { PlaceList } from './list.ts';
import type { Target } from './target.ts';

export class DetailsPopup {
	readonly #map: MapLibreMap;
	readonly #list: PlaceList;
	readonly #content: (target: Target) => HTMLElement;
	#popup?: Popup;
	#selected?: { target: Target; button?: HTMLButtonElement };

	constructor(map: MapLibreMap, list: PlaceList, content: (target: Target) => HTMLElement) {
		this.#map = map;
		this.#list = list;
		this.#content = content;
	}

	/** What the open popup shows. */
	get selected(): Target | undefined {
		return this.#selected?.target;
	}

	/** `button`: where Escape returns the focus (else the map); `moveFocus`: focus the popup's link. */
	open(target: Target, button: HTMLButtonElement | undefined, moveFocus: boolean): void {
		this.#popup?.remove();
		this.#mark(target);
		const lngLat =
			target.kind === 'point' ? (target.feature.geometry.coordinates as [number, number]) : insidePoint(target.feature);
		const content = this.#content(target);
		const popup = new Popup({
			closeButton: true,
			closeOnClick: true,
			focusAfterOpen: false,
			maxWidth: '18rem',
			className: 'kaart-interactief__popup',
		})
			.setLngLat(lngLat)
			.setDOMContent(content)
			.addTo(this.#map);
		this.#popup = popup;
		this.#selected = { target, button };
		this.#list.markChosen(target);
		const element = popup.getElement();
		element.setAttribute('role', 'dialog');
		element.setAttribute(
			'aria-label',
			target.kind === 'point' ? target.feature.properties.titel : target.feature.properties.naam,
		);
		element.addEventListener('keydown', (e) => {
			if (e.key !== 'Escape') return;
			e.preventDefault();
			popup.remove();
			(button ?? this.#map.getCanvas()).focus();
		});
		popup.on('close', () => {
			if (this.#popup !== popup) return;
			this.#popup = undefined;
			this.#mark(undefined);
			this.#list.unmarkChosen(target);
		});
		if (moveFocus) content.querySelector('a')?.focus({ preventScroll: true });
	}

	close(): void {
		this.#popup?.remove();
	}

	/** Rebuilds the open popup (e.g. after the choropleth changed), without moving the focus. */
	refresh(): void {
		const selected = this.#selected;
		if (!this.#popup || !selected) return;
		const hadFocus = this.#popup.getElement().contains(document.activeElement);
		this.open(selected.target, selected.button, hadFocus);
	}

	#mark(target: Target | undefined): void {
		const previous = this.#selected?.target;
		if (previous?.kind === 'area')
			this.#map.removeFeatureState({ source: previous.level, id: previous.feature.properties.code }, 'gekozen');
		if (target?.kind === 'area')
			this.#map.setFeatureState({ source: target.level, id: target.feature.properties.code }, { gekozen: true });
		if (!target) this.#selected = undefined;
	}
}
