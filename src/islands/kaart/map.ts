/**
 * The interactive map (loaded on demand by loader.ts): MapLibre GL with the portal's own
 * areas and points, layer switches, a choropleth of the wijkkompas indicators and a list
 * of every area and point beside the map. Activating a list item moves the map there
 * (instantly when the visitor prefers reduced motion) and opens its popup, with the focus
 * on the popup's link; Escape closes the popup and returns the focus.
 */
import {
	addProtocol,
	type LngLatBoundsLike,
	Map as MapLibreMap,
	type MapGeoJSONFeature,
	NavigationControl,
	Popup,
	ScaleControl,
	setWorkerUrl,
} from 'maplibre-gl';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

import type { IslandLevel } from '#lib/geo/island-data.ts';

import { basemap } from './basemap.ts';
import type { KaartConfig } from './config.ts';
import {
	type AreaFeature,
	bboxOf,
	insidePoint,
	loadData,
	type MapData,
	type PointFeature,
	type PointKind,
} from './data.ts';
import { h, uniqueId } from './dom.ts';
import { hatchImage, markerImage } from './images.ts';
import { buildStyle, BUURT_LAYERS, HATCH_IMAGE, LAYERS, type Palette,POINT_KINDS, readPalette } from './style.ts';

setWorkerUrl(workerUrl);

const LOCALE: Record<string, string> = {
	'Map.Title': 'Kaart',
	'NavigationControl.ZoomIn': 'Inzoomen',
	'NavigationControl.ZoomOut': 'Uitzoomen',
	'NavigationControl.ResetBearing': 'Kaart weer met het noorden naar boven',
	'Popup.Close': 'Sluiten',
	'AttributionControl.ToggleAttribution': 'Bronnen tonen of verbergen',
	'AttributionControl.MapFeedback': 'Fout in de kaart melden',
	'ScaleControl.Meters': 'm',
	'ScaleControl.Kilometers': 'km',
	'CooperativeGesturesHandler.WindowsHelpText': 'Houd de Ctrl-toets ingedrukt en scrol om in of uit te zoomen.',
	'CooperativeGesturesHandler.MacHelpText': 'Houd de ⌘-toets ingedrukt en scrol om in of uit te zoomen.',
	'CooperativeGesturesHandler.MobileHelpText': 'Gebruik twee vingers om de kaart te verschuiven.',
};

const KIND_LABEL: Record<PointKind, string> = {
	agenda: 'Wijkagenda',
	activiteit: 'Activiteiten',
	initiatief: 'Initiatieven',
};
const KIND_NOUN: Record<PointKind, string> = {
	agenda: 'wijkagenda',
	activiteit: 'activiteit',
	initiatief: 'initiatief',
};
const NOT_SHOWN_LEGEND = 'cijfer niet getoond (te weinig antwoorden, klein aantal of geheim)';
const NO_FIGURE = 'geen cijfer';

type AreaLevel = 'wijken' | 'buurten';
type Target = { kind: 'area'; level: AreaLevel; feature: AreaFeature } | { kind: 'point'; feature: PointFeature };

/**
 * MapLibre's stylesheet, as a file from this site, only when the map loads. (Imported as a
 * module, Astro would link it from the page head and every visitor would fetch it.)
 */
function loadStylesheet(href: string): Promise<void> {
	const url = new URL(href, location.href).href;
	if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.href === url))
		return Promise.resolve();
	return new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = url;
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => reject(new Error(`${url} did not load`)));
		// Before the page's own stylesheets, so the island's styles win.
		const first = document.head.querySelector('link[rel="stylesheet"]');
		document.head.insertBefore(link, first);
	});
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Builds the map inside `host` (replacing its content) and resolves when it has loaded. */
export async function mountMap(
	host: HTMLElement,
	config: KaartConfig,
	options: { focusMap?: boolean } = {},
): Promise<MapLibreMap> {
	const [data, base] = await Promise.all([
		loadData(config),
		config.basiskaart ? basemap(config.basiskaart, addProtocol) : Promise.resolve(undefined),
		loadStylesheet(cssUrl),
	]);
	const palette = readPalette(host);
	return new IslandMap(host, data, palette, base).ready(options.focusMap ?? false);
}

class IslandMap {
	readonly map: MapLibreMap;
	readonly #id = uniqueId('kaart');
	readonly #data: MapData;
	readonly #palette: Palette;
	readonly #container: HTMLDivElement;
	readonly #status: HTMLParagraphElement;
	readonly #areaButtons = new Map<string, { button: HTMLButtonElement; figure: HTMLSpanElement }>();
	readonly #pointItems = new Map<PointKind, HTMLLIElement[]>();
	readonly #pointButtons: HTMLButtonElement[] = [];
	#buurtCheckbox?: HTMLInputElement;
	#popup?: Popup;
	#selected?: { target: Target; button?: HTMLButtonElement };
	#buurtMinZoom = 0;
	#figures?: { indicator: string; level: AreaLevel };

	constructor(
		host: HTMLElement,
		data: MapData,
		palette: Palette,
		base: Awaited<ReturnType<typeof basemap>> | undefined,
	) {
		this.#data = data;
		this.#palette = palette;
		this.#container = h('div', { class: 'kaart-interactief__kaart' });
		this.#status = h('p', { class: 'kaart-interactief__status', role: 'status' });
		const hint = h(
			'p',
			{ class: 'kaart-interactief__uitleg', id: `${this.#id}-uitleg` },
			'Verschuif de kaart met de pijltjestoetsen. Zoom in en uit met + en −. Of kies een gebied of plek in de lijst: de kaart gaat er dan naartoe.',
		);
		host.replaceChildren(
			this.#controls(),
			hint,
			h('div', { class: 'kaart-interactief__raster' }, this.#container, this.#list()),
			this.#status,
		);
		const bounds = bboxOf(
			data.focus
				? [data.focus]
				: data.areas.gemeenten.features.length
					? data.areas.gemeenten.features
					: data.areas.wijken.features,
		);
		this.map = new MapLibreMap({
			container: this.#container,
			style: buildStyle({ palette, data, basemap: base }),
			bounds: bounds as LngLatBoundsLike | undefined,
			fitBoundsOptions: { padding: 24 },
			locale: LOCALE,
			attributionControl: { compact: false },
			fadeDuration: 0,
			cooperativeGestures: true,
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false,
		});
		this.map.keyboard.disableRotation();
		this.map.touchZoomRotate.disableRotation();
		this.map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
		this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
		const canvas = this.map.getCanvas();
		canvas.setAttribute('aria-describedby', hint.id);
		// Markers and hatching are drawn on demand: no sprite file.
		this.map.setMissingStyleImageResolver((id) => this.#addImage(id));
	}

	/** Resolves once the map has drawn its style, with everything wired up. */
	async ready(focusMap: boolean): Promise<MapLibreMap> {
		// The style is built here, so 'load' always comes; a failing basemap tile only logs.
		await new Promise<void>((resolve) => this.map.once('load', () => resolve()));
		this.map.setMinZoom(Math.max(0, this.map.getZoom() - 3));
		this.#buurtMinZoom = this.#data.focus ? 0 : Math.round(this.map.getZoom() + 1);
		this.#applyBuurtZoom();
		this.#wireMap();
		if (focusMap) this.map.getCanvas().focus();
		return this.map;
	}

	#addImage(id: string): void {
		if (this.map.hasImage(id)) return;
		const made = id === HATCH_IMAGE ? hatchImage() : markerImage(id, this.#palette.points);
		if (made) this.map.addImage(id, made.image, { pixelRatio: made.pixelRatio });
	}

	// ----- Controls: layer switches and the choropleth -----

	#controls(): HTMLElement {
		const counts = new Map<PointKind, number>();
		for (const p of this.#data.points.features)
			counts.set(p.properties.soort, (counts.get(p.properties.soort) ?? 0) + 1);
		const choices: HTMLElement[] = [];
		for (const kind of POINT_KINDS) {
			const n = counts.get(kind);
			if (!n) continue;
			choices.push(
				this.#checkbox(
					`${this.#id}-${kind}`,
					[
						h('span', { class: `kaart-interactief__teken kaart-interactief__teken--${kind}`, 'aria-hidden': 'true' }),
						`${KIND_LABEL[kind]} (${n})`,
					],
					(on) => this.#showKind(kind, on),
				),
			);
		}
		const buurten = this.#checkbox(`${this.#id}-buurten`, ['Buurtgrenzen'], (on) => this.#showBuurten(on));
		this.#buurtCheckbox = buurten.querySelector('input')!;
		choices.push(buurten);
		const layers = h(
			'fieldset',
			{ class: 'kaart-interactief__lagen' },
			h('legend', {}, 'Op de kaart tonen'),
			h('div', { class: 'kaart-interactief__keuzes' }, choices),
		);
		return h('div', { class: 'kaart-interactief__bediening' }, layers, this.#figureControls());
	}

	#checkbox(id: string, label: (Node | string)[], onChange: (on: boolean) => void): HTMLElement {
		const input = h('input', { type: 'checkbox', id, checked: true });
		input.addEventListener('change', () => onChange(input.checked));
		return h('div', { class: 'kaart-interactief__keuze' }, input, h('label', { for: id }, label));
	}

	#figureControls(): HTMLElement | undefined {
		const indicatoren = this.#data.figures?.indicatoren ?? [];
		if (!indicatoren.length) return undefined;
		const selectId = `${this.#id}-cijfer`;
		const select = h('select', { id: selectId }, h('option', { value: '' }, 'Geen cijfers'));
		const themas = new Map<string, HTMLOptGroupElement>();
		for (const i of indicatoren) {
			let group = themas.get(i.thema);
			if (!group) {
				group = h('optgroup', { label: i.thema });
				themas.set(i.thema, group);
				select.append(group);
			}
			group.append(h('option', { value: i.id }, i.naam));
		}
		const levelName = `${this.#id}-niveau`;
		const radio = (value: AreaLevel, label: string) => {
			const id = `${levelName}-${value}`;
			const input = h('input', { type: 'radio', name: levelName, id, value });
			input.addEventListener('change', () => input.checked && this.#showFigures(select.value, value));
			return h('div', { class: 'kaart-interactief__keuze' }, input, h('label', { for: id }, label));
		};
		const levels = h(
			'fieldset',
			{ class: 'kaart-interactief__niveau', hidden: true },
			h('legend', {}, 'Kleur per'),
			h('div', { class: 'kaart-interactief__keuzes' }, radio('wijken', 'wijk'), radio('buurten', 'buurt')),
		);
		const legend = h('div', { class: 'kaart-interactief__legenda', hidden: true });
		select.addEventListener('change', () => {
			const indicator = indicatoren.find((i) => i.id === select.value);
			if (!indicator) return this.#showFigures('', 'wijken');
			const has = (l: IslandLevel) => l.jaar !== undefined;
			const both = has(indicator.wijken) && has(indicator.buurten);
			levels.hidden = !both;
			const current = levels.querySelector<HTMLInputElement>('input:checked')?.value as AreaLevel | undefined;
			const level: AreaLevel = both
				? (current ?? (this.#data.focus ? 'buurten' : 'wijken'))
				: has(indicator.wijken)
					? 'wijken'
					: 'buurten';
			levels.querySelector<HTMLInputElement>(`input[value="${level}"]`)!.checked = true;
			this.#showFigures(indicator.id, level);
		});
		this.#legend = legend;
		this.#levels = levels;
		return h(
			'div',
			{ class: 'kaart-interactief__cijfers' },
			h(
				'div',
				{ class: 'kaart-interactief__veld' },
				h('label', { for: selectId }, 'Kleur de kaart met een cijfer'),
				select,
			),
			levels,
			legend,
		);
	}

	#legend?: HTMLDivElement;
	#levels?: HTMLFieldSetElement;

	#showKind(kind: PointKind, on: boolean): void {
		this.map.setLayoutProperty(LAYERS.points(kind), 'visibility', on ? 'visible' : 'none');
		for (const li of this.#pointItems.get(kind) ?? []) li.hidden = !on;
		const t = this.#selected?.target;
		if (!on && t?.kind === 'point' && t.feature.properties.soort === kind) this.#popup?.remove();
	}

	#showBuurten(on: boolean): void {
		if (this.#buurtCheckbox) this.#buurtCheckbox.checked = on;
		for (const id of BUURT_LAYERS) this.map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
		const t = this.#selected?.target;
		if (!on && t?.kind === 'area' && t.level === 'buurten') this.#popup?.remove();
	}

	/** Buurten appear when zoomed in (on a wijk page, and for a choropleth per buurt, always). */
	#applyBuurtZoom(): void {
		const min = this.#figures?.level === 'buurten' ? 0 : this.#buurtMinZoom;
		for (const id of BUURT_LAYERS) this.map.setLayerZoomRange(id, min, 24);
	}

	/** Colours the wijken or buurten by the classes of one indicator ('' for none). */
	#showFigures(indicatorId: string, level: AreaLevel): void {
		const indicator = this.#data.figures?.indicatoren.find((i) => i.id === indicatorId);
		for (const source of ['wijken', 'buurten'] as const) {
			for (const f of this.#data.areas[source].features) {
				this.map.removeFeatureState({ source, id: f.properties.code }, 'status');
				this.map.removeFeatureState({ source, id: f.properties.code }, 'klasse');
			}
		}
		for (const { figure } of this.#areaButtons.values()) figure.textContent = '';
		this.#figures = indicator ? { indicator: indicator.id, level } : undefined;
		this.#applyBuurtZoom();
		const legend = this.#legend!;
		if (!indicator) {
			legend.hidden = true;
			legend.replaceChildren();
			this.#levels!.hidden = true;
			this.#announce('De kaart toont geen cijfers.');
			return;
		}
		if (level === 'buurten') this.#showBuurten(true);
		const figures = indicator[level];
		let notShown = false;
		let missing = false;
		for (const f of this.#data.areas[level].features) {
			const code = f.properties.code;
			const entry = figures.waarden[code];
			const status = entry?.klasse !== undefined ? 'getoond' : !entry || entry.geen ? 'geen' : 'niet-getoond';
			if (status === 'geen') missing = true;
			if (status === 'niet-getoond') notShown = true;
			this.map.setFeatureState(
				{ source: level, id: code },
				entry?.klasse !== undefined ? { status, klasse: entry.klasse } : { status },
			);
			const button = this.#areaButtons.get(code);
			if (button) button.figure.textContent = `: ${entry?.tekst ?? NO_FIGURE}`;
		}
		const noun = level === 'wijken' ? 'wijk' : 'buurt';
		const titleId = `${this.#id}-legenda`;
		legend.replaceChildren(
			h(
				'p',
				{ id: titleId, class: 'kaart-interactief__legenda-titel' },
				`${indicator.naam} per ${noun}${figures.jaar ? ` (${figures.jaar})` : ''}. Hoe donkerder, hoe hoger het cijfer.`,
			),
			h(
				'ul',
				{ class: 'kaart-legenda', 'aria-labelledby': titleId },
				figures.legenda.map((l) =>
					h(
						'li',
						{},
						h('span', { class: `kaart-legenda-vak kaart-klasse-${l.klasse}`, 'aria-hidden': 'true' }),
						l.label,
					),
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
		this.#announce(`De kaart toont nu ${indicator.naam} per ${noun}.`);
		this.#refreshPopup();
	}

	#announce(text: string): void {
		this.#status.textContent = text;
	}

	// ----- The list beside the map -----

	#list(): HTMLElement {
		const { wijken, buurten } = this.#data.areas;
		const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });
		const byName = (a: AreaFeature, b: AreaFeature) => collator.compare(a.properties.naam, b.properties.naam);
		const focus = this.#data.focus?.properties.code;
		const areaItem = (level: AreaLevel, f: AreaFeature, children?: HTMLElement) => {
			const figure = h('span', { class: 'kaart-interactief__cijfer' });
			const button = h('button', { type: 'button', class: 'kaart-interactief__item' }, f.properties.naam, figure);
			button.addEventListener('click', () => this.#select({ kind: 'area', level, feature: f }, button));
			this.#areaButtons.set(f.properties.code, { button, figure });
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
			const i = wijkItems.findIndex((li) => li.firstElementChild === this.#areaButtons.get(focus)?.button);
			if (i > 0) wijkItems.unshift(...wijkItems.splice(i, 1));
		}
		const areasTitle = `${this.#id}-gebieden`;
		const parts: HTMLElement[] = [
			h('p', { class: 'kaart-interactief__kop', id: areasTitle }, 'Wijken en buurten'),
			h('ul', { class: 'kaart-interactief__gebieden', 'aria-labelledby': areasTitle }, wijkItems),
		];
		const points = this.#data.points.features;
		if (points.length) {
			const pointsTitle = `${this.#id}-plekken`;
			const items = points.map((p) => {
				const button = h('button', { type: 'button', class: 'kaart-interactief__item' }, p.properties.titel);
				button.addEventListener('click', () => this.#select({ kind: 'point', feature: p }, button));
				this.#pointButtons[p.properties.n] = button;
				const li = h(
					'li',
					{ value: p.properties.n, class: `kaart-lijst-${p.properties.soort}` },
					button,
					h('span', { class: 'kaart-lijst-uitleg' }, p.properties.uitleg),
				);
				const kind = this.#pointItems.get(p.properties.soort) ?? [];
				kind.push(li);
				this.#pointItems.set(p.properties.soort, kind);
				return li;
			});
			parts.push(
				h('p', { class: 'kaart-interactief__kop', id: pointsTitle }, 'Plekken op de kaart'),
				h('ol', { class: 'kaart-lijst kaart-interactief__plekken', 'aria-labelledby': pointsTitle }, items),
			);
		}
		return h('div', { class: 'kaart-interactief__lijst' }, parts);
	}

	// ----- Selecting an area or point: move, highlight, popup -----

	#select(target: Target, button?: HTMLButtonElement): void {
		if (target.kind === 'area' && target.level === 'buurten') this.#showBuurten(true);
		if (target.kind === 'point') {
			const box = this.#pointItems.get(target.feature.properties.soort);
			if (box?.[0]?.hidden) this.#setKind(target.feature.properties.soort, true);
		}
		// This check decides (`essential` keeps MapLibre from second-guessing it), so reduced
		// motion is honoured here, in one place, and the tests can see that it is.
		const animate = !reducedMotion();
		if (target.kind === 'area') {
			const box = bboxOf([target.feature])!;
			this.map.fitBounds(box as LngLatBoundsLike, {
				padding: 40,
				maxZoom: 16,
				animate,
				duration: animate ? 800 : 0,
				essential: true,
			});
		} else {
			const center = target.feature.geometry.coordinates as [number, number];
			const zoom = Math.max(this.map.getZoom(), 15);
			if (animate) this.map.easeTo({ center, zoom, duration: 800, essential: true });
			else this.map.jumpTo({ center, zoom });
		}
		this.#openPopup(target, button, true);
	}

	#setKind(kind: PointKind, on: boolean): void {
		const input = document.getElementById(`${this.#id}-${kind}`) as HTMLInputElement | null;
		if (input) input.checked = on;
		this.#showKind(kind, on);
	}

	#openPopup(target: Target, button: HTMLButtonElement | undefined, moveFocus: boolean): void {
		this.#popup?.remove();
		this.#mark(target);
		const lngLat =
			target.kind === 'point' ? (target.feature.geometry.coordinates as [number, number]) : insidePoint(target.feature);
		const content = this.#popupContent(target);
		const popup = new Popup({
			closeButton: true,
			closeOnClick: true,
			focusAfterOpen: false,
			maxWidth: '18rem',
			className: 'kaart-interactief__popup',
		})
			.setLngLat(lngLat)
			.setDOMContent(content)
			.addTo(this.map);
		this.#popup = popup;
		this.#selected = { target, button };
		for (const b of [...this.#areaButtons.values()].map((a) => a.button).concat(this.#pointButtons.filter(Boolean)))
			b.classList.remove('is-gekozen');
		this.#buttonOf(target)?.classList.add('is-gekozen');
		const element = popup.getElement();
		element.setAttribute('role', 'dialog');
		element.setAttribute(
			'aria-label',
			target.kind === 'point' ? target.feature.properties.titel : target.feature.properties.naam,
		);
		element.addEventListener('keydown', (e) => {
			if (e.key !== 'Escape') return;
			e.preventDefault();
			popup.remove();
			(button ?? this.map.getCanvas()).focus();
		});
		popup.on('close', () => {
			if (this.#popup !== popup) return;
			this.#popup = undefined;
			this.#mark(undefined);
			this.#buttonOf(target)?.classList.remove('is-gekozen');
		});
		if (moveFocus) content.querySelector('a')?.focus({ preventScroll: true });
	}

	/** Rebuilds the open popup (e.g. after the choropleth changed), without moving the focus. */
	#refreshPopup(): void {
		const selected = this.#selected;
		if (!this.#popup || !selected) return;
		const hadFocus = this.#popup.getElement().contains(document.activeElement);
		this.#openPopup(selected.target, selected.button, hadFocus);
	}

	#buttonOf(target: Target): HTMLButtonElement | undefined {
		return target.kind === 'area'
			? this.#areaButtons.get(target.feature.properties.code)?.button
			: this.#pointButtons[target.feature.properties.n];
	}

	#mark(target: Target | undefined): void {
		const previous = this.#selected?.target;
		if (previous?.kind === 'area')
			this.map.removeFeatureState({ source: previous.level, id: previous.feature.properties.code }, 'gekozen');
		if (target?.kind === 'area')
			this.map.setFeatureState({ source: target.level, id: target.feature.properties.code }, { gekozen: true });
		if (!target) this.#selected = undefined;
	}

	#popupContent(target: Target): HTMLElement {
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
		const parent = a.wijk ? this.#data.byCode.get(a.wijk)?.properties.naam : undefined;
		const kind = target.level === 'wijken' ? 'Wijk' : parent ? `Buurt in ${parent}` : 'Buurt';
		let figure: string | undefined;
		if (this.#figures?.level === target.level) {
			const indicator = this.#data.figures?.indicatoren.find((i) => i.id === this.#figures?.indicator);
			const level = indicator?.[target.level];
			if (indicator && level)
				figure = `${indicator.naam}${level.jaar ? ` (${level.jaar})` : ''}: ${level.waarden[a.code]?.tekst ?? NO_FIGURE}`;
		}
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

	// ----- Pointer use on the map itself -----

	#wireMap(): void {
		const clickable = () => {
			const ids: string[] = POINT_KINDS.map((k) => LAYERS.points(k));
			ids.push(LAYERS.buurtenFill, LAYERS.wijkenFill);
			return ids.filter((id) => this.map.getLayoutProperty(id, 'visibility') !== 'none');
		};
		this.map.on('click', (e) => {
			const hit: MapGeoJSONFeature | undefined = this.map.queryRenderedFeatures(e.point, { layers: clickable() })[0];
			if (!hit) return;
			const target = this.#targetOf(hit);
			if (target) this.#openPopup(target, this.#buttonOf(target), false);
		});
		this.map.on('mousemove', (e) => {
			const over = this.map.queryRenderedFeatures(e.point, { layers: clickable() }).length > 0;
			this.map.getCanvas().style.cursor = over ? 'pointer' : '';
		});
	}

	#targetOf(hit: MapGeoJSONFeature): Target | undefined {
		if (hit.source === 'punten') {
			const n = Number(hit.properties.n);
			const feature = this.#data.points.features.find((p) => p.properties.n === n);
			return feature && { kind: 'point', feature };
		}
		const feature = this.#data.byCode.get(String(hit.properties.code));
		if (!feature) return undefined;
		return { kind: 'area', level: hit.source === 'buurten' ? 'buurten' : 'wijken', feature };
	}
}
