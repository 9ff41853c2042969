/** /wijken/<wijk>/activiteiten.ics: the activities of one wijk, to subscribe to. Only with a webadres. */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getActiviteiten, getPortaal, getWijken, type WijkEntry } from '#data/portal.ts';
import { icsActivity, icsCalendar, icsResponse } from '#lib/activiteiten/ical.ts';
import { plainExcerpt } from '#lib/markdown/excerpt.ts';
import { urls } from '#lib/site/urls.ts';

export const getStaticPaths = (async () => {
	if (!(await getPortaal()).webadres) return [];
	return (await getWijken()).map((wijk) => ({
		params: { wijk: wijk.id, activiteiten: 'activiteiten' },
		props: { wijk },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { wijk } = props as { wijk: WijkEntry };
	const portaal = await getPortaal();
	const webadres = portaal.webadres!;
	const activiteiten = (await getActiviteiten(wijk.id)).map((a) =>
		icsActivity(a, webadres, urls.activiteit(a.id), (md) => plainExcerpt(md, 600)),
	);
	return icsResponse(
		icsCalendar({
			naam: `${wijk.data.naam}: activiteiten - ${portaal.naam}`,
			beschrijving: `Vergaderingen, spreekuren en activiteiten in ${wijk.data.naam}.`,
			host: new URL(webadres).host,
			activiteiten,
		}),
	);
};
