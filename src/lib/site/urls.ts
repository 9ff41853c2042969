/** Every address on the portal, in one place. Collection ids: "noord", "noord/speeltuin". */
import { slugify } from './slug.ts';

export const wijkSlugOf = (id: string) => id.split('/')[0]!;
export const itemSlugOf = (id: string) => id.split('/')[1]!;
export const buurtSlug = (buurt: { naam: string }) => slugify(buurt.naam);

/** A phone link that works whatever way the number is written ("14 0999" → tel:140999). */
export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;
/** A phone number as shown, kept on one line: non-breaking spaces and hyphens ("14 0999" → "14\u00a00999"). */
export const telText = (number: string) => number.replaceAll(' ', '\u00a0').replaceAll('-', '\u2011');

/** What the agenda's filter pages filter on; `wijk` only on the overview of all wijken. */
export type AgendaFilterSoort = 'status' | 'thema' | 'buurt' | 'eigenaar' | 'wijk';

export const urls = {
	home: () => '/',
	wijken: () => '/wijken/',
	wijk: (wijk: string) => `/wijken/${wijk}/`,
	agenda: (wijk: string) => `/wijken/${wijk}/agenda/`,
	agendaItem: (id: string) => `/wijken/${wijkSlugOf(id)}/agenda/${itemSlugOf(id)}/`,
	/** The wijkagenda of every wijk together, and filtered lists (static pages, no JavaScript needed). */
	agendaOverzicht: () => '/agenda/',
	agendaFilter: (wijk: string | undefined, soort: AgendaFilterSoort, waarde: string) =>
		`${wijk ? `/wijken/${wijk}` : ''}/agenda/${soort}/${slugify(waarde)}/`,
	/** The changes of a wijk's agenda items, as an RSS feed. */
	agendaFeed: (wijk: string) => `/wijken/${wijk}/agenda.xml`,
	/** The wijkambitie: the wijkanalyse and the goals tree with the work going on under each goal. */
	ambitie: (wijk: string) => `/wijken/${wijk}/ambitie/`,
	activiteit: (id: string) => `/wijken/${wijkSlugOf(id)}/activiteiten/${itemSlugOf(id)}/`,
	wijkActiviteiten: (wijk: string) => `/wijken/${wijk}/activiteiten/`,
	/** Activities that have been (all wijken). */
	activiteitenArchief: () => '/activiteiten/archief/',
	/** iCalendar files: the whole portal, one wijk, one activity ("In mijn agenda"). */
	agendaIcs: () => '/activiteiten.ics',
	wijkIcs: (wijk: string) => `/wijken/${wijk}/activiteiten.ics`,
	activiteitIcs: (id: string) => `/wijken/${wijkSlugOf(id)}/activiteiten/${itemSlugOf(id)}.ics`,
	buurten: (wijk: string) => `/wijken/${wijk}/buurten/`,
	buurt: (wijk: string, buurt: { naam: string }) => `/wijken/${wijk}/buurten/${buurtSlug(buurt)}/`,
	/** The sociale kaart of a wijk, and one organisation on it. */
	socialeKaart: (wijk: string) => `/wijken/${wijk}/sociale-kaart/`,
	organisatie: (id: string) => `/wijken/${wijkSlugOf(id)}/sociale-kaart/${itemSlugOf(id)}/`,
	cijfers: (wijk: string) => `/wijken/${wijk}/cijfers/`,
	/** One thema of the wijkprofiel: all its figures (slug: themeSlug in src/lib/wijkkompas/profile.ts). */
	cijfersThema: (wijk: string, thema: string) => `/wijken/${wijk}/cijfers/${thema}/`,
	/** All figures of one buurt, per thema. */
	buurtCijfers: (wijk: string, buurt: { naam: string }) => `/wijken/${wijk}/buurten/${buurtSlug(buurt)}/cijfers/`,
	cijfersBestand: (wijk: string, ext: 'csv' | 'json') => `/wijken/${wijk}/cijfers.${ext}`,
	/** The municipality's own areas (eigen gebieden): every indeling, and one own area by its code `<indeling>/<gebied>`. */
	eigenGebieden: () => '/gebieden/',
	eigenGebied: (code: string) => `/gebieden/${code}/`,
	openData: () => '/open-data/',
	dataset: (id: string) => `/open-data/${id}.csv`,
	activiteiten: () => '/activiteiten/',
	kaart: () => '/kaart/',
	/** Data of the interactive map: gebieden, punten, cijfers. */
	kaartData: (name: 'gebieden' | 'punten' | 'cijfers') => `/kaart/${name}.json`,
	kaartCijfers: () => '/kaart/cijfers/',
	kaartIndicator: (id: string) => `/kaart/cijfers/${id}/`,
	nieuws: () => '/nieuws/',
	nieuwsItem: (id: string) => `/nieuws/${id}/`,
	/** Bewonersinitiatieven: all, one, filtered by step or contribution, per wijk; the wijkbudget. */
	initiatieven: () => '/initiatieven/',
	initiatief: (slug: string) => `/initiatieven/${slug}/`,
	initiatievenStap: (stap: string) => `/initiatieven/stap/${slugify(stap)}/`,
	initiatievenBijdrage: (bijdrage: string) => `/initiatieven/bijdrage/${slugify(bijdrage)}/`,
	wijkInitiatieven: (wijk: string) => `/wijken/${wijk}/initiatieven/`,
	wijkbudget: () => '/wijkbudget/',
	wijkBudget: (wijk: string) => `/wijken/${wijk}/budget/`,
	/** The verhalenboek: every story, one story, the book of a wijk and its PDF. */
	verhalen: () => '/verhalen/',
	verhaal: (slug: string) => `/verhalen/${slug}/`,
	verhalenboek: (wijk: string) => `/wijken/${wijk}/verhalenboek/`,
	verhalenboekPdf: (wijk: string) => `/wijken/${wijk}/verhalenboek.pdf`,
	successen: () => '/successen/',
	wijkSuccessen: (wijk: string) => `/wijken/${wijk}/successen/`,
	/** RSS feeds of news and successes. */
	feed: () => '/rss.xml',
	wijkFeed: (wijk: string) => `/wijken/${wijk}/rss.xml`,
	/** Share images (OpenGraph): one per article, and the portal's own for every other page. */
	deelbeeld: (soort: string, slug: string, ext: 'png' | 'jpg') => `/deelbeelden/${soort}/${slug}.${ext}`,
	deelbeeldPortaal: () => '/deelbeelden/portaal.png',
	toegankelijkheid: () => '/toegankelijkheid/',
	privacy: () => '/privacy/',
	/** A picture from the content folder (logo, news image), published under /beelden/. */
	beeld: (contentPath: string) => `/beelden/${contentPath}`,
	wijkkleuren: () => '/stijl/wijkkleuren.css',
	/** Search; the A–Z street index of a wijk; the address lookup chunks. */
	zoeken: () => '/zoeken/',
	straten: (wijk: string) => `/zoeken/straten/${wijk}/`,
	adressenPostcode: (pc4: string) => `/adressen/${pc4}.json`,
	adressenStraten: (letter: string) => `/adressen/straten/${letter}.json`,
};

/** Astro's static paths for pages of items that live in a wijk folder: /wijken/<wijk>/<kind>/<item>/. */
export function wijkItemPaths<T extends { id: string }>(items: T[]) {
	return items.map((item) => ({ params: { wijk: wijkSlugOf(item.id), item: itemSlugOf(item.id) }, props: { item } }));
}
