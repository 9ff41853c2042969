/** What the visitor can pick on the map or in the list: an area (a wijk or a buurt) or a point. */
import type { AreaFeature, PointFeature } from './data.ts';

/** The area levels that have a list, a layer switch and a choropleth. */
export type AreaLevel = 'wijken' | 'buurten';

export type Target =
	{ kind: 'area'; level: AreaLevel; feature: AreaFeature } | { kind: 'point'; feature: PointFeature };

/** Called when the visitor picks a target with a button in the list. */
export type OnSelect = (target: Target, button: HTMLButtonElement) => void;
