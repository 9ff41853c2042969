/**
 * On the figures page of a wijk, under an indicator: the goals of the wijk that aim to move it
 * and the agenda items serving those goals ("Hier werkt de wijk aan"). A string, like the rest of
 * the indicator (src/lib/wijkkompas/indicator-html.ts); all text is escaped. Empty when there is
 * nothing to link.
 */
import { urls } from '#lib/site/urls.ts';
import { escapeXml as esc } from '#lib/wijkkompas/charts/svg.ts';

import type { GoalNode, WorkItem } from './tree.ts';

/** The id of a goal on the ambitie page, for links to it. */
export const goalAnchor = (code: string) => `doel-${code}`;

export function aimsHtml(wijk: string, aims: { goals: readonly GoalNode[]; items: readonly WorkItem[] }): string {
	if (!aims.goals.length) return '';
	const out = [
		'<div class="indicator__doelen" data-pagefind-ignore>',
		'<p>Hier werkt de wijk aan:</p><ul>',
		...aims.goals.map(
			(g) => `<li><a href="${esc(urls.ambitie(wijk))}#${esc(goalAnchor(g.doel.code))}">${esc(g.doel.naam)}</a></li>`,
		),
		'</ul>',
	];
	if (aims.items.length) {
		out.push(
			'<p>Op de wijkagenda:</p><ul>',
			...aims.items.map((i) => `<li><a href="${esc(urls.agendaItem(i.id))}">${esc(i.titel)}</a></li>`),
			'</ul>',
		);
	}
	out.push('</div>');
	return out.join('');
}
