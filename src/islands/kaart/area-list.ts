/**
 * The wijken (each with its buurten) in the list beside the map, by name, the focused wijk
 * first. Each item is a button that selects the area; while the map shows a figure, the
 * button also shows the area's figure.
 */
import { dutchCollator } from '#lib/site/collator.ts';

import type { AreaFeature, MapData } from './data.ts';
import { h } from './dom.ts';
import type { AreaLevel, OnSelect } from './target.ts';
import { texts } from './texts.ts';

export class AreaList {
	/** The heading and the list. */
	readonly elements: HTMLElement[];
	readonly #items = new Map<string, { button: HTMLButtonElement; figure: HTMLSpanElement }>();

	constructor(id: string, data: MapData, onSelect: OnSelect) {
		const { wijken, buurten } = data.areas;
		const byName = (a: AreaFeature, b: AreaFeature) => dutchCollator.compare(a.properties.naam, b.properties.naam);
		const focus = data.focus?.properties.code;
		const areaItem = (level: AreaLevel, f: AreaFeature, children?: HTMLElement) => {
			const figure = h('span', { class: 'kaart-interactief__cijfer' });
			const button = h('button', { type: 'button', class: 'kaart-interactief__item' }, f.properties.naam, figure);
			button.addEventListener('click', () => onSelect({ kind: 'area', level, feature: f }, button));
			this.#items.set(f.properties.code, { button, figure });
			return h('li', {}, button, children);
		};
		const wijkItems = [...wijken.features].sort(byName).map((w) => {
			const own = buurten.features.filter((b) => b.properties.wijk === w.properties.code).sort(byName);
			// On a wijk page only that wijk lists its buurten.
			const nested =
				own.length && (!focus || focus === w.properties.code)
					? h(
							'ul',
							{},
							own.map((b) => areaItem('buurten', b)),
						)
					: undefined;
			return areaItem('wijken', w, nested);
		});
		if (focus) {
			const i = wijkItems.findIndex((li) => li.firstElementChild === this.#items.get(focus)?.button);
			if (i > 0) wijkItems.unshift(...wijkItems.splice(i, 1));
		}
		const titleId = `${id}-gebieden`;
		this.elements = [
			h('p', { class: 'kaart-interactief__kop', id: titleId }, texts().wijkenEnBuurten),
			h('ul', { class: 'kaart-interactief__gebieden', 'aria-labelledby': titleId }, wijkItems),
		];
	}

	button(code: string): HTMLButtonElement | undefined {
		return this.#items.get(code)?.button;
	}

	buttons(): HTMLButtonElement[] {
		return [...this.#items.values()].map((a) => a.button);
	}

	/** Shows ": <figure>" after the area's name. */
	setFigure(code: string, text: string): void {
		const item = this.#items.get(code);
		if (item) item.figure.textContent = `: ${text}`;
	}

	clearFigures(): void {
		for (const { figure } of this.#items.values()) figure.textContent = '';
	}
}
