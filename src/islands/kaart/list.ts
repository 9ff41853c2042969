/**
 * The lists of the map: every area beside the map and every point in the page's own list
 * (point-list.ts), as buttons that select them. The button of the area or point whose popup
 * is open is marked as chosen.
 */
import { AreaList } from './area-list.ts';
import type { MapData } from './data.ts';
import { h } from './dom.ts';
import { PointList } from './point-list.ts';
import type { OnSelect, Target } from './target.ts';

const CHOSEN = 'is-gekozen';

export class PlaceList {
	readonly element: HTMLDivElement;
	readonly areas: AreaList;
	readonly points: PointList;

	constructor(id: string, data: MapData, pageList: HTMLOListElement | undefined, onSelect: OnSelect) {
		this.areas = new AreaList(id, data, onSelect);
		this.points = new PointList(id, data.points.features, pageList, onSelect);
		this.element = h('div', { class: 'kaart-interactief__lijst' }, this.areas.elements, this.points.elements);
	}

	/** Adds the point buttons to the page's list, once the map is ready. */
	attach(): void {
		this.points.attach();
	}

	buttonOf(target: Target): HTMLButtonElement | undefined {
		return target.kind === 'area'
			? this.areas.button(target.feature.properties.code)
			: this.points.button(target.feature.properties.n);
	}

	/** Marks the button of `target` as the only chosen one. */
	markChosen(target: Target): void {
		for (const b of this.areas.buttons().concat(this.points.buttons())) b.classList.remove(CHOSEN);
		this.buttonOf(target)?.classList.add(CHOSEN);
	}

	unmarkChosen(target: Target): void {
		this.buttonOf(target)?.classList.remove(CHOSEN);
	}
}
