/**
 * The words around the wijkkompas's figures: the facts shown with each indicator, the
 * aandachtspunten, and the rules the page explains. B1, in the reader's language (Dutch by
 * default; src/i18n/<taal>/wijkkompas.json); no verdicts.
 */
import { formatDate } from '#lib/site/dates.ts';
import type { Indicator } from '#schemas/indicatoren.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import type { Area } from './areas.ts';
import { formatChange, formatMeasurement, formatNumber, notShownReason, percentagePoints, withUnit } from './format.ts';
import type { IndicatorFigures } from './kompas.ts';
import { isShown } from './measurement.ts';
import { areaKind, areaNounIn, kompasText, type Taal } from './text.ts';
import { band, bandText, INDEX_RULES } from './theme-index.ts';
import type { ValuesFile } from './values-file.ts';

export interface Fact {
	label: string;
	value: string;
	/** A sentence explaining the value, e.g. why it is not shown. */
	note?: string;
}

/** "deze wijk", "dit dorp", "deze buurt", "de gemeente" (as the subject of a sentence). */
export function areaNoun(area: Pick<Area, 'level'>, soort?: 'wijk' | 'dorp', taal: Taal = 'nl'): string {
	return areaNounIn(areaKind(area, soort), 'onderwerp', taal);
}

/** "wijken" or "buurten": what an area is compared with. */
export const siblingsNoun = (area: Pick<Area, 'level'>, taal: Taal = 'nl') =>
	kompasText(taal).t(area.level === 'buurt' ? 'wijkkompas.buurten' : 'wijkkompas.wijken');

export function indicatorFacts(
	f: IndicatorFigures,
	settings: WijkkompasInstellingen,
	files: ReadonlyMap<string, ValuesFile>,
	taal: Taal = 'nl',
): Fact[] {
	const { t } = kompasText(taal);
	const { indicator: ind } = f;
	const facts: Fact[] = [];
	const unit = (m: Parameters<typeof formatMeasurement>[1]) => formatMeasurement(ind, m, settings, taal);
	const change = (d: number) => formatChange(d, ind.eenheid, ind.decimalen, taal);
	if (f.last && f.last.status !== 'getoond') {
		facts.push({
			label: t('wijkkompas.feit.cijfer', { jaar: String(f.last.jaar) }),
			value: unit(f.last),
			note: notShownReason(ind, f.last, settings, taal),
		});
	}
	if (f.latest) {
		const jaar = String(f.latest.jaar);
		const label =
			f.last?.jaar === f.latest.jaar
				? t('wijkkompas.feit.laatsteCijfer', { jaar })
				: t('wijkkompas.feit.laatstBekendeCijfer', { jaar });
		facts.push({ label, value: unit(f.latest) });
	}
	if (f.latest && f.previous) {
		facts.push({
			label: t('wijkkompas.feit.verschilMet', { jaar: String(f.previous.jaar) }),
			value: change(f.latest.waarde - f.previous.waarde),
		});
	}
	if (f.latest && f.baseline && f.baseline.jaar !== f.previous?.jaar) {
		facts.push({
			label: t('wijkkompas.feit.verschilNulmeting', { jaar: String(f.baseline.jaar) }),
			value: change(f.latest.waarde - f.baseline.waarde),
		});
	}
	if (f.latest && f.gemeenteLatest && f.area.level !== 'gemeente') {
		facts.push({
			label: t('wijkkompas.feit.heleGemeente', { jaar: String(f.latest.jaar) }),
			value: unit(f.gemeenteLatest),
		});
	}
	if (f.rank) {
		facts.push({
			label: t(f.area.level === 'buurt' ? 'wijkkompas.feit.vergelekenBuurten' : 'wijkkompas.feit.vergelekenWijken'),
			value: t('wijkkompas.feit.plaats', {
				plaats: formatNumber(f.rank.position, 0, taal),
				van: formatNumber(f.rank.of, 0, taal),
			}),
		});
	}
	const panel = f.latest ?? f.last;
	if (ind.soort === 'subjectief' && panel && panel.n !== undefined) {
		const n = formatNumber(panel.n, 0, taal);
		facts.push({
			label: t('wijkkompas.feit.aantalAntwoorden', { jaar: String(panel.jaar) }),
			value:
				panel.marge !== undefined
					? t('wijkkompas.feit.antwoordenMarge', { n, marge: withUnit(panel.marge, ind.eenheid, ind.decimalen, taal) })
					: n,
		});
	}
	const dataset = panel?.dataset ? files.get(panel.dataset)?.dataset : undefined;
	facts.push({
		label: t('wijkkompas.feit.bron'),
		value: dataset
			? t('wijkkompas.feit.bronBijgewerkt', {
					bron: ind.bron,
					datum: formatDate(dataset.bijgewerkt, taal),
					licentie: ind.licentie,
				})
			: t('wijkkompas.feit.bronLicentie', { bron: ind.bron, licentie: ind.licentie }),
	});
	return facts;
}

/**
 * The difference with the gemeente in the year of the latest figure, in words:
 * "21 procentpunt lager dan de hele gemeente (30%)". Percentages differ in procentpunt,
 * other units by the difference in that unit; never a percentage of a percentage.
 */
export function gemeenteComparison(
	f: IndicatorFigures,
	settings: WijkkompasInstellingen,
	taal: Taal = 'nl',
): string | undefined {
	const parts = differenceParts(f, taal);
	if (!parts) return undefined;
	const { t } = kompasText(taal);
	const gemeente = formatMeasurement(f.indicator, f.gemeenteLatest!, settings, taal);
	if (!parts.amount) return t('wijkkompas.vergelijking.gelijk', { gemeente });
	return t('wijkkompas.vergelijking.verschil', {
		verschil: parts.amount,
		richting: parts.way,
		oordeel: parts.judged,
		gemeente,
	});
}

function differenceParts(f: IndicatorFigures, taal: Taal) {
	const { indicator: ind, latest, gemeenteLatest } = f;
	if (!latest || !isShown(gemeenteLatest) || ind.eenheid === 'aantal') return undefined;
	const difference = Number((latest.waarde - gemeenteLatest.waarde).toFixed(ind.decimalen));
	if (difference === 0) return { amount: '', way: 'gelijk', judged: 'geen' } as const;
	const size = Math.abs(difference);
	const amount =
		ind.eenheid === 'procent'
			? percentagePoints(size, ind.decimalen, taal)
			: withUnit(size, ind.eenheid, ind.decimalen, taal);
	const judged =
		ind.richting === 'neutraal'
			? 'geen'
			: difference > 0 === (ind.richting === 'hoger is beter')
				? 'gunstiger'
				: 'ongunstiger';
	return { amount, way: difference > 0 ? 'hoger' : 'lager', judged } as const;
}

/** "9% in 2025; in de hele gemeente 30%: 21 procentpunt lager, dat is minder gunstig." */
export function aandachtspuntText(f: IndicatorFigures, settings: WijkkompasInstellingen, taal: Taal = 'nl'): string {
	const { t } = kompasText(taal);
	const { indicator: ind } = f;
	const own = formatMeasurement(ind, f.latest!, settings, taal);
	const gemeente = formatMeasurement(ind, f.gemeenteLatest!, settings, taal);
	const parts = differenceParts(f, taal);
	const values = { eigen: own, jaar: String(f.latest!.jaar), gemeente };
	return parts?.amount
		? t('wijkkompas.aandachtspunt.verschil', {
				...values,
				verschil: parts.amount,
				richting: parts.way,
				oordeel: parts.judged,
			})
		: t('wijkkompas.aandachtspunt.tekst', values);
}

/** "Hoger is beter." once per indicator or section; nothing for figures without a direction. */
export function directionSentence(ind: Pick<Indicator, 'richting'>, taal: Taal = 'nl'): string {
	const { t } = kompasText(taal);
	if (ind.richting === 'hoger is beter') return t('wijkkompas.richting.hoger');
	if (ind.richting === 'lager is beter') return t('wijkkompas.richting.lager');
	return t('wijkkompas.richting.neutraal');
}

export function aandachtspuntRule(settings: WijkkompasInstellingen, taal: Taal = 'nl'): string {
	return kompasText(taal).t('wijkkompas.aandachtspunt.regel', {
		drempel: formatNumber(settings.aandachtspuntBij, 0, taal),
		voorbeeld: formatNumber((30 * settings.aandachtspuntBij) / 100, 1, taal),
	});
}

/** The words on the figures pages, each explained once where it first appears. */
export function terms(baselineYear: number | undefined, taal: Taal = 'nl'): { term: string; uitleg: string }[] {
	const { t } = kompasText(taal);
	const jaar = baselineYear === undefined ? t('wijkkompas.eersteJaarMetCijfers') : String(baselineYear);
	return [
		{ term: t('wijkkompas.begrip.themaIndex'), uitleg: t('wijkkompas.begrip.themaIndex.uitleg', { jaar }) },
		{ term: t('wijkkompas.begrip.nulmeting'), uitleg: t('wijkkompas.begrip.nulmeting.uitleg', { jaar }) },
		{ term: t('wijkkompas.begrip.registraties'), uitleg: t('wijkkompas.begrip.registraties.uitleg') },
		{ term: t('wijkkompas.begrip.bewonerspanel'), uitleg: t('wijkkompas.begrip.bewonerspanel.uitleg') },
		{ term: t('wijkkompas.begrip.procentpunt'), uitleg: t('wijkkompas.begrip.procentpunt.uitleg') },
	];
}

export function indexMethod(
	settings: WijkkompasInstellingen,
	baselineYear: number | undefined,
	taal: Taal = 'nl',
): string[] {
	const { t } = kompasText(taal);
	const n = (v: number) => formatNumber(v, 0, taal);
	const b = settings.bandRondGemiddelde;
	const jaar = baselineYear === undefined ? t('wijkkompas.eersteJaarMetCijfers') : String(baselineYear);
	const r = INDEX_RULES;
	return [
		t('wijkkompas.methode.1', { jaar }),
		t('wijkkompas.methode.2'),
		t('wijkkompas.methode.3'),
		t('wijkkompas.methode.4', {
			antwoorden: n(r.minimumAntwoorden),
			gebeurtenissen: n(r.minimumGebeurtenissen),
		}),
		t('wijkkompas.methode.5', {
			onder: n(100 - b),
			boven: n(100 + b),
			ruimOnder: n(100 - 2 * b),
			ruimBoven: n(100 + 2 * b),
		}),
		t('wijkkompas.methode.6'),
	];
}

/** "104 (rond het gemiddelde)" or "geen index". */
export function indexLabel(value: number | undefined, settings: WijkkompasInstellingen, taal: Taal = 'nl'): string {
	const { t } = kompasText(taal);
	return value === undefined
		? t('wijkkompas.index.geen')
		: t('wijkkompas.index.label', {
				index: formatNumber(value, 0, taal),
				band: bandText(band(value, settings.bandRondGemiddelde).band, taal),
			});
}

export function indicatorLabel(ind: Pick<Indicator, 'soort'>, taal: Taal = 'nl'): string {
	return kompasText(taal).t(
		ind.soort === 'subjectief' ? 'wijkkompas.soort.bewonerspanel' : 'wijkkompas.soort.registraties',
	);
}
