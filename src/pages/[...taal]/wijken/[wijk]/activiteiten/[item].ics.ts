/**
 * /wijken/<wijk>/activiteiten/<naam>.ics (and /en/…, per language): one activity ("In mijn
 * agenda"), with its title in the reader's language where translated. Only with a webadres.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { icsActivitiesInTaal } from '#data/activiteiten-ics.ts';
import { feedContext, feedPaths } from '#data/feeds.ts';
import { type ActiviteitEntry, getActiviteiten } from '#data/portal.ts';
import { icsCalendar, icsResponse } from '#lib/activiteiten/ical.ts';
import { wijkItemPaths } from '#lib/site/urls.ts';

export const getStaticPaths = feedPaths(async () => wijkItemPaths(await getActiviteiten())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, locals }) => {
	const { item } = props as { item: ActiviteitEntry };
	const { taal, portaal, webadres } = await feedContext(locals.taal);
	const [activiteit] = icsActivitiesInTaal([item], webadres, taal);
	return icsResponse(
		icsCalendar({
			naam: `${activiteit!.titel} - ${portaal.naam}`,
			beschrijving: activiteit!.titel,
			host: new URL(webadres).host,
			activiteiten: [activiteit!],
		}),
	);
};
