/** A wijkagenda item against its wijk and gemeente: a thema of the gemeente, a buurt of the wijk. */
import type { AgendaItem } from '#schemas/agenda.ts';

import { gemeenteOfWijk, type Loaded } from '../portal-content.ts';
import { quoted } from '../quote.ts';
import { checkBuurtReference, type Report, type RuleContext, wijkOf } from './context.ts';

export function checkAgenda(agenda: readonly Loaded<AgendaItem>[], context: RuleContext, report: Report): void {
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
	}
}
