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
import { dataDir, dataLang, fill, pageHref, texts } from './texts.ts';

export class PointList {
	/** The heading and the list built when the page has none; empty otherwise. */
	readonly elements: HTMLElement[] = [];
	readonly #items = new Map<PointKind, HTMLLIElement[]>();
	/** By point number. */
	readonly #buttons: HTMLButtonElement[] = [];
	/** Where each button goes in once the map is ready: after the item's link. */
	readonly #places: [HTMLElement, HTMLButtonElement][] = [];
	/** By point number: the explanation in the page's own list, in the page's language. */
	readonly #explanations = new Map<number, string>();

	constructor(id: string, points: readonly PointFeature[], pageList: HTMLOListElement | undefined, onSelect: OnSelect) {
		if (!points.length) return;
		const list = pageList ?? this.#ownList(id, points);
		const byNumber = new Map(points.map((p) => [p.properties.n, p]));
		for (const li of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
			const p = byNumber.get(li.value);
			const link = li.querySelector('a');
			if (!p || !link) continue;
			const explanation = pageList && li.querySelector('.kaart-lijst-uitleg')?.textContent;
			if (explanation) this.#explanations.set(p.properties.n, explanation);
			const button = h(
				'button',
				{
					type: 'button',
					class: 'kaart-lijst-toon',
					'aria-label': fill(texts().toonOpKaartVan, { titel: p.properties.titel }),
				},
				texts().toonOpKaart,
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
					h('a', { href: pageHref(p.properties.href), lang: dataLang(), dir: dataDir() }, p.properties.titel),
					h('span', { class: 'kaart-lijst-uitleg', lang: dataLang(), dir: dataDir() }, p.properties.uitleg),
				),
			),
		);
		this.elements.push(h('p', { class: 'kaart-interactief__kop', id: titleId }, texts().plekken), list);
		return list;
	}

	/** The page's own explanation of point `n` (in the page's language), when the page has a list. */
	explanation(n: number): string | undefined {
		return this.#explanations.get(n);
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
