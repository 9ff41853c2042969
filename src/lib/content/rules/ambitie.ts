/** The wijkambitie against the portal: thema's of the gemeente, indicators of the wijkkompas; agenda goals that exist. */
import type { Ambitie } from '#schemas/ambitie.ts';

import type { Loaded } from '../portal-content.ts';
import type { Report, RuleContext } from './context.ts';

export function checkAmbities(ambities: readonly Loaded<Ambitie>[], context: RuleContext, report: Report): void {
	void ambities;
	void context;
	void report;
}
