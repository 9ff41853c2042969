/**
 * The words around the wijkkompas's figures: the facts shown with each indicator, the
 * aandachtspunten, and the rules the page explains. B1 Dutch; no verdicts.
 */
import { formatDate } from '#lib/site/dates.ts';
import type { Indicator } from '#schemas/indicatoren.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import type { Area } from './areas.ts';
import { formatChange, formatMeasurement, formatNumber, notShownReason, withUnit } from './format.ts';
import type { IndicatorFigures } from './kompas.ts';
import { isShown } from './measurement.ts';
import { band, INDEX_RULES } from './theme-index.ts';
import type { ValuesFile } from './values-file.ts';

export interface Fact {
	label: string;
	value: string;
	/** A sentence explaining the value, e.g. why it is not shown. */
	note?: string;
}

/** "deze wijk", "dit dorp", "deze buurt", "de gemeente". */
export function areaNoun(area: Pick<Area, 'level'>, soort?: 'wijk' | 'dorp'): string {
	if (area.level === 'gemeente') return 'de gemeente';
	if (area.level === 'buurt') return 'deze buurt';
	return soort === 'dorp' ? 'dit dorp' : 'deze wijk';
}

/** "wijken" or "buurten": what an area is compared with. */
export const siblingsNoun = (area: Pick<Area, 'level'>) => (area.level === 'buurt' ? 'buurten' : 'wijken');

export function indicatorFacts(
	f: IndicatorFigures,
	settings: WijkkompasInstellingen,
	files: ReadonlyMap<string, ValuesFile>,
): Fact[] {
	const { indicator: ind } = f;
	const facts: Fact[] = [];
	const unit = (m: Parameters<typeof formatMeasurement>[1]) => formatMeasurement(ind, m, settings);
	if (f.last && f.last.status !== 'getoond') {
		facts.push({ label: `Cijfer ${f.last.jaar}`, value: unit(f.last), note: notShownReason(ind, f.last, settings) });
	}
	if (f.latest) {
		const label =
			f.last?.jaar === f.latest.jaar ? `Laatste cijfer (${f.latest.jaar})` : `Laatst bekende cijfer (${f.latest.jaar})`;
		facts.push({ label, value: unit(f.latest) });
	}
	if (f.latest && f.previous) {
		facts.push({
			label: `Verschil met ${f.previous.jaar}`,
			value: formatChange(f.latest.waarde - f.previous.waarde, ind.eenheid, ind.decimalen),
		});
	}
	if (f.latest && f.baseline && f.baseline.jaar !== f.previous?.jaar) {
		facts.push({
			label: `Verschil met de nulmeting (${f.baseline.jaar})`,
			value: formatChange(f.latest.waarde - f.baseline.waarde, ind.eenheid, ind.decimalen),
		});
	}
	if (f.latest && f.gemeenteLatest && f.area.level !== 'gemeente') {
		facts.push({ label: `Hele gemeente (${f.latest.jaar})`, value: unit(f.gemeenteLatest) });
	}
	if (f.rank) {
		facts.push({
			label: `Vergeleken met de andere ${siblingsNoun(f.area)}`,
			value: `plaats ${f.rank.position} van ${f.rank.of}, van hoog naar laag`,
		});
	}
	const panel = f.latest ?? f.last;
	if (ind.soort === 'subjectief' && panel && panel.n !== undefined) {
		const marge = panel.marge !== undefined ? `, marge ± ${withUnit(panel.marge, ind.eenheid, ind.decimalen)}` : '';
		facts.push({ label: `Aantal antwoorden (${panel.jaar})`, value: `${formatNumber(panel.n)}${marge}` });
	}
	const dataset = panel?.dataset ? files.get(panel.dataset)?.dataset : undefined;
	facts.push({
		label: 'Bron',
		value: dataset
			? `${ind.bron}, bijgewerkt op ${formatDate(dataset.bijgewerkt)} (${ind.licentie})`
			: `${ind.bron} (${ind.licentie})`,
	});
	return facts;
}

/**
 * The difference with the gemeente in the year of the latest figure, in words:
 * "21 procentpunt lager dan de hele gemeente (30%)". Percentages differ in procentpunt,
 * other units by the difference in that unit; never a percentage of a percentage.
 */
export function gemeenteComparison(f: IndicatorFigures, settings: WijkkompasInstellingen): string | undefined {
	const parts = differenceParts(f);
	if (!parts) return undefined;
	const gemeente = formatMeasurement(f.indicator, f.gemeenteLatest!, settings);
	if (!parts.amount) return `gelijk aan de hele gemeente (${gemeente})`;
	return `${parts.amount} ${parts.way} dan de hele gemeente (${gemeente})${parts.judged}`;
}

function differenceParts(f: IndicatorFigures) {
	const { indicator: ind, latest, gemeenteLatest } = f;
	if (!latest || !isShown(gemeenteLatest) || ind.eenheid === 'aantal') return undefined;
	const difference = Number((latest.waarde - gemeenteLatest.waarde).toFixed(ind.decimalen));
	if (difference === 0) return { amount: '', way: '', judged: '' };
	const size = Math.abs(difference);
	const amount =
		ind.eenheid === 'procent'
			? `${formatNumber(size, ind.decimalen)} procentpunt`
			: withUnit(size, ind.eenheid, ind.decimalen);
	const judged =
		ind.richting === 'neutraal'
			? ''
			: difference > 0 === (ind.richting === 'hoger is beter')
				? ', dat is gunstiger'
				: ', dat is minder gunstig';
	return { amount, way: difference > 0 ? 'hoger' : 'lager', judged };
}

/** "9% in 2025; in de hele gemeente 30%: 21 procentpunt lager, dat is minder gunstig." */
export function aandachtspuntText(f: IndicatorFigures, settings: WijkkompasInstellingen): string {
	const { indicator: ind } = f;
	const own = formatMeasurement(ind, f.latest!, settings);
	const gemeente = formatMeasurement(ind, f.gemeenteLatest!, settings);
	const parts = differenceParts(f);
	const words = parts?.amount ? `: ${parts.amount} ${parts.way}${parts.judged}` : '';
	return `${own} in ${f.latest!.jaar}; in de hele gemeente ${gemeente}${words}.`;
}

/** "Hoger is beter." once per indicator or section; nothing for figures without a direction. */
export function directionSentence(ind: Pick<Indicator, 'richting'>): string {
	if (ind.richting === 'hoger is beter') return 'Hoger is beter.';
	if (ind.richting === 'lager is beter') return 'Lager is beter.';
	return 'Hoger of lager is hier niet beter of slechter.';
}

export function aandachtspuntRule(settings: WijkkompasInstellingen): string {
	const t = formatNumber(settings.aandachtspuntBij);
	return `Een cijfer is een aandachtspunt als het in het laatste jaar meer dan ${t}% ongunstiger is dan het cijfer van de hele gemeente in hetzelfde jaar. Die ${t}% rekenen wij van het cijfer van de gemeente: is dat 30%, dan is een verschil van meer dan ${formatNumber((30 * settings.aandachtspuntBij) / 100, 1)} procentpunt een aandachtspunt. Aantallen tellen niet mee (een grote buurt heeft vanzelf meer), en cijfers zonder richting ook niet. Cijfers die wij niet tonen, tellen ook niet mee.`;
}

/** The words on the figures pages, each explained once where it first appears. */
export function terms(baselineYear: number | undefined): { term: string; uitleg: string }[] {
	const year = baselineYear === undefined ? 'het eerste jaar met cijfers' : String(baselineYear);
	return [
		{
			term: 'Thema-index',
			uitleg: `Eén getal per thema, zoals wonen of veiligheid. De hele gemeente in ${year} is 100. Hoger is gunstiger.`,
		},
		{
			term: 'Nulmeting',
			uitleg: `Het jaar waarmee wij alles vergelijken: ${year}. Zo ziet u of het sindsdien beter of slechter gaat.`,
		},
		{
			term: 'Uit registraties',
			uitleg:
				'Cijfers die instanties bijhouden, zoals het CBS, de politie en de gemeente. Bijvoorbeeld het aantal inwoners of woninginbraken.',
		},
		{
			term: 'Uit het bewonerspanel',
			uitleg: 'Wat bewoners zelf vinden. Dat vragen wij elk jaar aan een groep bewoners, het bewonerspanel.',
		},
		{
			term: 'Procentpunt',
			uitleg: 'Het verschil tussen twee percentages. Van 9% naar 30% is 21 procentpunt meer.',
		},
	];
}

export function indexMethod(settings: WijkkompasInstellingen, baselineYear: number | undefined): string[] {
	const b = settings.bandRondGemiddelde;
	const year = baselineYear === undefined ? 'het eerste jaar met cijfers' : String(baselineYear);
	const r = INDEX_RULES;
	return [
		`De thema-index laat in één getal zien hoe een gebied ervoor staat op een thema. De hele gemeente in ${year} (de nulmeting) is 100.`,
		'Voor elk cijfer met een richting rekenen wij uit hoeveel het afwijkt van de hele gemeente in het jaar van de nulmeting. Is hoger beter, dan geeft 10% hoger een score van 110. Is lager beter, dan geeft 10% lager een score van 110. Scores lopen van 0 tot 200. De index is het gemiddelde van de scores.',
		'Cijfers uit registraties (zoals het CBS) en cijfers uit het bewonerspanel (wat bewoners zelf vinden) tonen wij ook apart. Aantallen en cijfers zonder richting tellen niet mee.',
		`Een cijfer telt alleen mee als het op genoeg berust. Een cijfer uit het bewonerspanel telt mee vanaf ${formatNumber(r.minimumAntwoorden)} antwoorden. Een cijfer per 1.000 inwoners telt mee als er minstens ${formatNumber(r.minimumGebeurtenissen)} gebeurtenissen achter zitten, bijvoorbeeld 10 woninginbraken. Anders zou een paar inbraken meer of minder in een kleine buurt de index flink laten schommelen. Telt er in een jaar geen enkel cijfer mee, dan is er geen index: wij schrijven dan "te weinig gegevens".`,
		`Tussen ${formatNumber(100 - b)} en ${formatNumber(100 + b)} noemen wij "rond het gemiddelde". Onder ${formatNumber(100 - b)} is "onder het gemiddelde", onder ${formatNumber(100 - 2 * b)} "ruim onder". Boven ${formatNumber(100 + b)} is "boven het gemiddelde", boven ${formatNumber(100 + 2 * b)} "ruim boven".`,
		'De index is een hulpmiddel voor het gesprek over de wijk, geen rapportcijfer.',
	];
}

/** "104 (rond het gemiddelde)" or "geen index". */
export function indexLabel(value: number | undefined, settings: WijkkompasInstellingen): string {
	return value === undefined
		? 'geen index (te weinig gegevens)'
		: `${formatNumber(value)} (${band(value, settings.bandRondGemiddelde).tekst})`;
}

export function indicatorLabel(ind: Indicator): string {
	return ind.soort === 'subjectief' ? 'Uit het bewonerspanel' : 'Uit registraties';
}
