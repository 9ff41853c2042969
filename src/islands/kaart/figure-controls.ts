/**
 * The choice of a figure to colour the map with ("Kleur de kaart met een cijfer"): the
 * wijkkompas indicators grouped by theme, the level to colour ("Kleur per" wijk or buurt,
 * offered only when the indicator has both) and the place of the legend. Without
 * indicators there are no such controls.
 */
import type { IslandLevel } from '#lib/geo/island-data.ts';

import type { MapData } from './data.ts';
import { h } from './dom.ts';
import type { AreaLevel } from './target.ts';
import { dataLang, texts } from './texts.ts';

/** Called with the chosen indicator's id ('' for none) and the level to colour. */
export type OnChoose = (indicatorId: string, level: AreaLevel) => void;

export interface FigureControls {
	element: HTMLDivElement;
	/** Filled by legend.ts. */
	legend: HTMLDivElement;
	/** The "Kleur per" radio buttons. */
	levels: HTMLFieldSetElement;
}

export function figureControls(id: string, data: MapData, onChoose: OnChoose): FigureControls | undefined {
	const indicatoren = data.figures?.indicatoren ?? [];
	if (!indicatoren.length) return undefined;
	const selectId = `${id}-cijfer`;
	const words = texts();
	const select = h('select', { id: selectId }, h('option', { value: '' }, words.geenCijfers));
	const themas = new Map<string, HTMLOptGroupElement>();
	for (const i of indicatoren) {
		let group = themas.get(i.thema);
		if (!group) {
			group = h('optgroup', { label: i.thema, lang: dataLang() });
			themas.set(i.thema, group);
			select.append(group);
		}
		group.append(h('option', { value: i.id, lang: dataLang() }, i.naam));
	}
	const levelName = `${id}-niveau`;
	const radio = (value: AreaLevel, label: string) => {
		const radioId = `${levelName}-${value}`;
		const input = h('input', { type: 'radio', name: levelName, id: radioId, value });
		input.addEventListener('change', () => input.checked && onChoose(select.value, value));
		return h('div', { class: 'kaart-interactief__keuze' }, input, h('label', { for: radioId }, label));
	};
	const levels = h(
		'fieldset',
		{ class: 'kaart-interactief__niveau', hidden: true },
		h('legend', {}, words.kleurPer),
		h(
			'div',
			{ class: 'kaart-interactief__keuzes' },
			radio('wijken', words.niveau.wijken),
			radio('buurten', words.niveau.buurten),
		),
	);
	const legend = h('div', { class: 'kaart-interactief__legenda', hidden: true });
	select.addEventListener('change', () => {
		const indicator = indicatoren.find((i) => i.id === select.value);
		if (!indicator) return onChoose('', 'wijken');
		const has = (l: IslandLevel) => l.jaar !== undefined;
		const both = has(indicator.wijken) && has(indicator.buurten);
		levels.hidden = !both;
		const current = levels.querySelector<HTMLInputElement>('input:checked')?.value as AreaLevel | undefined;
		const level: AreaLevel = both
			? (current ?? (data.focus ? 'buurten' : 'wijken'))
			: has(indicator.wijken)
				? 'wijken'
				: 'buurten';
		levels.querySelector<HTMLInputElement>(`input[value="${level}"]`)!.checked = true;
		onChoose(indicator.id, level);
	});
	const element = h(
		'div',
		{ class: 'kaart-interactief__cijfers' },
		h('div', { class: 'kaart-interactief__veld' }, h('label', { for: selectId }, words.kleurMet), select),
		levels,
		legend,
	);
	return { element, legend, levels };
}
