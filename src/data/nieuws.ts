/**
 * News bodies rendered once per build, by the same renderer `npm run check` uses. A body the
 * renderer refuses stops the build with the Dutch problems (ContentError), never with code
 * from the file.
 */
import { join } from 'node:path';

import { getEntry } from 'astro:content';

import { contentDir } from '#lib/content/content-dir.ts';
import { checkImageFile } from '#lib/content/image-file.ts';
import { ContentError, type Problem } from '#lib/content/problem.ts';
import { createNewsContext } from '#lib/nieuws/context.ts';
import { newsFormat, type NewsRendering, renderNews } from '#lib/nieuws/render.ts';
import { urls } from '#lib/site/urls.ts';
import { escapeXml } from '#lib/wijkkompas/charts/svg.ts';
import { hasShownFigures, trendFigureHtml } from '#lib/wijkkompas/indicator-html.ts';

import { getAgenda, getNieuws, getWijken, type NieuwsEntry, once } from './portal.ts';
import { getKompasContext } from './wijkkompas.ts';

/** The trend of an indicator in a wijk for <Grafiek>, or a sentence saying there are no figures yet. */
async function chartHtmlFor(): Promise<((indicator: string, wijk: string) => string) | undefined> {
	const context = await getKompasContext();
	if (!context) return undefined;
	const wijken = new Map((await getWijken()).map((w) => [w.id, w.data]));
	return (indicatorId, wijkSlug) => {
		const wijk = wijken.get(wijkSlug)!;
		const figures = context.kompas
			.of(wijk.code)
			?.themas.flatMap((t) => t.indicators)
			.find((f) => f.indicator.id === indicatorId);
		const more = `<p><a href="${urls.cijfers(wijkSlug)}">Meer cijfers over ${escapeXml(wijk.naam)}</a></p>`;
		if (!figures || !hasShownFigures(figures)) {
			return `<p>Er zijn nog geen cijfers om te tonen voor ${escapeXml(figures?.indicator.naam ?? indicatorId)} in ${escapeXml(wijk.naam)}.</p>${more}`;
		}
		return `<div class="news-chart">${trendFigureHtml(figures, context.settings, `${figures.indicator.naam} in ${wijk.naam}`)}${more}</div>`;
	};
}

export const getNewsRenderings = once(async (): Promise<Map<string, NewsRendering>> => {
	const [nieuws, wijken, agenda, indicatoren] = await Promise.all([
		getNieuws(),
		getWijken(),
		getAgenda(),
		getEntry('indicatoren', 'indicatoren'),
	]);
	const context = createNewsContext({
		newsDir: join(contentDir(), 'nieuws'),
		checkImageFile: (path, bestand) => checkImageFile(join(contentDir(), 'nieuws'), path, bestand),
		wijken,
		agenda,
		indicators: indicatoren?.data.indicatoren,
		chartHtml: await chartHtmlFor(),
	});
	const renderings = new Map<string, NewsRendering>();
	const problems: Problem[] = [];
	for (const item of nieuws) {
		const rendering = renderNews(item.body ?? '', newsFormat(item.filePath ?? ''), context);
		problems.push(
			...rendering.findings.map((f) => ({ file: item.filePath ?? item.id, line: f.line, message: f.message })),
		);
		renderings.set(item.id, rendering);
	}
	if (problems.length) throw new ContentError(problems);
	return renderings;
});

export async function newsHtml(item: NieuwsEntry): Promise<string> {
	return (await getNewsRenderings()).get(item.id)!.html;
}
