/**
 * A wijkagenda item against its wijk and gemeente: a thema of the gemeente, a buurt of the wijk,
 * goals of the wijk's ambitie.md.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { AgendaItem } from '#schemas/agenda.ts';
import type { Ambitie } from '#schemas/ambitie.ts';

import { gemeenteOfWijk, type Loaded } from '../portal-content.ts';
import { quoted } from '../quote.ts';
import { suggestion } from './ambitie.ts';
import { checkBuurtReference, type Report, type RuleContext, wijkOf } from './context.ts';

export function checkAgenda(
	agenda: readonly Loaded<AgendaItem>[],
	context: RuleContext,
	report: Report,
	ambities: readonly Loaded<Ambitie>[] = [],
): void {
	const ambitieBySlug = new Map(ambities.map((a) => [a.file.file.id, a]));
	for (const item of agenda) {
		const wijk = wijkOf(context, item);
		const gemeente = wijk && gemeenteOfWijk(context.gemeenten, wijk.data.code);
		if (gemeente && !gemeente.themas.includes(item.data.thema)) {
			report(
				item.file,
				['thema'],
				`${quoted(item.data.thema)} is geen geldig thema. Kies uit: ${gemeente.themas.join(', ')}.`,
			);
		}
		checkBuurtReference(context, item, report);
		checkDoelen(item, ambitieBySlug, report);
	}
}

/** Each goal an item names is a goal in the ambitie.md of the item's own wijk. */
function checkDoelen(
	item: Loaded<AgendaItem>,
	ambitieBySlug: ReadonlyMap<string, Loaded<Ambitie>>,
	report: Report,
): void {
	if (!item.data.doelen.length) return;
	const slug = item.file.file.wijk ?? '';
	const ambitie = ambitieBySlug.get(slug);
	const wijkDir = dirname(dirname(item.file.file.path));
	if (!ambitie) {
		// An ambitie.md with mistakes of its own is reported there.
		if (existsSync(join(wijkDir, 'ambitie.md'))) return;
		report(
			item.file,
			['doelen'],
			`de wijk ${slug} heeft nog geen ambitie.md, dus er zijn geen doelen om te noemen. Maak het bestand content/wijken/${slug}/ambitie.md met de doelen van de wijk, of haal doelen weg bij dit punt.`,
		);
		return;
	}
	const codes = ambitie.data.doelen.map((d) => d.code);
	item.data.doelen.forEach((code, i) => {
		if (codes.includes(code)) return;
		report(
			item.file,
			['doelen', i],
			`${quoted(code)} is geen doel in ambitie.md van deze wijk.${suggestion(code, codes)} Kies een code uit: ${codes.join(', ')}.`,
		);
	});
}
