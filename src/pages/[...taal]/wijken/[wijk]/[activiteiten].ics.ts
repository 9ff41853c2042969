/**
 * /wijken/<wijk>/activiteiten.ics (and /en/…, per language): the activities of one wijk, to
 * subscribe to. Only with a webadres.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { icsActivitiesInTaal } from '#data/activiteiten-ics.ts';
import { getActiviteiten, getPortaal, getWijken, type WijkEntry } from '#data/portal.ts';
import { perTaal } from '#data/talen.ts';
import { i18n } from '#i18n/index.ts';
import { icsCalendar, icsResponse } from '#lib/activiteiten/ical.ts';

export const getStaticPaths = perTaal(async () => {
	if (!(await getPortaal()).webadres) return [];
	return (await getWijken()).map((wijk) => ({
		params: { wijk: wijk.id, activiteiten: 'activiteiten' },
		props: { wijk },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, locals }) => {
	const { wijk } = props as { wijk: WijkEntry };
	const { taal } = locals;
	const { t } = i18n(taal);
	const portaal = await getPortaal();
	const webadres = portaal.webadres!;
	return icsResponse(
		icsCalendar({
			naam: t('activiteiten.ics.wijkNaam', { wijk: wijk.data.naam, portaal: portaal.naam }),
			beschrijving: t('activiteiten.ics.wijkBeschrijving', { wijk: wijk.data.naam }),
			host: new URL(webadres).host,
			activiteiten: icsActivitiesInTaal(await getActiviteiten(wijk.id), webadres, taal),
		}),
	);
};
