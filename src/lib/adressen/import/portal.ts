/**
 * What the address import needs of the portal: the codes of its gemeenten (portaal.yaml) and
 * of its buurten (content/wijken/<wijk>/wijk.md). Read leniently, like the boundary import does;
 * `npm run check` checks the portal itself.
 */
import { readPortalAreas } from '#lib/geo/import/portal.ts';

import type { PortalCodes } from './addresses.ts';

export interface PortalInfo extends PortalCodes {
	/** Gemeente code → name. */
	names: Map<string, string>;
}

export function readPortalCodes(contentDir: string): PortalInfo {
	const areas = readPortalAreas(contentDir);
	return {
		gemeenten: new Set(areas.gemeenten.keys()),
		names: areas.gemeenten,
		buurten: new Set([...areas.codes].filter((c) => c.startsWith('BU'))),
	};
}
