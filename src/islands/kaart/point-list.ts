/**
 * The numbered points in the list beside the map, kept in step with the map: a kind of point
 * switched off on the map is hidden in the list too. Each item is a button that selects the point.
 */
import type { PointFeature, PointKind } from './data.ts';
import { h } from './dom.ts';
import type { OnSelect } from './target.ts';

export class PointList {
	/** The heading and the list; none without points. */
	readonly elements: HTMLElement[] = [];
	readonly #items = new Map<PointKind, HTMLLIElement[]>();
	/** By point number. */
	readonly #buttons: HTMLButtonElement[] = [];

	constructor(id: string, points: readonly PointFeature[], onSelect: OnSelect) {
		if (!points.length) return;
		const titleId = `${id}-plekken`;
		const items = points.map((p) => {
			const button = h('button', { type: 'button', class: 'kaart-interactief__item' }, p.properties.titel);
			button.addEventListener('click', () => onSelect({ kind: 'point', feature: p }, button));
			this.#buttons[p.properties.n] = button;
			const li = h(
				'li',
				{ value: p.properties.n, class: `kaart-lijst-${p.properties.soort}` },
				button,
				h('span', { class: 'kaart-lijst-uitleg' }, p.properties.uitleg),
			);
			const kind = this.#items.get(p.properties.soort) ?? [];
			kind.push(li);
			this.#items.set(p.properties.soort, kind);
			return li;
		});
		this.elements.push(
			h('p', { class: 'kaart-interactief__kop', id: titleId }, 'Plekken op de kaart'),
			h('ol', { class: 'kaart-lijst kaart-interactief__plekken', 'aria-labelledby': titleId }, items),
		);
	}

	button(n: number): HTMLButtonElement | undefined {
		return this.#buttons[n];
	}

	buttons(): HTMLButtonElement[] {
		return this.#buttons.filter(Boolean);
	}

	showKind(kind: PointKind, on: boolean): void {
		for (const li of this.#items.get(kind) ?? []) li.hidden = !on;
	}

	isHidden(kind: PointKind): boolean {
		return !!this.#items.get(kind)?.[0]?.hidden;
	}
}
