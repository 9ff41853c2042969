/** What a popup says: a point's number, title and explanation, or an area's name and kind, with a link to its page. */
import type { MapData } from './data.ts';
import { h } from './dom.ts';
import type { Target } from './target.ts';
import { dataDir, dataLang, fill, pageHref, texts } from './texts.ts';

/** `figure`: the line with the area's figure while the map is coloured. */
/** `explanation`: a point's explanation in the page's language, from the page's own list (else the Dutch one of the data). */
export function popupContent(
	target: Target,
	data: MapData,
	figure: string | undefined,
	explanation?: (n: number) => string | undefined,
): HTMLElement {
	const words = texts();
	if (target.kind === 'point') {
		const p = target.feature.properties;
		return h(
			'div',
			{ class: 'kaart-popup' },
			h('p', { class: 'kaart-popup__titel' }, `${p.n}. `, h('span', { lang: dataLang(), dir: dataDir() }, p.titel)),
			h('p', {}, explanation?.(p.n) ?? h('span', { lang: dataLang(), dir: dataDir() }, p.uitleg)),
			h('a', { href: pageHref(p.href) }, fill(words.meerOverPunt, { titel: p.titel, soort: words.soorten[p.soort] })),
		);
	}
	const a = target.feature.properties;
	const parent = a.wijk ? data.byCode.get(a.wijk)?.properties.naam : undefined;
	const kind =
		target.level === 'wijken'
			? words.popupWijk
			: parent
				? fill(words.popupBuurtIn, { wijk: parent })
				: words.popupBuurt;
	const link = a.niveau === 'gemeente' ? words.naarStart : fill(words.naarPagina, { naam: a.naam });
	return h(
		'div',
		{ class: 'kaart-popup' },
		h('p', { class: 'kaart-popup__titel' }, a.naam),
		h('p', {}, kind),
		figure && h('p', {}, figure),
		h('a', { href: pageHref(a.href) }, link),
	);
}
