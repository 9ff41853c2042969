/**
 * Boundaries of the municipality's own areas (eigen gebieden): each own area's buurten of
 * content/geo/gebieden.topojson dissolved into one outline (topojson-client `merge` removes
 * the shared inner borders), and the static map of one indeling. Nothing here is stored: the
 * outlines follow the buurten, so a changed buurt boundary changes the own area with it.
 */
import { merge } from 'topojson-client';
import type { MultiPolygon, Polygon } from 'topojson-specification';

import { i18n } from '#i18n/index.ts';
import { intlLocale } from '#lib/i18n/talen.ts';
import { urls } from '#lib/site/urls.ts';
import type { Area } from '#lib/wijkkompas/areas.ts';

import { type AreaFeature, type GeoAreas, rewind } from './features.ts';
import type { AreaProperties } from './format.ts';
import type { AreaMapOptions } from './svg/area-map.ts';

/** The outline of an own area, or undefined when a buurt of it has no boundary in the file. */
export function dissolvedArea(geo: GeoAreas, area: Pick<Area, 'code' | 'naam' | 'buurten'>): AreaFeature | undefined {
	const wanted = new Set(area.buurten ?? []);
	const parts = geo.topology.objects.buurten.geometries.filter(
		(g): g is Polygon<AreaProperties> | MultiPolygon<AreaProperties> =>
			wanted.has(String(g.id)) && (g.type === 'Polygon' || g.type === 'MultiPolygon'),
	);
	if (!wanted.size || parts.length !== wanted.size) return undefined;
	const geometry = merge(geo.topology, parts);
	return rewind({ type: 'Feature', id: area.code, properties: { naam: area.naam }, geometry });
}

/**
 * The map of one indeling: every own area as one dissolved outline that links to its page,
 * the portal's gemeenten faintly behind them (an indeling may cover only part of a gemeente).
 * Undefined when any own area cannot be drawn.
 */
export function indelingMap(
	geo: GeoAreas,
	indeling: { id: string; naam: string },
	gebieden: readonly Area[],
): AreaMapOptions | undefined {
	const areas = gebieden.map((g) => ({ area: g, feature: dissolvedArea(geo, g) }));
	if (!areas.length || areas.some((a) => !a.feature)) return undefined;
	const gemeenten = [...new Set(gebieden.map((g) => g.gemeente))]
		.map((code) => geo.byCode.get(code))
		.filter((f): f is AreaFeature => f !== undefined);
	return {
		id: `kaart-${indeling.id}`,
		label: `Kaart van de ${indeling.naam.toLowerCase()} met hun grenzen. Elk gebied is een link naar de pagina ervan.`,
		labelIn: (taal) =>
			i18n(taal).t('kaart.label.indeling', { indeling: indeling.naam.toLocaleLowerCase(intlLocale(taal)) }),
		areas: areas.map(({ area, feature }) => ({
			feature: feature!,
			naam: area.naam,
			href: urls.eigenGebied(area.code),
		})),
		context: gemeenten,
	};
}
