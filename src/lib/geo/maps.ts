/**
 * Which static map each page shows: the gemeente with its wijken (home, /kaart/), a wijk
 * with its buurten (wijk and buurt pages, the current buurt marked), and the numbered
 * points of located agenda items, activities and bewonersinitiatieven. Pure functions over
 * checked content.
 */
import { upcoming } from '#lib/activiteiten/activities.ts';
import { nextOccurrence } from '#lib/activiteiten/recurrence.ts';
import { STATUS_LABELS } from '#lib/agenda/agenda.ts';
import { isEnded } from '#lib/initiatieven/steps.ts';
import { dutchCollator } from '#lib/site/collator.ts';
import { formatDayOf } from '#lib/site/dates.ts';
import { urls } from '#lib/site/urls.ts';
import { CATEGORIE_LABELS } from '#lib/sociale-kaart/categories.ts';
import type { Activiteit } from '#schemas/activiteit.ts';
import type { AgendaItem } from '#schemas/agenda.ts';
import type { Initiatief } from '#schemas/initiatief.ts';
import type { Organisatie } from '#schemas/organisatie.ts';
import type { Wijk } from '#schemas/wijk.ts';

import type { AreaFeature, GeoAreas } from './features.ts';
import type { AreaMapOptions, MapArea, MapPoint, PointKind } from './svg/area-map.ts';

export interface WijkLike {
	id: string;
	data: Pick<Wijk, 'naam' | 'code' | 'soort' | 'buurten'>;
}

/** A point as the list beside a map shows it. */
export interface ListedPoint extends MapPoint {
	titel: string;
	/** "Wijkagenda, gepland" or "Activiteit op dinsdag 8 december". */
	uitleg: string;
	/** Wijk folder the item belongs to. */
	wijk: string;
	buurt?: string;
}

const KIND_NAME: Record<PointKind, string> = {
	agenda: 'wijkagenda',
	activiteit: 'activiteit',
	initiatief: 'initiatief',
	organisatie: 'sociale kaart',
};

function feature(geo: GeoAreas, code: string): AreaFeature {
	const f = geo.byCode.get(code);
	if (!f) throw new Error(`geen grens voor ${code}`); // `npm run check` makes sure this cannot happen
	return f;
}

export function gemeenteMap(
	geo: GeoAreas,
	gemeente: { code: string; naam: string },
	wijken: readonly WijkLike[],
	points: readonly MapPoint[] = [],
): AreaMapOptions {
	return {
		id: `kaart-${gemeente.code}`,
		label: `Kaart van ${gemeente.naam} met de wijken en dorpen. Elk gebied is een link naar de pagina ervan.`,
		areas: wijken.map((w) => ({ feature: feature(geo, w.data.code), naam: w.data.naam, href: urls.wijk(w.id) })),
		outline: feature(geo, gemeente.code),
		points,
	};
}

export function wijkMap(
	geo: GeoAreas,
	wijk: WijkLike,
	options: { currentBuurt?: string; points?: readonly MapPoint[]; neighbours?: readonly WijkLike[] } = {},
): AreaMapOptions {
	const areas: MapArea[] = wijk.data.buurten.map((b) => {
		const current = b.code === options.currentBuurt;
		return {
			feature: feature(geo, b.code),
			naam: b.naam,
			href: urls.buurt(wijk.id, b),
			current,
			name: current ? `${b.naam} (deze buurt)` : b.naam,
		};
	});
	const noun = wijk.data.soort === 'dorp' ? 'het dorp' : 'de wijk';
	return {
		id: `kaart-${wijk.data.code}`,
		label: `Kaart van ${noun} ${wijk.data.naam} met de buurten${options.points?.length ? ' en genummerde plekken' : ''}. Elk gebied is een link naar de pagina ervan.`,
		areas,
		outline: feature(geo, wijk.data.code),
		context: options.neighbours?.filter((n) => n.id !== wijk.id).map((n) => feature(geo, n.data.code)),
		points: options.points,
	};
}

interface Item<T> {
	id: string;
	data: T;
}

/**
 * Numbered points for the located agenda items (not the cancelled ones), the upcoming
 * activities, the located initiatives (not the refused or stopped ones) and the located
 * organisations of the sociale kaart, in that order: agenda items by title, activities by
 * start, initiatives by title, organisations by name.
 */
export function mapPoints(
	agenda: readonly Item<AgendaItem>[],
	activiteiten: readonly Item<Activiteit>[],
	now: Date,
	wijkOf: (id: string) => string,
	initiatieven: readonly Item<Initiatief>[] = [],
	organisaties: readonly Item<Organisatie>[] = [],
): ListedPoint[] {
	const points: Omit<ListedPoint, 'n' | 'name'>[] = [];
	for (const item of [...agenda].sort((a, b) => dutchCollator.compare(a.data.titel, b.data.titel))) {
		if (!item.data.locatie || item.data.status === 'geschrapt') continue;
		points.push({
			soort: 'agenda',
			titel: item.data.titel,
			uitleg: `Wijkagenda: ${STATUS_LABELS[item.data.status].toLowerCase()}`,
			href: urls.agendaItem(item.id),
			lat: item.data.locatie.lat,
			lon: item.data.locatie.lon,
			wijk: wijkOf(item.id),
			buurt: item.data.buurt,
		});
	}
	for (const item of upcoming(activiteiten, now)) {
		const where = item.data.plaats.locatie;
		if (!where) continue;
		points.push({
			soort: 'activiteit',
			titel: item.data.titel,
			uitleg: `Activiteit op ${formatDayOf(nextOccurrence(item.data, now)?.start ?? item.data.start)}, ${item.data.plaats.naam}`,
			href: urls.activiteit(item.id),
			lat: where.lat,
			lon: where.lon,
			wijk: wijkOf(item.id),
			buurt: item.data.buurt,
		});
	}
	for (const item of [...initiatieven].sort((a, b) => dutchCollator.compare(a.data.titel, b.data.titel))) {
		if (!item.data.locatie || isEnded(item.data.stap)) continue;
		points.push({
			soort: 'initiatief',
			titel: item.data.titel,
			uitleg: `Bewonersinitiatief, ${item.data.stap}`,
			href: urls.initiatief(item.id),
			lat: item.data.locatie.lat,
			lon: item.data.locatie.lon,
			wijk: item.data.wijk,
			buurt: item.data.buurt,
		});
	}
	for (const item of [...organisaties].sort((a, b) => dutchCollator.compare(a.data.naam, b.data.naam))) {
		if (!item.data.locatie) continue;
		points.push({
			soort: 'organisatie',
			titel: item.data.naam,
			uitleg: `Sociale kaart: ${CATEGORIE_LABELS[item.data.categorie].toLowerCase()}`,
			href: urls.organisatie(item.id),
			lat: item.data.locatie.lat,
			lon: item.data.locatie.lon,
			wijk: wijkOf(item.id),
			buurt: item.data.buurt,
		});
	}
	return points.map((p, i) => ({ ...p, n: i + 1, name: `${p.titel} (${KIND_NAME[p.soort]})` }));
}

/** The same points numbered again from 1, e.g. only those of one buurt. */
export function renumber(points: readonly ListedPoint[]): ListedPoint[] {
	return points.map((p, i) => ({ ...p, n: i + 1 }));
}
