/** A story against the portal: its wijk and buurt exist, and so does its photo. */
import type { Verhaal } from '#schemas/verhaal.ts';

import type { Loaded } from '../portal-content.ts';
import { checkBuurtReference, checkWijkReference, type Report, type RuleContext } from './context.ts';
import { checkImage } from './image.ts';

export function checkVerhalen(verhalen: readonly Loaded<Verhaal>[], context: RuleContext, report: Report): void {
	for (const item of verhalen) {
		checkWijkReference(context, item, report);
		checkBuurtReference(context, item, report);
		if (item.data.foto)
			checkImage(
				report,
				item.file,
				['foto', 'bestand'],
				item.data.foto.bestand,
				item.file.file.shownPath.replace(/[^/\\]+$/, ''),
			);
	}
}
