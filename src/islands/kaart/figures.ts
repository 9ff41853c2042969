/**
 * The figure the map is coloured with: on a choice in the figure controls it colours the
 * areas, fills the legend, shows each area's figure in the list and announces the change.
 * It also gives the figure line of an area's popup.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { AreaList } from './area-list.ts';
import { clearChoropleth, colourAreas } from './choropleth.ts';
import type { MapData } from './data.ts';
import type { FigureControls } from './figure-controls.ts';
import { hideLegend, showLegend } from './legend.ts';
import type { AreaLevel, Target } from './target.ts';
import { fill, texts } from './texts.ts';

export interface FigureChoiceParts {
	id: string;
	map: MapLibreMap;
	data: MapData;
	controls: FigureControls;
	areas: AreaList;
	announce(text: string): void;
	/** After the level changed (buurten are always shown for a choropleth per buurt). */
	levelChanged(): void;
	showBuurten(): void;
	/** After the colours changed: the open popup shows the new figure. */
	changed(): void;
}

export class FigureChoice {
	readonly #parts: FigureChoiceParts;
	#current?: { indicator: string; level: AreaLevel };

	constructor(parts: FigureChoiceParts) {
		this.#parts = parts;
	}

	/** The level coloured now, if any. */
	get level(): AreaLevel | undefined {
		return this.#current?.level;
	}

	/** Colours the wijken or buurten by the classes of one indicator ('' for none). */
	show(indicatorId: string, level: AreaLevel): void {
		const { id, map, data, controls, areas } = this.#parts;
		const indicator = data.figures?.indicatoren.find((i) => i.id === indicatorId);
		clearChoropleth(map, data);
		areas.clearFigures();
		this.#current = indicator ? { indicator: indicator.id, level } : undefined;
		this.#parts.levelChanged();
		if (!indicator) {
			hideLegend(controls.legend);
			controls.levels.hidden = true;
			this.#parts.announce(texts().geenCijfersGetoond);
			return;
		}
		if (level === 'buurten') this.#parts.showBuurten();
		const gaps = colourAreas(map, data, level, indicator[level], (code, text) => areas.setFigure(code, text));
		showLegend(controls.legend, `${id}-legenda`, indicator, level, gaps);
		this.#parts.announce(fill(texts().toontNu[level], { indicator: indicator.naam }));
		this.#parts.changed();
	}

	/** "<indicator> (<year>): <figure>" for an area of the coloured level, else undefined. */
	lineFor(target: Target): string | undefined {
		if (target.kind !== 'area' || this.#current?.level !== target.level) return undefined;
		const current = this.#current;
		const indicator = this.#parts.data.figures?.indicatoren.find((i) => i.id === current.indicator);
		const level = indicator?.[target.level];
		if (!indicator || !level) return undefined;
		const code = target.feature.properties.code;
		const { cijferRegel, geenCijfer } = texts();
		return fill(level.jaar ? cijferRegel.jaar : cijferRegel.geen, {
			indicator: indicator.naam,
			jaar: level.jaar ?? '',
			tekst: level.waarden[code]?.tekst ?? geenCijfer,
		});
	}
}
