/**
 * One indicator of the wijkkompas as HTML: the key facts, the trend and the comparison,
 * each chart with a text summary and a table. Rendered as a string because a national
 * portal has ~14,000 area pages with ~20 indicators each: Astro components for every
 * fact and table cell made the build several times slower. All text is escaped.
 *
 * The tables carry class `stack-table`: on a small screen they become one card per row
 * (`display: block`, see wijkkompas.css), which makes browsers drop their table semantics.
 * Explicit ARIA roles on every part keep them a table for screen readers.
 *
 * Text is in the page's language (`taal`, Dutch by default); an indicator's name and
 * explanation come from its `vertalingen` and, without one, stay Dutch with `lang="nl"`.
 */
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import { comparisonChart } from './charts/bars.ts';
import { comparisonSummary, tableRows, trendSummary } from './charts/summary.ts';
import { escapeXml as esc } from './charts/svg.ts';
import { trendChart } from './charts/trend.ts';
import { indicatorFacts, indicatorLabel } from './describe.ts';
import { formatMeasurement } from './format.ts';
import { type IndicatorFigures, seriesNotes } from './kompas.ts';
import { indicatorText, kompasText, localIndicator, type Taal } from './text.ts';
import type { ValuesFile } from './values-file.ts';

export interface IndicatorHtmlOptions {
	settings: WijkkompasInstellingen;
	files: ReadonlyMap<string, ValuesFile>;
	/** Heading level of the indicator's name. */
	level: 2 | 3 | 4;
	/** Buurt pages: the comparison as a table only, to keep the page light on a cheap phone. */
	compact?: boolean;
	/** The address of the indicator's choropleth page, when it has one. */
	mapHref?: (indicatorId: string) => string | undefined;
	/** Search weight of the indicator's name (`data-pagefind-weight`), on the page that is about the figures. */
	searchWeight?: number;
	/** Extra HTML under the indicator's facts, e.g. the goals of the wijk that aim to move it. */
	extraHtml?: (indicatorId: string) => string;
	/** The page's language. Default Dutch. */
	taal?: Taal;
	/** A wijk that is a village: the sentences say "dit dorp". */
	soort?: 'wijk' | 'dorp';
}

/** ` lang="nl"` for Dutch text on a page in another language, else ''. */
export const langAttr = (textTaal: Taal, pageTaal: Taal) => (textTaal !== pageTaal ? ` lang="${textTaal}"` : '');

/** The id of an indicator's heading, for links such as the aandachtspunten. */
export const indicatorAnchor = (f: Pick<IndicatorFigures, 'area' | 'indicator'>) =>
	`${f.area.code}-${f.indicator.id}`.toLowerCase();

export function indicatorHtml(
	figures: IndicatorFigures,
	{
		settings,
		files,
		level,
		compact = false,
		mapHref,
		searchWeight,
		extraHtml,
		taal = 'nl',
		soort,
	}: IndicatorHtmlOptions,
): string {
	const { t } = kompasText(taal);
	const text = indicatorText(figures.indicator, taal);
	// The sentences name the indicator in the page's language (or in Dutch, without a translation).
	const f = taal === 'nl' ? figures : { ...figures, indicator: localIndicator(figures.indicator, taal) };
	const lang = langAttr(text.taal, taal);
	const id = indicatorAnchor(f);
	const naam = esc(text.naam);
	const out: string[] = [
		`<article class="indicator" aria-labelledby="${id}" data-indicator="${esc(f.indicator.id)}">`,
		`<h${level} id="${id}"${lang}${searchWeight ? ` data-pagefind-weight="${searchWeight}"` : ''}>${naam}</h${level}>`,
		`<p class="indicator__omschrijving">${lang ? `<span${lang}>${esc(text.omschrijving)}</span>` : esc(text.omschrijving)} <span class="indicator__soort">${esc(indicatorLabel(f.indicator, taal))}.</span></p>`,
		'<dl class="facts indicator__facts">',
	];
	for (const fact of indicatorFacts(f, settings, files, taal)) {
		out.push(
			`<dt>${esc(fact.label)}</dt><dd>${esc(fact.value)}${fact.note ? `<span class="indicator__note"> ${esc(fact.note)}</span>` : ''}</dd>`,
		);
	}
	out.push('</dl>');
	const map = mapHref?.(f.indicator.id);
	if (map)
		out.push(
			`<p class="indicator__kaart"><a href="${esc(map)}">${esc(t('wijkkompas.indicator.opDeKaart', { naam: text.naam }))}</a></p>`,
		);
	const notes = taal === 'nl' ? f.notes : seriesNotes(f.series, f.area, taal);
	for (const note of notes) out.push(`<p class="indicator__break">${esc(note)}</p>`);
	if (extraHtml) out.push(extraHtml(f.indicator.id));

	if (hasShownFigures(f)) {
		out.push('<div class="indicator__charts">', trendFigureHtml(f, settings, undefined, { taal, soort }));

		if (f.comparison.length > 1 && f.latest) {
			const buurt = f.area.level === 'buurt';
			const jaar = String(f.latest.jaar);
			const niveau = buurt ? 'buurt' : 'wijk';
			out.push(
				`<figure class="chart"><figcaption>${esc(t('wijkkompas.indicator.vergeleken', { niveau, jaar }))}</figcaption>`,
				compact ? '' : comparisonChart(f, settings, { taal, soort }),
				`<p class="chart__summary">${esc(comparisonSummary(f, settings, { taal, soort }))}</p>`,
				`<details class="chart__data"><summary>${esc(t('wijkkompas.indicator.vergelijkingTabel'))}</summary><table class="data-table stack-table" role="table">`,
				`<caption>${esc(t('wijkkompas.indicator.vergelijkingKop', { naam: text.naam, jaar, niveau }))}</caption><thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${esc(t(buurt ? 'wijkkompas.kolom.buurt' : 'wijkkompas.kolom.wijk'))}</th><th scope="col" role="columnheader">${esc(t('wijkkompas.kolom.cijfer'))}</th></tr></thead><tbody role="rowgroup">`,
			);
			const cijfer = esc(t('wijkkompas.kolom.cijfer'));
			const deze = esc(t('wijkkompas.indicator.deze'));
			for (const c of f.comparison) {
				const self = c.area.code === f.area.code;
				out.push(
					`<tr role="row"${self ? ' class="is-self"' : ''}><th scope="row" role="rowheader">${esc(c.area.naam)}${self ? ` ${deze}` : ''}</th><td role="cell" data-label="${cijfer}">${esc(formatMeasurement(f.indicator, c.m, settings, taal))}</td></tr>`,
				);
			}
			if (f.gemeenteLatest)
				out.push(
					`<tr role="row"><th scope="row" role="rowheader">${esc(t('wijkkompas.heleGemeente'))}</th><td role="cell" data-label="${cijfer}">${esc(formatMeasurement(f.indicator, f.gemeenteLatest, settings, taal))}</td></tr>`,
				);
			out.push('</tbody></table></details></figure>');
		}
		out.push('</div>');
	}
	out.push('</article>');
	return out.join('');
}

/** Whether an indicator has at least one figure that may be shown for its area. */
export const hasShownFigures = (f: IndicatorFigures) => f.series.some((m) => m.status === 'getoond');

/** The trend of an indicator for one area: the chart, its summary in words and the figures in a table. */
export function trendFigureHtml(
	figures: IndicatorFigures,
	settings: WijkkompasInstellingen,
	caption?: string,
	{ taal = 'nl', soort }: { taal?: Taal; soort?: 'wijk' | 'dorp' } = {},
): string {
	const { t } = kompasText(taal);
	const f = taal === 'nl' ? figures : { ...figures, indicator: localIndicator(figures.indicator, taal) };
	const text = indicatorText(figures.indicator, taal);
	const withGemeente = f.area.level !== 'gemeente';
	const gemeente = esc(t('wijkkompas.heleGemeente'));
	const out = [
		`<figure class="chart"><figcaption>${esc(caption ?? t('wijkkompas.indicator.doorDeJaren'))}</figcaption>`,
		trendChart(f, { taal }),
		`<p class="chart__summary">${esc(trendSummary(f, settings, { taal, soort }))}</p>`,
		`<details class="chart__data"><summary>${esc(t('wijkkompas.indicator.cijfersTabel'))}</summary><table class="data-table stack-table" role="table">`,
		`<caption>${esc(t('wijkkompas.indicator.perJaar', { naam: text.naam }))}</caption><thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${esc(t('wijkkompas.kolom.jaar'))}</th><th scope="col" role="columnheader">${esc(f.area.naam)}</th>${withGemeente ? `<th scope="col" role="columnheader">${gemeente}</th>` : ''}</tr></thead><tbody role="rowgroup">`,
	];
	for (const r of tableRows(f, settings, taal)) {
		out.push(
			`<tr role="row"><th scope="row" role="rowheader">${r.jaar}</th><td role="cell" data-label="${esc(f.area.naam)}">${esc(r.area)}</td>${withGemeente ? `<td role="cell" data-label="${gemeente}">${esc(r.gemeente)}</td>` : ''}</tr>`,
		);
	}
	out.push('</tbody></table></details></figure>');
	return out.join('');
}
