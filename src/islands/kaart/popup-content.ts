/** What a popup says: a point's number, title and explanation, or an area's name and kind, with a link to its page. */
import type { MapData } from './data.ts';
import { h } from './dom.ts';
import type { Target } from './target.ts';
import { KIND_NOUN } from './texts.ts';

/** `figure`: the line with the area's figure while the map is coloured. */
export function popupContent(target: Target, data: MapData, figure: string | undefined): HTMLElement {
	if (target.kind === 'point') {
		const p = target.feature.properties;
		return h(
			'div',
			{ class: 'kaart-popup' },
			h('p', { class: 'kaart-popup__titel' }, `${p.n}. ${p.titel}`),
			h('p', {}, p.uitleg),
			h('a', { href: p.href }, `Meer over ${p.titel} (${KIND_NOUN[p.soort]})`),
		);
	}
	const a = target.feature.properties;
	const parent = a.wijk ? data.byCode.get(a.wijk)?.properties.naam : undefined;
	const kind = target.level === 'wijken' ? 'Wijk' : parent ? `Buurt in ${parent}` : 'Buurt';
	const link = a.niveau === 'gemeente' ? 'Naar de startpagina' : `Naar de pagina van ${a.naam}`;
	return h(
		'div',
		{ class: 'kaart-popup' },
		h('p', { class: 'kaart-popup__titel' }, a.naam),
		h('p', {}, kind),
		figure && h('p', {}, figure),
		h('a', { href: a.href }, link),
	);
}
