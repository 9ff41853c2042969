/** The sociale kaart against its wijk: the buurt of an entry belongs to the wijk. */
import type { Organisatie } from '#schemas/organisatie.ts';

import type { Loaded } from '../portal-content.ts';
import { checkBuurtReference, type Report, type RuleContext } from './context.ts';

export function checkSocialeKaart(entries: readonly Loaded<Organisatie>[], context: RuleContext, report: Report): void {
	for (const entry of entries) checkBuurtReference(context, entry, report);
}
