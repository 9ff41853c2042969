/**
 * Which static map each page shows: the gemeente with its wijken (home, /kaart/), a wijk
 * with its buurten (wijk and buurt pages, the current buurt marked), and the numbered
 * points of located agenda items, activities and bewonersinitiatieven. Pure functions over
 * checked content.
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import { upcoming } from '#lib/activiteiten/activities.ts';
import { nextOccurrence } from '#lib/activiteiten/recurrence.ts';
import { STATUS_LABELS } from '#lib/agenda/agenda.ts';
import { statusWord } from '#lib/agenda/words.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { isEnded } from '#lib/initiatieven/steps.ts';
import { dutchCollator } from '#lib/site/collator.ts';
import { formatDayOf } from '#lib/site/dates.ts';
import { urls } from '#lib/site/urls.ts';
import { CATEGORIE_LABELS } from '#lib/sociale-kaart/categories.ts';
import type { Activiteit } from '#schemas/activiteit.ts';
import type { AgendaItem } from '#schemas/agenda.ts';
import type { Initiatief, Stap } from '#schemas/initiatief.ts';
import type { Organisatie, OrganisatieCategorie } from '#schemas/organisatie.ts';
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
	/** "Wijkagenda, gepland" or "Activiteit op dinsdag 8 december" (Dutch: the island's data file). */
	uitleg: string;
	/** `uitleg` in the page's language (the list beside a map). */
	uitlegIn: (taal: Taal) => string;
	/** Wijk folder the item belongs to. */
	wijk: string;
	buurt?: string;
}

/** The kind of a point inside its name: "(wijkagenda)". */
export const KIND_NAME: Record<PointKind, MessageKey> = {
	agenda: 'kaart.soort.agenda',
	activiteit: 'kaart.soort.activiteit',
	initiatief: 'kaart.soort.initiatief',
	organisatie: 'kaart.soort.organisatie',
};

const STAP_KEY: Record<Stap, MessageKey> = {
	'idee opgehaald': 'kaart.stap.ideeOpgehaald',
	'plan uitgewerkt': 'kaart.stap.planUitgewerkt',
	'budget toegekend': 'kaart.stap.budgetToegekend',
	uitgevoerd: 'kaart.stap.uitgevoerd',
	afgewezen: 'kaart.stap.afgewezen',
	gestopt: 'kaart.stap.gestopt',
};

const CATEGORIE_KEY: Record<OrganisatieCategorie, MessageKey> = {
	onderwijs: 'kaart.categorie.onderwijs',
	kinderopvang: 'kaart.categorie.kinderopvang',
	'welzijn en zorg': 'kaart.categorie.welzijnEnZorg',
	sport: 'kaart.categorie.sport',
	cultuur: 'kaart.categorie.cultuur',
	ondernemers: 'kaart.categorie.ondernemers',
	bewonersorganisaties: 'kaart.categorie.bewonersorganisaties',
	geloofsgemeenschappen: 'kaart.categorie.geloofsgemeenschappen',
	overig: 'kaart.categorie.overig',
};

/** A category of the sociale kaart as a label ("Welzijn en zorg") in a language. */
export const categorieLabel = (categorie: OrganisatieCategorie, taal: Taal = 'nl') =>
	i18n(taal).t(CATEGORIE_KEY[categorie]);

/** A text in the reader's language that is exactly `dutch` on Dutch pages. */
const inTaal =
	(dutch: string, other: (taal: Taal) => string) =>
	(taal: Taal): string =>
		taal === 'nl' ? dutch : other(taal);

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
		labelIn: (taal) => i18n(taal).t('kaart.label.gemeente', { naam: gemeente.naam }),
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
			nameIn: current ? (taal) => i18n(taal).t('kaart.dezeBuurt', { naam: b.naam }) : undefined,
		};
	});
	const noun = wijk.data.soort === 'dorp' ? 'het dorp' : 'de wijk';
	return {
		id: `kaart-${wijk.data.code}`,
		label: `Kaart van ${noun} ${wijk.data.naam} met de buurten${options.points?.length ? ' en genummerde plekken' : ''}. Elk gebied is een link naar de pagina ervan.`,
		labelIn: (taal) =>
			i18n(taal).t('kaart.label.wijk', {
				soort: wijk.data.soort,
				naam: wijk.data.naam,
				punten: options.points?.length ? 'ja' : 'nee',
			}),
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
	const points: Omit<ListedPoint, 'n' | 'name' | 'nameIn'>[] = [];
	for (const item of [...agenda].sort((a, b) => dutchCollator.compare(a.data.titel, b.data.titel))) {
		if (!item.data.locatie || item.data.status === 'geschrapt') continue;
		points.push({
			soort: 'agenda',
			titel: item.data.titel,
			uitleg: `Wijkagenda: ${STATUS_LABELS[item.data.status].toLowerCase()}`,
			uitlegIn: inTaal(`Wijkagenda: ${STATUS_LABELS[item.data.status].toLowerCase()}`, (taal) =>
				i18n(taal).t('kaart.uitleg.agenda', { status: statusWord(item.data.status, taal) }),
			),
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
		const start = nextOccurrence(item.data, now)?.start ?? item.data.start;
		const uitleg = `Activiteit op ${formatDayOf(start)}, ${item.data.plaats.naam}`;
		points.push({
			soort: 'activiteit',
			titel: item.data.titel,
			uitleg,
			uitlegIn: inTaal(uitleg, (taal) =>
				i18n(taal).t('kaart.uitleg.activiteit', { dag: formatDayOf(start, taal), plaats: item.data.plaats.naam }),
			),
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
			uitlegIn: inTaal(`Bewonersinitiatief, ${item.data.stap}`, (taal) =>
				i18n(taal).t('kaart.uitleg.initiatief', { stap: i18n(taal).t(STAP_KEY[item.data.stap]) }),
			),
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
			uitlegIn: inTaal(`Sociale kaart: ${CATEGORIE_LABELS[item.data.categorie].toLowerCase()}`, (taal) =>
				i18n(taal).t('kaart.uitleg.organisatie', {
					categorie: categorieLabel(item.data.categorie, taal).toLocaleLowerCase(taal),
				}),
			),
			href: urls.organisatie(item.id),
			lat: item.data.locatie.lat,
			lon: item.data.locatie.lon,
			wijk: wijkOf(item.id),
			buurt: item.data.buurt,
		});
	}
	return points.map((p, i) => ({
		...p,
		n: i + 1,
		name: `${p.titel} (${i18n('nl').t(KIND_NAME[p.soort])})`,
		nameIn: (taal: Taal) => i18n(taal).t('kaart.puntNaam', { titel: p.titel, soort: i18n(taal).t(KIND_NAME[p.soort]) }),
	}));
}

/** The same points numbered again from 1, e.g. only those of one buurt. */
export function renumber(points: readonly ListedPoint[]): ListedPoint[] {
	return points.map((p, i) => ({ ...p, n: i + 1 }));
}
