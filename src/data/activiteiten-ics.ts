/**
 * Activities as calendar events (src/lib/activiteiten/ical.ts) in the reader's language: the
 * translated title and description where the file has a translation, else the Dutch ones. The
 * event's UID is the same in every language, so a calendar app sees one event.
 */
import { type IcsActivity, icsActivity } from '#lib/activiteiten/ical.ts';
import { localizePath } from '#lib/i18n/paths.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { plainExcerpt } from '#lib/markdown/excerpt.ts';
import { urls } from '#lib/site/urls.ts';

import type { ActiviteitEntry } from './portal.ts';
import { inTaal } from './vertaling.ts';

/** The longest description of an event, in characters. */
const DESCRIPTION_CHARS = 600;

/** `webadres`: the portal's address without a trailing slash. */
export function icsActivitiesInTaal(entries: readonly ActiviteitEntry[], webadres: string, taal: Taal): IcsActivity[] {
	return entries.map((entry) => {
		const view = inTaal(entry, taal);
		return icsActivity(
			{ id: entry.id, data: view.data, body: view.body ?? entry.body },
			webadres,
			localizePath(urls.activiteit(entry.id), taal),
			(md) => plainExcerpt(md, DESCRIPTION_CHARS),
		);
	});
}
