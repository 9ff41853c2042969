/**
 * On the figures page of a wijk, under an indicator: the goals of the wijk that aim to move it
 * and the agenda items serving those goals ("Hier werkt de wijk aan"). A string, like the rest of
 * the indicator (src/lib/wijkkompas/indicator-html.ts); all text is escaped. Empty when there is
 * nothing to link.
 */
import { i18n } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { urls } from '#lib/site/urls.ts';
import { escapeXml as esc } from '#lib/wijkkompas/charts/svg.ts';

import type { GoalNode, WorkItem } from './tree.ts';

/** The id of a goal on the ambitie page, for links to it. */
export const goalAnchor = (code: string) => `doel-${code}`;

/**
 * In another language than Dutch the goals' names and the items' titles are still the editors'
 * Dutch: they carry lang="nl".
 */
export function aimsHtml(
	wijk: string,
	aims: { goals: readonly GoalNode[]; items: readonly WorkItem[] },
	taal: Taal = 'nl',
): string {
	if (!aims.goals.length) return '';
	const { t } = i18n(taal);
	const lang = taal === 'nl' ? '' : ' lang="nl"';
	const out = [
		'<div class="indicator__doelen" data-pagefind-ignore>',
		`<p>${esc(t('ambitie.cijfers.hierWerktDeWijkAan'))}</p><ul>`,
		...aims.goals.map(
			(g) =>
				`<li><a href="${esc(urls.ambitie(wijk))}#${esc(goalAnchor(g.doel.code))}"${lang}>${esc(g.doel.naam)}</a></li>`,
		),
		'</ul>',
	];
	if (aims.items.length) {
		out.push(
			`<p>${esc(t('ambitie.cijfers.opDeWijkagenda'))}</p><ul>`,
			...aims.items.map((i) => `<li><a href="${esc(urls.agendaItem(i.id))}"${lang}>${esc(i.titel)}</a></li>`),
			'</ul>',
		);
	}
	out.push('</div>');
	return out.join('');
}
