/**
 * One indicator of the wijkkompas as HTML: the key facts, the trend and the comparison,
 * each chart with a text summary and a table. Rendered as a string because a national
 * portal has ~14,000 area pages with ~20 indicators each: Astro components for every
 * fact and table cell made the build several times slower. All text is escaped.
 *
 * The tables carry class `stack-table`: on a small screen they become one card per row
 * (`display: block`, see wijkkompas.css), which makes browsers drop their table semantics.
 * Explicit ARIA roles on every part keep them a table for screen readers.
 */
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import { comparisonChart } from './charts/bars.ts';
import { comparisonSummary, tableRows, trendSummary } from './charts/summary.ts';
import { escapeXml as esc } from './charts/svg.ts';
import { trendChart } from './charts/trend.ts';
import { indicatorFacts, indicatorLabel } from './describe.ts';
import { formatMeasurement } from './format.ts';
import type { IndicatorFigures } from './kompas.ts';
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
}

/** The id of an indicator's heading, for links such as the aandachtspunten. */
export const indicatorAnchor = (f: Pick<IndicatorFigures, 'area' | 'indicator'>) =>
	`${f.area.code}-${f.indicator.id}`.toLowerCase();

export function indicatorHtml(
	f: IndicatorFigures,
	{ settings, files, level, compact = false, mapHref, searchWeight, extraHtml }: IndicatorHtmlOptions,
): string {
	const id = indicatorAnchor(f);
	const naam = esc(f.indicator.naam);
	const out: string[] = [
		`<article class="indicator" aria-labelledby="${id}" data-indicator="${esc(f.indicator.id)}">`,
		`<h${level} id="${id}"${searchWeight ? ` data-pagefind-weight="${searchWeight}"` : ''}>${naam}</h${level}>`,
		`<p class="indicator__omschrijving">${esc(f.indicator.omschrijving)} <span class="indicator__soort">${indicatorLabel(f.indicator)}.</span></p>`,
		'<dl class="facts indicator__facts">',
	];
	for (const fact of indicatorFacts(f, settings, files)) {
		out.push(
			`<dt>${esc(fact.label)}</dt><dd>${esc(fact.value)}${fact.note ? `<span class="indicator__note"> ${esc(fact.note)}</span>` : ''}</dd>`,
		);
	}
	out.push('</dl>');
	const map = mapHref?.(f.indicator.id);
	if (map)
		out.push(`<p class="indicator__kaart"><a href="${esc(map)}">${naam}: alle wijken en buurten op de kaart</a></p>`);
	for (const note of f.notes) out.push(`<p class="indicator__break">${esc(note)}</p>`);
	if (extraHtml) out.push(extraHtml(f.indicator.id));

	if (hasShownFigures(f)) {
		out.push('<div class="indicator__charts">', trendFigureHtml(f, settings));

		if (f.comparison.length > 1 && f.latest) {
			const buurt = f.area.level === 'buurt';
			out.push(
				`<figure class="chart"><figcaption>Vergeleken met andere ${buurt ? 'buurten in de wijk' : 'wijken'} (${f.latest.jaar})</figcaption>`,
				compact ? '' : comparisonChart(f, settings),
				`<p class="chart__summary">${esc(comparisonSummary(f, settings))}</p>`,
				'<details class="chart__data"><summary>Bekijk de vergelijking in een tabel</summary><table class="data-table stack-table" role="table">',
				`<caption>${naam} in ${f.latest.jaar}, per ${buurt ? 'buurt' : 'wijk'}</caption><thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${buurt ? 'Buurt' : 'Wijk'}</th><th scope="col" role="columnheader">Cijfer</th></tr></thead><tbody role="rowgroup">`,
			);
			for (const c of f.comparison) {
				const self = c.area.code === f.area.code;
				out.push(
					`<tr role="row"${self ? ' class="is-self"' : ''}><th scope="row" role="rowheader">${esc(c.area.naam)}${self ? ' (deze)' : ''}</th><td role="cell" data-label="Cijfer">${esc(formatMeasurement(f.indicator, c.m, settings))}</td></tr>`,
				);
			}
			if (f.gemeenteLatest)
				out.push(
					`<tr role="row"><th scope="row" role="rowheader">Hele gemeente</th><td role="cell" data-label="Cijfer">${esc(formatMeasurement(f.indicator, f.gemeenteLatest, settings))}</td></tr>`,
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
	f: IndicatorFigures,
	settings: WijkkompasInstellingen,
	caption = 'Door de jaren heen',
): string {
	const naam = esc(f.indicator.naam);
	const withGemeente = f.area.level !== 'gemeente';
	const out = [
		`<figure class="chart"><figcaption>${esc(caption)}</figcaption>`,
		trendChart(f),
		`<p class="chart__summary">${esc(trendSummary(f, settings))}</p>`,
		'<details class="chart__data"><summary>Bekijk de cijfers per jaar in een tabel</summary><table class="data-table stack-table" role="table">',
		`<caption>${naam} per jaar</caption><thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Jaar</th><th scope="col" role="columnheader">${esc(f.area.naam)}</th>${withGemeente ? '<th scope="col" role="columnheader">Hele gemeente</th>' : ''}</tr></thead><tbody role="rowgroup">`,
	];
	for (const r of tableRows(f, settings)) {
		out.push(
			`<tr role="row"><th scope="row" role="rowheader">${r.jaar}</th><td role="cell" data-label="${esc(f.area.naam)}">${esc(r.area)}</td>${withGemeente ? `<td role="cell" data-label="Hele gemeente">${esc(r.gemeente)}</td>` : ''}</tr>`,
		);
	}
	out.push('</tbody></table></details></figure>');
	return out.join('');
}
