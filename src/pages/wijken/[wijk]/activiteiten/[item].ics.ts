/** /wijken/<wijk>/activiteiten/<naam>.ics: one activity ("In mijn agenda"). Only with a webadres. */
import type { APIRoute, GetStaticPaths } from 'astro';

import { type ActiviteitEntry, getActiviteiten, getPortaal } from '#data/portal.ts';
import { icsActivity, icsCalendar, icsResponse } from '#lib/activiteiten/ical.ts';
import { plainExcerpt } from '#lib/markdown/excerpt.ts';
import { urls, wijkItemPaths } from '#lib/site/urls.ts';

export const getStaticPaths = (async () => {
	if (!(await getPortaal()).webadres) return [];
	return wijkItemPaths(await getActiviteiten());
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { item } = props as { item: ActiviteitEntry };
	const portaal = await getPortaal();
	const webadres = portaal.webadres!;
	return icsResponse(
		icsCalendar({
			naam: `${item.data.titel} - ${portaal.naam}`,
			beschrijving: item.data.titel,
			host: new URL(webadres).host,
			activiteiten: [icsActivity(item, webadres, urls.activiteit(item.id), (md) => plainExcerpt(md, 600))],
		}),
	);
};
