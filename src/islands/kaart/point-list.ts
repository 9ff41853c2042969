/**
 * The numbered points: the page's own list beside the static map (PointList.astro, one
 * item per point with its link) becomes the interactive map's list too, so the list is
 * there once, with or without JavaScript. Each item gets a button "Toon op de kaart" that
 * selects the point, matched by its number. A page without such a list gets one built the
 * same way inside the map. The list keeps in step with the map: a kind of point switched off
 * on the map is hidden in the list too.
 */
import type { PointFeature, PointKind } from './data.ts';
import { h } from './dom.ts';
import type { OnSelect } from './target.ts';

export class PointList {
	/** The heading and the list built when the page has none; empty otherwise. */
	readonly elements: HTMLElement[] = [];
	readonly #items = new Map<PointKind, HTMLLIElement[]>();
	/** By point number. */
	readonly #buttons: HTMLButtonElement[] = [];
	/** Where each button goes in once the map is ready: after the item's link. */
	readonly #places: [HTMLElement, HTMLButtonElement][] = [];

	constructor(id: string, points: readonly PointFeature[], pageList: HTMLOListElement | undefined, onSelect: OnSelect) {
		if (!points.length) return;
		const list = pageList ?? this.#ownList(id, points);
		const byNumber = new Map(points.map((p) => [p.properties.n, p]));
		for (const li of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
			const p = byNumber.get(li.value);
			const link = li.querySelector('a');
			if (!p || !link) continue;
			const button = h(
				'button',
				{ type: 'button', class: 'kaart-lijst-toon', 'aria-label': `Toon op de kaart: ${p.properties.titel}` },
				'Toon op de kaart',
			);
			button.addEventListener('click', () => onSelect({ kind: 'point', feature: p }, button));
			this.#buttons[p.properties.n] = button;
			this.#places.push([link, button]);
			const kind = this.#items.get(p.properties.soort) ?? [];
			kind.push(li);
			this.#items.set(p.properties.soort, kind);
		}
	}

	/** Puts the buttons into the list (only once the map works, so no button ever leads nowhere). */
	attach(): void {
		for (const [link, button] of this.#places) if (!button.isConnected) link.after(' ', button);
	}

	/** The same list as PointList.astro, for a page that has none of its own. */
	#ownList(id: string, points: readonly PointFeature[]): HTMLOListElement {
		const titleId = `${id}-plekken`;
		const list = h(
			'ol',
			{ class: 'kaart-lijst', 'aria-labelledby': titleId },
			points.map((p) =>
				h(
					'li',
					{ value: p.properties.n, class: `kaart-lijst-${p.properties.soort}` },
					h('a', { href: p.properties.href }, p.properties.titel),
					h('span', { class: 'kaart-lijst-uitleg' }, p.properties.uitleg),
				),
			),
		);
		this.elements.push(h('p', { class: 'kaart-interactief__kop', id: titleId }, 'Plekken op de kaart'), list);
		return list;
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
