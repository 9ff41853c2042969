/**
 * What a page gives the Pagefind search index: the kind of page, the filters (wijk, soort,
 * thema, status) and the meta of a result (a clean title, a date, a photo). `Page.astro`
 * turns a `ZoekInfo` into `<meta>` elements in the head (Pagefind reads filters and meta
 * anywhere on a page, so they add no words to the indexed text) and puts
 * `data-pagefind-body` on `<main>`. A page without a `ZoekInfo` is not indexed at all:
 * `NOT_INDEXED` lists those pages and why. Pure.
 */
import { splitTaal } from '#lib/i18n/paths.ts';
import { formatDate, isRealDate } from '#lib/site/dates.ts';

/** The `soort` filter: what kind of page a result is, as residents would name it. */
export const ZOEK_SOORTEN = [
	'Wijk',
	'Buurt',
	'Agendapunt',
	'Activiteit',
	'Nieuws',
	'Cijfers',
	'Ambitie',
	'Initiatief',
	'Organisatie',
	'Verhaal',
	'Succes',
	'Wijkbudget',
	'Kaart',
	'Informatie',
	'Overzicht',
] as const;
export type ZoekSoort = (typeof ZOEK_SOORTEN)[number];

type Values = string | readonly (string | undefined)[] | undefined;

export interface ZoekInfo {
	soort: ZoekSoort;
	/** The title of the result, without the portal's name; the page's own title when left out. */
	title?: string;
	/** Name(s) of the wijk(en) the page is about. */
	wijk?: Values;
	/** Theme(s): of an agenda item or a story, what an initiative adds to. */
	thema?: Values;
	/** Agenda status or initiative step, as residents read it on the page ("In uitvoering"). */
	status?: Values;
	/** The page's date: YYYY-MM-DD or a local date-time (YYYY-MM-DDTHH:mm). */
	date?: string;
	/** A photo of the page (path in the content folder), shown beside the result. */
	image?: { pad: string; alt: string };
}

/** The Pagefind attributes, each read from the `content` attribute of a `<meta>` element. */
export type SearchAttribute = 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';

export interface SearchTag {
	attribute: SearchAttribute;
	/** `wijk[content]`: the key, and that the value is the element's `content` attribute. */
	value: string;
	content: string;
}

/** The filter keys every indexed page may carry. */
export const FILTER_KEYS = ['wijk', 'soort', 'thema', 'status'] as const;

function list(values: Values): string[] {
	const all = typeof values === 'string' ? [values] : (values ?? []);
	const clean = all.map((v) => v?.replace(/\s+/g, ' ').trim()).filter((v): v is string => !!v);
	return [...new Set(clean)];
}

/** The calendar day of a date or local date-time, or undefined when it is no real date. */
export function searchDate(date: string | undefined): string | undefined {
	const day = date?.slice(0, 10);
	return day && isRealDate(day) ? day : undefined;
}

/** A page in another language than Dutch: the kind of page and the date as its readers read them. */
export interface SearchLabels {
	/** The `soort` filter's value in the page's language. */
	soort?: string;
	/** A `YYYY-MM-DD` day as the page's language writes it. */
	datum?: (day: string) => string;
}

/**
 * The `<meta>` elements that carry a page's filters, sort key and meta. `imageSrc` is the
 * published address of the photo (a small variant), when the page has one. Pagefind makes one
 * index per language, so each language's filters and dates are in its own words (`labels`).
 */
export function searchTags(
	info: ZoekInfo,
	pageTitle: string,
	imageSrc?: string,
	labels: SearchLabels = {},
): SearchTag[] {
	const tags: SearchTag[] = [];
	const add = (attribute: SearchAttribute, key: string, content: string) =>
		tags.push({ attribute, value: `${key}[content]`, content });
	for (const wijk of list(info.wijk)) add('data-pagefind-filter', 'wijk', wijk);
	add('data-pagefind-filter', 'soort', labels.soort ?? info.soort);
	for (const thema of list(info.thema)) add('data-pagefind-filter', 'thema', thema);
	for (const status of list(info.status)) add('data-pagefind-filter', 'status', status);
	add('data-pagefind-meta', 'title', list(info.title ?? pageTitle)[0] ?? pageTitle);
	const day = searchDate(info.date);
	if (day) {
		add('data-pagefind-meta', 'date', day);
		add('data-pagefind-meta', 'datum', labels.datum ? labels.datum(day) : formatDate(day));
		add('data-pagefind-sort', 'date', day);
	}
	if (info.image && imageSrc) {
		add('data-pagefind-meta', 'image', imageSrc);
		add('data-pagefind-meta', 'image_alt', info.image.alt);
	}
	return tags;
}

/** The widest of the given widths that is at most `max`, else the narrowest: a thumbnail beside a result. */
export function thumbnailWidth(widths: readonly number[], max = 640): number | undefined {
	const sorted = [...widths].sort((a, b) => a - b);
	return sorted.filter((w) => w <= max).at(-1) ?? sorted[0];
}

/**
 * Built pages that are left out of the index on purpose, by their address. Every other
 * HTML page carries `data-pagefind-body` (checked in tests/integration/search-index.test.ts).
 */
export const NOT_INDEXED: readonly { path: RegExp; reason: string }[] = [
	{ path: /^\/$/, reason: 'the home page only repeats what other pages are about' },
	{ path: /^\/404(\.html|\/)$/, reason: 'the page for a missing address' },
	{ path: /^\/stijl\//, reason: 'the style guide, for designers' },
	{ path: /^\/zoeken\//, reason: 'the search page and the A-Z street pages (streets are on the buurt pages)' },
	{ path: /^\/wijken\/[^/]+\/verhalenboek\/$/, reason: 'the book repeats every story of the wijk in full' },
	{ path: /^\/initiatieven\/(stap|bijdrage)\//, reason: 'filtered parts of the initiative overview' },
	{
		path: /^(\/wijken\/[^/]+)?\/agenda\/(status|thema|buurt|eigenaar|wijk)\/[^/]+\/$/,
		reason: 'filtered parts of a wijkagenda and of the overview of all wijken',
	},
	{ path: /^\/activiteiten\/archief\/$/, reason: 'the archive repeats past activities, whose own pages are indexed' },
	{
		path: /^\/admin\/$/,
		reason: 'the editor for the portal’s editors (src/integrations/cms.ts), no page for residents',
	},
];

/** Whether a built page's address (in any language: `/en/zoeken/` as `/zoeken/`) is on the list of pages left out of the index. */
export function notIndexed(url: string): boolean {
	const { pad } = splitTaal(url);
	return NOT_INDEXED.some((entry) => entry.path.test(pad));
}
