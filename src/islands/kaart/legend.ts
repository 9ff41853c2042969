/** The legend of the coloured map: the indicator, its classes, the missing figures and a link to its page. */
import type { Gaps, Indicator } from './choropleth.ts';
import { h } from './dom.ts';
import type { AreaLevel } from './target.ts';
import { NO_FIGURE, NOT_SHOWN_LEGEND } from './texts.ts';

/** "wijk" or "buurt". */
export const levelNoun = (level: AreaLevel) => (level === 'wijken' ? 'wijk' : 'buurt');

export function showLegend(
	legend: HTMLElement,
	titleId: string,
	indicator: Indicator,
	level: AreaLevel,
	{ notShown, missing }: Gaps,
): void {
	const figures = indicator[level];
	legend.replaceChildren(
		h(
			'p',
			{ id: titleId, class: 'kaart-interactief__legenda-titel' },
			`${indicator.naam} per ${levelNoun(level)}${figures.jaar ? ` (${figures.jaar})` : ''}. Hoe donkerder, hoe hoger het cijfer.`,
		),
		h(
			'ul',
			{ class: 'kaart-legenda', 'aria-labelledby': titleId },
			figures.legenda.map((l) =>
				h('li', {}, h('span', { class: `kaart-legenda-vak kaart-klasse-${l.klasse}`, 'aria-hidden': 'true' }), l.label),
			),
			notShown &&
				h(
					'li',
					{},
					h('span', { class: 'kaart-legenda-vak kaart-niet-getoond', 'aria-hidden': 'true' }),
					NOT_SHOWN_LEGEND,
				),
			missing &&
				h('li', {}, h('span', { class: 'kaart-legenda-vak kaart-geen-cijfer', 'aria-hidden': 'true' }), NO_FIGURE),
		),
		h('p', {}, h('a', { href: indicator.href }, `Meer over ${indicator.naam}, met een tabel`)),
	);
	legend.hidden = false;
}

export function hideLegend(legend: HTMLElement): void {
	legend.hidden = true;
	legend.replaceChildren();
}
