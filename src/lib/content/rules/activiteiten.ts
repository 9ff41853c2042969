/** An activity against its wijk: a buurt of the wijk. */
import type { Activiteit } from '#schemas/activiteit.ts';

import type { Loaded } from '../portal-content.ts';
import { checkBuurtReference, type Report, type RuleContext } from './context.ts';

export function checkActiviteiten(
	activiteiten: readonly Loaded<Activiteit>[],
	context: RuleContext,
	report: Report,
): void {
	for (const item of activiteiten) checkBuurtReference(context, item, report);
}
