/**
 * The filters of the wijkagenda, as static pages: per filter (status, thema, buurt, eigenaar,
 * and wijk on the overview of all wijken) every value that occurs, its address slug, its
 * count and its items. One pass over the items; pure.
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { dutchCollator as collator } from '#lib/site/collator.ts';
import { shortenSlug, slugify } from '#lib/site/slug.ts';
import { type AgendaFilterSoort, wijkSlugOf } from '#lib/site/urls.ts';
import { AGENDA_STATUSSEN, type AgendaItem, type AgendaStatus } from '#schemas/agenda.ts';

import { STATUS_LABELS } from './agenda.ts';
import { AGENDA_LABELS, type AgendaField } from './labels.ts';
import { fieldLabel, statusLabel } from './words.ts';

/** What a filter needs of an item: its id ("wijk/item") and the fields filtered on. */
export interface Filterable {
	id: string;
	data: Pick<AgendaItem, 'status' | 'thema' | 'buurt' | 'probleemeigenaar'>;
}

export interface AgendaFilterOption<T> {
	soort: AgendaFilterSoort;
	/** The last part of the filter page's address: a slug, unique within its filter. */
	value: string;
	/** The value as it is in the items: a status, thema, buurt code, wijk id or owner. */
	key: string;
	/** The value as residents read it (Dutch; a status in another language: optionLabel). */
	label: string;
	count: number;
	items: T[];
}

export interface AgendaFilterGroup<T> {
	soort: AgendaFilterSoort;
	/** The field's one label (src/lib/agenda/labels.ts). */
	label: string;
	options: AgendaFilterOption<T>[];
}

/** The label of each filter: the label of the field it filters on. */
export const FILTER_LABELS: Record<AgendaFilterSoort, string> = {
	status: AGENDA_LABELS.status,
	thema: AGENDA_LABELS.thema,
	buurt: AGENDA_LABELS.buurt,
	eigenaar: AGENDA_LABELS.probleemeigenaar,
	wijk: AGENDA_LABELS.wijk,
};

/** The field each filter filters on. */
export const FILTER_FIELDS: Record<AgendaFilterSoort, AgendaField> = {
	status: 'status',
	thema: 'thema',
	buurt: 'buurt',
	eigenaar: 'probleemeigenaar',
	wijk: 'wijk',
};

/** The label of a filter in a language ("Eigenaar", "Owner"). */
export function filterLabel(soort: AgendaFilterSoort, taal: Taal = 'nl'): string {
	return fieldLabel(FILTER_FIELDS[soort], taal);
}

/** An option's value as residents read it in a language: a status word is translated, the rest is data. */
export function optionLabel(
	option: Pick<AgendaFilterOption<unknown>, 'soort' | 'key' | 'label'>,
	taal: Taal = 'nl',
): string {
	return option.soort === 'status' ? statusLabel(option.key as AgendaStatus, taal) : option.label;
}

/** The filters of one wijk's agenda, and of the overview of all wijken. */
export const WIJK_FILTERS: readonly AgendaFilterSoort[] = ['status', 'thema', 'buurt', 'eigenaar'];
export const OVERZICHT_FILTERS: readonly AgendaFilterSoort[] = ['status', 'thema', 'wijk', 'eigenaar'];

export interface FilterContext {
	/** The buurten of the wijk, in their own order; a code not among them is shown as the code. */
	buurten?: readonly { code: string; naam: string }[];
	/** The wijken of the portal, in their own order (overview). */
	wijken?: readonly { id: string; naam: string }[];
	/** The themes in the gemeente's order (portaal.yaml); other themes follow in name order. */
	themas?: readonly string[];
}

/** One way of writing a value: trimmed, single spaces. */
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Longest slug of a filter value: a folder name on every file system, and a readable address. */
export const MAX_SLUG = 60;

/**
 * A slug per value, made from its label and unique among them: labels whose slugs collide
 * ("R&B", "R-B") get -2, -3 in the order given; a label without letters or digits gets the
 * fallback; a long label is cut to MAX_SLUG characters. Entries are [value, label] pairs, or plain labels (value = label).
 */
export function uniqueSlugs(
	entries: readonly (string | readonly [string, string])[],
	fallback: string,
): Map<string, string> {
	const used = new Set<string>();
	const slugs = new Map<string, string>();
	for (const entry of entries) {
		const [key, label] = typeof entry === 'string' ? [entry, entry] : entry;
		if (slugs.has(key)) continue;
		const base = shortenSlug(slugify(label), MAX_SLUG) || fallback;
		let slug = base;
		for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
		used.add(slug);
		slugs.set(key, slug);
	}
	return slugs;
}

/** The values an item has for one filter (several owners: several values). */
function valuesOf(item: Filterable, soort: AgendaFilterSoort): string[] {
	switch (soort) {
		case 'status':
			return [item.data.status];
		case 'thema':
			return [clean(item.data.thema)];
		case 'buurt':
			return item.data.buurt ? [item.data.buurt] : [];
		case 'eigenaar':
			return [...new Set(item.data.probleemeigenaar.map(clean))];
		case 'wijk':
			return [wijkSlugOf(item.id)];
	}
}

/** Keys in display order, with their labels. */
function ordered(soort: AgendaFilterSoort, keys: readonly string[], context: FilterContext): [string, string][] {
	const present = new Set(keys);
	const byName = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
	switch (soort) {
		case 'status':
			return AGENDA_STATUSSEN.map((s) => [s, STATUS_LABELS[s]]);
		case 'thema': {
			const known = (context.themas ?? []).filter((t) => present.has(t));
			const rest = keys.filter((k) => !known.includes(k)).sort(byName);
			return [...known, ...rest].map((t) => [t, t.charAt(0).toUpperCase() + t.slice(1)]);
		}
		case 'buurt': {
			const known = (context.buurten ?? []).filter((b) => present.has(b.code));
			const codes = new Set(known.map((b) => b.code));
			const rest = keys.filter((k) => !codes.has(k)).sort(byName);
			return [...known.map((b): [string, string] => [b.code, b.naam]), ...rest.map((k): [string, string] => [k, k])];
		}
		case 'wijk': {
			const known = (context.wijken ?? []).filter((w) => present.has(w.id));
			const ids = new Set(known.map((w) => w.id));
			const rest = keys.filter((k) => !ids.has(k)).sort(byName);
			return [...known.map((w): [string, string] => [w.id, w.naam]), ...rest.map((k): [string, string] => [k, k])];
		}
		case 'eigenaar':
			return [...keys].sort(byName).map((k) => [k, k]);
	}
}

/**
 * The filter groups of a list of agenda items: per filter every value that occurs, with its
 * items (in the given order) and count. The status filter always lists every status, also
 * those without items (count 0), so the counts per status add up to the number of items.
 */
export function agendaFilters<T extends Filterable>(
	items: readonly T[],
	soorten: readonly AgendaFilterSoort[],
	context: FilterContext = {},
): AgendaFilterGroup<T>[] {
	const buckets = new Map<AgendaFilterSoort, Map<string, T[]>>(soorten.map((s) => [s, new Map()]));
	for (const item of items) {
		for (const soort of soorten) {
			const bucket = buckets.get(soort)!;
			for (const key of valuesOf(item, soort)) {
				const list = bucket.get(key);
				if (list) list.push(item);
				else bucket.set(key, [item]);
			}
		}
	}
	return soorten.map((soort) => {
		const bucket = buckets.get(soort)!;
		const keys = ordered(soort, [...bucket.keys()], context);
		// Status and wijk values are slugs already; the labels of other filters become one.
		const slugs =
			soort === 'status' || soort === 'wijk'
				? new Map(keys.map(([key]) => [key, slugify(key)]))
				: uniqueSlugs(keys, soort);
		return {
			soort,
			label: FILTER_LABELS[soort],
			options: keys.map(([key, label]) => {
				const found = bucket.get(key) ?? [];
				return { soort, value: slugs.get(key)!, key, label, count: found.length, items: found };
			}),
		};
	});
}

/** Every option that has items: one filter page each. */
export function filterPages<T>(groups: readonly AgendaFilterGroup<T>[]): AgendaFilterOption<T>[] {
	return groups.flatMap((g) => g.options.filter((o) => o.count > 0));
}

/** The option a filter page shows. */
export function findOption<T>(
	groups: readonly AgendaFilterGroup<T>[],
	soort: AgendaFilterSoort,
	value: string,
): AgendaFilterOption<T> | undefined {
	return groups.find((g) => g.soort === soort)?.options.find((o) => o.value === value);
}

/** "Eigenaar: Wijkplatform Centrum". */
export function filterName(
	option: Pick<AgendaFilterOption<unknown>, 'soort' | 'label'> & { key?: string },
	taal: Taal = 'nl',
): string {
	const waarde = option.key === undefined ? option.label : optionLabel({ ...option, key: option.key }, taal);
	return i18n(taal).t('agenda.filters.naam', { veld: filterLabel(option.soort, taal), waarde });
}

export interface WijkRow {
	id: string;
	naam: string;
	counts: Record<AgendaStatus, number>;
	total: number;
}

const zeroCounts = () => Object.fromEntries(AGENDA_STATUSSEN.map((s) => [s, 0])) as Record<AgendaStatus, number>;

/** Per wijk (in the given order, also wijken without items) the number of items per status; one pass. */
export function countsPerWijk(
	items: readonly Pick<Filterable, 'id' | 'data'>[],
	wijken: readonly { id: string; naam: string }[],
): WijkRow[] {
	const rows = new Map<string, WijkRow>(wijken.map((w) => [w.id, { ...w, counts: zeroCounts(), total: 0 }]));
	for (const item of items) {
		const row = rows.get(wijkSlugOf(item.id));
		if (!row) continue;
		row.counts[item.data.status]++;
		row.total++;
	}
	return [...rows.values()];
}

const SENTENCES: Record<AgendaFilterSoort, MessageKey> = {
	status: 'agenda.filters.zin.status',
	thema: 'agenda.filters.zin.thema',
	buurt: 'agenda.filters.zin.buurt',
	eigenaar: 'agenda.filters.zin.eigenaar',
	wijk: 'agenda.filters.zin.wijk',
};

/** "3 punten met eigenaar Wijkplatform Centrum", "1 punt in Centrum": what a filter page shows. */
export function filterSentence(
	option: Pick<AgendaFilterOption<unknown>, 'soort' | 'label' | 'count'> & { key?: string },
	taal: Taal = 'nl',
): string {
	const waarde = option.key === undefined ? option.label : optionLabel({ ...option, key: option.key }, taal);
	return i18n(taal).t(SENTENCES[option.soort], { aantal: option.count, waarde });
}
