/**
 * The wijkprofiel at a glance: per thema the latest theme index in words with a small
 * visual, the change since the previous measurement and its aandachtspunten, and a few
 * headline figures. Pure functions on an AreaKompas; the pages only lay them out.
 */
import { slugify } from '#lib/site/slug.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import { gemeenteComparison } from './describe.ts';
import { formatMeasurement, formatNumber } from './format.ts';
import type { AreaKompas, IndicatorFigures, ThemeFigures } from './kompas.ts';
import { indicatorText, kompasText, type Taal } from './text.ts';
import { type Band, band, type ThemeIndexYear } from './theme-index.ts';

/** A change of the theme index of at most this many points is "ongeveer gelijk". */
export const INDEX_CHANGE_SAME = 3;
/** At most this many headline figures. */
export const HEADLINE_MAX = 6;
/** The indicator that opens the headline figures, when the portal has it. */
export const HEADLINE_FIRST = 'inwoners';

export interface ThemeGlance {
	thema: ThemeFigures['thema'];
	/** The thema's address part: /wijken/<wijk>/cijfers/<slug>/. */
	slug: string;
	/** The latest year with a theme index that may be shown. */
	last?: ThemeIndexYear & { totaal: number };
	/** The latest year the index was computed for at all (may lack a reliable total). */
	lastYear?: number;
	band?: Band;
	/** "104: rond het gemiddelde" or why there is no index. */
	indexWords: string;
	/** The change since the previous year with an index, in words. */
	change?: string;
	/** How many figures the latest index rests on. */
	counted: number;
	aandachtspunten: IndicatorFigures[];
}

export const themeSlug = (naam: string) => slugify(naam);

const withTotal = (i: ThemeIndexYear): i is ThemeIndexYear & { totaal: number } => i.totaal !== undefined;

/** The theme card's contents for one thema of an area. */
export function themeGlance(
	t: ThemeFigures,
	settings: Pick<WijkkompasInstellingen, 'bandRondGemiddelde'>,
	taal: Taal = 'nl',
): ThemeGlance {
	const tx = kompasText(taal).t;
	const reliable = t.index.filter(withTotal);
	const last = reliable.at(-1);
	const lastYear = t.index.at(-1)?.jaar;
	const previous = reliable.at(-2);
	const aandachtspunten = t.indicators.filter((f) => f.aandachtspunt);
	const base = { thema: t.thema, slug: themeSlug(t.thema.naam), lastYear, aandachtspunten };
	if (!last) {
		return {
			...base,
			indexWords: tx(t.index.length ? 'wijkkompas.glance.teWeinigGegevens' : 'wijkkompas.glance.geenRichting'),
			counted: 0,
		};
	}
	const b = band(last.totaal, settings.bandRondGemiddelde, taal);
	const counted = last.aantal.objectief + last.aantal.subjectief;
	return {
		...base,
		last,
		band: b.band,
		indexWords: tx('wijkkompas.glance.index', { index: formatNumber(last.totaal, 0, taal), band: b.tekst }),
		change: previous ? indexChange(previous, last, taal) : undefined,
		counted,
	};
}

/** "Sinds 2024 ongeveer gelijk (was 101)." or "Sinds 2024 9 punten gunstiger (was 95)." */
export function indexChange(
	previous: ThemeIndexYear & { totaal: number },
	last: ThemeIndexYear & { totaal: number },
	taal: Taal = 'nl',
): string {
	const { t } = kompasText(taal);
	const d = last.totaal - previous.totaal;
	const values = { jaar: String(previous.jaar), was: formatNumber(previous.totaal, 0, taal) };
	if (Math.abs(d) <= INDEX_CHANGE_SAME) return t('wijkkompas.verandering.ongeveerGelijk', values);
	return t(d > 0 ? 'wijkkompas.verandering.gunstiger' : 'wijkkompas.verandering.ongunstiger', {
		...values,
		punten: Math.abs(d),
	});
}

/** Every thema of an area at a glance, in the order of the definitions. */
export const profileGlance = (
	kompas: AreaKompas,
	settings: Pick<WijkkompasInstellingen, 'bandRondGemiddelde'>,
	taal: Taal = 'nl',
) => kompas.themas.map((t) => themeGlance(t, settings, taal));

/**
 * The headline figures, by a fixed rule: first 'inwoners' (when it has a shown figure),
 * then per thema, in order, the first indicator with a direction and a shown latest figure;
 * at most HEADLINE_MAX in all.
 */
export function headlineFigures(kompas: AreaKompas): IndicatorFigures[] {
	const all = kompas.themas.flatMap((t) => t.indicators);
	const out: IndicatorFigures[] = [];
	const first = all.find((f) => f.indicator.id === HEADLINE_FIRST && f.latest);
	if (first) out.push(first);
	for (const t of kompas.themas) {
		const pick = t.indicators.find((f) => f.latest && f.indicator.richting !== 'neutraal' && !out.includes(f));
		if (pick) out.push(pick);
	}
	return out.slice(0, HEADLINE_MAX);
}

export interface Headline {
	naam: string;
	/** False when the name is still Dutch on a page in another language (marked `lang="nl"`). */
	vertaald: boolean;
	waarde: string;
	jaar: number;
	/** The comparison with the gemeente in words, for figures that are not counts. */
	vergelijking?: string;
	indicator: string;
}

export function headline(f: IndicatorFigures, settings: WijkkompasInstellingen, taal: Taal = 'nl'): Headline {
	const text = indicatorText(f.indicator, taal);
	return {
		naam: text.naam,
		vertaald: text.vertaald,
		waarde: formatMeasurement(f.indicator, f.latest!, settings, taal),
		jaar: f.latest!.jaar,
		vergelijking: f.area.level === 'gemeente' ? undefined : gemeenteComparison(f, settings, taal),
		indicator: f.indicator.id,
	};
}

/**
 * A small bar for a theme index: 0 to 200 with a mark at 100 (the gemeente at the
 * nulmeting) and the band "rond het gemiddelde". Decorative: the number and words stand
 * beside it.
 */
export function indexBar(value: number, bandWidth: number): string {
	const w = 120;
	const x = (v: number) => ((Math.min(200, Math.max(0, v)) / 200) * w).toFixed(1);
	return [
		`<svg class="index-bar" viewBox="0 0 ${w} 14" width="${w}" height="14" aria-hidden="true" focusable="false">`,
		`<rect class="index-bar__track" x="0" y="4" width="${w}" height="6"/>`,
		`<rect class="index-bar__band" x="${x(100 - bandWidth)}" y="2" width="${(Number(x(100 + bandWidth)) - Number(x(100 - bandWidth))).toFixed(1)}" height="10"/>`,
		`<rect class="index-bar__fill" x="0" y="4" width="${x(value)}" height="6"/>`,
		`<path class="index-bar__mid" d="M${x(100)},0V14"/>`,
		'</svg>',
	].join('');
}
