/** The legend of the coloured map: the indicator, its classes, the missing figures and a link to its page. */
import type { Gaps, Indicator } from './choropleth.ts';
import { h } from './dom.ts';
import type { AreaLevel } from './target.ts';
import { dataLang, fill, pageHref, texts } from './texts.ts';

export function showLegend(
	legend: HTMLElement,
	titleId: string,
	indicator: Indicator,
	level: AreaLevel,
	{ notShown, missing }: Gaps,
): void {
	const figures = indicator[level];
	const words = texts();
	const title = words.legendaTitel[level];
	legend.replaceChildren(
		h(
			'p',
			{ id: titleId, class: 'kaart-interactief__legenda-titel' },
			fill(figures.jaar ? title.jaar : title.geen, { indicator: indicator.naam, jaar: figures.jaar ?? '' }),
		),
		h(
			'ul',
			{ class: 'kaart-legenda', 'aria-labelledby': titleId },
			figures.legenda.map((l) =>
				h(
					'li',
					{ lang: dataLang() },
					h('span', { class: `kaart-legenda-vak kaart-klasse-${l.klasse}`, 'aria-hidden': 'true' }),
					l.label,
				),
			),
			notShown &&
				h(
					'li',
					{},
					h('span', { class: 'kaart-legenda-vak kaart-niet-getoond', 'aria-hidden': 'true' }),
					words.nietGetoond,
				),
			missing &&
				h(
					'li',
					{},
					h('span', { class: 'kaart-legenda-vak kaart-geen-cijfer', 'aria-hidden': 'true' }),
					words.geenCijfer,
				),
		),
		h('p', {}, h('a', { href: pageHref(indicator.href) }, fill(words.meerOver, { indicator: indicator.naam }))),
	);
	legend.hidden = false;
}

export function hideLegend(legend: HTMLElement): void {
	legend.hidden = true;
	legend.replaceChildren();
}
