/**
 * The interactive map (loaded on demand by loader.ts): MapLibre GL with the portal's own
 * areas and points, layer switches, a choropleth of the wijkkompas indicators, a list of
 * every area beside the map, and a button "Toon op de kaart" in each item of the page's own
 * numbered list of points (one list for the static and the interactive map). Activating a
 * list item brings the map into view, moves it there (instantly when the visitor prefers
 * reduced motion) and opens its popup, with the focus on the popup's link; Escape closes
 * the popup and returns the focus.
 *
 * This module puts the parts together: create-map.ts (MapLibre), layer-controls.ts and
 * layers.ts (what is shown), figure-controls.ts and figures.ts (the choropleth), list.ts
 * (the list beside the map), popup.ts (the details), move-to.ts, pointer.ts and status.ts.
 */
import { addProtocol, type Map as MapLibreMap } from 'maplibre-gl';

import { type Basemap, basemap } from './basemap.ts';
import type { KaartConfig } from './config.ts';
import { createMap, whenLoaded } from './create-map.ts';
import { loadData, type MapData, type PointKind } from './data.ts';
import { h, uniqueId } from './dom.ts';
import { figureControls } from './figure-controls.ts';
import { FigureChoice } from './figures.ts';
import { LayerControls } from './layer-controls.ts';
import { MapLayers } from './layers.ts';
import { PlaceList } from './list.ts';
import { moveTo } from './move-to.ts';
import { wirePointer } from './pointer.ts';
import { DetailsPopup } from './popup.ts';
import { popupContent } from './popup-content.ts';
import { StatusRegion } from './status.ts';
import { type Palette, readPalette } from './style.ts';
import { loadMapLibreStylesheet } from './stylesheet.ts';
import type { Target } from './target.ts';
import { setTexts, texts } from './texts.ts';

/** Builds the map inside `host` (replacing its content) and resolves when it has loaded. */
export async function mountMap(host: HTMLElement, config: KaartConfig): Promise<MapLibreMap> {
	setTexts(config.teksten);
	const [data, base] = await Promise.all([
		loadData(config),
		config.basiskaart ? basemap(config.basiskaart, addProtocol) : Promise.resolve(undefined),
		loadMapLibreStylesheet(),
	]);
	const palette = readPalette(host);
	const list = config.lijst ? document.getElementById(config.lijst) : null;
	return new IslandMap(host, data, palette, base, list instanceof HTMLOListElement ? list : undefined).ready();
}

class IslandMap {
	readonly map: MapLibreMap;
	readonly #data: MapData;
	readonly #layerControls: LayerControls;
	readonly #list: PlaceList;
	readonly #layers: MapLayers;
	readonly #popup: DetailsPopup;
	readonly #figures?: FigureChoice;

	constructor(
		host: HTMLElement,
		data: MapData,
		palette: Palette,
		base: Basemap | undefined,
		pageList: HTMLOListElement | undefined,
	) {
		const id = uniqueId('kaart');
		this.#data = data;
		const container = h('div', { class: 'kaart-interactief__kaart' });
		const status = new StatusRegion();
		const hint = h('p', { class: 'kaart-interactief__uitleg', id: `${id}-uitleg` }, texts().hulp);
		this.#layerControls = new LayerControls(id, data.points.features, {
			kind: (kind, on) => this.#showKind(kind, on),
			buurten: (on) => this.#showBuurten(on),
		});
		const figures = figureControls(id, data, (indicator, level) => this.#figures?.show(indicator, level));
		this.#list = new PlaceList(id, data, pageList, (target, button) => this.#select(target, button));
		host.replaceChildren(
			h('div', { class: 'kaart-interactief__bediening' }, this.#layerControls.element, figures?.element),
			hint,
			h('div', { class: 'kaart-interactief__raster' }, container, this.#list.element),
			status.element,
		);
		this.map = createMap(container, { data, palette, basemap: base, describedBy: hint.id });
		this.#layers = new MapLayers(this.map);
		this.#popup = new DetailsPopup(this.map, this.#list, (target) =>
			popupContent(target, data, this.#figures?.lineFor(target), (n) => this.#list.points.explanation(n)),
		);
		if (figures)
			this.#figures = new FigureChoice({
				id,
				map: this.map,
				data,
				controls: figures,
				areas: this.#list.areas,
				announce: (text) => status.announce(text),
				levelChanged: () => this.#applyBuurtZoom(),
				showBuurten: () => this.#showBuurten(true),
				changed: () => this.#popup.refresh(),
			});
	}

	/** Resolves once the map has drawn its style, with everything wired up (and the page's list too). */
	async ready(): Promise<MapLibreMap> {
		// A failing basemap tile only logs.
		await whenLoaded(this.map);
		this.map.setMinZoom(Math.max(0, this.map.getZoom() - 3));
		this.#layers.setBuurtMinZoom(this.#data.focus ? 0 : Math.round(this.map.getZoom() + 1));
		this.#applyBuurtZoom();
		wirePointer(
			this.map,
			this.#data,
			() => this.#layers.clickable(),
			(target) => this.#popup.open(target, this.#list.buttonOf(target), false),
		);
		this.#list.attach();
		return this.map;
	}

	#showKind(kind: PointKind, on: boolean): void {
		this.#layers.showKind(kind, on);
		this.#list.points.showKind(kind, on);
		const t = this.#popup.selected;
		if (!on && t?.kind === 'point' && t.feature.properties.soort === kind) this.#popup.close();
	}

	#showBuurten(on: boolean): void {
		this.#layerControls.checkBuurten(on);
		this.#layers.showBuurten(on);
		const t = this.#popup.selected;
		if (!on && t?.kind === 'area' && t.level === 'buurten') this.#popup.close();
	}

	#applyBuurtZoom(): void {
		this.#layers.applyBuurtZoom(this.#figures?.level === 'buurten');
	}

	/** A list item was activated: show its layer, move the map there and open its popup (focus on its link). */
	#select(target: Target, button?: HTMLButtonElement): void {
		if (target.kind === 'area' && target.level === 'buurten') this.#showBuurten(true);
		if (target.kind === 'point') {
			const kind = target.feature.properties.soort;
			if (this.#list.points.isHidden(kind)) {
				this.#layerControls.checkKind(kind, true);
				this.#showKind(kind, true);
			}
		}
		// The page's list may be far below the map: bring the map into view first.
		this.map.getContainer().scrollIntoView({ block: 'nearest' });
		moveTo(this.map, target);
		this.#popup.open(target, button, true);
	}
}
