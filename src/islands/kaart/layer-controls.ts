/**
 * The layer switches above the map ("Op de kaart tonen"): one checkbox per kind of point
 * that the portal has (with its number of points) and one for the buurt boundaries.
 */
import type { PointFeature, PointKind } from './data.ts';
import { h } from './dom.ts';
import { POINT_KINDS } from './style.ts';
import { fill, texts } from './texts.ts';

export interface LayerSwitches {
	kind(kind: PointKind, on: boolean): void;
	buurten(on: boolean): void;
}

/** The marker shape of each kind, as whole class names: the build keeps only the CSS rules whose names it finds written out. */
const MARKER_CLASS: Record<PointKind, string> = {
	agenda: 'kaart-interactief__teken kaart-interactief__teken--agenda',
	activiteit: 'kaart-interactief__teken kaart-interactief__teken--activiteit',
	initiatief: 'kaart-interactief__teken kaart-interactief__teken--initiatief',
	organisatie: 'kaart-interactief__teken kaart-interactief__teken--organisatie',
};

function checkbox(id: string, label: (Node | string)[], onChange: (on: boolean) => void): HTMLElement {
	const input = h('input', { type: 'checkbox', id, checked: true });
	input.addEventListener('change', () => onChange(input.checked));
	return h('div', { class: 'kaart-interactief__keuze' }, input, h('label', { for: id }, label));
}

export class LayerControls {
	readonly element: HTMLFieldSetElement;
	readonly #kinds = new Map<PointKind, HTMLInputElement>();
	readonly #buurten: HTMLInputElement;

	constructor(id: string, points: readonly PointFeature[], on: LayerSwitches) {
		const counts = new Map<PointKind, number>();
		for (const p of points) counts.set(p.properties.soort, (counts.get(p.properties.soort) ?? 0) + 1);
		const choices: HTMLElement[] = [];
		for (const kind of POINT_KINDS) {
			const n = counts.get(kind);
			if (!n) continue;
			const choice = checkbox(
				`${id}-${kind}`,
				[
					h('span', { class: MARKER_CLASS[kind], 'aria-hidden': 'true' }),
					fill(texts().laagAantal, { laag: texts().lagen[kind], aantal: n }),
				],
				(checked) => on.kind(kind, checked),
			);
			this.#kinds.set(kind, choice.querySelector('input')!);
			choices.push(choice);
		}
		const buurten = checkbox(`${id}-buurten`, [texts().buurtgrenzen], (checked) => on.buurten(checked));
		this.#buurten = buurten.querySelector('input')!;
		choices.push(buurten);
		this.element = h(
			'fieldset',
			{ class: 'kaart-interactief__lagen' },
			h('legend', {}, texts().tonen),
			h('div', { class: 'kaart-interactief__keuzes' }, choices),
		);
	}

	/** Ticks or clears a kind's checkbox (without a change event). */
	checkKind(kind: PointKind, on: boolean): void {
		const input = this.#kinds.get(kind);
		if (input) input.checked = on;
	}

	checkBuurten(on: boolean): void {
		this.#buurten.checked = on;
	}
}
