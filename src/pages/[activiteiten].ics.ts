/**
 * /activiteiten.ics: all activities of the portal, to subscribe to in a calendar app. Like the
 * feeds only made when portaal.yaml has a webadres (every event carries the page's full address).
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getActiviteiten, getPortaal } from '#data/portal.ts';
import { icsActivity, icsCalendar, icsResponse } from '#lib/activiteiten/ical.ts';
import { plainExcerpt } from '#lib/markdown/excerpt.ts';
import { urls } from '#lib/site/urls.ts';

export const getStaticPaths = (async () =>
	(await getPortaal()).webadres ? [{ params: { activiteiten: 'activiteiten' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const portaal = await getPortaal();
	const webadres = portaal.webadres!;
	const activiteiten = (await getActiviteiten()).map((a) =>
		icsActivity(a, webadres, urls.activiteit(a.id), (md) => plainExcerpt(md, 600)),
	);
	return icsResponse(
		icsCalendar({
			naam: `Activiteiten - ${portaal.naam}`,
			beschrijving: `Vergaderingen, spreekuren en activiteiten in alle wijken van ${portaal.naam}.`,
			host: new URL(webadres).host,
			activiteiten,
		}),
	);
};
