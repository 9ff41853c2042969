/**
 * /activiteiten.ics (and /en/activiteiten.ics, … per language): all activities of the portal, to
 * subscribe to in a calendar app. Like the feeds only made when portaal.yaml has a webadres
 * (every event carries the page's full address).
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { icsActivitiesInTaal } from '#data/activiteiten-ics.ts';
import { feedContext, feedPaths } from '#data/feeds.ts';
import { getActiviteiten } from '#data/portal.ts';
import { icsCalendar, icsResponse } from '#lib/activiteiten/ical.ts';

export const getStaticPaths = feedPaths(() => [{ params: { activiteiten: 'activiteiten' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals }) => {
	const { taal, t, portaal, webadres } = await feedContext(locals.taal);
	return icsResponse(
		icsCalendar({
			naam: t('activiteiten.ics.naam', { portaal: portaal.naam }),
			beschrijving: t('activiteiten.ics.beschrijving', { portaal: portaal.naam }),
			host: new URL(webadres).host,
			activiteiten: icsActivitiesInTaal(await getActiviteiten(), webadres, taal),
		}),
	);
};
