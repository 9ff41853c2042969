/**
 * The map style, built in code from the portal's own data: a background, the optional
 * basemap, the gemeenten, wijken and buurten as GeoJSON sources, and the numbered points.
 * No glyphs, no sprites, no tile server. Choropleth classes come from feature-state
 * (`status`: getoond, niet-getoond or geen; `klasse`: 1–5); a selected area has
 * feature-state `gekozen`. The colours are those of src/styles/kaart.css (CSS custom
 * properties), so the interactive and the static maps look the same.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

import type { MapData, PointKind } from './data.ts';
import { MARKER_PREFIX } from './images.ts';

export const POINT_KINDS: readonly PointKind[] = ['agenda', 'activiteit', 'initiatief', 'organisatie'];

/** Layer ids, also used by the tests. */
export const LAYERS = {
	background: 'achtergrond',
	gemeentenLine: 'gemeenten-lijn',
	wijkenFill: 'wijken-vlak',
	wijkenHatch: 'wijken-arcering',
	wijkenLine: 'wijken-lijn',
	wijkenSelected: 'wijken-gekozen',
	buurtenFill: 'buurten-vlak',
	buurtenHatch: 'buurten-arcering',
	buurtenLine: 'buurten-lijn',
	buurtenSelected: 'buurten-gekozen',
	focusLine: 'focus-lijn',
	points: (kind: PointKind) => `punten-${kind}`,
} as const;

export const BUURT_LAYERS = [LAYERS.buurtenFill, LAYERS.buurtenHatch, LAYERS.buurtenLine, LAYERS.buurtenSelected];
export const HATCH_IMAGE = 'arcering';

export interface Palette {
	background: string;
	area: string;
	areaFocus: string;
	line: string;
	text: string;
	accent: string;
	selected: string;
	classes: [string, string, string, string, string];
	noFigure: string;
	points: Record<PointKind, string>;
}

const FALLBACK: Palette = {
	background: '#f7f7f7',
	area: '#eef1f5',
	areaFocus: '#d5deea',
	line: '#4a4a4a',
	text: '#1a1a1a',
	accent: '#1d4f91',
	selected: '#0b0c0c',
	classes: ['#eef3fa', '#bfd3ea', '#7fa6d3', '#3f6fae', '#173f78'],
	noFigure: '#d9d9d9',
	points: { agenda: '#9c2b23', activiteit: '#1d4f91', initiatief: '#2f6b2f', organisatie: '#00646e' },
};

/** The colours of src/styles/kaart.css, read from the page (with the same fallbacks). */
export function readPalette(el: Element): Palette {
	const css = getComputedStyle(el);
	const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
	const k = FALLBACK.classes;
	return {
		...FALLBACK,
		area: v('--kaart-vlak', FALLBACK.area),
		areaFocus: v('--kaart-vlak-hover', FALLBACK.areaFocus),
		line: v('--kaart-lijn', FALLBACK.line),
		text: v('--kaart-tekst', FALLBACK.text),
		accent: v('--kaart-huidig', FALLBACK.accent),
		classes: [
			v('--kaart-klasse-1', k[0]),
			v('--kaart-klasse-2', k[1]),
			v('--kaart-klasse-3', k[2]),
			v('--kaart-klasse-4', k[3]),
			v('--kaart-klasse-5', k[4]),
		],
		points: {
			agenda: v('--kaart-agenda', FALLBACK.points.agenda),
			activiteit: v('--kaart-activiteit', FALLBACK.points.activiteit),
			initiatief: v('--kaart-initiatief', FALLBACK.points.initiatief),
			organisatie: v('--kaart-organisatie', FALLBACK.points.organisatie),
		},
	};
}

const state = (name: string): ExpressionSpecification => ['feature-state', name];
const TRANSPARENT = 'rgba(0,0,0,0)';

/** Fill colour: the choropleth class from feature-state, else the base colour. */
function fillColor(p: Palette, base: string | ExpressionSpecification): ExpressionSpecification {
	return [
		'case',
		['==', state('status'), 'getoond'],
		[
			'match',
			['to-number', state('klasse'), 0],
			1,
			p.classes[0],
			2,
			p.classes[1],
			3,
			p.classes[2],
			4,
			p.classes[3],
			5,
			p.classes[4],
			p.noFigure,
		],
		['==', state('status'), 'geen'],
		p.noFigure,
		['==', state('status'), 'niet-getoond'],
		'#ffffff',
		base,
	] as ExpressionSpecification;
}

const hasState = (name: string): ExpressionSpecification => ['to-boolean', state(name)];

export interface StyleOptions {
	palette: Palette;
	data: MapData;
	/** Basemap source and layers (see basemap.ts), drawn under the areas. */
	basemap?: { source: StyleSpecification['sources'][string]; layers: LayerSpecification[] };
}

export function buildStyle({ palette: p, data, basemap }: StyleOptions): StyleSpecification {
	const focus = data.focus?.properties.code;
	const isFocus: FilterSpecification = ['==', ['get', 'code'], focus ?? ''];
	// Over a basemap the areas are see-through; a choropleth stays readable.
	const baseOpacity = basemap ? 0.35 : 1;
	const chosenOpacity: ExpressionSpecification = ['case', hasState('status'), basemap ? 0.85 : 1, baseOpacity];
	const pointLayers: LayerSpecification[] = POINT_KINDS.map((kind) => ({
		id: LAYERS.points(kind),
		type: 'symbol',
		source: 'punten',
		filter: ['==', ['get', 'soort'], kind],
		layout: {
			'icon-image': ['concat', `${MARKER_PREFIX}-`, ['get', 'soort'], '-', ['to-string', ['get', 'n']]],
			'icon-allow-overlap': true,
			'icon-ignore-placement': true,
			'symbol-sort-key': ['get', 'n'],
		},
	}));
	return {
		version: 8,
		name: 'wijkportaal',
		sources: {
			...(basemap ? { basiskaart: basemap.source } : {}),
			gemeenten: { type: 'geojson', data: data.areas.gemeenten, promoteId: 'code' },
			wijken: { type: 'geojson', data: data.areas.wijken, promoteId: 'code', attribution: data.attribution },
			buurten: { type: 'geojson', data: data.areas.buurten, promoteId: 'code' },
			punten: { type: 'geojson', data: data.points },
		},
		layers: [
			{ id: LAYERS.background, type: 'background', paint: { 'background-color': p.background } },
			...(basemap?.layers ?? []),
			{
				id: LAYERS.wijkenFill,
				type: 'fill',
				source: 'wijken',
				paint: {
					'fill-color': fillColor(p, focus ? ['case', isFocus, p.areaFocus, p.area] : p.area),
					'fill-opacity': chosenOpacity,
				},
			},
			{
				id: LAYERS.wijkenHatch,
				type: 'fill',
				source: 'wijken',
				paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', ['==', state('status'), 'niet-getoond'], 1, 0] },
			},
			{
				id: LAYERS.buurtenFill,
				type: 'fill',
				source: 'buurten',
				paint: {
					'fill-color': fillColor(p, TRANSPARENT),
					'fill-opacity': ['case', hasState('status'), basemap ? 0.85 : 1, 1],
				},
			},
			{
				id: LAYERS.buurtenHatch,
				type: 'fill',
				source: 'buurten',
				paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', ['==', state('status'), 'niet-getoond'], 1, 0] },
			},
			{
				id: LAYERS.buurtenLine,
				type: 'line',
				source: 'buurten',
				paint: { 'line-color': p.line, 'line-width': 1, 'line-dasharray': [3, 2] },
			},
			{ id: LAYERS.wijkenLine, type: 'line', source: 'wijken', paint: { 'line-color': p.line, 'line-width': 2 } },
			{ id: LAYERS.gemeentenLine, type: 'line', source: 'gemeenten', paint: { 'line-color': p.text, 'line-width': 3 } },
			...(focus
				? [
						{
							id: LAYERS.focusLine,
							type: 'line',
							source: 'wijken',
							filter: isFocus,
							paint: { 'line-color': p.accent, 'line-width': 5 },
						} satisfies LayerSpecification,
					]
				: []),
			{
				id: LAYERS.buurtenSelected,
				type: 'line',
				source: 'buurten',
				paint: { 'line-color': p.selected, 'line-width': 4, 'line-opacity': ['case', hasState('gekozen'), 1, 0] },
			},
			{
				id: LAYERS.wijkenSelected,
				type: 'line',
				source: 'wijken',
				paint: { 'line-color': p.selected, 'line-width': 4, 'line-opacity': ['case', hasState('gekozen'), 1, 0] },
			},
			...pointLayers,
		],
	};
}
