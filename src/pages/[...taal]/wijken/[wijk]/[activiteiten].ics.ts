/**
 * /wijken/<wijk>/activiteiten.ics (and /en/…, per language): the activities of one wijk, to
 * subscribe to. Only with a webadres.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { icsActivitiesInTaal } from '#data/activiteiten-ics.ts';
import { feedContext, feedPaths, perWijk } from '#data/feeds.ts';
import { getActiviteiten, type WijkEntry } from '#data/portal.ts';
import { icsCalendar, icsResponse } from '#lib/activiteiten/ical.ts';

export const getStaticPaths = feedPaths(() => perWijk({ activiteiten: 'activiteiten' })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, locals }) => {
	const { wijk } = props as { wijk: WijkEntry };
	const { taal, t, portaal, webadres } = await feedContext(locals.taal);
	return icsResponse(
		icsCalendar({
			naam: t('activiteiten.ics.wijkNaam', { wijk: wijk.data.naam, portaal: portaal.naam }),
			beschrijving: t('activiteiten.ics.wijkBeschrijving', { wijk: wijk.data.naam }),
			host: new URL(webadres).host,
			activiteiten: icsActivitiesInTaal(await getActiviteiten(wijk.id), webadres, taal),
		}),
	);
};
